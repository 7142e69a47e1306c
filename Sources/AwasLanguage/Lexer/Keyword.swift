import AwasPluginKit

/// The words of the language, each with an Indonesian and an English name.
/// Both are accepted whatever the session language; the shell completes and
/// documents them from this list (see docs/language.md).
public enum Keyword: String, Sendable, CaseIterable {
  // statements
  case `let`, set, source, `if`, `else`, assert
  // stages
  case `where`, sort, asc, desc, head, tail, select, count, distinct, save
  // operators
  case and, or, not, `in`, between, contains, `is`, null
  // literals
  case `true`, `false`

  /// The Indonesian name, the English name and further spellings.
  public var names: Names {
    switch self {
    case .let: return Names("misal", en: "let")
    case .set: return Names("atur", en: "set")
    case .source: return Names("jalankan", en: "source")
    case .if: return Names("jika", en: "if")
    case .else: return Names("lainnya", en: "else")
    case .assert: return Names("pastikan", en: "assert")
    case .where: return Names("saring", en: "where")
    case .sort: return Names("urut", en: "sort")
    case .asc: return Names("naik", en: "asc")
    case .desc: return Names("turun", en: "desc")
    case .head: return Names("ambil", en: "head")
    case .tail: return Names("akhir", en: "tail")
    case .select: return Names("pilih", en: "select")
    case .count: return Names("hitung", en: "count")
    case .distinct: return Names("unik", en: "distinct")
    case .save: return Names("simpan", en: "save")
    case .and: return Names("dan", en: "and")
    case .or: return Names("atau", en: "or")
    case .not: return Names("bukan", en: "not")
    case .in: return Names("dalam", en: "in")
    case .between: return Names("antara", en: "between")
    case .contains: return Names("memuat", en: "contains")
    case .is: return Names("adalah", en: "is")
    case .null: return Names("kosong", en: "null")
    case .true: return Names("ya", en: "true", aliases: ["benar", "yes"])
    case .false: return Names("tidak", en: "false", aliases: ["salah", "no"])
    }
  }

  /// One line of help.
  public var summary: Text {
    switch self {
    case .let: return Text("menamai hasil: misal macet = pinjaman | saring dpd > 90", en: "names a result: let bad = pinjaman | where dpd > 90")
    case .set: return Text("mengubah pengaturan: atur bahasa en", en: "changes a setting: set lang en")
    case .source: return Text("menjalankan berkas skrip", en: "runs a script file")
    case .if: return Text("menjalankan blok bila syarat benar", en: "runs a block when a condition holds")
    case .else: return Text("blok bila syarat tidak benar", en: "the block when the condition fails")
    case .assert: return Text("memeriksa syarat; bila gagal dihitung sebagai pengecualian", en: "checks a condition; a failure counts as an exception")
    case .where: return Text("menyaring baris dengan syarat", en: "keeps the rows that meet a condition")
    case .sort: return Text("mengurutkan baris menurut kolom", en: "orders rows by columns")
    case .asc: return Text("urutan naik", en: "ascending order")
    case .desc: return Text("urutan turun", en: "descending order")
    case .head: return Text("mengambil N baris pertama", en: "keeps the first N rows")
    case .tail: return Text("mengambil N baris terakhir", en: "keeps the last N rows")
    case .select: return Text("memilih atau menghitung kolom", en: "picks or computes columns")
    case .count: return Text("menghitung baris", en: "counts rows")
    case .distinct: return Text("baris unik menurut kolom", en: "unique rows by columns")
    case .save: return Text("menyimpan tabel ke berkas .csv/.json/.md/.txt/.tsv", en: "writes the table to a .csv/.json/.md/.txt/.tsv file")
    case .and: return Text("keduanya benar", en: "both hold")
    case .or: return Text("salah satu benar", en: "either holds")
    case .not: return Text("kebalikan", en: "negation")
    case .in: return Text("termasuk dalam daftar: status dalam (\"lunas\", \"aktif\")", en: "is one of a list: status in (\"paid\", \"active\")")
    case .between: return Text("di antara dua batas (inklusif)", en: "between two bounds (inclusive)")
    case .contains: return Text("teks memuat teks lain (tanpa membedakan huruf besar)", en: "text contains other text (case-insensitive)")
    case .is: return Text("adalah kosong / adalah bukan kosong", en: "is null / is not null")
    case .null: return Text("nilai kosong", en: "the missing value")
    case .true: return Text("benar", en: "true")
    case .false: return Text("salah", en: "false")
    }
  }

  /// Whether `word` spells this keyword (case-insensitive).
  public func matches(_ word: String) -> Bool { names.matches(word) }

  /// The keyword `word` spells, if any (the first match in declaration order).
  public static func lookup(_ word: String) -> Keyword? { allCases.first { $0.matches(word) } }

  /// The stage keywords (what may follow `|`).
  public static let stages: [Keyword] = [.where, .sort, .head, .tail, .select, .count, .distinct, .save]

  /// The statement keywords (what may start a statement).
  public static let statements: [Keyword] = [.let, .set, .source, .if, .assert]
}

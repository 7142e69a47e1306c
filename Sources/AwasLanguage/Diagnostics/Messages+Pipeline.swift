import AwasPluginKit

extension Messages {
  static let pipeWithoutSource = Text("`|` tanpa tabel sebelumnya", en: "`|` without a table before it")
  static let pipeWithoutStage = Text("`|` harus diikuti langkah", en: "`|` must be followed by a stage")
  static let pipelineHint = Text(
    "pinjaman | saring dpd > 90 | urut sisa turun | ambil 10",
    en: "pinjaman | where dpd > 90 | sort sisa desc | head 10")
  static let saveMustBeLast = Text("`simpan` harus menjadi langkah terakhir", en: "`save` must be the last stage")
  static let saveNeedsPath = Text("`simpan` memerlukan satu nama berkas", en: "`save` needs one file name")
  static let saveHint = Text(
    "berkas .csv, .json, .md, .txt atau .tsv: … > hasil.csv atau … | simpan hasil.csv",
    en: "a .csv, .json, .md, .txt or .tsv file: … > result.csv or … | save result.csv")
  static let twoOutputs = Text("hasil hanya bisa disimpan ke satu berkas", en: "a result can be saved to one file only")
  static func cannotSaveAs(_ ext: String) -> Text {
    ext.isEmpty
      ? Text("nama berkas tanpa ekstensi", en: "the file name has no extension")
      : Text("tidak dapat menyimpan sebagai `.\(ext)`", en: "cannot save as `.\(ext)`")
  }
  static func missingPipe(_ name: String) -> Text {
    Text("`\(name)` adalah tabel, bukan perintah", en: "`\(name)` is a table, not a command")
  }
  static func missingPipeHint(_ name: String, _ next: String) -> Text {
    Text("hubungkan dengan `|`: \(name) | \(next) …", en: "connect them with `|`: \(name) | \(next) …")
  }
  static func unknownCommand(_ name: String) -> Text {
    Text("perintah `\(name)` tidak dikenal", en: "unknown command `\(name)`")
  }
  static func stageWithoutSource(_ name: String) -> Text {
    Text("`\(name)` memerlukan tabel sebelumnya", en: "`\(name)` needs a table before it")
  }
  static let whereNeedsCondition = Text("`saring` memerlukan syarat", en: "`where` needs a condition")
  static let whereHint = Text("saring dpd > 90 dan status == \"aktif\"", en: "where dpd > 90 and status == \"aktif\"")
  static let sortNeedsColumn = Text("`urut` memerlukan kolom", en: "`sort` needs a column")
  static let sortHint = Text("urut sisa turun, no_pinjaman", en: "sort sisa desc, no_pinjaman")
  static let selectNeedsColumn = Text("`pilih` memerlukan kolom", en: "`select` needs a column")
  static let selectHint = Text(
    "pilih no_pinjaman, sisa, bunga = sisa * 2%", en: "select no_pinjaman, sisa, interest = sisa * 2%")
  static let countHint = Text("`hitung` tidak memakai argumen; untuk kolom: hitung(tabel.kolom)", en: "`count` takes no arguments; for a column: count(table.column)")
  static let distinctHint = Text("unik petugas, status", en: "distinct petugas, status")
  static func expectedColumn(_ t: Token?) -> Text {
    t == nil
      ? Text("diharapkan nama kolom", en: "expected a column name")
      : Text("diharapkan nama kolom, ditemukan \(quoted(t))", en: "expected a column name, found \(quoted(t))")
  }
  static func commandTakesNoInput(_ name: String) -> Text {
    Text("`\(name)` tidak menerima tabel dari `|`", en: "`\(name)` does not take a table from `|`")
  }
  static let commandTakesNoInputHint = Text(
    "jalankan perintah itu di baris sendiri", en: "run that command on its own line")
  static func unknownStage(_ name: String) -> Text {
    Text("langkah `\(name)` tidak dikenal", en: "unknown stage `\(name)`")
  }
  static let stagesList = Text(
    "langkah: saring, urut, ambil, akhir, pilih, hitung, unik, simpan, atau perintah yang menerima tabel",
    en: "stages: where, sort, head, tail, select, count, distinct, save, or a command that takes a table")
  static func nestedTooDeep(_ n: Int) -> Text {
    Text("ungkapan atau blok bersarang lebih dari \(n) tingkat", en: "expression or block nested more than \(n) levels deep")
  }
  static let nestedTooDeepHint = Text(
    "pecah menjadi beberapa `misal`, atau pakai `dalam (…)` untuk daftar pilihan yang panjang",
    en: "split it into several `let` statements, or use `in (…)` for a long list of alternatives")
  static let chainedComparison = Text("perbandingan tidak bisa dirangkai", en: "comparisons cannot be chained")
  static let chainedComparisonHint = Text("tulis `a < b dan b < c`, atau `b antara a dan c`", en: "write `a < b and b < c`, or `b between a and c`")
  static let isNullHint = Text("x adalah kosong, x tidak kosong", en: "x is null, x is not null")
  static let inNeedsList = Text("`dalam` memerlukan daftar dalam kurung", en: "`in` needs a list in parentheses")
  static let inHint = Text("status dalam (\"lunas\", \"hapus_buku\")", en: "status in (\"lunas\", \"hapus_buku\")")
  static let betweenHint = Text("dpd antara 1 dan 90", en: "dpd between 1 and 90")
  static func expectedValue(_ t: Token?) -> Text {
    t == nil
      ? Text("diharapkan nilai tetapi pernyataan berakhir", en: "expected a value but the statement ends")
      : Text("diharapkan nilai, ditemukan \(quoted(t))", en: "expected a value, found \(quoted(t))")
  }
  static let valueHint = Text(
    "nilai: kolom, angka, 10jt, 5%, 2025-12-31, \"teks\", ya/tidak, kosong",
    en: "values: a column, a number, 10jt, 5%, 2025-12-31, \"text\", true/false, null")
  static func unknownFunction(_ name: String) -> Text {
    Text("fungsi `\(name)` tidak dikenal", en: "unknown function `\(name)`")
  }
  static var functionsList: Text {
    Text(
      "fungsi: " + Functions.all.map(\.names.id).joined(separator: ", "),
      en: "functions: " + Functions.all.map(\.names.en).joined(separator: ", "))
  }
  static let emptyArgument = Text("argumen kosong", en: "empty argument")
}

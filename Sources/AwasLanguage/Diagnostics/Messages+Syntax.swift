import AwasPluginKit

/// Every text the language shows, in both languages. Messages start in lower
/// case and have no final period; hints say what would be valid.
enum Messages {
  static func quoted(_ t: Token?) -> String {
    guard let t else { return "" }
    return "`\(t.text)`"
  }

  static func didYouMean(_ s: String?) -> Text? {
    s.map { Text("maksud Anda `\($0)`?", en: "did you mean `\($0)`?") }
  }

  static func usage(_ u: String) -> Text { Text("cara pakai: \(u)", en: "usage: \(u)") }

  // MARK: lexer

  static let percentAfterRupiah = Text("jumlah rupiah tidak bisa berakhiran `%`", en: "an amount of rupiah cannot end in `%`")
  static func unknownUnit(_ w: String) -> Text {
    Text("satuan `\(w)` tidak dikenal", en: "unknown unit `\(w)`")
  }
  static let unitsHint = Text(
    "satuan: rb/ribu, jt/juta, M/miliar, T/triliun (mis. 10jt, 2,5M); angka dan nama dipisah spasi",
    en: "units: rb/ribu, jt/juta, M/miliar, T/triliun (e.g. 10jt, 2,5M); separate numbers and names with a space")
  static let amountTooPrecise = Text(
    "jumlah ini tidak bisa disimpan tepat dalam sen", en: "this amount cannot be stored exactly in sen")
  static func ambiguousNumber(_ s: String) -> Text {
    Text("angka `\(s)` bermakna ganda", en: "the number `\(s)` is ambiguous")
  }
  static func ambiguousNumberHint(_ s: String) -> Text {
    let digits = s.replacingOccurrences(of: ".", with: "")
    return Text(
      "tulis `\(digits)` (tanpa titik ribuan), `Rp \(s)` untuk rupiah, atau `\(s.replacingOccurrences(of: ".", with: ","))%`",
      en: "write `\(digits)` (no thousands dot), `Rp \(s)` for rupiah, or `\(s.replacingOccurrences(of: ".", with: ","))%`")
  }
  static let numberTooLarge = Text("angka terlalu besar", en: "number too large")
  static func noSuchDate(_ s: String) -> Text {
    Text("tanggal `\(s)` tidak ada", en: "there is no date `\(s)`")
  }
  static let dateHint = Text("tanggal ditulis YYYY-MM-DD, mis. 2025-12-31", en: "dates are written YYYY-MM-DD, e.g. 2025-12-31")
  static let dollarWithoutName = Text("`$` harus diikuti nama atau nomor", en: "`$` must be followed by a name or a number")
  static let dollarHint = Text("mis. $1 (hasil pertama), $nama, $arg1", en: "e.g. $1 (first result), $name, $arg1")
  static let unterminatedString = Text("teks tidak ditutup", en: "unterminated string")
  static let unterminatedStringHint = Text("tutup dengan tanda kutip yang sama", en: "close it with the same quote")
  static let bangNotOperator = Text("`!` bukan operator", en: "`!` is not an operator")
  static let bangHint = Text("gunakan `bukan`/`not`, atau `!=` untuk tidak sama", en: "use `not`, or `!=` for not equal")
  static func unexpectedCharacter(_ c: String) -> Text {
    Text("karakter `\(c)` tidak terduga", en: "unexpected character `\(c)`")
  }

  static func hint(forLexError t: Token) -> Text? {
    guard case .error(let m) = t.kind else { return nil }
    if m == unterminatedString { return unterminatedStringHint }
    if m == bangNotOperator { return bangHint }
    if m == dollarWithoutName { return dollarHint }
    if m == ambiguousNumber(t.text) { return ambiguousNumberHint(t.text) }
    if t.text.first?.isNumber == true, m != numberTooLarge, m != amountTooPrecise { return t.text.count == 10 ? dateHint : unitsHint }
    return nil
  }

  // MARK: statements

  static let emptyStatement = Text("pernyataan kosong", en: "empty statement")
  static func expected(_ what: String, found: Token?) -> Text {
    guard let found else {
      return Text("diharapkan `\(what)` tetapi pernyataan berakhir", en: "expected `\(what)` but the statement ends")
    }
    return Text("diharapkan `\(what)`, ditemukan \(quoted(found))", en: "expected `\(what)`, found \(quoted(found))")
  }
  static func unexpected(_ t: Token) -> Text {
    Text("\(quoted(t)) tidak terduga di sini", en: "unexpected \(quoted(t)) here")
  }
  static func unclosed(_ bracket: String) -> Text {
    Text("`\(bracket)` tidak ditutup", en: "`\(bracket)` is not closed")
  }
  static let operatorHint = Text(
    "gabungkan syarat dengan `dan`/`atau`; pengurangan perlu spasi: `a - b`",
    en: "join conditions with `and`/`or`; subtraction needs spaces: `a - b`")
  static let letNeedsName = Text("`misal` memerlukan nama", en: "`let` needs a name")
  static let letNeedsValue = Text("`misal` memerlukan nilai setelah `=`", en: "`let` needs a value after `=`")
  static let letHint = Text("misal macet = pinjaman | saring dpd > 90", en: "let bad = pinjaman | where dpd > 90")
  static func nameIsKeyword(_ n: String) -> Text {
    Text("`\(n)` adalah kata kunci dan tidak bisa menjadi nama", en: "`\(n)` is a keyword and cannot be a name")
  }
  static func nameIsCommand(_ n: String) -> Text {
    Text("`\(n)` sudah dipakai (perintah atau hasil terakhir)", en: "`\(n)` is taken (a command or the last result)")
  }
  static func assignNeedsLet(_ n: String) -> Text {
    Text("untuk menamai hasil, awali dengan `misal`", en: "to name a result, start with `let`")
  }
  static func assignHint(_ n: String) -> Text {
    Text("misal \(n) = …", en: "let \(n) = …")
  }
  static let sourceNeedsPath = Text("`jalankan` memerlukan nama berkas", en: "`source` needs a file name")
  static let sourceHint = Text("jalankan periksa-bulanan.awas", en: "source monthly-check.awas")
  static let elseWithoutIf = Text("`lainnya` tanpa `jika` sebelumnya", en: "`else` without an `if` before it")
  static let ifHint = Text("jika SYARAT { … } lainnya { … }", en: "if CONDITION { … } else { … }")
  static let ifNeedsBlock = Text("`jika` memerlukan blok `{ … }`", en: "`if` needs a block `{ … }`")
  static let ifNeedsCondition = Text("`jika` memerlukan syarat", en: "`if` needs a condition")
  static let assertNeedsCondition = Text("`pastikan` memerlukan syarat", en: "`assert` needs a condition")
  static let assertNeedsMessage = Text("pesan setelah koma kosong", en: "the message after the comma is missing")
  static let assertHint = Text(
    "pastikan hitung(macet) == 0, \"masih ada pinjaman macet\"",
    en: "assert count(bad) == 0, \"there are bad loans\"")
}

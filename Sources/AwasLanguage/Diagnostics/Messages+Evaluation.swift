import AwasPluginKit

extension Messages {
  static func typeName(_ t: ColumnType?) -> Text { t?.label ?? Text("kosong", en: "null") }

  static func conditionNotBool(_ keyword: String, _ t: ColumnType?) -> Text {
    Text(
      "syarat `\(keyword)` harus bernilai ya/tidak, bukan \(typeName(t).id)",
      en: "the condition of `\(keyword)` must be yes/no, not \(typeName(t).en)")
  }
  static let conditionHint = Text("mis. dpd > 90, status == \"aktif\", jaminan kosong", en: "e.g. dpd > 90, status == \"aktif\", jaminan is null")
  static func noSuchColumn(_ c: String, table: String) -> Text {
    let base = Text("kolom `\(c)` tidak ada di tabel `\(table)`", en: "table `\(table)` has no column `\(c)`")
    // The loan figures derived from the repayments are missing when angsuran.csv is.
    guard Table.normalize(table) == "pinjaman", Dataset.repaymentColumns.contains(Table.normalize(c)) else { return base }
    return base + Text(
      " (kolom turunan dari angsuran.csv, yang tidak ada atau tidak terbaca; lihat `periksa-data`)",
      en: " (a column derived from angsuran.csv, which is missing or unreadable; see `validate`)")
  }
  static func columnsList(_ t: Table) -> Text {
    let names = t.columnNames.prefix(12).joined(separator: ", ") + (t.columns.count > 12 ? ", …" : "")
    return Text("kolom yang ada: \(names)", en: "columns: \(names)")
  }
  static func tableIsNotValue(_ n: String) -> Text {
    Text("`\(n)` adalah tabel, bukan satu nilai", en: "`\(n)` is a table, not a single value")
  }
  static func tableIsNotValueHint(_ n: String) -> Text {
    Text("mis. hitung(\(n)), jumlah(\(n).kolom), atau \(n) | …", en: "e.g. count(\(n)), sum(\(n).column), or \(n) | …")
  }
  static func unknownName(_ n: String) -> Text {
    Text("`\(n)` bukan perintah, tabel, maupun variabel", en: "`\(n)` is not a command, a table or a variable")
  }
  static func columnNeedsAggregate(_ t: String, _ c: String) -> Text {
    Text("kolom `\(t).\(c)` bukan satu nilai", en: "the column `\(t).\(c)` is not a single value")
  }
  static func columnNeedsAggregateHint(_ t: String, _ c: String) -> Text {
    Text("ringkas dengan jumlah(\(t).\(c)), rata(…), terkecil(…), terbesar(…), atau tulis `\(t) | pilih \(c)`",
      en: "reduce it with sum(\(t).\(c)), avg(…), min(…), max(…), or write `\(t) | select \(c)`")
  }
  static func notADate(_ s: String) -> Text { Text("`\(s)` bukan tanggal", en: "`\(s)` is not a date") }
  static func cannotCompare(_ a: ColumnType, _ b: ColumnType) -> Text {
    Text("tidak bisa membandingkan \(a.label.id) dengan \(b.label.id)", en: "cannot compare \(a.label.en) with \(b.label.en)")
  }
  static func compareHint(_ a: ColumnType, _ b: ColumnType) -> Text {
    Text(
      "bandingkan nilai sejenis: rupiah dengan 10jt, tanggal dengan 2025-12-31, persen dengan 5%, teks dengan \"…\"",
      en: "compare like with like: rupiah with 10jt, dates with 2025-12-31, percentages with 5%, text with \"…\"")
  }
  static func containsNeedsText(_ t: ColumnType?) -> Text {
    Text("`memuat` bekerja pada teks, bukan \(typeName(t).id)", en: "`contains` works on text, not \(typeName(t).en)")
  }
  static let containsHint = Text("nama memuat \"siti\"", en: "nama contains \"siti\"")
  static let tooLarge = Text(
    "hasilnya terlalu besar untuk dihitung tepat (batasnya ±92 kuadriliun rupiah, atau ±9,2 × 10¹⁸)",
    en: "the result is too large to compute exactly (the limit is ±92 quadrillion rupiah, or ±9.2 × 10¹⁸)")
  static let tooLargeHint = Text(
    "Periksa satuan angkanya (jt = juta, M = miliar).", en: "Check the units of the numbers (jt = million, M = billion).")
  static func cannotApply(_ op: String, _ a: ColumnType, _ b: ColumnType) -> Text {
    Text("`\(op)` tidak berlaku untuk \(a.label.id) dan \(b.label.id)", en: "`\(op)` does not apply to \(a.label.en) and \(b.label.en)")
  }
  static let arithmeticHint = Text(
    "rupiah ± rupiah, rupiah × angka, rupiah / rupiah, tanggal ± hari; pengurangan perlu spasi: `a - b`",
    en: "rupiah ± rupiah, rupiah × number, rupiah / rupiah, date ± days; subtraction needs spaces: `a - b`")
  static func cannotNegate(_ t: ColumnType?) -> Text {
    Text("tidak bisa menegatifkan \(typeName(t).id)", en: "cannot negate \(typeName(t).en)")
  }
  static func wrongArity(_ name: String, _ r: ClosedRange<Int>) -> Text {
    let n = r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound)–\(r.upperBound)"
    return Text("`\(name)` memerlukan \(n) argumen", en: "`\(name)` takes \(n) argument\(r.upperBound == 1 ? "" : "s")")
  }
  static func argumentType(_ f: String, _ what: Text, _ got: ColumnType) -> Text {
    Text("`\(f)` memerlukan \(what.id), bukan \(got.label.id)", en: "`\(f)` needs \(what.en), not \(got.label.en)")
  }
  static let roundDigits = Text("jumlah digit harus bilangan bulat -15…15", en: "the digits must be an integer -15…15")
  static func mixedTypes(_ a: ColumnType, _ b: ColumnType) -> Text {
    Text("nilai harus sejenis: \(a.label.id) dan \(b.label.id)", en: "values must be of one kind: \(a.label.en) and \(b.label.en)")
  }
  static func aggregateNeedsArgument(_ f: String) -> Text {
    Text("`\(f)` memerlukan tabel atau kolom", en: "`\(f)` needs a table or a column")
  }
  static func aggregateNeedsColumn(_ f: String, _ t: String) -> Text {
    Text("`\(f)` memerlukan satu kolom dari `\(t)`", en: "`\(f)` needs one column of `\(t)`")
  }
  static let sumOverflow = Text("jumlah terlalu besar", en: "the sum is too large")
  static func cannotAggregate(_ f: String, _ t: ColumnType) -> Text {
    Text("`\(f)` tidak berlaku untuk kolom \(t.label.id)", en: "`\(f)` does not apply to a \(t.label.en) column")
  }
}

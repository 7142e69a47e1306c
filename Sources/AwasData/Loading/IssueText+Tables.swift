extension IssueText {
  // MARK: Records

  static let unclosedQuote = (
    Text(
      "Tanda kutip pembuka tidak pernah ditutup; baris ini dilewati",
      en: "This quote is never closed; the row was skipped"),
    Text?.some(Text("tanda kutip penutup \" sebelum akhir kolom", en: "a closing \" before the end of the field"))
  )

  static func strayQuote(_ lines: Int) -> (Text, Text?) {
    (
      Text(
        "Tanda kutip ini baru ditutup \(lines) baris kemudian dan diikuti teks lain: \(lines) baris sesudahnya terbaca sebagai isi satu kolom (kemungkinan tanda kutip nyasar); baris ini dilewati",
        en: "This quote closes only \(lines) lines later and is followed by more text: the \(lines) lines after it were read as one field (probably a stray quote); the row was skipped"),
      Text?.some(Text("tanda kutip penutup \" pada baris yang sama, atau tanpa tanda kutip", en: "a closing \" on the same line, or no quote at all"))
    )
  }

  static let textAfterQuote = (
    Text("Teks setelah tanda kutip penutup diabaikan", en: "Text after the closing quote is ignored"),
    Text?.some(Text("pemisah tepat setelah tanda kutip penutup", en: "a delimiter right after the closing quote"))
  )

  static func extraFields(_ n: Int, header: Int) -> (Text, Text?) {
    (
      Text(
        "Baris ini punya \(n) kolom, header hanya \(header); nilai tambahan diabaikan",
        en: "This row has \(n) fields but the header has \(header); the extra values are ignored"),
      Text("\(header) kolom", en: "\(header) fields")
    )
  }

  // MARK: Rows across tables

  static func duplicateKey(_ column: String, _ found: String, firstLine: Int) -> (Text, Text?) {
    (
      Text(
        "\(column) \"\(found)\" sudah dipakai di baris \(firstLine); baris ini dilewati",
        en: "\(column) \"\(found)\" already appears on line \(firstLine); this row was skipped"),
      Text("\(column) yang unik", en: "a unique \(column)")
    )
  }

  static func unknownKey(_ kind: IssueKind, table: String, column: String, _ found: String, in other: String)
    -> (Text, Text?)
  {
    let expected = Text(
      "\(column) yang ada di \(other).csv (baris yang dilewati di sana karena nilai salah tidak dihitung)",
      en: "a \(column) listed in \(other).csv (a row skipped there for a bad value does not count)")
    switch (kind, table) {
    case (.unknownLoan, _):
      return (
        Text(
          "Angsuran untuk pinjaman \"\(found)\" yang tidak ada di \(other).csv",
          en: "Repayment for loan \"\(found)\", which is not in \(other).csv"), expected
      )
    case (_, "simpanan"):
      return (
        Text(
          "Simpanan anggota \"\(found)\" yang tidak ada di \(other).csv",
          en: "Savings of member \"\(found)\", who is not in \(other).csv"), expected
      )
    case (_, "pinjaman"):
      return (
        Text(
          "Pinjaman untuk anggota \"\(found)\" yang tidak ada di \(other).csv",
          en: "Loan for member \"\(found)\", who is not in \(other).csv"), expected
      )
    default:
      return (
        Text(
          "\(column) \"\(found)\" tidak ada di \(other).csv", en: "\(column) \"\(found)\" is not in \(other).csv"),
        expected
      )
    }
  }

  static func endBeforeStart(_ start: String, _ startDay: Day, _ end: String, _ endDay: Day) -> (Text, Text?) {
    (
      Text(
        "\(end) \(endDay) lebih awal dari \(start) \(startDay)",
        en: "\(end) \(endDay) is before \(start) \(startDay)"),
      Text("\(end) pada atau sesudah \(start)", en: "\(end) on or after \(start)")
    )
  }

  static func afterReportingDate(_ column: String, _ day: Day, _ reporting: Day) -> (Text, Text?) {
    (
      Text(
        "Kolom \(column): \(day) sesudah tanggal laporan \(reporting)",
        en: "Column \(column): \(day) is after the reporting date \(reporting)"),
      Text("tanggal sampai \(reporting)", en: "a date up to \(reporting)")
    )
  }

  // MARK: Header

  static func missingColumn(_ column: String, file: String, suggestion: String?) -> (Text, Text?) {
    let hint = suggestion.map { (Text("; maksudnya \"\($0)\"?", en: "; did you mean \"\($0)\"?")) }
    return (
      Text(
        "Kolom wajib \(column) tidak ada di header \(file)\(hint?.id ?? "")",
        en: "Required column \(column) is missing from the header of \(file)\(hint?.en ?? "")"),
      Text("kolom \(column) di baris header", en: "a column \(column) in the header row")
    )
  }

  static func duplicateColumn(_ column: String) -> (Text, Text?) {
    (
      Text(
        "Kolom \(column) muncul lagi di header; yang ini diabaikan",
        en: "Column \(column) appears again in the header; this one is ignored"), nil
    )
  }

  static func unnamedColumn(_ index: Int, _ name: String) -> (Text, Text?) {
    (
      Text(
        "Kolom ke-\(index) tidak bernama tetapi berisi data; disimpan sebagai \(name)",
        en: "Column \(index) has no name in the header but holds data; kept as \(name)"),
      Text("nama kolom di baris header", en: "a column name in the header row")
    )
  }

  static func rowsBeforeHeader(_ n: Int, headerLine: Int) -> (Text, Text?) {
    (
      Text(
        "\(n) baris sebelum header (baris \(headerLine)) diabaikan",
        en: "\(n) line(s) before the header (line \(headerLine)) were ignored"), nil
    )
  }

  static func noHeader(_ file: String, found: [String], columns: [String]) -> (Text, Text?) {
    let shown = found.prefix(5).joined(separator: ", ") + (found.count > 5 ? ", …" : "")
    let list = columns.joined(separator: ", ")
    return (
      Text(
        "Baris pertama \(file) tidak menyebut satu pun kolomnya (ditemukan: \(shown)); tabel dilewati",
        en: "The first row of \(file) names none of its columns (found: \(shown)); the table was skipped"),
      Text("baris header: \(list)", en: "a header row: \(list)")
    )
  }

  static func wrongDelimiter(_ declared: String, _ actual: String) -> (Text, Text?) {
    (
      Text(
        "Header tidak dipisah oleh \(declared) melainkan oleh \(actual); tabel ini dilewati",
        en: "The header is not separated by \(declared) but by \(actual); the table was skipped"),
      Text(
        "pemisah = \(actual) di [format] koperasi.toml", en: "pemisah = \(actual) in [format] of koperasi.toml")
    )
  }
}

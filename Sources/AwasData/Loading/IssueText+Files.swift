extension IssueText {
  // MARK: Files

  static func missingFile(_ file: String) -> (Text, Text?) {
    (
      Text("File wajib \(file) tidak ada", en: "Required file \(file) is missing"),
      Text("\(file) di folder dataset (lihat docs/dataset.md)", en: "\(file) in the dataset folder (see docs/dataset.md)")
    )
  }

  static func unknownFile(_ file: String, suggestion: String?) -> (Text, Text?) {
    let hint = suggestion.map { Text("; maksudnya \($0)?", en: "; did you mean \($0)?") }
    return (
      Text(
        "File \(file) bukan bagian dari dataset dan diabaikan\(hint?.id ?? "")",
        en: "File \(file) is not part of the dataset contract and was ignored\(hint?.en ?? "")"), nil
    )
  }

  static func unreadableFile(_ file: String, _ reason: String) -> (Text, Text?) {
    (Text("File \(file) tidak dapat dibaca: \(reason)", en: "Cannot read \(file): \(reason)"), nil)
  }

  static let emptyFile = (
    Text("File kosong: tidak ada baris header; tabel dilewati", en: "The file is empty: no header row; the table was skipped"),
    Text?.some(Text("baris header dengan nama kolom", en: "a header row naming the columns"))
  )

  static func notText(_ signature: TextEncoding.Signature) -> (Text, Text?) {
    let saveAs = Text?.some(
      Text(
        "file CSV: di Excel pilih Simpan Sebagai \"CSV UTF-8 (Comma delimited)\"",
        en: "a CSV file: in Excel choose Save As \"CSV UTF-8 (Comma delimited)\""))
    switch signature {
    case .excelWorkbook:
      return (
        Text("File ini buku kerja Excel (.xlsx), bukan CSV; tabel dilewati", en: "This is an Excel workbook (.xlsx), not a CSV file; the table was skipped"),
        saveAs
      )
    case .excelLegacy:
      return (
        Text("File ini buku kerja Excel lama (.xls), bukan CSV; tabel dilewati", en: "This is an old Excel workbook (.xls), not a CSV file; the table was skipped"),
        saveAs
      )
    case .utf16:
      return (
        Text("File ini tersimpan sebagai UTF-16 (Unicode Text); tabel dilewati", en: "This file is saved as UTF-16 (Unicode Text); the table was skipped"),
        saveAs
      )
    case .binary, .text:
      return (
        Text("File ini bukan teks (berisi byte NUL); tabel dilewati", en: "This is not a text file (it holds NUL bytes); the table was skipped"),
        saveAs
      )
    }
  }

  static func invalidUTF8(_ byte: UInt8) -> (Text, Text?) {
    let hex = "0x" + String(byte, radix: 16, uppercase: true)
    return (
      Text(
        "Byte \(hex) bukan UTF-8 yang sah; teks yang rusak tampil sebagai \u{FFFD}",
        en: "Byte \(hex) is not valid UTF-8; damaged text shows as \u{FFFD}"),
      Text(
        "UTF-8, atau encoding = \"Windows-1252\" di [format] bila Excel menyimpannya sebagai \"CSV (Comma delimited)\"",
        en: "UTF-8, or encoding = \"Windows-1252\" in [format] if Excel saved it as \"CSV (Comma delimited)\"")
    )
  }

  static let fileTooLarge = (
    Text(
      "Teks di file ini melebihi 4 GiB per kolom; baris berikutnya dilewati",
      en: "The text in this file exceeds 4 GiB per column; later rows were skipped"),
    Text?.none
  )

  static func more(_ n: Int, _ kind: IssueKind, _ file: String) -> Text {
    Text("… dan \(n) masalah \(kind.rawValue) lain di \(file)", en: "… and \(n) more \(kind.rawValue) issues in \(file)")
  }

  // MARK: koperasi.toml

  static func badOptionalKey(_ key: String, found: String, using value: String) -> (Text, Text?) {
    (
      Text("koperasi.toml: \(key) = \(found) tidak sah; dipakai \(value)", en: "koperasi.toml: \(key) = \(found) is not valid; using \(value)"),
      Text("tahun, misalnya \(value)", en: "a year, such as \(value)")
    )
  }

  static func missingKey(_ key: String, using value: String) -> (Text, Text?) {
    (
      Text("koperasi.toml tidak punya \(key); dipakai \(value)", en: "koperasi.toml has no \(key); using \(value)"),
      Text("\(key) di koperasi.toml", en: "\(key) in koperasi.toml")
    )
  }
}

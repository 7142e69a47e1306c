/// The bilingual text of every loader issue, next to nothing else so that
/// tests and docs can find them in one place.
enum IssueText {
  // MARK: Values

  static func missingValue(_ column: String) -> (Text, Text?) {
    (
      Text("Kolom \(column) kosong, padahal wajib diisi", en: "Column \(column) is empty but must have a value"),
      nil
    )
  }

  static func badMoney(_ column: String, _ found: String, _ why: NumberFailure, _ format: CSVFormat) -> (Text, Text?) {
    let example = format.decimalComma ? "1.250.000,50" : "1250000.50"
    let expected = Text(
      "jumlah rupiah seperti \(example) atau Rp 1.250.000", en: "a rupiah amount like \(example) or Rp 1.250.000")
    switch why {
    case .tooManyDecimals:
      return (
        Text(
          "Kolom \(column): \"\(found)\" punya lebih dari 2 angka desimal (sen)",
          en: "Column \(column): \"\(found)\" has more than 2 decimal places (sen)"), expected
      )
    case .ambiguousGrouping:
      let mark = format.decimalComma ? "," : "."
      let other = format.decimalComma ? "." : ","
      return (
        Text(
          "Kolom \(column): \"\(found)\" meragukan: dengan desimal = \"\(mark)\" angka ini punya 3 desimal; bila \"\(mark)\" memisahkan ribuan, tulis desimal = \"\(other)\" di [format]",
          en: "Column \(column): \"\(found)\" is ambiguous: with desimal = \"\(mark)\" it has 3 decimal places; if \"\(mark)\" groups thousands, set desimal = \"\(other)\" in [format]"),
        expected
      )
    case .overflow:
      return (
        Text("Kolom \(column): \"\(found)\" terlalu besar", en: "Column \(column): \"\(found)\" is too large"),
        Text("jumlah rupiah sampai Rp 100.000.000.000.000", en: "a rupiah amount up to Rp 100,000,000,000,000")
      )
    case .garbage, .notWhole:
      return (
        Text(
          "Kolom \(column): \"\(found)\" bukan jumlah rupiah yang sah",
          en: "Column \(column): \"\(found)\" is not a valid rupiah amount"), expected
      )
    }
  }

  static func badInteger(_ column: String, _ found: String, _ why: NumberFailure) -> (Text, Text?) {
    let expected = Text("bilangan bulat seperti 12", en: "a whole number like 12")
    switch why {
    case .notWhole:
      return (
        Text("Kolom \(column): \"\(found)\" bukan bilangan bulat", en: "Column \(column): \"\(found)\" is not a whole number"),
        expected
      )
    case .ambiguousGrouping:
      return (
        Text(
          "Kolom \(column): \"\(found)\" meragukan: pemisah ribuan atau desimal?",
          en: "Column \(column): \"\(found)\" is ambiguous: thousands separator or decimal mark?"), expected
      )
    case .overflow:
      return (Text("Kolom \(column): \"\(found)\" terlalu besar", en: "Column \(column): \"\(found)\" is too large"), expected)
    case .garbage, .tooManyDecimals:
      return (
        Text("Kolom \(column): \"\(found)\" bukan bilangan", en: "Column \(column): \"\(found)\" is not a number"), expected
      )
    }
  }

  static func badNumber(_ column: String, _ found: String, _ format: CSVFormat) -> (Text, Text?) {
    let example = format.decimalComma ? "1,5" : "1.5"
    return (
      Text("Kolom \(column): \"\(found)\" bukan bilangan", en: "Column \(column): \"\(found)\" is not a number"),
      Text("bilangan seperti \(example)", en: "a number like \(example)")
    )
  }

  static func dateExample(_ style: CSVFormat.DateStyle) -> String {
    switch style {
    case .iso: return "2025-12-31 (YYYY-MM-DD)"
    case .dmySlash: return "31/12/2025 (DD/MM/YYYY)"
    case .dmyDash: return "31-12-2025 (DD-MM-YYYY)"
    case .longIndonesian: return "31 Desember 2025 (D MMMM YYYY)"
    }
  }

  static func badDate(_ column: String, _ found: String, _ why: DateFailure, _ style: CSVFormat.DateStyle)
    -> (Text, Text?)
  {
    let ex = dateExample(style)
    let expected = Text("tanggal seperti \(ex)", en: "a date like \(ex)")
    switch why {
    case .noSuchDay:
      return (
        Text("Kolom \(column): tanggal \"\(found)\" tidak ada di kalender", en: "Column \(column): \"\(found)\" is not a real day"),
        expected
      )
    case .twoDigitYear:
      return (
        Text(
          "Kolom \(column): \"\(found)\" memakai tahun dua angka; tulis tahun lengkap (2025)",
          en: "Column \(column): \"\(found)\" has a two-digit year; write the full year (2025)"), expected
      )
    case .dayFirstButISO:
      return (
        Text(
          "Kolom \(column): \"\(found)\" ditulis hari dulu, padahal [format] tanggal = \"YYYY-MM-DD\"; bila file memakai hari/bulan/tahun, tulis tanggal = \"DD/MM/YYYY\" di koperasi.toml",
          en: "Column \(column): \"\(found)\" puts the day first but [format] tanggal = \"YYYY-MM-DD\"; if the file uses day/month/year, set tanggal = \"DD/MM/YYYY\" in koperasi.toml"),
        expected
      )
    case .excelSerial(let day):
      return (
        Text(
          "Kolom \(column): \"\(found)\" tampaknya nomor seri tanggal Excel (\(day)); tidak dikonversi",
          en: "Column \(column): \"\(found)\" looks like an Excel date serial number (\(day)); it was not converted"),
        Text(
          "tanggal seperti \(ex); format kolom ini sebagai tanggal di Excel sebelum menyimpan CSV",
          en: "a date like \(ex); format the column as a date in Excel before saving the CSV")
      )
    case .garbage:
      return (
        Text("Kolom \(column): \"\(found)\" bukan tanggal yang sah", en: "Column \(column): \"\(found)\" is not a valid date"),
        expected
      )
    }
  }

  static func badYesNo(_ column: String, _ found: String) -> (Text, Text?) {
    (
      Text("Kolom \(column): \"\(found)\" bukan ya/tidak", en: "Column \(column): \"\(found)\" is not yes/no"),
      Text("ya atau tidak", en: "ya or tidak")
    )
  }

  static func notAllowed(_ column: String, _ found: String, _ allowed: String) -> (Text, Text?) {
    (
      Text(
        "Kolom \(column): \"\(found)\" bukan nilai yang diizinkan",
        en: "Column \(column): \"\(found)\" is not an allowed value"),
      Text("salah satu dari: \(allowed)", en: "one of: \(allowed)")
    )
  }
}

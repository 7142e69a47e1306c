extension CSVFormat {
  /// The field delimiters a dataset may use: `,` `;` tab `|`.
  public static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]

  /// How a delimiter is written in koperasi.toml: `","`, `";"`, `"\t"`, `"|"`.
  public static func delimiterName(_ d: UInt8) -> String {
    d == UInt8(ascii: "\t") ? "\"\\t\"" : "\"\(String(UnicodeScalar(d)))\""
  }

  /// Reads `pemisah`: one of the delimiters, or `tab`.
  static func delimiter(named s: String) -> UInt8? {
    let t = s.lowercased()
    if t == "tab" || t == "\\t" || t == "\t" { return UInt8(ascii: "\t") }
    guard t.utf8.count == 1, let b = t.utf8.first, delimiters.contains(b) else { return nil }
    return b
  }

  /// Reads `tanggal`: a ``DateStyle`` raw value, ignoring case (`DD MMMM YYYY` is accepted too).
  static func dateStyle(named s: String) -> DateStyle? {
    let t = s.uppercased().trimmingSpaces()
    if t == "DD MMMM YYYY" { return .longIndonesian }
    return DateStyle.allCases.first { $0.rawValue == t }
  }

  /// Reads `encoding`: UTF-8 or Windows-1252 (also `cp1252`, `latin1`, `ISO-8859-1`).
  static func encoding(named s: String) -> Encoding? {
    let t = s.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
    switch t {
    case "utf8": return .utf8
    case "windows1252", "cp1252", "latin1", "iso88591": return .windows1252
    default: return nil
    }
  }
}

extension CSVFormat {
  /// A money cell as this format writes it: `1.250.000,50` (decimal comma) or
  /// `1250000.50`; sen only when non-zero; negatives with `-`.
  public func text(_ m: Money) -> String {
    let neg = m.sen < 0
    let a = m.sen.magnitude
    var whole = String(a / 100)
    if decimalComma {
      var grouped = ""
      for (i, ch) in whole.enumerated() {
        if i > 0 && (whole.count - i) % 3 == 0 { grouped.append(".") }
        grouped.append(ch)
      }
      whole = grouped
    }
    let sen = a % 100
    let frac = sen == 0 ? "" : (decimalComma ? "," : ".") + (sen < 10 ? "0" : "") + String(sen)
    return (neg ? "-" : "") + whole + frac
  }

  /// A date cell as this format writes it.
  public func text(_ d: Day) -> String {
    let (y, m, day) = d.components
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    switch dates {
    case .iso: return d.description
    case .dmySlash: return "\(two(day))/\(two(m))/\(y)"
    case .dmyDash: return "\(two(day))-\(two(m))-\(y)"
    case .longIndonesian: return "\(day) \(CSVFormat.monthNames[m - 1]) \(y)"
    }
  }

  /// A real number with this format's decimal mark (`1,5`).
  public func text(_ x: Double) -> String {
    var s = ValueFormatter.plain(.double(x))
    if decimalComma { s = s.replacing(".", with: ",") }
    return s
  }

  /// A text cell, quoted when it holds the delimiter, a quote, a line end or edge spaces.
  public func field(_ s: String) -> String {
    let needs = s.utf8.contains { $0 == delimiter || $0 == 34 || $0 == 10 || $0 == 13 }
      || s.first == " " || s.last == " "
    return needs ? "\"" + s.replacing("\"", with: "\"\"") + "\"" : s
  }

  /// One record: cells joined by the delimiter (cells are written as given).
  public func record(_ cells: [String]) -> String {
    cells.joined(separator: String(UnicodeScalar(delimiter)))
  }

  /// Indonesian month names, January first.
  public static let monthNames = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
    "November", "Desember",
  ]
}

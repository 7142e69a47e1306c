extension CSVRowWriter {
  /// Money from sen, per the format and options:
  /// - decimal `.`: `1250000`, `1250000.50` (never grouped);
  /// - decimal `,`: `1.250.000`, `1.250.000,50` (grouped unless `groupThousands` is off);
  /// - sen are written only when non-zero, always as two digits;
  /// - `Rp` prefix per ``DatasetWriter/Options/rupiahPrefix``, after the minus sign;
  /// - negatives as `-…` or `(…)` per ``DatasetWriter/Options/negatives``.
  func money(sen: Int64) {
    let start = beginField(64)
    let neg = sen < 0
    let parens = neg && options.negatives == .parentheses
    if parens { sink.append(UInt8(ascii: "(")) } else if neg { sink.append(UInt8(ascii: "-")) }
    switch options.rupiahPrefix {
    case .none: break
    case .spaced: sink.append(Self.rpSpaced)
    case .attached: sink.append(Self.rp)
    }
    let a = sen.magnitude
    let whole = a / 100, cents = a % 100
    if format.decimalComma && options.groupThousands {
      grouped(whole)
    } else {
      digits(whole, width: 1)
    }
    if cents != 0 {
      sink.append(format.decimalComma ? UInt8(ascii: ",") : UInt8(ascii: "."))
      digits(cents, width: 2)
    }
    if parens { sink.append(UInt8(ascii: ")")) }
    finishField(start)
  }

  private static let rp: [UInt8] = Array("Rp".utf8)
  private static let rpSpaced: [UInt8] = Array("Rp ".utf8)

  /// Digits grouped by three with `.`: `1.250.000`.
  private func grouped(_ v: UInt64) {
    if v < 1000 {
      digits(v, width: 1)
      return
    }
    grouped(v / 1000)
    sink.append(UInt8(ascii: "."))
    digits(v % 1000, width: 3)
  }

  /// A real number in its shortest round-trip form, without exponent, with the
  /// format's decimal mark and no grouping: `1.5`, `0.00001`, `12` (`1,5` with a decimal comma).
  func double(_ d: Double) {
    guard d.isFinite else {
      null()
      return
    }
    let text = Self.plainDecimal(d)
    let start = beginField(text.utf8.count + 8)
    for b in text.utf8 {
      sink.append(b == UInt8(ascii: ".") && format.decimalComma ? UInt8(ascii: ",") : b)
    }
    finishField(start)
  }

  /// `d` in plain decimal notation (Swift's shortest digits, exponent expanded).
  static func plainDecimal(_ d: Double) -> String {
    if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
    let s = String(d)
    guard let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return s }
    let mantissa = s[..<e], exponent = Int(s[s.index(after: e)...]) ?? 0
    let neg = mantissa.hasPrefix("-")
    let body = neg ? mantissa.dropFirst() : mantissa[...]
    let dot = body.firstIndex(of: ".")
    let intPart = dot.map { body[..<$0] } ?? body
    let fracPart = dot.map { body[body.index(after: $0)...] } ?? ""
    var digits = Array(intPart + fracPart)
    var point = intPart.count + exponent
    if point <= 0 {
      digits.insert(contentsOf: repeatElement("0", count: 1 - point), at: 0)
      point = 1
    }
    while digits.count < point { digits.append("0") }
    var out = String(digits[..<point])
    var frac = String(digits[point...])
    while frac.hasSuffix("0") { frac.removeLast() }
    if !frac.isEmpty { out += "." + frac }
    return (neg ? "-" : "") + out
  }

  /// A date in the format's style: `2025-12-31`, `31/12/2025`, `31-12-2025`, `31 Desember 2025`.
  func day(_ d: Day) {
    let start = beginField(32)
    let (y, m, dd) = d.components
    switch format.dates {
    case .iso:
      digits(UInt64(y), width: 4)
      sink.append(UInt8(ascii: "-"))
      digits(UInt64(m), width: 2)
      sink.append(UInt8(ascii: "-"))
      digits(UInt64(dd), width: 2)
    case .dmySlash, .dmyDash:
      let sep = format.dates == .dmySlash ? UInt8(ascii: "/") : UInt8(ascii: "-")
      digits(UInt64(dd), width: 2)
      sink.append(sep)
      digits(UInt64(m), width: 2)
      sink.append(sep)
      digits(UInt64(y), width: 4)
    case .longIndonesian:
      digits(UInt64(dd), width: 1)
      sink.append(32)
      sink.append(Self.monthNames[m - 1])
      sink.append(32)
      digits(UInt64(y), width: 4)
    }
    finishField(start)
  }

  /// Indonesian month names as written in `31 Desember 2025`.
  static let monthNames: [[UInt8]] = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
  ].map { Array($0.utf8) }

  /// `ya` or `tidak`.
  func bool(_ b: Bool) {
    text(b ? "ya" : "tidak")
  }
}

/// Turns values into text: `plain` for machine formats (CSV, JSON), `display`
/// for people (Indonesian or English grouping, `Rp`, `%`).
public enum ValueFormatter {
  /// Machine form: money in rupiah with `.` decimals and no grouping, dates ISO,
  /// percent as a ratio, booleans `true`/`false`, null as empty.
  public static func plain(_ v: Value) -> String {
    switch v {
    case .null: return ""
    case .int(let i): return String(i)
    case .double(let d), .percent(let d): return plainDouble(d)
    case .money(let m): return plainMoney(m)
    case .date(let d): return d.description
    case .bool(let b): return b ? "true" : "false"
    case .string(let s): return s
    }
  }

  /// Rupiah with `.` as decimal mark and sen only when non-zero: `1250000.5`.
  public static func plainMoney(_ m: Money) -> String {
    var out: [UInt8] = []
    PlainBytes.money(m.sen, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  static func plainDouble(_ d: Double) -> String {
    if d.isNaN || d.isInfinite { return "" }
    if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
    var s = String(d)
    if s.contains("e") { return s }
    while s.hasSuffix("0") { s.removeLast() }
    return s
  }

  /// Human form in `language`: `Rp 1.250.000`, `12,5%`, `31-12-2025`… (id) or
  /// `Rp 1,250,000`, `12.5%`, `2025-12-31` (en). Null is shown as `-`.
  public static func display(_ v: Value, _ language: Language) -> String {
    switch v {
    case .null: return "-"
    case .int(let i): return grouped(i, language)
    case .double(let d): return number(d, decimals: abs(d) < 1 && d != 0 ? 4 : 2, language, trimZeros: true)
    case .percent(let d): return number(d * 100, decimals: 2, language, trimZeros: false) + "%"
    case .money(let m): return money(m, language)
    case .date(let d): return d.description
    case .bool(let b): return b ? (language == .en ? "yes" : "ya") : (language == .en ? "no" : "tidak")
    case .string(let s): return s
    }
  }

  /// `Rp 1.250.000` (id) or `Rp 1,250,000` (en); sen shown only when non-zero.
  public static func money(_ m: Money, _ language: Language) -> String {
    let neg = m.sen < 0
    let a = m.sen.magnitude
    var s = "Rp " + (neg ? "-" : "") + grouped(Int64(a / 100), language)
    let sen = a % 100
    if sen != 0 { s += (language == .en ? "." : ",") + (sen < 10 ? "0" : "") + String(sen) }
    return s
  }

  /// An integer with thousands grouping: `1.234.567` (id), `1,234,567` (en).
  public static func grouped(_ i: Int64, _ language: Language) -> String {
    let sep: Character = language == .en ? "," : "."
    let digits = String(i.magnitude)
    var out = ""
    for (k, ch) in digits.enumerated() {
      if k > 0 && (digits.count - k) % 3 == 0 { out.append(sep) }
      out.append(ch)
    }
    return (i < 0 ? "-" : "") + out
  }

  /// A ratio as a short percent for messages and headings: `97,5%` (id),
  /// `97.5%` (en), `95%` (trailing zeros dropped).
  public static func percent(_ ratio: Double, _ language: Language, decimals: Int = 1) -> String {
    number(ratio * 100, decimals: decimals, language, trimZeros: true) + "%"
  }

  /// A real number with `decimals` places, grouped, with the language's decimal mark.
  public static func number(_ d: Double, decimals: Int, _ language: Language, trimZeros: Bool = false)
    -> String
  {
    if d.isNaN { return "-" }
    if d.isInfinite { return d > 0 ? "∞" : "-∞" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    // Beyond 64-bit integers: the digits a Double holds, without grouping.
    if abs(d) * scale >= 9.0e18 { return String(format: "%.\(decimals)f", d) }
    let r = (abs(d) * scale).rounded()
    let whole = Int64(r / scale)
    var frac = String(Int64(r.truncatingRemainder(dividingBy: scale)))
    while frac.count < decimals { frac = "0" + frac }
    if trimZeros { while frac.hasSuffix("0") { frac.removeLast() } }
    let neg = d < 0 && r != 0
    var s = (neg ? "-" : "") + grouped(whole, language)
    if !frac.isEmpty && decimals > 0 { s += (language == .en ? "." : ",") + frac }
    return s
  }
}

extension Money {
  /// `Rp 1.250.000` (id) or `Rp 1,250,000` (en), as ``ValueFormatter/money(_:_:)``.
  public func text(_ language: Language) -> String { ValueFormatter.money(self, language) }
}

import Foundation
/// A fixed-point decimal with four places (raw value × 10⁻⁴): the number type
/// of rule files (band edges, weights, factors) and of scores.
///
/// Scores, weights and ratios are compared and summed exactly as integers, so
/// a total of 79.9999… never happens and a ratio exactly on a band edge falls
/// on the side the rule file says.
public struct Decimal4: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The value × 10 000.
  public var raw: Int64

  public static let scale: Int64 = 10_000
  public static let zero = Decimal4(raw: 0)
  public static let hundred = Decimal4(100)

  public init(raw: Int64) { self.raw = raw }

  /// A whole number.
  public init(_ whole: Int64) { raw = whole * Decimal4.scale }

  /// A whole number; nil when it is too large to hold (beyond about 9.2 × 10¹⁴).
  public init?(exactly whole: Int64) {
    let (r, overflow) = whole.multipliedReportingOverflow(by: Decimal4.scale)
    if overflow { return nil }
    raw = r
  }

  /// The nearest value to `d` (used when reading rule files); nil if not finite or too large.
  public init?(double d: Double) {
    guard d.isFinite, abs(d) < 9e14 else { return nil }
    raw = Int64((d * Double(Decimal4.scale)).rounded())
  }

  /// Parses `12`, `-7.5`, `0.25` (at most four decimals; `,` is not accepted).
  public init?(parsing text: some StringProtocol) {
    let s = text.trimmingCharacters(in: .whitespaces)
    var neg = false
    var body = Substring(s)
    if body.first == "-" {
      neg = true
      body.removeFirst()
    } else if body.first == "+" {
      body.removeFirst()
    }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard !body.isEmpty, parts.count <= 2, let whole = Int64(parts[0].isEmpty ? "0" : parts[0]),
      parts[0].allSatisfy(\.isNumber)
    else { return nil }
    var frac: Int64 = 0
    if parts.count == 2 {
      let f = parts[1]
      guard !f.isEmpty, f.count <= 4, f.allSatisfy(\.isNumber), let v = Int64(f) else { return nil }
      frac = v * [1000, 100, 10, 1][f.count - 1]
    }
    guard whole < 900_000_000_000_000 else { return nil }
    raw = (whole * Decimal4.scale + frac) * (neg ? -1 : 1)
  }

  public var double: Double { Double(raw) / Double(Decimal4.scale) }

  public static func < (a: Decimal4, b: Decimal4) -> Bool { a.raw < b.raw }
  public static func + (a: Decimal4, b: Decimal4) -> Decimal4 { Decimal4(raw: a.raw + b.raw) }
  public static func - (a: Decimal4, b: Decimal4) -> Decimal4 { Decimal4(raw: a.raw - b.raw) }
  public static prefix func - (a: Decimal4) -> Decimal4 { Decimal4(raw: -a.raw) }

  /// `a × b`, rounded half away from zero to four places.
  public static func * (a: Decimal4, b: Decimal4) -> Decimal4 {
    Decimal4(raw: FixedMath.mulDiv(a.raw, b.raw, Decimal4.scale) ?? (a.raw.signum() * b.raw.signum() >= 0 ? .max : .min))
  }

  /// `a ÷ b` rounded half away from zero to four places; nil when `b` is zero.
  public static func / (a: Decimal4, b: Decimal4) -> Decimal4? {
    guard b.raw != 0, let r = FixedMath.mulDiv(a.raw, Decimal4.scale, b.raw) else { return nil }
    return Decimal4(raw: r)
  }

  /// Rounded to `places` decimals (0…4) by `mode`.
  public func rounded(_ mode: RoundingRule, places: Int = 0) -> Decimal4 {
    let unit = [10_000, 1000, 100, 10, 1][max(0, min(4, places))] as Int64
    let q = raw / unit, r = raw % unit
    if r == 0 { return self }
    var out = q
    switch mode {
    case .none: return self
    case .round: if 2 * r.magnitude >= unit.magnitude { out += raw < 0 ? -1 : 1 }
    case .ceil: if raw > 0 { out += 1 }
    case .floor: if raw < 0 { out -= 1 }
    }
    return Decimal4(raw: out * unit)
  }

  /// ``description`` with the decimal mark of `language` (`7,5` in id).
  public func text(_ language: Language) -> String {
    language == .en ? description : description.replacing(".", with: ",")
  }

  /// `12`, `7.5`, `-0.25`: no trailing zeros.
  public var description: String {
    let neg = raw < 0
    let a = raw.magnitude
    var s = (neg ? "-" : "") + String(a / UInt64(Decimal4.scale))
    var frac = String(a % UInt64(Decimal4.scale))
    if frac != "0" {
      frac = String(repeating: "0", count: 4 - frac.count) + frac
      while frac.hasSuffix("0") { frac.removeLast() }
      s += "." + frac
    }
    return s
  }
}

/// How a computed value is rounded: not at all, half away from zero, up, down.
public enum RoundingRule: String, Sendable, CaseIterable {
  case none, round, ceil, floor
}

/// Exact integer arithmetic for ratios of money.
public enum FixedMath {
  /// `a × b ÷ c` computed on 128 bits and rounded half away from zero;
  /// nil when `c` is zero or the result does not fit in Int64.
  public static func mulDiv(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64? {
    guard c != 0 else { return nil }
    let negative = (a < 0) != (b < 0) && a != 0 && b != 0
    let neg = negative != (c < 0)
    let p = a.magnitude.multipliedFullWidth(by: b.magnitude)
    let d = c.magnitude
    guard p.high < d else { return nil }
    let (q, r) = d.dividingFullWidth((high: p.high, low: p.low))
    var m = q
    // Round half away from zero: compare 2r with d without overflow.
    if r >= d - r {
      let (sum, overflow) = m.addingReportingOverflow(1)
      guard !overflow else { return nil }
      m = sum
    }
    guard m <= UInt64(Int64.max) else { return nil }
    return neg && m != 0 ? -Int64(m) : Int64(m)
  }

  /// `percent`% of `amount` (sen), rounded half away from zero once; nil
  /// when it does not fit in Int64. A limit of "10% of own capital".
  public static func percent(_ percent: Decimal4, of amount: Int64) -> Int64? {
    mulDiv(amount, percent.raw, Decimal4.scale * 100)
  }
}

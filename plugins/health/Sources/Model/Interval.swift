import AwasPluginKit

/// A ratio in percent, rounded to two decimals, or an infinity (a positive or
/// negative amount over zero).
enum RatioValue: Sendable, Hashable {
  case finite(Decimal4)
  case plusInfinity
  case minusInfinity

  /// The ratio as a fraction for a `percent` cell (12.34% → 0.1234); nil for infinities.
  var percentCell: Value {
    if case .finite(let d) = self { return .percent(Double(d.raw) / 1_000_000) }
    return .null
  }

  /// `12,34%`, `∞`.
  func display(_ l: Language) -> String {
    switch self {
    case .finite(let d): return ValueFormatter.display(.percent(d.double / 100), l)
    case .plusInfinity: return "∞"
    case .minusInfinity: return "-∞"
    }
  }
}

/// One edge-explicit interval of percent values, written `(0, 20]`, `[4, 6)`,
/// `(-inf, 0]`, `(80, inf)`, `[0, 0]`.
struct Interval: Sendable, Hashable, CustomStringConvertible {
  /// nil = −∞.
  var lower: Decimal4?
  var lowerClosed: Bool
  /// nil = +∞.
  var upper: Decimal4?
  var upperClosed: Bool

  /// Parses the written form; the message says what is wrong.
  static func parse(_ text: String) -> Result<Interval, RuleMessage> {
    let t = text.trimmingSpaces()
    let bad = RuleMessage(
      "rentang `\(text)` tidak sah; tulis misalnya `(0, 20]`, `[4, 6)`, `(-inf, 0]`, `(80, inf)`",
      en: "range `\(text)` is not valid; write for example `(0, 20]`, `[4, 6)`, `(-inf, 0]`, `(80, inf)`")
    guard let open = t.first, let close = t.last, "([".contains(open), ")]".contains(close) else {
      return .failure(bad)
    }
    let parts = t.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return .failure(bad) }
    let lo = parts[0].trimmingCharacters(in: .whitespaces), hi = parts[1].trimmingCharacters(in: .whitespaces)
    var iv = Interval(lower: nil, lowerClosed: open == "[", upper: nil, upperClosed: close == "]")
    if lo != "-inf" {
      guard let v = Decimal4(parsing: lo) else { return .failure(bad) }
      iv.lower = v
    } else if open == "[" {
      return .failure(RuleMessage("`-inf` harus dengan `(`", en: "`-inf` takes `(`"))
    }
    if hi != "inf" && hi != "+inf" {
      guard let v = Decimal4(parsing: hi) else { return .failure(bad) }
      iv.upper = v
    } else if close == "]" {
      return .failure(RuleMessage("`inf` harus dengan `)`", en: "`inf` takes `)`"))
    }
    if let a = iv.lower, let b = iv.upper, a > b || (a == b && !(iv.lowerClosed && iv.upperClosed)) {
      return .failure(RuleMessage("rentang `\(text)` kosong", en: "range `\(text)` is empty"))
    }
    return .success(iv)
  }

  func contains(_ x: RatioValue) -> Bool {
    switch x {
    case .plusInfinity: return upper == nil
    case .minusInfinity: return lower == nil
    case .finite(let v):
      if let a = lower, lowerClosed ? v < a : v <= a { return false }
      if let b = upper, upperClosed ? v > b : v >= b { return false }
      return true
    }
  }

  /// Written form with edges explicit.
  var description: String {
    (lowerClosed ? "[" : "(") + (lower.map(\.description) ?? "-inf") + ", "
      + (upper.map(\.description) ?? "inf") + (upperClosed ? "]" : ")")
  }

  /// A person's reading: `≤ 0`, `> 80`, `0 – 20`.
  var reading: String {
    switch (lower, upper) {
    case (nil, nil): return "semua / all"
    case (nil, let b?): return (upperClosed ? "≤ " : "< ") + b.description
    case (let a?, nil): return (lowerClosed ? "≥ " : "> ") + a.description
    case (let a?, let b?): return a == b ? "= \(a)" : description
    }
  }
}

/// Checks that `intervals` cover every value from −∞ to +∞ exactly once;
/// the problem found first (a gap or an overlap), if any.
func coverageProblem(_ intervals: [Interval]) -> RuleMessage? {
  // Sort by lower edge (−∞ first; closed before open at the same value).
  let sorted = intervals.sorted { a, b in
    switch (a.lower, b.lower) {
    case (nil, nil): return false
    case (nil, _): return true
    case (_, nil): return false
    case (let x?, let y?): return x != y ? x < y : (a.lowerClosed && !b.lowerClosed)
    }
  }
  guard let first = sorted.first else { return RuleMessage("tidak ada pita", en: "no bands") }
  if first.lower != nil {
    return RuleMessage("nilai di bawah \(first.description) tidak tercakup", en: "values below \(first.description) are not covered")
  }
  for (a, b) in zip(sorted, sorted.dropFirst()) {
    guard let end = a.upper, let start = b.lower else {
      return RuleMessage("\(a) dan \(b) bertumpuk", en: "\(a) and \(b) overlap")
    }
    if end < start || (end == start && !a.upperClosed && !b.lowerClosed) {
      return RuleMessage("celah antara \(a) dan \(b)", en: "gap between \(a) and \(b)")
    }
    if end > start || (end == start && a.upperClosed && b.lowerClosed) {
      return RuleMessage("\(a) dan \(b) bertumpuk", en: "\(a) and \(b) overlap")
    }
  }
  if let last = sorted.last, last.upper != nil {
    return RuleMessage("nilai di atas \(last) tidak tercakup", en: "values above \(last) are not covered")
  }
  return nil
}

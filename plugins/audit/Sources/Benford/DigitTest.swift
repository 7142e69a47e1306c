import AwasPluginKit

/// A Benford digit test: first digit, second digit, or first two digits.
enum DigitTest: String, Sendable, CaseIterable {
  case first = "1"
  case second = "2"
  case firstTwo = "12"

  /// The digits tested, in order.
  var digits: [Int] {
    switch self {
    case .first: return Array(1...9)
    case .second: return Array(0...9)
    case .firstTwo: return Array(10...99)
    }
  }

  /// Benford's expected proportion of digit `d` (docs/reference.md §7).
  func expected(_ d: Int) -> Double {
    switch self {
    case .first, .firstTwo: return log10(1 + 1 / Double(d))
    case .second:
      var p = 0.0
      for k in 1...9 { p += log10(1 + 1 / Double(10 * k + d)) }
      return p
    }
  }

  /// The tested digit of a value whose first two digits are `ft` (10...99).
  @inline(__always)
  func digit(firstTwo ft: Int) -> Int {
    switch self {
    case .first: return ft / 10
    case .second: return ft % 10
    case .firstTwo: return ft
    }
  }

  /// Position of digit `d` in ``digits``.
  func index(of d: Int) -> Int { self == .first ? d - 1 : (self == .second ? d : d - 10) }

  var label: Text {
    switch self {
    case .first: return Text("digit pertama", en: "first digit")
    case .second: return Text("digit kedua", en: "second digit")
    case .firstTwo: return Text("dua digit pertama", en: "first two digits")
    }
  }
}

/// Nigrini's conformity verdict from the MAD.
enum Conformity: Int, Sendable, Comparable, CaseIterable {
  case close, acceptable, marginal, nonconformity

  static func < (a: Conformity, b: Conformity) -> Bool { a.rawValue < b.rawValue }

  var label: Text {
    switch self {
    case .close: return Text("sangat sesuai", en: "close conformity")
    case .acceptable: return Text("sesuai", en: "acceptable conformity")
    case .marginal: return Text("sesuai marginal", en: "marginally acceptable conformity")
    case .nonconformity: return Text("tidak sesuai", en: "nonconformity")
    }
  }
}

/// MAD cut-offs and chi-square critical values of one test (`benford.toml`).
struct ConformityTable: Sendable {
  var close: Double
  var acceptable: Double
  var marginal: Double
  var chi2Critical95: Double
  var chi2Critical99: Double

  /// The verdict for `mad`: each range includes its upper edge (MAD = .012 on
  /// the first-digit test is still acceptable).
  func verdict(_ mad: Double) -> Conformity {
    if mad <= close { return .close }
    if mad <= acceptable { return .acceptable }
    if mad <= marginal { return .marginal }
    return .nonconformity
  }

  static let data = Cached<[String: ConformityTable]> {
    let doc = try RuleData.load("benford")
    var out: [String: ConformityTable] = [:]
    for u in doc["uji"]?.array ?? [] {
      guard let kode = u["kode"]?.string, let c = u["close"]?.number, let a = u["acceptable"]?.number,
        let m = u["marginal"]?.number, let x = u["chi2_95"]?.number
      else { continue }
      out[kode] = ConformityTable(close: c, acceptable: a, marginal: m, chi2Critical95: x, chi2Critical99: u["chi2_99"]?.number ?? x)
    }
    return out
  }

  /// The cut-offs of `test`, from the data file.
  static func of(_ test: DigitTest) throws -> ConformityTable {
    guard let t = try data.get()[test.rawValue] else {
      throw UserError(Text("benford.toml tidak memuat uji \(test.rawValue).", en: "benford.toml has no test \(test.rawValue)."))
    }
    return t
  }
}

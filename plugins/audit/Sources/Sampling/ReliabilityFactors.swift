import AwasPluginKit

/// Confidence (reliability) factors for sampling: the Poisson upper limit for
/// k misstatements at a confidence level, from `keandalan.toml`, and the
/// expansion factors for expected misstatement.
struct ReliabilityFactors: Sendable {
  /// Factors by confidence in per mille (950 = 95%), index = k.
  var factors: [Int: [Double]]
  var expansion: [Int: Double]
  var source: Text

  static let shared = Cached<ReliabilityFactors> {
    let doc = try RuleData.load("keandalan")
    var f: [Int: [Double]] = [:], e: [Int: Double] = [:]
    for k in doc["keyakinan"]?.array ?? [] {
      guard let p = k["persen"]?.number else { continue }
      f[Int((p * 10).rounded())] = (k["faktor"]?.array ?? []).compactMap(\.number)
    }
    for k in doc["ekspansi"]?.array ?? [] {
      guard let p = k["persen"]?.number, let v = k["faktor"]?.number else { continue }
      e[Int((p * 10).rounded())] = v
    }
    return ReliabilityFactors(factors: f, expansion: e, source: RuleData.source(doc))
  }

  static func key(_ confidence: Double) -> Int { Int((confidence * 1000).rounded()) }

  /// The levels the table holds, as ratios.
  var levels: [Double] { factors.keys.sorted().map { Double($0) / 1000 } }

  /// The factor for `k` misstatements at `confidence` (ratio): from the table,
  /// or computed (and rounded up to 0.01 like the table) beyond it.
  func factor(_ k: Int, confidence: Double) throws -> Double {
    if let row = factors[Self.key(confidence)], k < row.count { return row[k] }
    guard factors[Self.key(confidence)] != nil || (0.5..<1).contains(confidence) else { throw Self.unknown(confidence, levels) }
    return (Poisson.upperLimit(k: k, confidence: confidence) * 100 - 1e-6).rounded(.up) / 100
  }

  func expansionFactor(confidence: Double) throws -> Double {
    guard let e = expansion[Self.key(confidence)] else {
      throw UserError(
        Text(
          "Tidak ada faktor ekspansi untuk keyakinan \(ValueFormatter.percent(confidence, .id)).",
          en: "No expansion factor for \(ValueFormatter.percent(confidence, .en)) confidence."),
        hint: Text(
          "Tingkat yang ada: " + expansion.keys.sorted().map { ValueFormatter.percent(Double($0) / 1000, .id) }.joined(separator: ", "),
          en: "Levels: " + expansion.keys.sorted().map { ValueFormatter.percent(Double($0) / 1000, .en) }.joined(separator: ", ")),
        argument: "confidence")
    }
    return e
  }

  static func unknown(_ c: Double, _ levels: [Double]) -> UserError {
    UserError(
      Text(
        "Tingkat keyakinan \(ValueFormatter.percent(c, .id)) tidak ada di keandalan.toml.",
        en: "Confidence \(ValueFormatter.percent(c, .en)) is not in keandalan.toml."),
      hint: Text(
        "Tingkat yang ada: " + levels.map { ValueFormatter.percent($0, .id) }.joined(separator: ", "),
        en: "Levels: " + levels.map { ValueFormatter.percent($0, .en) }.joined(separator: ", ")),
      argument: "confidence")
  }
}

/// Poisson and binomial tail probabilities, for the factor table and the
/// attribute sample size.
enum Poisson {
  /// P(X ≤ k) for X ~ Poisson(λ).
  static func cdf(_ k: Int, _ lambda: Double) -> Double {
    var term = exp(-lambda), sum = term
    if k == 0 { return sum }
    for i in 1...k {
      term *= lambda / Double(i)
      sum += term
    }
    return sum
  }

  /// The λ with P(X ≤ k; λ) = 1 − confidence (bisection).
  static func upperLimit(k: Int, confidence: Double) -> Double {
    var lo = 0.0, hi = Double(k + 1) * 10 + 50
    for _ in 0..<200 {
      let mid = (lo + hi) / 2
      if cdf(k, mid) > 1 - confidence { lo = mid } else { hi = mid }
    }
    return (lo + hi) / 2
  }

  /// P(X ≤ k) for X ~ Binomial(n, p), summed in log space.
  static func binomialCDF(_ k: Int, n: Int, p: Double) -> Double {
    guard p > 0 else { return 1 }
    guard p < 1 else { return k >= n ? 1 : 0 }
    var sum = 0.0
    for i in 0...min(k, n) {
      let logC = lgamma(Double(n + 1)) - lgamma(Double(i + 1)) - lgamma(Double(n - i + 1))
      sum += exp(logC + Double(i) * log(p) + Double(n - i) * log(1 - p))
    }
    return min(1, sum)
  }
}

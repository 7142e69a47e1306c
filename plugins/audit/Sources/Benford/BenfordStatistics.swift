import AwasPluginKit

/// The statistics of one digit test on one set of counts (docs/reference.md §7).
struct BenfordStatistics: Sendable {
  var test: DigitTest
  /// Count per tested digit, in ``DigitTest/digits`` order.
  var counts: [Int]
  var n: Int
  /// Actual proportion AP per digit.
  var observed: [Double]
  /// Expected proportion EP per digit.
  var expected: [Double]
  /// Z per digit, with the continuity correction 1/(2N) (dropped when it exceeds |AP − EP|).
  var z: [Double]
  /// Mean absolute deviation: mean |AP − EP| over the digits.
  var mad: Double
  /// Σ (O − E)² / E with E = N·EP.
  var chiSquare: Double
  /// Kolmogorov–Smirnov: max |cumulative AP − cumulative EP|.
  var ks: Double
  var verdict: Conformity

  /// The Z statistic of one digit.
  static func zStatistic(ap: Double, ep: Double, n: Int) -> Double {
    guard n > 0, ep > 0, ep < 1 else { return 0 }
    let nn = Double(n)
    let diff = abs(ap - ep)
    let correction = 1 / (2 * nn)
    let numerator = correction > diff ? diff : diff - correction
    return numerator / (ep * (1 - ep) / nn).squareRoot()
  }

  init(test: DigitTest, counts: [Int], cutoffs: ConformityTable) {
    self.test = test
    self.counts = counts
    let n = counts.reduce(0, +)
    self.n = n
    let nn = Double(max(n, 1))
    expected = test.digits.map { test.expected($0) }
    observed = counts.map { n == 0 ? 0 : Double($0) / nn }
    var z: [Double] = []
    var madSum = 0.0, chi = 0.0, cumA = 0.0, cumE = 0.0, ks = 0.0
    for i in counts.indices {
      let ap = observed[i], ep = expected[i]
      z.append(Self.zStatistic(ap: ap, ep: ep, n: n))
      madSum += abs(ap - ep)
      let e = Double(n) * ep
      if e > 0 { chi += (Double(counts[i]) - e) * (Double(counts[i]) - e) / e }
      cumA += ap
      cumE += ep
      ks = max(ks, abs(cumA - cumE))
    }
    self.z = z
    mad = n == 0 ? 0 : madSum / Double(counts.count)
    chiSquare = chi
    self.ks = n == 0 ? 0 : ks
    verdict = cutoffs.verdict(mad)
  }

  /// The KS critical value at 95%: 1.36 / √N.
  var ksCritical: Double { n == 0 ? 0 : 1.36 / Double(n).squareRoot() }

  /// Digits whose Z exceeds `critical`.
  func flagged(critical: Double) -> [Int] {
    test.digits.indices.filter { z[$0] > critical }.map { test.digits[$0] }
  }

  /// Flagged digits that occur more often than expected (where padding or
  /// invented amounts would show).
  func excess(critical: Double) -> [Int] {
    test.digits.indices.filter { z[$0] > critical && observed[$0] > expected[$0] }.map { test.digits[$0] }
  }
}

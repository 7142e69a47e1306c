import AwasPluginKit

/// The upper misstatement limit of a monetary-unit sample (the Stringer
/// bound, as in the AICPA Audit Sampling guide).
///
/// For each sampled item with book value b and audited value a, d = b − a.
/// Items with b ≥ J (top stratum) add d exactly. Smaller items have a
/// tainting t = d / b, projected as t × J. Overstatements (t > 0) are ranked
/// by t, largest first, and the i-th receives the incremental allowance
/// (RF(i) − RF(i−1) − 1) × t × J. Basic precision is RF(0) × J (a 100%
/// tainting assumed for the unseen error).
///
///     UML = Σ top-stratum d + Σ t·J + RF(0)·J + Σ (RF(i) − RF(i−1) − 1)·tᵢ·J
///
/// Understatements (t < 0) are evaluated the same way, on their own.
struct StringerBound: Sendable {
  struct Item: Sendable {
    var book: Int64
    var audited: Int64
    var key: String = ""
  }

  /// One side (over- or understatement) of the evaluation, in sen.
  struct Side: Sendable, Equatable {
    var topStratum: Double = 0
    var projected: Double = 0
    var basicPrecision: Double = 0
    var incrementalAllowance: Double = 0
    var count = 0
    /// Projected misstatement including the top stratum.
    var projectedMisstatement: Double { topStratum + projected }
    var upperLimit: Double { topStratum + projected + basicPrecision + incrementalAllowance }
  }

  var overstatement: Side
  var understatement: Side

  /// Evaluates `items` with interval `interval` (sen); `factor(k)` is the
  /// confidence factor for k misstatements.
  static func evaluate(_ items: [Item], interval: Int64, factor: (Int) throws -> Double) rethrows -> StringerBound {
    let j = Double(interval)
    func side(_ sign: Int64) throws -> Side {
      var s = Side()
      s.basicPrecision = try factor(0) * j
      var taints: [Double] = []
      for it in items {
        let d = (it.book - it.audited) * sign
        guard d > 0 else { continue }
        s.count += 1
        if it.book.magnitude >= interval.magnitude {
          s.topStratum += Double(d)
        } else if it.book != 0 {
          taints.append(Double(d) / Double(it.book.magnitude))
        }
      }
      taints.sort(by: >)
      for (i, t) in taints.enumerated() {
        s.projected += t * j
        let increment = try factor(i + 1) - factor(i)
        s.incrementalAllowance += (increment - 1) * t * j
      }
      return s
    }
    return StringerBound(overstatement: try side(1), understatement: try side(-1))
  }
}

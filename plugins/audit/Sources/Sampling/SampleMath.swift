import AwasPluginKit

/// Sample sizes, selections and the Stringer bound, as pure functions.
enum SampleMath {
  /// Attribute sample size (tests of controls): the smallest n with
  /// P(X ≤ k; n, tolerable) ≤ 1 − confidence, where k = ⌈n × expected⌉ is the
  /// expected number of deviations (rounded up). Reproduces the AICPA
  /// statistical sample-size tables (e.g. 95%, 5%, 0% → 59; 95%, 5%, 1% → 93).
  static func attributeSize(confidence: Double, tolerable: Double, expected: Double, maxN: Int = 100_000) -> (n: Int, k: Int)? {
    guard tolerable > 0, tolerable < 1, expected >= 0, expected < tolerable else { return nil }
    for n in 1...maxN {
      let k = Int((Double(n) * expected - 1e-9).rounded(.up))
      if Poisson.binomialCDF(max(k, 0), n: n, p: tolerable) <= 1 - confidence + 1e-12 { return (n, max(k, 0)) }
    }
    return nil
  }

  /// Monetary-unit sample size: n = ⌈RF₀ / (tolerable − expected × EF)⌉
  /// (rates of the population; AICPA Audit Sampling guide).
  static func musSize(rf0: Double, expansion: Double, tolerable: Double, expected: Double) -> Int? {
    let d = tolerable - expected * expansion
    guard d > 0 else { return nil }
    return Int((rf0 / d - 1e-9).rounded(.up))
  }

  /// One record hit by a monetary-unit selection.
  struct Hit: Equatable, Sendable {
    var row: Int
    /// The first selected unit (sen) on the running total that falls in this record.
    var point: Int64
    /// How many selection points fell in it (records ≥ J may be hit more than once).
    var hits: Int
    var topStratum: Bool
  }

  /// Monetary-unit selection with a fixed interval and a start.
  ///
  /// The running total is over |book value| in row order; a record holding
  /// units (cum − |v|, cum] is selected for every point s, s + J, s + 2J, …
  /// in that range. Zero and empty values never advance the total, so they
  /// are never selected; records with |v| ≥ J are always selected.
  static func musSelect(_ values: [Int64?], interval: Int64, start: Int64) -> [Hit] {
    precondition(interval > 0 && start >= 1 && start <= interval)
    var cum: Int64 = 0, next = start
    var out: [Hit] = []
    for (r, v) in values.enumerated() {
      guard let v, v != 0 else { continue }
      let a = Money.magnitude(v)
      // The caller checked that the total of |v| fits (it is the population).
      let upper = cum + a
      if next <= upper {
        let hits = (upper - next) / interval + 1
        out.append(Hit(row: r, point: next, hits: Int(hits), topStratum: a >= interval))
        // The next point lies past the largest total that can be counted: no more hits.
        let (step, o1) = hits.multipliedReportingOverflow(by: interval)
        let (after, o2) = next.addingReportingOverflow(step)
        if o1 || o2 { break }
        next = after
      }
      cum = upper
    }
    return out
  }

  /// A simple random sample of `n` rows out of `count` without replacement
  /// (partial Fisher–Yates with SplitMix64), in the order drawn.
  static func randomRows(count: Int, n: Int, seed: UInt64) -> [Int] {
    var rng = SplitMix64(seed: seed)
    var idx = Array(0..<count)
    let take = min(n, count)
    for i in 0..<take {
      let j = i + Int(rng.uniform(UInt64(count - i)))
      idx.swapAt(i, j)
    }
    return Array(idx.prefix(take))
  }

  /// The random start s ∈ [1, J] of a monetary-unit sample: 1 + the first
  /// uniform draw in [0, J) from SplitMix64(seed).
  static func randomStart(interval: Int64, seed: UInt64) -> Int64 {
    var rng = SplitMix64(seed: seed)
    return 1 + Int64(rng.uniform(UInt64(interval)))
  }
}

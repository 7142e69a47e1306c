import AwasPluginKit

/// Integer arithmetic for money figures: ratios are one division of exact
/// integer totals, and products of money and rates are rounded once, half up.
enum RiskMath {
  /// `num / den` as a ratio (0.042 = 4.2%), or nil when `den` is not positive.
  ///
  /// One floating-point division of the exact integer totals; the display
  /// rounds it once more to two decimals of a percent. Limit checks never use
  /// it: they compare integers (``exceeds(_:percentBasisPoints:of:)``).
  static func ratio(_ num: Int64, _ den: Int64) -> Double? {
    den > 0 ? Double(num) / Double(den) : nil
  }

  /// `a × b / c`, rounded half away from zero (``FixedMath/mulDiv(_:_:_:)``);
  /// `c` must be positive, and a result that does not fit Int64 saturates.
  static func mulDiv(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64 {
    guard c > 0 else { return 0 }
    return FixedMath.mulDiv(a, b, c) ?? ((a < 0) != (b < 0) ? Int64.min : Int64.max)
  }

  /// Whether `amount` is more than `basisPoints`/10,000 of `base`, exactly:
  /// `amount × 10,000 > base × basisPoints`.
  static func exceeds(_ amount: Int64, basisPoints: Int64, of base: Int64) -> Bool {
    let lhs = amount.multipliedFullWidth(by: 10_000)
    let rhs = base.multipliedFullWidth(by: basisPoints)
    return lhs.high > rhs.high || (lhs.high == rhs.high && lhs.low > rhs.low)
  }

  /// A ratio (0.1 = 10%) as basis points, rounded half up (10% → 1,000).
  static func basisPoints(_ ratio: Double) -> Int64 {
    guard ratio.isFinite else { return 0 }
    return Int64((ratio * 10_000).rounded(.toNearestOrAwayFromZero))
  }
}

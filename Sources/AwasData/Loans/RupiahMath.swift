/// Integer money arithmetic for schedules, collateral tests and provisions.
///
/// Amounts are sen (Int64) and never pass through floating point, except the
/// annuity installment, which is computed in Double once and rounded.
enum RupiahMath {
  /// A monthly rate in percent as an integer count of 1/10,000 percent
  /// (1.5 % → 15,000). Nil for NaN, negative or implausible (> 100 %) rates.
  static func rateUnits(percent: Double) -> Int64? {
    guard percent.isFinite, percent >= 0, percent <= 100 else { return nil }
    return Int64((percent * 10_000).rounded())
  }

  /// The interest on `balance` sen at `rate` (units of 1/10,000 %) for one month,
  /// rounded half up to whole rupiah, in sen.
  ///
  /// Exactly: balance × rate / 10^6 sen; rounded: ⌊(balance × rate + 5·10^7) / 10^8⌋ rupiah.
  @inline(__always)
  static func interest(balance: Int64, rate: Int64) -> Int64 {
    if balance <= 0 || rate == 0 { return 0 }
    return mulDivRoundHalfUp(balance, rate, 100_000_000) * 100
  }

  /// ⌊(a × b + d/2) / d⌋ for non-negative a, b and positive d, without overflow
  /// in the product; saturates at Int64.max.
  @inline(__always)
  static func mulDivRoundHalfUp(_ a: Int64, _ b: Int64, _ d: Int64) -> Int64 {
    let (hi, lo) = a.multipliedFullWidth(by: b)
    if hi == 0 && lo <= UInt64(Int64.max) - UInt64(d / 2) {
      return (Int64(lo) + d / 2) / d
    }
    // Wide path: add d/2 to the 128-bit product, then divide.
    let (sum, carry) = lo.addingReportingOverflow(UInt64(d / 2))
    let high = hi + (carry ? 1 : 0)
    if high >= d >> 1 { return .max }
    return Int64(d).dividingFullWidth((high: high, low: sum)).quotient
  }

  /// Whether a × p ≥ b × q, for non-negative operands, exactly.
  @inline(__always)
  static func productAtLeast(_ a: Int64, _ p: Int64, _ b: Int64, _ q: Int64) -> Bool {
    let l = a.multipliedFullWidth(by: p), r = b.multipliedFullWidth(by: q)
    return l.high != r.high ? l.high > r.high : l.low >= r.low
  }

  /// `sen` rounded down to whole rupiah (amounts are non-negative here).
  @inline(__always)
  static func floorRupiah(_ sen: Int64) -> Int64 { sen / 100 * 100 }
}

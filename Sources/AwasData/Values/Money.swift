/// An amount of rupiah, stored as a whole number of sen (1 rupiah = 100 sen).
///
/// Money is never a floating-point number: sums and comparisons are exact.
/// Ratios derived from money are computed from these integers and rounded once,
/// at the end (see docs/health.md).
public struct Money: Hashable, Comparable, Sendable, Codable {
  /// The amount in sen.
  public var sen: Int64

  /// Creates an amount from a count of sen.
  public init(sen: Int64) { self.sen = sen }

  /// Creates an amount from whole rupiah. Beyond what sen can hold (about
  /// ±92 quadrillion rupiah) the amount saturates at the largest one: order
  /// is kept, and a number typed by mistake is never a crash.
  public init(rupiah: Int64) { self.sen = Money.saturating(rupiah.multipliedReportingOverflow(by: 100), rupiah >= 0) }

  /// The largest amount sen can hold, with the sign asked for.
  static func saturating(_ r: (partialValue: Int64, overflow: Bool), _ positive: Bool) -> Int64 {
    r.overflow ? (positive ? .max : .min) : r.partialValue
  }

  public static let zero = Money(sen: 0)

  /// The largest amount a dataset may hold in one cell: Rp 100 trillion.
  /// Larger values are refused when loading (a typo, and sums or interest
  /// over them would not fit in 64 bits).
  public static let largestAmount = Money(rupiah: 100_000_000_000_000)

  /// The whole-rupiah part, rounded toward zero.
  public var rupiah: Int64 { sen / 100 }

  /// The amount in rupiah as a Double, for output formats that need a number (JSON).
  public var rupiahValue: Double { Double(sen) / 100 }

  public static func < (a: Money, b: Money) -> Bool { a.sen < b.sen }
  // Sums and differences saturate (see ``init(rupiah:)``) instead of trapping.
  public static func + (a: Money, b: Money) -> Money { Money(sen: sum(a.sen, b.sen)) }
  public static func - (a: Money, b: Money) -> Money { Money(sen: difference(a.sen, b.sen)) }
  public static func += (a: inout Money, b: Money) { a = a + b }
  public static func -= (a: inout Money, b: Money) { a = a - b }

  /// `a + b` in sen, held at the largest amount (with its sign) instead of
  /// overflowing: a total over a dataset of absurd amounts (each cell is at
  /// most Rp 100 trillion, but there may be millions) shows the limit
  /// instead of stopping awas. For totals of mixed signs use ``SenTotal``.
  @inline(__always)
  public static func sum(_ a: Int64, _ b: Int64) -> Int64 { saturating(a.addingReportingOverflow(b), b >= 0) }
  /// `a − b` in sen, held at the largest amount the same way.
  @inline(__always)
  public static func difference(_ a: Int64, _ b: Int64) -> Int64 { saturating(a.subtractingReportingOverflow(b), b < 0) }
  /// `|a|` in sen; the smallest amount's magnitude is held at the largest.
  @inline(__always)
  public static func magnitude(_ a: Int64) -> Int64 { Int64(clamping: a.magnitude) }
  public static prefix func - (a: Money) -> Money { Money(sen: a.sen == .min ? .max : -a.sen) }
}

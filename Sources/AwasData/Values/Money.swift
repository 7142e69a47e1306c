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

  /// Creates an amount from whole rupiah.
  public init(rupiah: Int64) { self.sen = rupiah * 100 }

  public static let zero = Money(sen: 0)

  /// The whole-rupiah part, rounded toward zero.
  public var rupiah: Int64 { sen / 100 }

  /// The amount in rupiah as a Double, for output formats that need a number (JSON).
  public var rupiahValue: Double { Double(sen) / 100 }

  public static func < (a: Money, b: Money) -> Bool { a.sen < b.sen }
  public static func + (a: Money, b: Money) -> Money { Money(sen: a.sen + b.sen) }
  public static func - (a: Money, b: Money) -> Money { Money(sen: a.sen - b.sen) }
  public static func += (a: inout Money, b: Money) { a.sen += b.sen }
  public static func -= (a: inout Money, b: Money) { a.sen -= b.sen }
  public static prefix func - (a: Money) -> Money { Money(sen: -a.sen) }
}

/// A running total of amounts in sen, exact in 128 bits, read back held at the
/// largest amount of its sign: a total of mixed signs stays exact however
/// large its parts (a sum that only saturated would be pulled back by the next
/// negative amount and then look exact).
public struct SenTotal: Sendable, Hashable {
  public private(set) var exact: Int128 = 0

  public init() {}

  public mutating func add(_ sen: Int64) { exact += Int128(sen) }
  public mutating func subtract(_ sen: Int64) { exact -= Int128(sen) }
  /// Takes away `|sen|` whatever its sign (an expense booked as negative).
  public mutating func subtract(magnitudeOf sen: Int64) { exact -= Int128(sen.magnitude) }
  public static func += (a: inout SenTotal, b: Int64) { a.add(b) }
  public static func -= (a: inout SenTotal, b: Int64) { a.subtract(b) }

  /// The total in sen, held at the largest amount of its sign.
  public var sen: Int64 { Int64(clamping: exact) }
}

/// One scalar value: a cell of a table, a literal, or the result of an expression.
public enum Value: Sendable, Hashable {
  case null
  case int(Int64)
  case double(Double)
  /// A ratio shown as a percentage: 0.05 is `5%`.
  case percent(Double)
  case money(Money)
  case date(Day)
  case bool(Bool)
  case string(String)

  public var isNull: Bool { if case .null = self { return true } else { return false } }

  /// The column type a value of this kind would be stored in.
  public var type: ColumnType? {
    switch self {
    case .null: return nil
    case .int: return .int
    case .double: return .double
    case .percent: return .percent
    case .money: return .money
    case .date: return .date
    case .bool: return .bool
    case .string: return .string
    }
  }

  /// The value as a Double, for numeric comparison across kinds (money in rupiah).
  public var numeric: Double? {
    switch self {
    case .int(let v): return Double(v)
    case .double(let v), .percent(let v): return v
    case .money(let m): return m.rupiahValue
    default: return nil
    }
  }
}

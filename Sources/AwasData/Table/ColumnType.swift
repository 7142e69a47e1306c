/// The type of a column. Every cell of a column has this type or is null.
public enum ColumnType: String, Sendable, CaseIterable, Codable {
  /// Whole numbers (counts, days, months).
  case int
  /// Real numbers (rates such as `bunga_persen_bulan`).
  case double
  /// A ratio shown as a percentage (0.05 is shown as `5%`).
  case percent
  /// Rupiah, stored as Int64 sen.
  case money
  /// A calendar date.
  case date
  /// Yes/no.
  case bool
  /// Text (identifiers keep their leading zeros).
  case string

  /// How the type is named in `describe` and in errors.
  public var label: Text {
    switch self {
    case .int: return Text("bilangan bulat", en: "integer")
    case .double: return Text("bilangan", en: "number")
    case .percent: return Text("persen", en: "percent")
    case .money: return Text("rupiah", en: "rupiah")
    case .date: return Text("tanggal", en: "date")
    case .bool: return Text("ya/tidak", en: "yes/no")
    case .string: return Text("teks", en: "text")
    }
  }

  /// Whether values of this type are numbers that arithmetic accepts.
  public var isNumeric: Bool {
    switch self {
    case .int, .double, .percent, .money: return true
    default: return false
    }
  }
}

import AwasPluginKit

/// A numeric column read in its own unit: sen for money, whole numbers for
/// int, reals for double/percent. Integer columns stay exact.
struct NumericValues {
  let column: Column

  var isInteger: Bool { column.int64s != nil }

  /// The value of row `r` as a Double in display units (money in rupiah).
  func double(_ r: Int) -> Double? {
    if column.isNull(r) { return nil }
    switch column.storage {
    case .int64(let a): return column.type == .money ? Double(a[r]) / 100 : Double(a[r])
    case .double(let a): return a[r]
    default: return nil
    }
  }

  /// A money amount as a comparable number in this column's storage unit
  /// (sen for money; rupiah, i.e. whole units, for int; the real value for double).
  func storageUnits(_ m: Money) -> Double {
    switch column.type {
    case .money: return Double(m.sen)
    case .int: return Double(m.sen) / 100
    default: return Double(m.sen) / 100
    }
  }

  /// The value of row `r` in storage units.
  func raw(_ r: Int) -> Double? {
    if column.isNull(r) { return nil }
    switch column.storage {
    case .int64(let a): return Double(a[r])
    case .double(let a): return a[r]
    default: return nil
    }
  }

  /// A value in storage units as a cell of this column's type.
  func cell(_ x: Double) -> Value {
    switch column.type {
    case .money: return .money(Money(sen: Int64(x.rounded(.toNearestOrAwayFromZero))))
    case .int: return x == x.rounded() ? .int(Int64(x)) : .double(x)
    case .percent: return .percent(x)
    default: return .double(x)
    }
  }

  /// An exact sum of integer cells, as a cell; nil on overflow.
  func exactSum(_ rows: [Int]) -> Value? {
    if let a = column.int64s {
      var s: Int64 = 0
      for r in rows where !column.isNull(r) {
        let (v, o) = s.addingReportingOverflow(a[r])
        if o { return nil }
        s = v
      }
      return column.type == .money ? .money(Money(sen: s)) : .int(s)
    }
    var s = 0.0
    for r in rows { if let x = raw(r) { s += x } }
    return cell(s)
  }

  /// The type a sum of this column has.
  var sumType: ColumnType {
    switch column.type {
    case .money: return .money
    case .int: return .int
    case .percent: return .percent
    default: return .double
    }
  }

  static let overflow = UserError(
    Text("Jumlahnya terlalu besar untuk dihitung tepat.", en: "The total is too large to compute exactly."),
    hint: Text("Saring tabelnya lebih dulu.", en: "Filter the table first."))
}

extension Value {
  /// An ordering for result keys: numbers by value, dates by day, text by
  /// code points; null last.
  static func keyLess(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.null, .null): return false
    case (.null, _): return false
    case (_, .null): return true
    case (.date(let x), .date(let y)): return x < y
    case (.string(let x), .string(let y)): return x < y
    case (.bool(let x), .bool(let y)): return !x && y
    default:
      if let x = a.numeric, let y = b.numeric { return x < y }
      return ValueFormatter.plain(a) < ValueFormatter.plain(b)
    }
  }
}

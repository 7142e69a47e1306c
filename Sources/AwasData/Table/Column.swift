/// How a column's cells are stored. One typed array per column, never an array of `Value`.
public enum ColumnStorage: Sendable {
  /// `int` and `money` (sen).
  case int64(ContiguousArray<Int64>)
  /// `double` and `percent`.
  case double(ContiguousArray<Double>)
  /// `date`: days since 1970-01-01.
  case day(ContiguousArray<Int32>)
  case bool(ContiguousArray<Bool>)
  /// Text whose values rarely repeat.
  case text(Utf8Strings)
  /// Text with few distinct values (status, jenis, petugas): interned codes into `values`.
  case dictionary(codes: ContiguousArray<Int32>, values: [String])

  public var count: Int {
    switch self {
    case .int64(let a): return a.count
    case .double(let a): return a.count
    case .day(let a): return a.count
    case .bool(let a): return a.count
    case .text(let s): return s.count
    case .dictionary(let c, _): return c.count
    }
  }
}

/// A named, typed column of a ``Table``.
///
/// Null cells are marked in `nulls`; the storage slot of a null cell holds a
/// placeholder (0, empty string) that operations must not read as a value.
public struct Column: Sendable {
  public var name: String
  public var type: ColumnType
  public var storage: ColumnStorage
  /// Bit `i` set means cell `i` is null; nil when the column has no nulls.
  public var nulls: Bitset?

  /// Creates a column; `storage` must fit `type` (checked).
  public init(name: String, type: ColumnType, storage: ColumnStorage, nulls: Bitset? = nil) {
    switch (type, storage) {
    case (.int, .int64), (.money, .int64), (.double, .double), (.percent, .double),
      (.date, .day), (.bool, .bool), (.string, .text), (.string, .dictionary):
      break
    default:
      preconditionFailure("column \(name): storage does not fit type \(type)")
    }
    if let nulls { precondition(nulls.count == storage.count) }
    self.name = name
    self.type = type
    self.storage = storage
    self.nulls = (nulls?.isEmpty ?? true) ? nil : nulls
  }

  public var count: Int { storage.count }

  @inline(__always)
  public func isNull(_ i: Int) -> Bool { nulls?[i] ?? false }

  /// The number of non-null cells.
  public var nonNullCount: Int { count - (nulls?.cardinality ?? 0) }

  /// The cell at row `i` as a ``Value``. For bulk work use the typed storage.
  public func value(at i: Int) -> Value {
    if isNull(i) { return .null }
    switch storage {
    case .int64(let a): return type == .money ? .money(Money(sen: a[i])) : .int(a[i])
    case .double(let a): return type == .percent ? .percent(a[i]) : .double(a[i])
    case .day(let a): return .date(Day(serial: a[i]))
    case .bool(let a): return .bool(a[i])
    case .text(let s): return .string(s[i])
    case .dictionary(let codes, let values): return .string(values[Int(codes[i])])
    }
  }

  /// The cell at row `i` as text, or nil when null (no Value boxing for strings).
  public func string(at i: Int) -> String? {
    if isNull(i) { return nil }
    switch storage {
    case .text(let s): return s[i]
    case .dictionary(let codes, let values): return values[Int(codes[i])]
    default: return nil
    }
  }

  /// The typed Int64 cells (`int`, `money`), or nil for other types.
  public var int64s: ContiguousArray<Int64>? {
    if case .int64(let a) = storage { return a } else { return nil }
  }
  /// The typed Double cells (`double`, `percent`), or nil.
  public var doubles: ContiguousArray<Double>? {
    if case .double(let a) = storage { return a } else { return nil }
  }
  /// The typed day serials (`date`), or nil.
  public var days: ContiguousArray<Int32>? {
    if case .day(let a) = storage { return a } else { return nil }
  }
  /// The typed Bool cells, or nil.
  public var bools: ContiguousArray<Bool>? {
    if case .bool(let a) = storage { return a } else { return nil }
  }

  /// The same column under another name.
  public func renamed(_ newName: String) -> Column {
    var c = self
    c.name = newName
    return c
  }
}

extension Column {
  /// An `int` or `money` column from optional values (nil = null).
  public static func int64(_ name: String, _ type: ColumnType = .int, _ values: [Int64?]) -> Column {
    var nulls = Bitset(count: values.count)
    let a = ContiguousArray(values.enumerated().map { i, v -> Int64 in
      if v == nil { nulls[i] = true }
      return v ?? 0
    })
    return Column(name: name, type: type, storage: .int64(a), nulls: nulls)
  }

  /// A `money` column from optional amounts.
  public static func money(_ name: String, _ values: [Money?]) -> Column {
    int64(name, .money, values.map { $0?.sen })
  }

  /// A `double` or `percent` column from optional values.
  public static func double(_ name: String, _ type: ColumnType = .double, _ values: [Double?])
    -> Column
  {
    var nulls = Bitset(count: values.count)
    let a = ContiguousArray(values.enumerated().map { i, v -> Double in
      if v == nil { nulls[i] = true }
      return v ?? 0
    })
    return Column(name: name, type: type, storage: .double(a), nulls: nulls)
  }

  /// A `date` column from optional days.
  public static func date(_ name: String, _ values: [Day?]) -> Column {
    var nulls = Bitset(count: values.count)
    let a = ContiguousArray(values.enumerated().map { i, v -> Int32 in
      if v == nil { nulls[i] = true }
      return v?.serial ?? 0
    })
    return Column(name: name, type: .date, storage: .day(a), nulls: nulls)
  }

  /// A `bool` column from optional values.
  public static func bool(_ name: String, _ values: [Bool?]) -> Column {
    var nulls = Bitset(count: values.count)
    let a = ContiguousArray(values.enumerated().map { i, v -> Bool in
      if v == nil { nulls[i] = true }
      return v ?? false
    })
    return Column(name: name, type: .bool, storage: .bool(a), nulls: nulls)
  }

  /// A `string` column from optional values; interned when values repeat often.
  public static func string(_ name: String, _ values: [String?]) -> Column {
    var nulls = Bitset(count: values.count)
    var index: [String: Int32] = [:]
    var dict: [String] = []
    var codes = ContiguousArray<Int32>()
    codes.reserveCapacity(values.count)
    for (i, v) in values.enumerated() {
      guard let v else {
        nulls[i] = true
        codes.append(0)
        continue
      }
      if let c = index[v] { codes.append(c) } else {
        let c = Int32(dict.count)
        index[v] = c
        dict.append(v)
        codes.append(c)
      }
    }
    if dict.isEmpty { dict = [""] }
    if dict.count * 2 > values.count && values.count > 64 {
      var s = Utf8Strings()
      for (i, v) in values.enumerated() { s.append(nulls[i] ? "" : v!) }
      return Column(name: name, type: .string, storage: .text(s), nulls: nulls)
    }
    return Column(name: name, type: .string, storage: .dictionary(codes: codes, values: dict), nulls: nulls)
  }

  /// A column of `type` from values (each must be null or of that type).
  public static func from(_ name: String, _ type: ColumnType, _ values: [Value]) -> Column {
    switch type {
    case .int: return int64(name, .int, values.map { if case .int(let v) = $0 { return v } else { return nil } })
    case .money: return money(name, values.map { if case .money(let v) = $0 { return v } else { return nil } })
    case .double: return double(name, .double, values.map { $0.numeric })
    case .percent: return double(name, .percent, values.map { $0.numeric })
    case .date: return date(name, values.map { if case .date(let v) = $0 { return v } else { return nil } })
    case .bool: return bool(name, values.map { if case .bool(let v) = $0 { return v } else { return nil } })
    case .string:
      return string(name, values.map { v -> String? in
        switch v {
        case .null: return nil
        case .string(let s): return s
        default: return ValueFormatter.plain(v)
        }
      })
    }
  }
}

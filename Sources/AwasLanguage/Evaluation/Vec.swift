import AwasPluginKit

/// The value of an expression over the rows of a table: one value for every
/// row (a constant), a typed column, or a three-valued yes/no mask.
enum Vec {
  case constant(Value)
  case column(Column)
  case logic(Logic)

  /// The column type, or nil for a null constant.
  var type: ColumnType? {
    switch self {
    case .constant(let v): return v.type
    case .column(let c): return c.type
    case .logic: return .bool
    }
  }

  var isConstant: Bool { if case .constant = self { return true } else { return false } }

  /// As a column of `count` rows named `name`.
  func column(_ name: String, count: Int) -> Column {
    switch self {
    case .column(let c): return c.renamed(name)
    case .logic(let l): return l.column(name)
    case .constant(let v): return Column.repeating(v, count: count, name: name)
    }
  }

  /// As three-valued logic, or nil when the value is not yes/no.
  func logic(count: Int) -> Logic? {
    switch self {
    case .logic(let l): return l
    case .constant(.null): return .constant(nil, count: count)
    case .constant(.bool(let b)): return .constant(b, count: count)
    case .constant: return nil
    case .column(let c):
      guard let a = c.bools else { return nil }
      let cmp = a.withUnsafeBufferPointer { p in Bits(count: c.count) { p[$0] } }
      return Logic(cmp: cmp, nulls: c.nulls == nil ? nil : Bits(nullsOf: c))
    }
  }

  /// The value of row `i`.
  func value(at i: Int) -> Value {
    switch self {
    case .constant(let v): return v
    case .column(let c): return c.value(at: i)
    case .logic(let l): return l.t[i] ? .bool(true) : (l.f[i] ? .bool(false) : .null)
    }
  }
}

extension Column {
  /// `count` copies of `value` (a null value makes an all-null text column).
  static func repeating(_ value: Value, count: Int, name: String) -> Column {
    switch value {
    case .null:
      var n = Bitset(count: count)
      for i in 0..<count { n[i] = true }
      return Column(
        name: name, type: .string, storage: .dictionary(codes: ContiguousArray(repeating: 0, count: count), values: [""]),
        nulls: n)
    case .int(let v): return Column(name: name, type: .int, storage: .int64(ContiguousArray(repeating: v, count: count)))
    case .money(let m):
      return Column(name: name, type: .money, storage: .int64(ContiguousArray(repeating: m.sen, count: count)))
    case .double(let d): return Column(name: name, type: .double, storage: .double(ContiguousArray(repeating: d, count: count)))
    case .percent(let d):
      return Column(name: name, type: .percent, storage: .double(ContiguousArray(repeating: d, count: count)))
    case .date(let d): return Column(name: name, type: .date, storage: .day(ContiguousArray(repeating: d.serial, count: count)))
    case .bool(let b): return Column(name: name, type: .bool, storage: .bool(ContiguousArray(repeating: b, count: count)))
    case .string(let s):
      return Column(
        name: name, type: .string, storage: .dictionary(codes: ContiguousArray(repeating: 0, count: count), values: [s]))
    }
  }

  /// The null mask as ``Bits``, or nil when the column has no nulls.
  var nullBits: Bits? { nulls == nil ? nil : Bits(nullsOf: self) }
}

/// The union of two optional null masks.
func union(_ a: Bits?, _ b: Bits?) -> Bits? {
  switch (a, b) {
  case (nil, nil): return nil
  case (let x?, nil): return x
  case (nil, let y?): return y
  case (let x?, let y?): return x | y
  }
}

import AwasPluginKit

extension Evaluator {
  /// `l op r` column-wise. Money stays exact in sen: money ± money, money ± int
  /// (the int in rupiah), money × number (rounded to the sen), money / money
  /// (a ratio). Dates move by whole days; date − date is days. Division by
  /// zero gives null.
  func arithmetic(_ op: ArithmeticOp, _ l: Vec, _ r: Vec, span: Span) throws -> Vec {
    guard let lt = l.type, let rt = r.type else { return .constant(.null) }
    let n = l.isConstant && r.isConstant ? 1 : rows
    let a = l.column("", count: n), b = r.column("", count: n)
    var nulls = union(a.nullBits, b.nullBits)
    let result: Column
    var overflow = false
    func ints(_ c: Column, _ scale: Int64 = 1) -> ContiguousArray<Int64> {
      guard scale != 1 else { return c.int64s! }
      let v = c.int64s!
      return ContiguousArray((0..<v.count).map { i in
        let (x, o) = v[i].multipliedReportingOverflow(by: scale)
        if o && !c.isNull(i) { overflow = true }
        return x
      })
    }
    func int64Column(_ type: ColumnType, _ x: ContiguousArray<Int64>, _ y: ContiguousArray<Int64>, _ op: ArithmeticOp) -> Column {
      let (c, o) = Self.int64Column(type, x, y, op, nulls: nulls)
      if o { overflow = true }
      return c
    }
    func scaleMoney(_ m: Column, by k: ContiguousArray<Double>, divide: Bool) -> Column {
      let (c, o) = Self.scaleMoney(m, by: k, divide: divide, nulls: nulls)
      if o { overflow = true }
      return c
    }
    func zeroDivisor() {
      let d = Self.doubles(b)
      let z = d.withUnsafeBufferPointer { p in Bits(count: n) { p[$0] == 0 } }
      nulls = union(nulls, z)
    }
    switch (lt, rt, op) {
    case (.int, .int, .add), (.int, .int, .subtract), (.int, .int, .multiply):
      result = int64Column(.int, ints(a), ints(b), op)
    case (.money, .money, .add), (.money, .money, .subtract):
      result = int64Column(.money, ints(a), ints(b), op)
    case (.money, .int, .add), (.money, .int, .subtract):
      result = int64Column(.money, ints(a), ints(b, 100), op)
    case (.int, .money, .add), (.int, .money, .subtract):
      result = int64Column(.money, ints(a, 100), ints(b), op)
    case (.money, _, .multiply) where rt.isNumeric && rt != .money:
      result = scaleMoney(a, by: Self.doubles(b), divide: false)
    case (_, .money, .multiply) where lt.isNumeric && lt != .money:
      result = scaleMoney(b, by: Self.doubles(a), divide: false)
    case (.money, .money, .divide):
      zeroDivisor()
      result = doubleColumn(.double, ints(a).lazy.map(Double.init), ints(b).lazy.map(Double.init), op)
    case (.money, _, .divide) where rt.isNumeric:
      zeroDivisor()
      result = scaleMoney(a, by: Self.doubles(b), divide: true)
    case (.date, .int, .add), (.date, .int, .subtract), (.int, .date, .add):
      // A date moved outside the years 1–9999 is null, like a division by zero.
      let (d, k) = lt == .date ? (a.days!, ints(b)) : (b.days!, ints(a))
      let moved = (0..<n).map { Day(serial: d[$0]).adding(days: k[$0], back: op == .subtract) }
      nulls = union(nulls, Bits(count: n) { moved[$0] == nil })
      result = Column(name: "", type: .date, storage: .day(ContiguousArray(moved.lazy.map { $0?.serial ?? 0 })))
    case (.date, .date, .subtract):
      let x = a.days!, y = b.days!
      result = Column(name: "", type: .int, storage: .int64(ContiguousArray((0..<n).map { Int64(x[$0]) - Int64(y[$0]) })))
    case (.percent, .percent, .add), (.percent, .percent, .subtract),
      (.percent, .int, .multiply), (.percent, .double, .multiply),
      (.int, .percent, .multiply), (.double, .percent, .multiply):
      result = doubleColumn(.percent, Self.doubles(a), Self.doubles(b), op)
    case (.percent, .int, .divide), (.percent, .double, .divide):
      zeroDivisor()
      result = doubleColumn(.percent, Self.doubles(a), Self.doubles(b), op)
    case _ where lt.isNumeric && rt.isNumeric && lt != .money && rt != .money:
      if op == .divide { zeroDivisor() }
      result = doubleColumn(.double, Self.doubles(a), Self.doubles(b), op)
    default:
      throw Diagnostic(Messages.cannotApply(op.rawValue, lt, rt), span: span, hint: Messages.arithmeticHint)
    }
    if overflow { throw Diagnostic(Messages.tooLarge, span: span, hint: Messages.tooLargeHint) }
    let out = Column(name: "", type: result.type, storage: result.storage, nulls: nulls?.bitset)
    if l.isConstant && r.isConstant { return .constant(out.value(at: 0)) }
    return .column(out)
  }

  /// `-x`.
  func negate(_ v: Vec, span: Span) throws -> Vec {
    try Evaluator.rejectSmallest(v.column("", count: v.isConstant ? 1 : rows), span: span)
    if case .constant(let c) = v {
      guard let n = Evaluator.negate(c) else {
        throw Diagnostic(Messages.cannotNegate(c.type), span: span, hint: Messages.arithmeticHint)
      }
      return .constant(n)
    }
    let c = v.column("", count: rows)
    switch c.storage {
    case .int64(let a):
      return .column(Column(name: "", type: c.type, storage: .int64(ContiguousArray(a.lazy.map { 0 &- $0 })), nulls: c.nulls))
    case .double(let a):
      return .column(Column(name: "", type: c.type, storage: .double(ContiguousArray(a.lazy.map { -$0 })), nulls: c.nulls))
    default:
      throw Diagnostic(Messages.cannotNegate(c.type), span: span, hint: Messages.arithmeticHint)
    }
  }

  /// Throws "too large" when a non-null cell of `c` is the smallest integer
  /// (or money amount): it has no positive counterpart, so `-x` and `abs(x)`
  /// would wrap back to it.
  static func rejectSmallest(_ c: Column, span: Span) throws {
    guard let a = c.int64s else { return }
    if a.indices.contains(where: { a[$0] == .min && !c.isNull($0) }) {
      throw Diagnostic(Messages.tooLarge, span: span, hint: Messages.tooLargeHint)
    }
  }

  /// The negation of a numeric value, or nil for other kinds.
  static func negate(_ v: Value) -> Value? {
    switch v {
    case .null: return .null
    case .int(let i): return .int(0 &- i)
    case .double(let d): return .double(-d)
    case .percent(let d): return .percent(-d)
    case .money(let m): return .money(Money(sen: 0 &- m.sen))
    default: return nil
    }
  }

  /// `a op b` cell by cell, and whether a cell that is not null overflowed.
  private static func int64Column(
    _ type: ColumnType, _ a: ContiguousArray<Int64>, _ b: ContiguousArray<Int64>, _ op: ArithmeticOp, nulls: Bits?
  ) -> (Column, Bool) {
    let n = a.count
    var out = ContiguousArray<Int64>(repeating: 0, count: n)
    var overflowed = false
    out.withUnsafeMutableBufferPointer { o in
      for i in 0..<n {
        let (x, over): (Int64, Bool)
        switch op {
        case .add: (x, over) = a[i].addingReportingOverflow(b[i])
        case .subtract: (x, over) = a[i].subtractingReportingOverflow(b[i])
        default: (x, over) = a[i].multipliedReportingOverflow(by: b[i])
        }
        o[i] = x
        if over && !(nulls?[i] ?? false) { overflowed = true }
      }
    }
    return (Column(name: "", type: type, storage: .int64(out)), overflowed)
  }

  private func doubleColumn<A: Collection, B: Collection>(
    _ type: ColumnType, _ a: A, _ b: B, _ op: ArithmeticOp
  ) -> Column where A.Element == Double, B.Element == Double {
    let out = ContiguousArray(zip(a, b).map { x, y -> Double in
      switch op {
      case .add: return x + y
      case .subtract: return x - y
      case .multiply: return x * y
      case .divide: return y == 0 ? 0 : x / y
      }
    })
    return Column(name: "", type: type, storage: .double(out))
  }

  /// Money times (or divided by) a number, rounded half away from zero to the
  /// sen, and whether a cell that is not null fell outside Int64.
  private static func scaleMoney(_ m: Column, by k: ContiguousArray<Double>, divide: Bool, nulls: Bits?) -> (Column, Bool) {
    let sen = m.int64s!
    var overflowed = false
    let out = ContiguousArray((0..<sen.count).map { i -> Int64 in
      let x = divide ? (k[i] == 0 ? 0 : Double(sen[i]) / k[i]) : Double(sen[i]) * k[i]
      if x.isFinite && abs(x) < 9.2e18 { return Int64(x.rounded()) }
      if !(nulls?[i] ?? false) { overflowed = true }
      return 0
    })
    return (Column(name: "", type: .money, storage: .int64(out)), overflowed)
  }
}

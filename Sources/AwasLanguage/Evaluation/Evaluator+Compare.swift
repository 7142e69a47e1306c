import AwasPluginKit

/// One side of a comparison kernel: a single value or a typed array.
enum Operand<T> {
  case scalar(T)
  case array(ContiguousArray<T>)
}

extension Evaluator {
  /// `l op r`, column-wise. An int compared with money counts as rupiah;
  /// `x == null` means `x is null`.
  func compare(_ op: CompareOp, _ l: Vec, _ r: Vec, span: Span) throws -> Vec {
    if case .constant(.null) = r { return nullCompare(op, l) }
    if case .constant(.null) = l { return nullCompare(op.swapped, r) }
    if l.isConstant && r.isConstant {
      let one = try compare(op, l.column("", count: 1), r, span: span)
      return .constant(one.t[0] ? .bool(true) : (one.f[0] ? .bool(false) : .null))
    }
    var (a, b, o) = (l, r, op)
    if a.isConstant {
      swap(&a, &b)
      o = o.swapped
    }
    return fold(try compare(o, a.column("", count: rows), b, span: span))
  }

  private func nullCompare(_ op: CompareOp, _ v: Vec) -> Vec {
    let isNull: Logic
    switch v {
    case .constant(let c): isNull = .constant(c.isNull, count: rows)
    case .column(let c):
      let n = Bits(nullsOf: c)
      isNull = Logic(t: n, f: ~n)
    case .logic(let l):
      let n = l.nulls
      isNull = Logic(t: n, f: ~n)
    }
    switch op {
    case .eq: return fold(isNull)
    case .ne: return fold(!isNull)
    default: return fold(.constant(nil, count: rows))
    }
  }

  private func compare(_ op: CompareOp, _ col: Column, _ other: Vec, span: Span) throws -> Logic {
    var other = other
    if col.type == .date, case .constant(.string(let s)) = other {
      guard let d = Day(iso: s) else { throw Diagnostic(Messages.notADate(s), span: span, hint: Messages.dateHint) }
      other = .constant(.date(d))
    }
    let otherCol: Column? = { if case .column(let c) = other { return c } else { return nil } }()
    let otherLogicCol: Column? = { if case .logic(let l) = other { return l.column("") } else { return nil } }()
    let rhsCol = otherCol ?? otherLogicCol
    let nulls = union(col.nullBits, rhsCol?.nullBits)
    guard let rt = other.type else { return .constant(nil, count: col.count) }
    let lt = col.type
    let cmp: Bits
    switch (lt, rt) {
    case (.string, .string):
      cmp = stringCompare(op, col, other)
    case (.date, .date):
      cmp = kernel(op, col.days!, operand(other, rhsCol) { if case .date(let d) = $0 { return d.serial } else { return 0 } } array: { $0.days! })
    case (.bool, .bool):
      let a = ContiguousArray(col.bools!.lazy.map { Int64($0 ? 1 : 0) })
      cmp = kernel(op, a, operand(other, rhsCol) { $0 == .bool(true) ? 1 : 0 } array: { ContiguousArray($0.bools!.lazy.map { $0 ? 1 : 0 }) })
    case (.int, .int), (.money, .money):
      cmp = kernel(op, col.int64s!, operand(other, rhsCol) { Self.int64(of: $0) } array: { $0.int64s! })
    case (.money, .int):
      cmp = kernel(op, col.int64s!, operand(other, rhsCol) { Self.sen(Self.int64(of: $0)) } array: { Self.scaled($0.int64s!) })
    case (.int, .money):
      cmp = kernel(op, Self.scaled(col.int64s!), operand(other, rhsCol) { Self.int64(of: $0) } array: { $0.int64s! })
    case _ where lt.isNumeric && rt.isNumeric:
      cmp = kernel(op, Self.doubles(col), operand(other, rhsCol) { $0.numeric ?? .nan } array: { Self.doubles($0) })
    default:
      throw Diagnostic(Messages.cannotCompare(lt, rt), span: span, hint: Messages.compareHint(lt, rt))
    }
    return Logic(cmp: cmp, nulls: nulls)
  }

  private func operand<T>(
    _ v: Vec, _ col: Column?, scalar: (Value) -> T, array: (Column) -> ContiguousArray<T>
  ) -> Operand<T> {
    if case .constant(let c) = v { return .scalar(scalar(c)) }
    return .array(array(col!))
  }

  static func int64(of v: Value) -> Int64 {
    switch v {
    case .int(let i): return i
    case .money(let m): return m.sen
    default: return 0
    }
  }

  /// Whole rupiah as sen for a comparison with money. Beyond Int64 it
  /// saturates, which keeps the order: such a number is above (or below)
  /// every amount of money.
  static func sen(_ rupiah: Int64) -> Int64 { Money(rupiah: rupiah).sen }

  static func scaled(_ a: ContiguousArray<Int64>) -> ContiguousArray<Int64> {
    ContiguousArray(a.lazy.map(sen))
  }

  /// Numbers as Double: money in rupiah, percent as a ratio.
  static func doubles(_ c: Column) -> ContiguousArray<Double> {
    switch c.storage {
    case .double(let a): return a
    case .int64(let a):
      if c.type == .money { return ContiguousArray(a.lazy.map { Double($0) / 100 }) }
      return ContiguousArray(a.lazy.map { Double($0) })
    default: return ContiguousArray(repeating: .nan, count: c.count)
    }
  }

  /// The comparison as a bit per row: a tight loop over the typed array.
  func kernel<T: Comparable>(_ op: CompareOp, _ a: ContiguousArray<T>, _ b: Operand<T>) -> Bits {
    let n = a.count
    return a.withUnsafeBufferPointer { p in
      switch b {
      case .scalar(let c):
        switch op {
        case .eq: return Bits(count: n) { p[$0] == c }
        case .ne: return Bits(count: n) { p[$0] != c }
        case .lt: return Bits(count: n) { p[$0] < c }
        case .le: return Bits(count: n) { p[$0] <= c }
        case .gt: return Bits(count: n) { p[$0] > c }
        case .ge: return Bits(count: n) { p[$0] >= c }
        }
      case .array(let other):
        return other.withUnsafeBufferPointer { q in
          switch op {
          case .eq: return Bits(count: n) { p[$0] == q[$0] }
          case .ne: return Bits(count: n) { p[$0] != q[$0] }
          case .lt: return Bits(count: n) { p[$0] < q[$0] }
          case .le: return Bits(count: n) { p[$0] <= q[$0] }
          case .gt: return Bits(count: n) { p[$0] > q[$0] }
          case .ge: return Bits(count: n) { p[$0] >= q[$0] }
          }
        }
      }
    }
  }
}

extension CompareOp {
  func holds<T: Comparable>(_ a: T, _ b: T) -> Bool {
    switch self {
    case .eq: return a == b
    case .ne: return a != b
    case .lt: return a < b
    case .le: return a <= b
    case .gt: return a > b
    case .ge: return a >= b
    }
  }
}

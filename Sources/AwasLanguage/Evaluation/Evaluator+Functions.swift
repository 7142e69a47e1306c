import AwasPluginKit

extension Evaluator {
  func call(_ name: String, _ args: [Expr], nameSpan: Span, span: Span) throws -> Vec {
    guard let f = Functions.lookup(name) else {
      throw Diagnostic(Messages.unknownFunction(name), span: nameSpan, hint: Messages.functionsList)
    }
    guard f.arity.contains(args.count) else {
      throw Diagnostic(Messages.wrongArity(name, f.arity), span: span, hint: Messages.usage(f.usage))
    }
    if f.isAggregate { return try aggregate(f, args, span: span) }
    let vs = try args.map { try eval($0) }
    func need(_ i: Int, _ ok: (ColumnType) -> Bool, _ what: Text) throws -> Vec {
      let v = vs[i]
      if let t = v.type, !ok(t) {
        throw Diagnostic(Messages.argumentType(f.names.en, what, t), span: args[i].span, hint: Messages.usage(f.usage))
      }
      return v
    }
    switch f.names.en {
    case "abs":
      let v = try need(0, { $0.isNumeric }, ColumnType.double.label)
      try Evaluator.rejectSmallest(v.column("", count: v.isConstant ? 1 : rows), span: span)
      return map(v) { c in
        switch c.storage {
        case .int64(let a):
          // Null cells may hold any value, the smallest integer too: no trap there.
          return Column(name: "", type: c.type, storage: .int64(ContiguousArray(a.lazy.map { $0 < 0 ? 0 &- $0 : $0 })), nulls: c.nulls)
        case .double(let a): return Column(name: "", type: c.type, storage: .double(ContiguousArray(a.lazy.map { abs($0) })), nulls: c.nulls)
        default: return c
        }
      }
    case "round":
      let v = try need(0, { $0.isNumeric }, ColumnType.double.label)
      var digits = 0
      if args.count == 2 {
        guard case .constant(.int(let d)) = vs[1], (-15...15).contains(d) else {
          throw Diagnostic(Messages.roundDigits, span: args[1].span, hint: Messages.usage(f.usage))
        }
        digits = Int(d)
      }
      return map(v) { Evaluator.round($0, digits: digits) }
    case "year", "month", "day":
      let v = try need(0, { $0 == .date }, ColumnType.date.label)
      let part = f.names.en
      return map(v) { c in
        let d = c.days!
        let out = ContiguousArray(d.lazy.map { s -> Int64 in
          let p = Day(serial: s).components
          return Int64(part == "year" ? p.year : (part == "month" ? p.month : p.day))
        })
        return Column(name: "", type: .int, storage: .int64(out), nulls: c.nulls)
      }
    case "days":
      _ = try need(0, { $0 == .date }, ColumnType.date.label)
      _ = try need(1, { $0 == .date }, ColumnType.date.label)
      return try arithmetic(.subtract, vs[1], vs[0], span: span)
    case "asof":
      guard let d = scope.asOf else { throw Diagnostic.noDataset(at: span) }
      return .constant(.date(d))
    case "lower", "upper", "len":
      let v = try need(0, { $0 == .string }, ColumnType.string.label)
      let which = f.names.en
      return map(v) { c in Evaluator.textFunction(which, c) }
    default:  // coalesce
      return try coalesce(vs, args)
    }
  }

  /// Applies `f` to the column form of `v`; a constant stays a constant.
  private func map(_ v: Vec, _ f: (Column) -> Column) -> Vec {
    if case .constant(.null) = v { return v }
    let out = f(v.column("", count: v.isConstant ? 1 : rows))
    return v.isConstant ? .constant(out.value(at: 0)) : .column(out)
  }

  static func round(_ c: Column, digits: Int) -> Column {
    func pow10(_ k: Int) -> Int64 { (0..<k).reduce(Int64(1)) { r, _ in r &* 10 } }
    func roundTo(_ x: Int64, _ unit: Int64) -> Int64 {
      guard unit > 1 else { return x }
      // Half away from zero; at the ends of the 64-bit range the value stays as it is.
      let half = unit / 2
      let m = x.magnitude, q = (m / UInt64(unit)) &* UInt64(unit)
      let up = m - q >= UInt64(half)
      let (rounded, overflow) = up ? q.addingReportingOverflow(UInt64(unit)) : (q, false)
      guard !overflow, let v = Int64(exactly: rounded) else { return x }
      return x >= 0 ? v : -v
    }
    switch (c.type, c.storage) {
    case (.money, .int64(let a)):
      let unit = digits >= 2 ? 1 : pow10(2 - digits)
      return Column(name: "", type: .money, storage: .int64(ContiguousArray(a.lazy.map { roundTo($0, unit) })), nulls: c.nulls)
    case (.int, .int64(let a)):
      let unit = digits >= 0 ? 1 : pow10(-digits)
      return Column(name: "", type: .int, storage: .int64(ContiguousArray(a.lazy.map { roundTo($0, unit) })), nulls: c.nulls)
    case (_, .double(let a)):
      let shift = c.type == .percent ? digits + 2 : digits
      var scale = 1.0
      for _ in 0..<abs(shift) { scale *= 10 }
      let f: (Double) -> Double = shift >= 0 ? { ($0 * scale).rounded() / scale } : { ($0 / scale).rounded() * scale }
      return Column(name: "", type: c.type, storage: .double(ContiguousArray(a.lazy.map(f))), nulls: c.nulls)
    default:
      return c
    }
  }

  /// `lower`, `upper`, `len`: on interned columns, once per distinct value.
  static func textFunction(_ which: String, _ c: Column) -> Column {
    func apply(_ s: String) -> String { which == "lower" ? s.lowercased() : s.uppercased() }
    if which == "len" {
      let out = ContiguousArray((0..<c.count).map { Int64(c.string(at: $0)?.count ?? 0) })
      return Column(name: "", type: .int, storage: .int64(out), nulls: c.nulls)
    }
    switch c.storage {
    case .dictionary(let codes, let values):
      return Column(name: "", type: .string, storage: .dictionary(codes: codes, values: values.map(apply)), nulls: c.nulls)
    default:
      var s = Utf8Strings()
      for i in 0..<c.count { s.append(apply(c.string(at: i) ?? "")) }
      return Column(name: "", type: .string, storage: .text(s), nulls: c.nulls)
    }
  }

  /// `coalesce(a, b, …)`: all of one kind, except that integers join money
  /// (as rupiah) or decimals.
  private func coalesce(_ vs: [Vec], _ args: [Expr]) throws -> Vec {
    let types = Set(vs.compactMap(\.type))
    guard let first = vs.compactMap(\.type).first else { return .constant(.null) }
    let type: ColumnType
    if types.count == 1 {
      type = first
    } else if types.isSubset(of: [.int, .money]) {
      type = .money
    } else if types.isSubset(of: [.int, .double]) {
      type = .double
    } else {
      let other = vs.compactMap(\.type).first { $0 != first } ?? first
      let at = args[vs.firstIndex { $0.type == other } ?? 0].span
      throw Diagnostic(Messages.mixedTypes(first, other), span: at, hint: Messages.usage("coalesce(a, b, …)"))
    }
    func promote(_ v: Value) -> Value {
      switch (v, type) {
      case (.int(let i), .money): return .money(Money(rupiah: i))
      case (.int(let i), .double): return .double(Double(i))
      default: return v
      }
    }
    if vs.allSatisfy(\.isConstant) {
      return .constant(promote(vs.lazy.map { $0.value(at: 0) }.first { !$0.isNull } ?? .null))
    }
    var values: [Value] = []
    values.reserveCapacity(rows)
    for i in 0..<rows { values.append(promote(vs.lazy.map { $0.value(at: i) }.first { !$0.isNull } ?? .null)) }
    return .column(Column.from("", type, values))
  }
}

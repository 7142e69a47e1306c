import AwasPluginKit

extension Evaluator {
  /// `sum(pinjaman.sisa)`, `count(pinjaman)`, `avg(sisa)` inside a stage,
  /// `count(pinjaman | where dpd > 90)`: one value.
  func aggregate(_ f: FunctionSpec, _ args: [Expr], span: Span) throws -> Vec {
    let key = f.names.en
    guard let arg = args.first else {
      guard let t = table else {
        throw Diagnostic(Messages.aggregateNeedsArgument(key), span: span, hint: Messages.usage(f.usage))
      }
      return .constant(.int(Int64(t.rowCount)))
    }
    let column: Column
    switch try target(arg) {
    case .column(let c): column = c
    case .table(let t):
      if key == "count" { return .constant(.int(Int64(t.rowCount))) }
      guard t.columns.count == 1 else {
        throw Diagnostic(Messages.aggregateNeedsColumn(key, t.name), span: arg.span, hint: Messages.usage(f.usage))
      }
      column = t.columns[0]
    }
    return .constant(try Evaluator.reduce(key, column, span: span))
  }

  private enum Target {
    case column(Column)
    case table(Table)
  }

  private func target(_ arg: Expr) throws -> Target {
    switch arg.kind {
    case .qualified(let ref, let col):
      if let t = table, case .name(let tn) = ref, Table.normalize(tn) == Table.normalize(t.name), let c = t.column(col) {
        return .column(c)
      }
      let t = try scope.table(ref, span: arg.span)
      guard let c = t.column(col) else {
        throw Diagnostic(
          Messages.noSuchColumn(col, table: t.name), span: arg.span,
          hint: Messages.didYouMean(Suggest.closest(col, among: t.columnNames)) ?? Messages.columnsList(t))
      }
      return .column(c)
    case .name(let n):
      if let t = table, let c = t.column(n) { return .column(c) }
      if case .table(let t)? = scope.variable(n) { return .table(t) }
      if scope.isTable(n) { return .table(try scope.table(.name(n), span: arg.span)) }
    case .variable(let n):
      if case .value = scope.variable(n) {} else { return .table(try scope.table(.variable(n), span: arg.span)) }
    case .last:
      return .table(try scope.table(.last, span: arg.span))
    case .pipeline(let p):
      return .table(try scope.runPipeline(p))
    default:
      break
    }
    if table == nil, case .name = arg.kind {
      _ = try eval(arg)  // throws the unknown-name error
    }
    switch try eval(arg) {
    case .column(let c): return .column(c)
    case .logic(let l): return .column(l.column(""))
    case .constant(let v): return .column(Column.repeating(v, count: 1, name: ""))
    }
  }

  /// Reduces a column: nulls are skipped; an empty sum is 0, an empty mean,
  /// minimum or maximum is null. Money stays money (a mean rounds to the sen).
  static func reduce(_ key: String, _ c: Column, span: Span) throws -> Value {
    let n = c.count
    let valid = (0..<n).lazy.filter { !c.isNull($0) }
    if key == "count" { return .int(Int64(c.nonNullCount)) }
    switch (key, c.storage) {
    case ("sum", .int64(let a)), ("avg", .int64(let a)):
      var total: Int64 = 0
      for i in valid {
        let (s, o) = total.addingReportingOverflow(a[i])
        if o { throw Diagnostic(Messages.sumOverflow, span: span) }
        total = s
      }
      let k = Int64(c.nonNullCount)
      if key == "sum" { return c.type == .money ? .money(Money(sen: total)) : .int(total) }
      guard k > 0 else { return .null }
      if c.type == .money {
        let half = k / 2
        return .money(Money(sen: total >= 0 ? (total + half) / k : -((-total + half) / k)))
      }
      return .double(Double(total) / Double(k))
    case ("sum", .double(let a)), ("avg", .double(let a)):
      var total = 0.0
      for i in valid { total += a[i] }
      if key == "sum" { return c.type == .percent ? .percent(total) : .double(total) }
      guard c.nonNullCount > 0 else { return .null }
      let mean = total / Double(c.nonNullCount)
      return c.type == .percent ? .percent(mean) : .double(mean)
    case ("min", _), ("max", _):
      var best: Int?
      for i in valid {
        guard let b = best else {
          best = i
          continue
        }
        let less = lessThan(c, i, b)
        if key == "min" ? less : lessThan(c, b, i) { best = i }
      }
      return best.map { c.value(at: $0) } ?? .null
    default:
      throw Diagnostic(Messages.cannotAggregate(key, c.type), span: span)
    }
  }

  private static func lessThan(_ c: Column, _ i: Int, _ j: Int) -> Bool {
    switch c.storage {
    case .int64(let a): return a[i] < a[j]
    case .double(let a): return a[i] < a[j]
    case .day(let a): return a[i] < a[j]
    case .bool(let a): return !a[i] && a[j]
    case .text, .dictionary: return (c.string(at: i) ?? "") < (c.string(at: j) ?? "")
    }
  }
}

import AwasPluginKit

/// What an expression may look up outside the table it runs over.
protocol EvalScope: AnyObject {
  func variable(_ name: String) -> SessionValue?
  /// The table a `table.column` or aggregate argument names.
  func table(_ ref: TableRef, span: Span) throws -> Table
  /// Runs a pipeline written inside an expression.
  func runPipeline(_ p: Pipeline) throws -> Table
  /// The as-of date of the open dataset, if one is open.
  var asOf: Day? { get }
  /// Whether `name` is a table of the open dataset.
  func isTable(_ name: String) -> Bool
  /// Names for "did you mean" at statement level (variables, tables, commands).
  func nameCandidates() -> [String]
}

/// Evaluates expressions column-wise over `table` (or, with no table, as
/// single values). Columns stay in their typed storage; comparisons produce
/// bit masks word by word.
struct Evaluator {
  let scope: any EvalScope
  /// The rows the expression runs over; nil at statement level.
  let table: Table?

  var rows: Int { table?.rowCount ?? 1 }

  /// Evaluates `e` to a single value (statement level, `head N`, `if`).
  func scalar(_ e: Expr) throws -> Value {
    switch try eval(e) {
    case .constant(let v): return v
    case let v: return rows == 1 ? v.value(at: 0) : .null
    }
  }

  /// Evaluates a condition: true rows, false rows, unknown rows.
  func condition(_ e: Expr, keyword: String) throws -> Logic {
    let v = try eval(e)
    guard let l = v.logic(count: rows) else {
      throw Diagnostic(Messages.conditionNotBool(keyword, v.type), span: e.span, hint: Messages.conditionHint)
    }
    return l
  }

  func eval(_ e: Expr) throws -> Vec {
    switch e.kind {
    case .literal(let v): return .constant(v)
    case .name(let n): return try name(n, span: e.span)
    case .qualified(let ref, let column): return try qualified(ref, column, span: e.span)
    case .variable(let n): return try variable(n, span: e.span)
    case .last: return try unwrap(scope.table(.last, span: e.span), "_", span: e.span)
    case .negate(let x): return try negate(eval(x), span: e.span)
    case .arithmetic(let op, let l, let r):
      return try arithmetic(op, eval(l), eval(r), span: e.opSpan ?? e.span)
    case .compare(let op, let l, let r):
      return try compare(op, eval(l), eval(r), span: e.opSpan ?? e.span)
    case .and(let l, let r):
      return try logic(l, r, keyword: "and", span: e.opSpan ?? e.span) { $0 && $1 }
    case .or(let l, let r):
      return try logic(l, r, keyword: "or", span: e.opSpan ?? e.span) { $0 || $1 }
    case .not(let x):
      return fold(!(try condition(x, keyword: "not")))
    case .inList(let x, let items, let negated):
      let v = try eval(x)
      var acc: Logic?
      for item in items {
        let c = try compare(.eq, v, eval(item), span: item.span)
        guard let l = c.logic(count: rows) else { continue }
        acc = acc.map { $0 || l } ?? l
      }
      let result = acc ?? .constant(false, count: rows)
      return fold(negated ? !result : result)
    case .between(let x, let lo, let hi, let negated):
      let v = try eval(x)
      let op = e.opSpan ?? e.span
      guard let a = try compare(.ge, v, eval(lo), span: op).logic(count: rows),
        let b = try compare(.le, v, eval(hi), span: op).logic(count: rows)
      else { return .constant(.null) }
      return fold(negated ? !(a && b) : (a && b))
    case .contains(let x, let needle, let negated):
      let v = try contains(eval(x), eval(needle), span: e.opSpan ?? e.span)
      guard negated else { return v }
      if case .constant(.bool(let b)) = v { return .constant(.bool(!b)) }
      guard let l = v.logic(count: rows) else { return v }
      return fold(!l)
    case .isNull(let x, let negated):
      let l = isNull(try eval(x))
      return fold(negated ? !l : l)
    case .call(let name, let args, let nameSpan):
      return try call(name, args, nameSpan: nameSpan, span: e.span)
    case .pipeline(let p):
      return try unwrap(scope.runPipeline(p), "( … )", span: e.span)
    }
  }

  /// A logic result; at statement level, a single value.
  func fold(_ l: Logic) -> Vec {
    guard table == nil else { return .logic(l) }
    return .constant(l.t[0] ? .bool(true) : (l.f[0] ? .bool(false) : .null))
  }

  private func logic(
    _ l: Expr, _ r: Expr, keyword: String, span: Span, _ f: (Logic, Logic) -> Logic
  ) throws -> Vec {
    fold(f(try condition(l, keyword: keyword), try condition(r, keyword: keyword)))
  }

  private func isNull(_ v: Vec) -> Logic {
    switch v {
    case .constant(let c): return .constant(c.isNull, count: rows)
    case .column(let c):
      let n = Bits(nullsOf: c)
      return Logic(t: n, f: ~n)
    case .logic(let l):
      let n = l.nulls
      return Logic(t: n, f: ~n)
    }
  }

  // MARK: names

  private func name(_ n: String, span: Span) throws -> Vec {
    if let t = table, let c = t.column(n) { return .column(c) }
    if let v = scope.variable(n) { return try unwrap(v, n, span: span) }
    if let t = table {
      throw Diagnostic(
        Messages.noSuchColumn(n, table: t.name), span: span,
        hint: Messages.didYouMean(Suggest.closest(n, among: t.columnNames)) ?? Messages.columnsList(t))
    }
    if scope.isTable(n) {
      throw Diagnostic(Messages.tableIsNotValue(n), span: span, hint: Messages.tableIsNotValueHint(n))
    }
    throw Diagnostic(
      Messages.unknownName(n), span: span,
      hint: Messages.didYouMean(Suggest.closest(n, among: scope.nameCandidates())))
  }

  private func qualified(_ ref: TableRef, _ column: String, span: Span) throws -> Vec {
    if let t = table, case .name(let tn) = ref, Table.normalize(tn) == Table.normalize(t.name) {
      return try name(column, span: span)
    }
    let source = try scope.table(ref, span: span)
    guard source.column(column) != nil else {
      throw Diagnostic(
        Messages.noSuchColumn(column, table: source.name), span: span,
        hint: Messages.didYouMean(Suggest.closest(column, among: source.columnNames))
          ?? Messages.columnsList(source))
    }
    throw Diagnostic(
      Messages.columnNeedsAggregate(source.name, column), span: span,
      hint: Messages.columnNeedsAggregateHint(source.name, column))
  }

  private func variable(_ n: String, span: Span) throws -> Vec {
    if let v = scope.variable(n) { return try unwrap(v, "$" + n, span: span) }
    return try unwrap(.table(scope.table(.variable(n), span: span)), "$" + n, span: span)
  }

  /// A variable's value; a table only when it has one row and one column.
  private func unwrap(_ v: SessionValue, _ what: String, span: Span) throws -> Vec {
    switch v {
    case .value(let x): return .constant(x)
    case .table(let t): return try unwrap(t, what, span: span)
    }
  }

  private func unwrap(_ t: Table, _ what: String, span: Span) throws -> Vec {
    if t.rowCount == 1, t.columns.count == 1 { return .constant(t.columns[0].value(at: 0)) }
    throw Diagnostic(Messages.tableIsNotValue(what), span: span, hint: Messages.tableIsNotValueHint(what))
  }
}

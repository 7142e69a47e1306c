import AwasPluginKit

extension Interpreter {
  /// `where`: the rows whose condition is true (null counts as false).
  func filter(_ t: Table, _ e: Expr, keyword: String) throws -> Table {
    let keep = try evaluator(t).condition(e, keyword: keyword).t
    if keep.cardinality == t.rowCount { return t }
    return t.gather(keep.rows)
  }

  /// The sort keys of `items`, checked against `t`.
  private func keys(_ t: Table, _ items: [SortItem]) throws -> [SortKey] {
    try items.map { item in
      guard let c = t.column(item.column.name) else {
        throw Diagnostic(
          Messages.noSuchColumn(item.column.name, table: t.name), span: item.column.span,
          hint: Messages.didYouMean(Suggest.closest(item.column.name, among: t.columnNames))
            ?? Messages.columnsList(t))
      }
      return SortKey(c.name, descending: item.descending)
    }
  }

  /// `sort`: stable, nulls last in either direction.
  func sort(_ t: Table, _ items: [SortItem]) throws -> Table {
    guard let order = t.sortedRows(by: try keys(t, items)) else { return t }
    return t.gather(order)
  }

  /// `sort … | head n` without sorting every row: rows whose first key ranks
  /// after the n-th smallest cannot be in the result, so only the rest are sorted.
  func topN(_ t: Table, _ items: [SortItem], _ n: Int) throws -> Table {
    let k = try keys(t, items)
    guard n < t.rowCount / 4, n <= 10_000, let first = t.column(k[0].column) else {
      return try sort(t, items).gather(range: 0..<n)
    }
    guard n > 0 else { return t.gather(range: 0..<0) }
    let ranks = first.sortRanks(descending: k[0].descending)
    let threshold = TopN.nthSmallest(ranks, n)
    var candidates = ContiguousArray<Int32>()
    ranks.withUnsafeBufferPointer { r in
      for i in 0..<r.count where r[i] <= threshold { candidates.append(Int32(i)) }
    }
    let subset = t.gather(candidates)
    guard let order = subset.sortedRows(by: k) else { return subset.gather(range: 0..<n) }
    return subset.gather(ContiguousArray(order.prefix(n)))
  }

  /// `select`: columns as they are, or computed (`NAME = EXPR`).
  func select(_ t: Table, _ items: [SelectItem]) throws -> Table {
    let ev = evaluator(t)
    var columns: [Column] = []
    var seen = Set<String>()
    for item in items {
      let name: String
      if let n = item.name {
        name = n
      } else if case .name(let n) = item.expr.kind, let c = t.column(n) {
        name = c.name
      } else if case .qualified(_, let n) = item.expr.kind, let c = t.column(n) {
        name = c.name
      } else {
        name = item.label
      }
      guard seen.insert(Table.normalize(name)).inserted else {
        throw Diagnostic(Messages.duplicateColumn(name), span: item.expr.span, hint: Messages.selectHint)
      }
      columns.append(try ev.eval(item.expr).column(name, count: t.rowCount))
    }
    let pk = t.primaryKey.flatMap { k in columns.contains { $0.name == k } ? k : nil }
    return Table(name: t.name, columns: columns, rowCount: t.rowCount, primaryKey: pk)
  }

  /// `distinct`: the first row of each combination of the named columns (all
  /// columns when none are named), keeping only those columns.
  func distinct(_ t: Table, _ names: [NameRef]) throws -> Table {
    var cols: [Column] = []
    for n in names {
      guard let c = t.column(n.name) else {
        throw Diagnostic(
          Messages.noSuchColumn(n.name, table: t.name), span: n.span,
          hint: Messages.didYouMean(Suggest.closest(n.name, among: t.columnNames)) ?? Messages.columnsList(t))
      }
      cols.append(c)
    }
    if names.isEmpty { cols = t.columns }
    var ids = ContiguousArray<Int64>(repeating: 0, count: t.rowCount)
    for c in cols {
      let codes = TopN.codes(c)
      var pairs: [Pair: Int64] = [:]
      for i in 0..<t.rowCount {
        let key = Pair(a: ids[i], b: codes[i])
        if let id = pairs[key] {
          ids[i] = id
        } else {
          let id = Int64(pairs.count)
          pairs[key] = id
          ids[i] = id
        }
      }
    }
    var seen = Set<Int64>()
    var rows = ContiguousArray<Int32>()
    for i in 0..<t.rowCount where seen.insert(ids[i]).inserted { rows.append(Int32(i)) }
    let kept = Table(name: t.name, columns: cols, rowCount: t.rowCount)
    return kept.gather(rows)
  }
}

private struct Pair: Hashable {
  var a: Int64
  var b: Int64
}

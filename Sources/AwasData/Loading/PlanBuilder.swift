/// Turns a file's header into a ``TablePlan``: which field feeds which
/// column, and the header problems (missing, repeated or unnamed columns).
enum PlanBuilder {
  static func make(
    _ header: HeaderReader.Header, _ source: SourceBytes, schema: TableSchema, file: String,
    context: LoadContext, sink: inout IssueSink
  ) -> TablePlan {
    var columns: [PlannedColumn] = []
    var cells: [CellPlan] = []
    var enums: [EnumMatcher] = []
    var seeds: [Seed] = []
    var used = [Bool](repeating: false, count: header.keys.count)
    var firstIndex: [String: Int] = [:]
    for (i, k) in header.keys.enumerated() where !k.isEmpty {
      if firstIndex[k] == nil {
        firstIndex[k] = i
      } else {
        used[i] = true
        let f = header.fields[i]
        sink.report(.duplicateColumn, rowSkipped: false) {
          let (col, excerpt) = Excerpt.locate(source.buffer, lineStart: f.lineStart, at: f.rawStart)
          let t = IssueText.duplicateColumn(k)
          return DataIssue(.duplicateColumn, file: file, line: f.line + 1, column: col, field: k, found: k, message: t.0, excerpt: excerpt)
        }
      }
    }
    for col in schema.columns {
      guard let i = firstIndex[col.name] else {
        if col.isRequired {
          let suggestion = closest(col.name, among: header.keys.enumerated().filter { !used[$0.offset] && schema.column($0.element) == nil }.map(\.element))
          let t = IssueText.missingColumn(col.name, file: file, suggestion: suggestion)
          sink.report(.missingColumn, rowSkipped: false) {
            DataIssue(.missingColumn, file: file, line: header.headerLine, field: col.name, message: t.0, expected: t.1)
          }
        }
        continue
      }
      used[i] = true
      var cell = CellPlan(
        field: i, kind: kind(of: col), required: !col.allowsEmpty, notAfterReporting: col.notAfterReportingDate)
      if let allowed = col.allowedValues {
        cell.enumIndex = enums.count
        enums.append(EnumMatcher(allowed))
      }
      if let fk = schema.foreignKeys.first(where: { $0.column == col.name }), let box = context.seeds[fk.table] {
        cell.seedIndex = seeds.count
        seeds.append(Seed(box: box, issue: fk.issue, column: col.name, other: fk.table))
      }
      cells.append(cell)
      columns.append(PlannedColumn(name: col.name, type: col.type, schema: col, position: i + 1))
    }
    // Columns the contract does not know are kept as text.
    for (i, k) in header.keys.enumerated() where !used[i] {
      let name = k.isEmpty ? "kolom_\(i + 1)" : k
      if !k.isEmpty && firstIndex[k] != i { continue }
      cells.append(CellPlan(field: i, kind: .text, required: false))
      columns.append(PlannedColumn(name: name, type: .string, schema: nil, unnamed: k.isEmpty, position: i + 1))
    }
    let index = Dictionary(columns.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
    let order = schema.dateOrder.compactMap { o -> (start: Int, end: Int)? in
      guard let a = index[o.start], let b = index[o.end] else { return nil }
      return (a, b)
    }
    let keyCell = schema.primaryKey.flatMap { index[$0] }
    return TablePlan(
      file: file, schema: schema, format: context.format, columns: columns, cells: cells, enums: enums,
      seeds: seeds, headerFieldCount: header.fields.count, reportingDay: context.reportingDay.serial,
      dateOrder: order, keyCell: keyCell)
  }

  static func kind(of col: ColumnSchema) -> CellKind {
    switch col.type {
    case .money: return .money
    case .int: return .integer
    case .double, .percent: return .real
    case .date: return .date
    case .bool: return .bool
    case .string:
      if col.allowedValues != nil { return .enumeration }
      return col.storage == .dictionary ? .dictionary : .text
    }
  }

  /// The candidate closest to `name` by edit distance, if close enough to be a likely typo.
  static func closest(_ name: String, among candidates: [String]) -> String? {
    var best: (String, Int)? = nil
    for c in candidates where !c.isEmpty {
      let d = editDistance(Array(name), Array(c))
      let limit = Swift.max(2, name.count / 3)
      if d <= limit && d < (best?.1 ?? Int.max) { best = (c, d) }
    }
    return best?.0
  }

  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    var cur = prev
    for i in 1...a.count {
      cur[0] = i
      for j in 1...b.count {
        cur[j] = Swift.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&prev, &cur)
    }
    return prev[b.count]
  }
}

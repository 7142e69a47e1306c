import Dispatch

extension TableLoader {
  /// Joins the parts into one table: columns concatenated, dictionaries merged,
  /// duplicate primary keys removed. Frees the parts.
  static func assemble(
    _ parsed: inout ParsedParts, _ plan: TablePlan, source: SourceBytes, header: HeaderReader.Header,
    sink: inout IssueSink
  ) -> (Table, InternerBox?) {
    let n = plan.columns.count
    let overflowed = parsed.parts.contains { p in p.builders.contains { $0.overflowed } }
    let merged = UnsafeMutableBufferPointer<Column?>.allocate(capacity: n)
    merged.initialize(repeating: nil)
    defer {
      merged.deinitialize()
      merged.deallocate()
    }
    // Safe to share: each iteration reads only column k's parts (memory no
    // other iteration touches), reads `plan` and the seeds' value lists (made
    // once under the seed's lock, so a foreign key's list is made while the
    // other columns merge), and writes only `slots[k]`, read after
    // concurrentPerform returns.
    nonisolated(unsafe) let parts = parsed.parts
    nonisolated(unsafe) let slots = merged
    DispatchQueue.concurrentPerform(iterations: n) { k in
      slots[k] = mergeColumn(k, parts, plan)
    }
    var columns: [Column] = []
    for (k, planned) in plan.columns.enumerated() {
      guard let column = merged[k] else { continue }
      if planned.unnamed {
        if column.nonNullCount == 0 { continue }
        let f = header.fields[planned.position - 1]
        let t = IssueText.unnamedColumn(planned.position, planned.name)
        sink.report(.unnamedColumn, rowSkipped: false) {
          let (col, excerpt) = Excerpt.locate(source.buffer, lineStart: f.lineStart, at: f.rawStart)
          return DataIssue(.unnamedColumn, file: plan.file, line: f.line + 1, column: col, field: planned.name, message: t.0, expected: t.1, excerpt: excerpt)
        }
      }
      columns.append(column)
    }
    if overflowed {
      sink.report(.fileTooLarge, rowSkipped: true) {
        DataIssue(.fileTooLarge, file: plan.file, message: IssueText.fileTooLarge.0, rowSkipped: true)
      }
    }
    let rows = parsed.rowBase.last ?? 0
    let rowKey = plan.schema.rowKey.flatMap { k in columns.contains { $0.name == k } ? k : nil }
    var table = Table(name: plan.schema.name, columns: columns, rowCount: rows, primaryKey: rowKey)
    // Rows with a bad required value were parsed with the others; leave them out now.
    var origin: ContiguousArray<Int32>? = nil
    if parsed.parts.contains(where: { $0.dropped.count > 0 }) {
      var drop = Set<Int32>()
      for (i, p) in parsed.parts.enumerated() {
        for j in 0..<p.dropped.count { drop.insert(Int32(parsed.rowBase[i]) + p.dropped[j]) }
      }
      let keep = ContiguousArray((0..<Int32(rows)).filter { !drop.contains($0) })
      table = table.gather(keep)
      origin = keep
    }
    var keys: InternerBox? = nil
    if plan.keyCell != nil, let name = plan.schema.primaryKey {
      (table, keys) = deduplicate(table, key: name, parsed, origin: origin, source: source, file: plan.file, sink: &sink)
    }
    for i in parsed.parts.indices {
      parsed.parts[i].dropped.free()
      parsed.parts[i].keyAt.free()
      parsed.parts[i].keyRowStart.free()
      parsed.parts[i].keyRowLine.free()
    }
    return (table, keys)
  }

  /// Column `k` from every part: buffers concatenated, dictionaries merged.
  static func mergeColumn(_ k: Int, _ parts: [ChunkResult], _ plan: TablePlan) -> Column {
    let planned = plan.columns[k]
    var pieces = parts.map { $0.builders[k] }
    var values: [String]? = nil
    let cell = plan.cells[k]
    switch cell.kind {
    case .dictionary:
      values = mergeDictionaries(
        parts.map { $0.dictionaries[k] }, into: &pieces, seed: cell.seedIndex >= 0 ? plan.seeds[cell.seedIndex] : nil)
    default:
      if cell.kind == .enumeration { values = plan.enums[cell.enumIndex].values }
      for p in parts {
        var d = p.dictionaries[k]
        d.free()
      }
    }
    return ColumnBuilder.merge(&pieces, name: planned.name, type: planned.type, dictionary: values)
  }

  /// Merges the parts' local dictionaries of one column, rewriting the codes of
  /// later parts to the merged numbering. Frees the dictionaries.
  ///
  /// With a foreign-key `seed`, codes below the seed's count are rows of the
  /// referenced table and stay as they are; the merged values list begins with
  /// the referenced keys.
  static func mergeDictionaries(_ locals: [ByteInterner], into pieces: inout [ColumnBuilder], seed: Seed?) -> [String] {
    guard var merged = locals.first else { return [] }
    let seedCount = Int32(seed?.box.count ?? 0)
    for i in 1..<locals.count {
      var local = locals[i]
      defer { local.free() }
      guard local.count > 0 else { continue }
      var remap = [Int32](repeating: 0, count: local.count)
      for j in 0..<local.count { remap[j] = local.withBytes(j) { merged.intern($0, $1).code } }
      let codes = pieces[i].i32
      remap.withUnsafeBufferPointer { m in
        for r in 0..<codes.count {
          let c = codes[r]
          if c >= seedCount { codes[r] = seedCount + m[Int(c - seedCount)] }
        }
      }
    }
    var values = seed?.box.strings ?? []
    // Appending nothing would still copy the seed's shared list.
    let extra = merged.strings()
    if !extra.isEmpty { values += extra }
    merged.free()
    return values
  }
}

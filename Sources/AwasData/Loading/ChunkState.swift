/// A foreign-key cell waiting for its code: looked up in batches so the cache
/// misses of many lookups overlap (see ``ChunkState/resolvePending()``).
struct PendingKey {
  var p: UnsafePointer<UInt8>
  var n: Int
  var hash: UInt64
  /// Warmed slot and entry header (kept so the loads are not optimised away).
  var slot: UInt64 = 0
  var header: UInt64 = 0
  var cell: Int32
  /// The value equals the previous pending value of the same cell.
  var sameAsPrevious: Bool
  var row: Int
  /// Where the field is, for an issue: its first byte, line and line start.
  var at: Int
  var line: Int
  var lineStart: Int

  var field: FieldRef { FieldRef(start: at, end: at, rawStart: at, line: line, lineStart: lineStart, flags: 0) }
}

/// The working memory of one thread parsing part of a file. Buffers are raw
/// pointers so the per-row loop does no reference counting or exclusivity checks.
struct ChunkState {
  static let batch = 512

  let source: SourceBytes
  let base: UnsafePointer<UInt8>
  let plan: TablePlan
  let ncols: Int
  let headerFields: Int
  let cells: UnsafeMutablePointer<CellPlan>
  /// For each header field, the cell it feeds, or -1.
  let fieldCell: UnsafeMutablePointer<Int>
  let seeds: UnsafeMutablePointer<ByteInterner>
  let builders: UnsafeMutablePointer<ColumnBuilder>
  let dictionaries: UnsafeMutablePointer<ByteInterner>
  let last: UnsafeMutablePointer<LastValue>
  /// Where each cell's field was in the current row (cells with `keepLocation`).
  let locations: UnsafeMutablePointer<FieldRef>
  let numbers: NumberParser
  let dates: DateParser
  /// Whether any row check applies (date order, dates after the reporting date).
  let hasRowChecks: Bool
  var scratch = RawVec<UInt8>(capacity: 256)
  var pending = RawVec<PendingKey>(capacity: ChunkState.batch + 8)
  var sink = IssueSink()
  var rows = 0
  var keyLines = RawVec<Int32>()
  var keyAt = RawVec<Int>()
  var keyLineStart = RawVec<Int>()
  /// Where the field being parsed starts (its first byte, line and line start),
  /// for issues; kept apart from the hot path's registers.
  var fieldAt = 0
  var fieldLine = 0
  var fieldLineStart = 0
  /// Cells checked against the reporting date, and (start, end) date pairs.
  let afterCells: UnsafeMutableBufferPointer<Int>
  let datePairs: UnsafeMutableBufferPointer<(start: Int, end: Int)>

  init(_ source: SourceBytes, _ plan: TablePlan, expectedRows: Int) {
    self.source = source
    self.base = source.base
    self.plan = plan
    ncols = plan.cells.count
    headerFields = plan.headerFieldCount
    cells = .allocate(capacity: Swift.max(1, ncols))
    cells.initialize(from: plan.cells, count: ncols)
    fieldCell = .allocate(capacity: Swift.max(1, headerFields))
    fieldCell.initialize(repeating: -1, count: headerFields)
    for (k, c) in plan.cells.enumerated() where c.field < headerFields { fieldCell[c.field] = k }
    seeds = .allocate(capacity: Swift.max(1, plan.seeds.count))
    seeds.initialize(from: plan.seeds.map(\.keys), count: plan.seeds.count)
    builders = .allocate(capacity: Swift.max(1, ncols))
    dictionaries = .allocate(capacity: Swift.max(1, ncols))
    last = .allocate(capacity: Swift.max(1, ncols))
    locations = .allocate(capacity: Swift.max(1, ncols))
    let origin = FieldRef(start: 0, end: 0, rawStart: 0, line: 0, lineStart: 0, flags: 0)
    for k in 0..<ncols {
      let kind: ColumnBuilder.Kind
      switch plan.cells[k].kind {
      case .money, .integer: kind = .int64
      case .real: kind = .double
      case .date: kind = .day
      case .bool: kind = .bool
      case .enumeration, .dictionary: kind = .codes
      case .text: kind = .text
      }
      (builders + k).initialize(to: ColumnBuilder(kind, expectedRows: expectedRows))
      (dictionaries + k).initialize(to: ByteInterner(expected: plan.cells[k].kind == .dictionary ? 64 : 1))
      (last + k).initialize(to: LastValue())
      (locations + k).initialize(to: origin)
    }
    numbers = plan.numbers
    dates = DateParser(style: plan.format.dates)
    let after = plan.cells.indices.filter { plan.cells[$0].notAfterReporting }
    afterCells = .allocate(capacity: after.count)
    _ = afterCells.initialize(from: after)
    datePairs = .allocate(capacity: plan.dateOrder.count)
    _ = datePairs.initialize(from: plan.dateOrder)
    hasRowChecks = !datePairs.isEmpty || !afterCells.isEmpty
    if plan.keyCell != nil {
      keyLines.reserve(expectedRows)
      keyAt.reserve(expectedRows)
      keyLineStart.reserve(expectedRows)
    }
  }

  /// Moves the built columns out; the state keeps only memory it frees itself.
  mutating func result(start: Int, stop: Int, newlines: Int) -> ChunkResult {
    var r = ChunkResult(
      builders: (0..<ncols).map { builders[$0] }, dictionaries: (0..<ncols).map { dictionaries[$0] },
      sink: sink, start: start, stop: stop)
    r.rows = rows
    r.newlines = newlines
    r.keyLines = keyLines
    r.keyAt = keyAt
    r.keyLineStart = keyLineStart
    for k in 0..<ncols {
      builders[k] = ColumnBuilder(.bool, expectedRows: 0)
      dictionaries[k] = ByteInterner(expected: 1)
    }
    keyLines = RawVec()
    keyAt = RawVec()
    keyLineStart = RawVec()
    return r
  }

  /// Frees the working memory (not what ``result(start:stop:newlines:)`` handed out).
  mutating func deallocate() {
    for k in 0..<ncols {
      builders[k].free()
      dictionaries[k].free()
    }
    keyLines.free()
    keyAt.free()
    keyLineStart.free()
    scratch.free()
    pending.free()
    cells.deallocate()
    fieldCell.deallocate()
    seeds.deallocate()
    builders.deallocate()
    dictionaries.deallocate()
    last.deallocate()
    locations.deallocate()
    afterCells.deallocate()
    datePairs.deallocate()
  }

  /// The location of the field being parsed, with content `lo..<hi`.
  func here(_ lo: Int, _ hi: Int, _ flags: UInt8) -> FieldRef {
    FieldRef(start: lo, end: hi, rawStart: fieldAt, line: fieldLine, lineStart: fieldLineStart, flags: flags)
  }

  /// Records an issue about the field `f` (or the byte `at` on its line).
  /// Never inlined: it keeps the issue sink's bookkeeping out of the hot loop.
  @inline(never)
  mutating func report(
    _ kind: IssueKind, _ f: FieldRef, at: Int, column: String?, found: String?, _ text: (Text, Text?),
    skipped: Bool
  ) {
    let buffer = source.buffer
    let file = plan.file
    sink.report(kind, rowSkipped: skipped) {
      let (col, excerpt) = Excerpt.locate(buffer, lineStart: f.lineStart, at: at)
      return DataIssue(
        kind, file: file, line: f.line, column: col, field: column, found: found, message: text.0,
        expected: text.1, excerpt: excerpt, rowSkipped: skipped)
    }
  }
}

/// The working memory of one thread parsing part of a file. Buffers are raw
/// pointers so the per-row loop does no reference counting or exclusivity checks.
struct ChunkState {
  let source: SourceBytes
  let base: UnsafePointer<UInt8>
  let plan: TablePlan
  let ncols: Int
  let cells: UnsafeMutablePointer<CellPlan>
  let seeds: UnsafeMutablePointer<ByteInterner>
  let builders: UnsafeMutablePointer<ColumnBuilder>
  let dictionaries: UnsafeMutablePointer<ByteInterner>
  let last: UnsafeMutablePointer<LastValue>
  let slots: UnsafeMutablePointer<Slot>
  let numbers: NumberParser
  let dates: DateParser
  var fields = RawVec<FieldRef>(capacity: 32)
  var scratch = RawVec<UInt8>(capacity: 256)
  var sink = IssueSink()
  var rows = 0
  var keyLines = RawVec<Int32>()
  var keyAt = RawVec<Int>()
  var keyLineStart = RawVec<Int>()

  init(_ source: SourceBytes, _ plan: TablePlan, expectedRows: Int) {
    self.source = source
    self.base = source.base
    self.plan = plan
    ncols = plan.cells.count
    cells = .allocate(capacity: Swift.max(1, ncols))
    cells.initialize(from: plan.cells, count: ncols)
    seeds = .allocate(capacity: Swift.max(1, plan.seeds.count))
    seeds.initialize(from: plan.seeds.map(\.keys), count: plan.seeds.count)
    builders = .allocate(capacity: Swift.max(1, ncols))
    dictionaries = .allocate(capacity: Swift.max(1, ncols))
    last = .allocate(capacity: Swift.max(1, ncols))
    slots = .allocate(capacity: Swift.max(1, ncols))
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
      (slots + k).initialize(to: Slot())
    }
    numbers = plan.numbers
    dates = DateParser(style: plan.format.dates)
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
    fields.free()
    scratch.free()
    cells.deallocate()
    seeds.deallocate()
    builders.deallocate()
    dictionaries.deallocate()
    last.deallocate()
    slots.deallocate()
  }

  /// Records an issue about the field `f` (or the byte `at` on its line).
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

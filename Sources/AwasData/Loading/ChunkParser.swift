/// What one thread produced from its part of a file.
struct ChunkResult {
  var builders: [ColumnBuilder]
  /// Per column: values interned locally (dictionary columns; for foreign
  /// keys only the values the referenced table lacks).
  var dictionaries: [ByteInterner]
  var sink: IssueSink
  /// Rows in the builders (including dropped ones).
  var rows = 0
  /// Where the part began and where its last record ended.
  var start: Int
  var stop: Int
  /// Newlines between `start` and `stop`.
  var newlines = 0
  /// Rows to leave out (a bad required value), by row index in this part.
  var dropped = RawVec<Int32>()
  /// For tables with a primary key, per row: the key cell's first byte, the
  /// row's first byte and its line (relative to `start`).
  var keyAt = RawVec<Int>()
  var keyRowStart = RawVec<Int>()
  var keyRowLine = RawVec<Int32>()
  /// The first byte in `[start, limit)` that is not valid UTF-8.
  var firstInvalid: Int? = nil

  mutating func free() {
    for i in builders.indices { builders[i].free() }
    for i in dictionaries.indices { dictionaries[i].free() }
    dropped.free()
    keyAt.free()
    keyRowStart.free()
    keyRowLine.free()
  }
}

/// Parses the records that start in `[start, limit)` of `source` into typed column parts.
///
/// Pure apart from the progress meter: it reads `source` and `plan` and returns
/// a value, so several run at once on different parts of one file.
func parseChunk(
  _ source: SourceBytes, _ plan: TablePlan, start: Int, limit: Int, expectedRows: Int, arrayBacked: Bool = false,
  region: PartRegion? = nil, split: PartSplit? = nil, checkpoint: Int = 4 << 20, progress: ProgressMeter?
) -> ChunkResult {
  var state = BlockState(source, plan, expectedRows: expectedRows, arrayBacked: arrayBacked, region: region)
  defer { state.deallocate() }
  var scanner = RecordScanner(source.base, start: start, end: source.count, delimiter: plan.format.delimiter)
  let step = Swift.max(1, checkpoint)
  var checkpoint = start + step
  var reported = start
  var dropped = start
  // UTF-8 is checked a window ahead of the parse, so each page is read while it is resident.
  var validated = start
  var firstInvalid: Int? = nil
  func validate(upTo target: Int) {
    guard firstInvalid == nil, validated < limit else { return }
    // Not past where the part now ends (its tail may have been taken over).
    var end = Swift.min(split?.limit ?? limit, target)
    // The part may end below what was checked ahead (its tail was taken over).
    guard end > validated else { return }
    while end < limit && source.base[end] & 0xC0 == 0x80 { end += 1 }
    source.mapIn(validated..<end)
    firstInvalid = TextEncoding.firstInvalidUTF8(source.buffer, validated..<end)
    validated = end
  }
  validate(upTo: start + 2 * step)
  // With a split, the part's end moves: records start only below what it has claimed.
  var end = split?.claim(from: start) ?? limit
  while true {
    if scanner.pos >= end {
      guard let split else { break }
      let next = split.claim(from: scanner.pos)
      if next <= scanner.pos { break }
      end = next
    }
    let recordStart = scanner.pos
    if scanner.skipBlank() { continue }
    state.scan(&scanner)
    if state.n == BlockState.blockRows { state.flush() }
    if scanner.pos >= checkpoint {
      // The memory of the columns' next two steps is mapped in ahead, in
      // one call per column.
      state.prefault(rows: (state.rows + state.n) * (2 * step) / Swift.max(1, scanner.pos - start))
      progress?.advance(scanner.pos - reported)
      reported = scanner.pos
      checkpoint = scanner.pos + step
      validate(upTo: scanner.pos + 2 * step)
      // Pages well behind the current record will not be read again (except
      // to quote a line in a later issue, which maps them back in).
      let keep = recordStart - (1 << 20)
      if keep > dropped {
        source.dropPages(dropped..<keep)
        dropped = keep
      }
    }
  }
  state.flush()
  progress?.advance(scanner.pos - reported)
  validate(upTo: split?.limit ?? limit)
  var result = state.result(start: start, stop: scanner.pos, newlines: scanner.line)
  result.firstInvalid = firstInvalid
  return result
}

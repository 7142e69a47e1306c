/// The working memory of one thread parsing part of a file, a block of records at a time.
///
/// Pass 1 (``scan(_:)``) finds the fields of up to ``blockRows`` records and
/// notes where each column's cell is; pass 2 (``flush()``) then reads each
/// column of the block in one tight loop of its own type. Buffers are raw
/// pointers so the loops do no reference counting or exclusivity checks.
struct BlockState {
  static let blockRows = 1024
  /// Slots per column in the cell arrays: a little more than a block, so the
  /// columns' slots of one row do not all fall in the same cache set (at
  /// exactly 1,024 they lie 8 KB apart, and the scan's stores to the columns
  /// of a row evicted each other).
  static let cellStride = blockRows + 8
  /// Rows whose foreign keys are looked up together: few enough that the
  /// pages their lookups touch stay in the address-translation cache.
  static let keyGroup = 128

  let source: SourceBytes
  let base: UnsafePointer<UInt8>
  let plan: TablePlan
  let ncols: Int
  let headerFields: Int
  let cells: UnsafeMutablePointer<CellPlan>
  /// For each header field, the cell it feeds, or -1.
  let fieldCell: UnsafeMutablePointer<Int>
  /// Per seed, its hash table; nil while its sorted keys are used instead.
  let seeds: UnsafeMutablePointer<ByteInterner?>
  /// Per seed, its sorted keys (see ``InternerBox``), and how this part's
  /// lookups in them went.
  let sortedSeeds: UnsafeMutablePointer<SortedKeys?>
  let seedCursors: UnsafeMutablePointer<SortedCursor>
  let builders: UnsafeMutablePointer<ColumnBuilder>
  let dictionaries: UnsafeMutablePointer<ByteInterner>
  let numbers: NumberParser
  let dates: DateParser
  let structural: StructuralMask
  /// Cells in the order pass 2 reads them: foreign keys last, once the rows skipped are known.
  let order: [Int]
  let afterCells: [Int]
  let datePairs: [(start: Int, end: Int)]

  // The block: per cell (`k * cellStride + r`) the content range and field flags…
  let cellStart: UnsafeMutablePointer<Int>
  let cellEnd: UnsafeMutablePointer<Int>
  let cellFlags: UnsafeMutablePointer<UInt8>
  // …per row its first byte and line (relative to the chunk), and whether it is skipped.
  let rowStart: UnsafeMutablePointer<Int>
  let rowLine: UnsafeMutablePointer<Int>
  let skip: UnsafeMutablePointer<Bool>
  let hashes: UnsafeMutablePointer<UInt64>
  let warm: UnsafeMutablePointer<UInt64>
  /// Rows in the block.
  var n = 0
  var anySkip = false
  /// Kept issues of this block and their rows, to mark them when the row is skipped.
  var issueRows = RawVec<IssueRow>()

  var scratch = RawVec<UInt8>(capacity: 256)
  var sink = IssueSink()
  /// Rows appended so far by earlier blocks.
  var rows = 0
  /// Rows appended but dropped (a bad required value), by chunk row index.
  var dropped = RawVec<Int32>()
  /// Primary-key tables: per row, the key cell's first byte, the row's first byte and line.
  var keyAt = RawVec<Int>()
  var keyRowStart = RawVec<Int>()
  var keyRowLine = RawVec<Int32>()

  /// - Parameter arrayBacked: Build the columns in their final arrays (the
  ///   first part of a file; `expectedRows` then counts the whole file's rows).
  /// - Parameter region: The columns' shared final arrays (fixed-width
  ///   columns of a file read in two parts), where this part writes from
  ///   `offset` with room for `capacity` rows; the first part owns them.
  init(
    _ source: SourceBytes, _ plan: TablePlan, expectedRows: Int, arrayBacked: Bool = false,
    region: PartRegion? = nil
  ) {
    self.source = source
    self.base = source.base
    self.plan = plan
    ncols = plan.cells.count
    headerFields = plan.headerFieldCount
    let b = BlockState.blockRows
    cells = .allocate(capacity: Swift.max(1, ncols))
    cells.initialize(from: plan.cells, count: ncols)
    fieldCell = .allocate(capacity: Swift.max(1, headerFields))
    fieldCell.initialize(repeating: -1, count: headerFields)
    for (k, c) in plan.cells.enumerated() where c.field < headerFields { fieldCell[c.field] = k }
    let sorted = plan.seeds.map { SortedKeys($0.box) }
    seeds = .allocate(capacity: Swift.max(1, plan.seeds.count))
    seeds.initialize(from: plan.seeds.indices.map { sorted[$0] == nil ? plan.seeds[$0].box.table : nil }, count: plan.seeds.count)
    sortedSeeds = .allocate(capacity: Swift.max(1, plan.seeds.count))
    sortedSeeds.initialize(from: sorted, count: plan.seeds.count)
    seedCursors = .allocate(capacity: Swift.max(1, plan.seeds.count))
    seedCursors.initialize(repeating: SortedCursor(), count: plan.seeds.count)
    builders = .allocate(capacity: Swift.max(1, ncols))
    dictionaries = .allocate(capacity: Swift.max(1, ncols))
    for k in 0..<ncols {
      let kind = BlockState.builderKind(plan.cells[k].kind)
      if let region, let r = region.columns[k] {
        (builders + k).initialize(
          to: ColumnBuilder(kind, region: r, offset: region.offset, capacity: region.capacity, owning: region.owning))
      } else if let region, let t = region.text[k] {
        (builders + k).initialize(
          to: ColumnBuilder(
            textRegion: t.storage, byteOffset: region.owning ? 0 : t.room,
            byteCapacity: region.owning ? t.room : t.storage.array.count - t.room,
            rows: region.owning ? expectedRows : region.capacity, owning: region.owning))
      } else {
        (builders + k).initialize(to: ColumnBuilder(kind, expectedRows: expectedRows, arrayBacked: arrayBacked))
      }
      (dictionaries + k).initialize(to: ByteInterner(expected: plan.cells[k].kind == .dictionary ? 64 : 1))
    }
    numbers = plan.numbers
    dates = DateParser(style: plan.format.dates)
    structural = StructuralMask(delimiter: plan.format.delimiter)
    order = plan.cells.indices.filter { plan.cells[$0].seedIndex < 0 } + plan.cells.indices.filter { plan.cells[$0].seedIndex >= 0 }
    afterCells = plan.cells.indices.filter { plan.cells[$0].notAfterReporting }
    datePairs = plan.dateOrder
    cellStart = .allocate(capacity: Swift.max(1, ncols) * BlockState.cellStride)
    cellEnd = .allocate(capacity: Swift.max(1, ncols) * BlockState.cellStride)
    cellFlags = .allocate(capacity: Swift.max(1, ncols) * BlockState.cellStride)
    rowStart = .allocate(capacity: b)
    rowLine = .allocate(capacity: b)
    skip = .allocate(capacity: b)
    skip.initialize(repeating: false, count: b)
    hashes = .allocate(capacity: b)
    warm = .allocate(capacity: b)
    if plan.keyCell != nil {
      keyAt.reserve(expectedRows)
      keyRowStart.reserve(expectedRows)
      keyRowLine.reserve(expectedRows)
    }
  }

  /// Maps in the memory that about the next `rows` rows will fill.
  mutating func prefault(rows: Int) {
    for k in 0..<ncols { builders[k].prefault(rows: rows) }
    if plan.keyCell != nil {
      keyAt.prefault(ahead: rows)
      keyRowStart.prefault(ahead: rows)
      keyRowLine.prefault(ahead: rows)
    }
  }

  /// Moves the built columns out; the state keeps only memory it frees itself.
  mutating func result(start: Int, stop: Int, newlines: Int) -> ChunkResult {
    var r = ChunkResult(
      builders: (0..<ncols).map { builders[$0] }, dictionaries: (0..<ncols).map { dictionaries[$0] },
      sink: sink, start: start, stop: stop)
    r.rows = rows
    r.newlines = newlines
    r.dropped = dropped
    r.keyAt = keyAt
    r.keyRowStart = keyRowStart
    r.keyRowLine = keyRowLine
    for k in 0..<ncols {
      builders[k] = ColumnBuilder(.bool, expectedRows: 0)
      dictionaries[k] = ByteInterner(expected: 1)
    }
    dropped = RawVec()
    keyAt = RawVec()
    keyRowStart = RawVec()
    keyRowLine = RawVec()
    return r
  }

  /// Frees the working memory (not what ``result(start:stop:newlines:)`` handed out).
  mutating func deallocate() {
    for k in 0..<ncols {
      builders[k].free()
      dictionaries[k].free()
    }
    dropped.free()
    keyAt.free()
    keyRowStart.free()
    keyRowLine.free()
    scratch.free()
    issueRows.free()
    cells.deallocate()
    fieldCell.deallocate()
    seeds.deallocate()
    sortedSeeds.deallocate()
    seedCursors.deallocate()
    builders.deallocate()
    dictionaries.deallocate()
    cellStart.deallocate()
    cellEnd.deallocate()
    cellFlags.deallocate()
    rowStart.deallocate()
    rowLine.deallocate()
    skip.deallocate()
    hashes.deallocate()
    warm.deallocate()
  }
}

extension BlockState {
  /// The builder a planned cell fills.
  static func builderKind(_ kind: CellKind) -> ColumnBuilder.Kind {
    switch kind {
    case .money, .integer: return .int64
    case .real: return .double
    case .date: return .day
    case .bool: return .bool
    case .enumeration, .dictionary: return .codes
    case .text: return .text
    }
  }
}

/// Where one part of a file writes its columns: fixed-width values into the
/// shared final arrays (`columns`, nil for text) from `offset`, with room for
/// `capacity` rows; text bytes into the shared byte arrays (`text`, nil where
/// not shared), the first part from 0 and the second after the first's room.
struct PartRegion {
  var columns: [ColumnRegion?]
  var offset: Int
  var capacity: Int
  var text: [TextRegion?]
  var owning: Bool
}

/// The byte array of one text column shared by the two parts of a file, and
/// the room the first part has in it.
struct TextRegion {
  var storage: ArrayStorage<UInt8>
  var room: Int
}

import Dispatch

/// The parts of a file as the threads parsed them, in file order.
struct ParsedParts {
  var parts: [ChunkResult]
  /// The 1-based physical line on which each part starts.
  var firstLines: [Int]
  /// The first row of each part in the whole table, plus the total at the end.
  var rowBase: [Int]
}

extension TableLoader {
  /// Parses the data rows of `source`, split across threads when it is large.
  ///
  /// Parts are split at a newline after each `length / n` mark. A part whose
  /// start turns out to lie inside a record of the part before (a quoted field
  /// spanning the split) is parsed again from where that record ended, so the
  /// result is always that of one sequential pass.
  static func parse(
    _ source: SourceBytes, _ plan: TablePlan, header: HeaderReader.Header, context: LoadContext,
    sink: inout IssueSink
  ) -> ParsedParts {
    let dataStart = header.dataStart
    let length = source.count - dataStart
    let threads = length >= context.options.parallelBytes ? Swift.max(1, context.options.threads) : 1
    var starts = [dataStart]
    for i in 1..<Swift.max(1, threads) {
      let target = dataStart + length / threads * i
      guard let nl = memchrPointer(source.base + target, Bytes.newline, source.count - target) else { break }
      let s = nl - source.base + 1
      if s > starts[starts.count - 1] && s < source.count { starts.append(s) }
    }
    let bounds = starts
    let limits = Array(starts.dropFirst()) + [source.count]
    let perRecord = Swift.max(1, header.bytesPerRecord)
    /// Room for the records of `bytes` bytes of the file, with a margin.
    @Sendable func expectedRows(_ bytes: Int) -> Int { Swift.max(0, bytes) / perRecord * 11 / 10 + 16 }
    let own = (0..<starts.count).map { expectedRows(limits[$0] - starts[$0]) }
    // The first part builds its columns in their final arrays, so it reserves
    // room for every row of the file; the other parts are appended to it.
    var estimate = own
    estimate[0] = own.reduce(0, +)
    let expected = estimate
    // With two parts, each fixed-width column is one array from the start:
    // the first part writes at 0, the second after the first part's room, and
    // joining them moves the second part down (no copy of the first, no second
    // buffer). A part that outgrows its room moves to memory of its own.
    var regions: [PartRegion?] = Array(repeating: nil, count: starts.count)
    // Text bytes work alike: the first part's room is estimated from a sample
    // of its records, the second part's is its length in the file (a cell is
    // never longer than its field).
    if starts.count == 2 {
      let columns = plan.cells.map { ColumnRegion(BlockState.builderKind($0.kind), capacity: own[0] + own[1]) }
      let span1 = limits[1] - starts[1]
      let shares = TextShare.sample(source, plan, from: starts[0], limit: limits[0])
      let rooms = shares.map { TextShare.room(span: limits[0] - starts[0], share: $0) }
      let text = plan.cells.indices.map { k -> TextRegion? in
        guard shares[k] > 0, rooms[k] + span1 < Int(UInt32.max) else { return nil }
        return TextRegion(storage: ColumnRegion.textBytes(rooms[k] + span1), room: rooms[k])
      }
      regions[0] = PartRegion(columns: columns, offset: 0, capacity: own[0], text: text, owning: true)
      regions[1] = PartRegion(columns: columns, offset: own[0], capacity: own[1], text: text, owning: false)
    }
    let results = UnsafeMutableBufferPointer<ChunkResult?>.allocate(capacity: starts.count)
    results.initialize(repeating: nil)
    defer {
      results.deinitialize()
      results.deallocate()
    }
    let progress = context.progress
    let options = context.options
    // Two parts: each claims its bytes as it goes, and the thread that finishes
    // its own part first takes over the tail of the other.
    let splits: [PartSplit?] =
      starts.count == 2 && options.stealBytes < Int.max
      ? (0..<2).map {
        PartSplit(source, start: starts[$0], end: limits[$0], window: options.claimBytes, minimum: options.stealBytes)
      }
      : Array(repeating: nil, count: starts.count)
    // taken[j]: the parts taken over from the tail of part j.
    let taken = starts.indices.map { _ in TakenParts() }
    if starts.count == 1 {
      results[0] = parseChunk(
        source, plan, start: starts[0], limit: limits[0], expectedRows: expected[0], arrayBacked: true,
        checkpoint: options.checkpointBytes, progress: progress)
    } else {
      // Safe to share: each iteration writes only its own slot of `slots`,
      // which is read after concurrentPerform has returned, and only the
      // other part's thread writes `taken[j]`. (`plan` is only read; its
      // seeds build their hash tables under a lock.)
      nonisolated(unsafe) let slots = results
      // Each part writes only its own region of the shared arrays.
      nonisolated(unsafe) let regions = regions
      let run: @Sendable (Int) -> Void = { i in
        slots[i] = parseChunk(
          source, plan, start: bounds[i], limit: limits[i], expectedRows: expected[i], arrayBacked: i == 0,
          region: regions[i], split: splits[i], checkpoint: options.checkpointBytes, progress: progress)
        guard splits.count == 2, let other = splits[1 - i] else { return }
        while let range = other.steal() {
          let part = parseChunk(
            source, plan, start: range.lowerBound, limit: range.upperBound,
            expectedRows: expectedRows(range.count), checkpoint: options.checkpointBytes, progress: progress)
          taken[1 - i].parts.append((part, range.upperBound))
          options.taken?.add()
        }
      }
      switch options.partOrder {
      case .concurrent: DispatchQueue.concurrentPerform(iterations: bounds.count, execute: run)
      case .lastFirst: for i in bounds.indices.reversed() { run(i) }
      case .firstFirst: for i in bounds.indices { run(i) }
      }
    }
    // In file order, each with the end of its bytes: every part (which may
    // have ended early), followed by the parts taken from its tail.
    var ordered: [(ChunkResult, Int)] = []
    for i in 0..<starts.count {
      guard let r = results[i] else { continue }
      ordered.append((r, splits[i]?.limit ?? limits[i]))
      ordered += taken[i].parts.sorted { $0.0.start < $1.0.start }
    }
    var parts: [ChunkResult] = []
    for (result, limit) in ordered {
      var r = result
      if let prev = parts.last, r.start != prev.stop {
        let invalid = r.firstInvalid
        r.free()
        r = parseChunk(
          source, plan, start: prev.stop, limit: Swift.max(prev.stop, limit),
          expectedRows: expectedRows(limit - prev.stop), checkpoint: options.checkpointBytes,
          progress: nil)
        r.firstInvalid = invalid
      }
      parts.append(r)
    }
    var firstLines = [1 + header.newlinesBefore]
    var rowBase = [0]
    for p in parts {
      firstLines.append(firstLines[firstLines.count - 1] + p.newlines)
      rowBase.append(rowBase[rowBase.count - 1] + p.rows)
    }
    for (i, p) in parts.enumerated() { sink.absorb(p.sink, lineOffset: firstLines[i]) }
    if sink.count(.invalidUTF8) == 0, let bad = parts.compactMap(\.firstInvalid).min() {
      let i = parts.lastIndex { $0.start <= bad } ?? 0
      report(invalidUTF8: bad, source, from: parts[i].start, lineBase: firstLines[i], file: plan.file, sink: &sink)
    }
    return ParsedParts(parts: parts, firstLines: Array(firstLines.prefix(parts.count)), rowBase: rowBase)
  }
}

/// The parts taken over from one part's tail, with the end of each one's
/// bytes; written by the other part's thread only, read after it has finished.
private final class TakenParts: @unchecked Sendable {
  var parts: [(ChunkResult, Int)] = []
}

/// How much of a file's bytes each text cell takes, from a sample of its first
/// records, so the first of two parts can reserve about the right room for a
/// text column in the shared byte array (``TableLoader/parse(_:_:header:context:sink:)``).
enum TextShare {
  /// Records read for the estimate.
  static let sampleRecords = 2_000

  /// Per cell of `plan`: the share of the sampled bytes its field's content
  /// took (0 for cells that are not text, or when nothing could be sampled).
  static func sample(_ source: SourceBytes, _ plan: TablePlan, from start: Int, limit: Int) -> [Double] {
    var shares = [Double](repeating: 0, count: plan.cells.count)
    var fieldBytes = [Int](repeating: 0, count: plan.headerFieldCount)
    var scanner = RecordScanner(source.base, start: start, end: limit, delimiter: plan.format.delimiter)
    var fields = RawVec<FieldRef>()
    defer { fields.free() }
    var records = 0
    while records < sampleRecords {
      guard case .record = scanner.next(into: &fields) else { break }
      for i in 0..<Swift.min(fields.count, fieldBytes.count) { fieldBytes[i] += fields[i].end - fields[i].start }
      records += 1
    }
    let sampled = scanner.pos - start
    guard sampled > 0 else { return shares }
    for (k, c) in plan.cells.enumerated() where BlockState.builderKind(c.kind) == .text && c.field < fieldBytes.count {
      shares[k] = Double(fieldBytes[c.field]) / Double(sampled)
    }
    return shares
  }

  /// Room for a part of `span` bytes whose text cell takes `share` of them:
  /// the estimate with a margin. A part that outgrows it moves to memory of its own.
  static func room(span: Int, share: Double) -> Int {
    Int(Double(span) * share * 1.03) + 64 << 10
  }
}

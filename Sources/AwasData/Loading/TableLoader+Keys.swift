extension TableLoader {
  /// Removes rows whose primary key repeats an earlier row's (reporting each),
  /// and returns the keys of the rows kept: code `i` is kept row `i`.
  static func deduplicate(
    _ table: Table, key: String, _ parsed: ParsedParts, origin: ContiguousArray<Int32>?, source: SourceBytes,
    file: String, sink: inout IssueSink
  ) -> (Table, InternerBox?) {
    guard let column = table.column(key), case .text(let strings) = column.storage else { return (table, nil) }
    // Keys in strictly increasing order cannot repeat: no table to build here.
    if strings.count > 0, column.nulls?.isEmpty ?? true, KeyIndex.isStrictlyIncreasing(strings) {
      return (table, InternerBox(sorted: strings))
    }
    var keys = ByteInterner(expected: table.rowCount)
    var kept = ContiguousArray<Int32>()
    kept.reserveCapacity(table.rowCount)
    var part = 0
    /// Where the key of table row `row` is in the file.
    func location(_ row: Int) -> (line: Int, at: Int, lineStart: Int) {
      let original = origin.map { Int($0[row]) } ?? row
      while part + 1 < parsed.parts.count && original >= parsed.rowBase[part + 1] { part += 1 }
      while part > 0 && original < parsed.rowBase[part] { part -= 1 }
      let local = original - parsed.rowBase[part]
      let p = parsed.parts[part]
      let at = p.keyAt[local]
      var line = parsed.firstLines[part] + Int(p.keyRowLine[local])
      var lineStart = p.keyRowStart[local]
      var i = lineStart
      while i < at, let nl = memchrPointer(source.base + i, Bytes.newline, at - i) {
        line += 1
        i = nl - source.base + 1
        lineStart = i
      }
      return (line, at, lineStart)
    }
    // Keys are hashed and their slots loaded a batch ahead, so cache misses overlap.
    let batch = 256
    var hashes = [UInt64](repeating: 0, count: batch)
    var warm: UInt64 = 0
    var zero: UInt8 = 0
    for r in 0..<table.rowCount {
      if r % batch == 0 {
        for j in 0..<Swift.min(batch, table.rowCount - r) {
          hashes[j] = strings.withBytes(r + j) { b in b.count > 0 ? Bytes.hash(b.baseAddress.unsafelyUnwrapped, b.count) : Bytes.hash(&zero, 0) }
          warm ^= keys.touch(hash: hashes[j])
        }
      }
      let h = hashes[r % batch]
      let (code, isNew) = strings.withBytes(r) { b -> (Int32, Bool) in
        let p = b.count > 0 ? b.baseAddress.unsafelyUnwrapped : withUnsafePointer(to: &zero) { $0 }
        let found = keys.find(p, b.count, hash: h)
        return found >= 0 ? (found, false) : (keys.insertNew(p, b.count, hash: h), true)
      }
      if isNew {
        kept.append(Int32(r))
        continue
      }
      let first = location(Int(kept[Int(code)])).line
      let here = location(r)
      let found = strings[r]
      sink.report(.duplicateKey, rowSkipped: true) {
        let (col, excerpt) = Excerpt.locate(source.buffer, lineStart: here.lineStart, at: here.at)
        let t = IssueText.duplicateKey(key, found, firstLine: first)
        return DataIssue(
          .duplicateKey, file: file, line: here.line, column: col, field: key, found: found, message: t.0,
          expected: t.1, excerpt: excerpt, rowSkipped: true)
      }
    }
    if warm == 1 { kept.reserveCapacity(kept.count) }  // keeps the warming loads alive
    let result = kept.count == table.rowCount ? table : table.gather(kept)
    return (result, InternerBox(keys))
  }
}

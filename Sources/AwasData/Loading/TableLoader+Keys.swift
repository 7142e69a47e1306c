extension TableLoader {
  /// Removes rows whose primary key repeats an earlier row's (reporting each),
  /// and returns the keys of the rows kept: code `i` is kept row `i`.
  static func deduplicate(
    _ table: Table, key: String, _ parsed: ParsedParts, source: SourceBytes, file: String,
    sink: inout IssueSink
  ) -> (Table, InternerBox?) {
    guard let column = table.column(key), case .text(let strings) = column.storage else { return (table, nil) }
    var keys = ByteInterner(expected: table.rowCount)
    var kept = ContiguousArray<Int32>()
    kept.reserveCapacity(table.rowCount)
    var part = 0
    func location(_ row: Int) -> (line: Int, at: Int, lineStart: Int) {
      while part + 1 < parsed.parts.count && row >= parsed.rowBase[part + 1] { part += 1 }
      while part > 0 && row < parsed.rowBase[part] { part -= 1 }
      let local = row - parsed.rowBase[part]
      let p = parsed.parts[part]
      return (parsed.firstLines[part] + Int(p.keyLines[local]), p.keyAt[local], p.keyLineStart[local])
    }
    for r in 0..<table.rowCount {
      let (code, isNew) = strings.withBytes(r) { b in
        keys.intern(b.baseAddress ?? UnsafePointer(bitPattern: 1).unsafelyUnwrapped, b.count)
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
    let result = kept.count == table.rowCount ? table : table.gather(kept)
    return (result, InternerBox(keys))
  }
}

/// Finds the header row of a CSV file and what follows it.
enum HeaderReader {
  struct Header {
    /// Header fields as found (positions in the file; `line` is 0-based).
    var fields: [FieldRef]
    /// Header names, normalised with ``HeaderReader/key(_:)``.
    var keys: [String]
    /// Where the data rows begin, and the newlines before that point.
    var dataStart: Int
    var newlinesBefore: Int
    /// Non-blank lines skipped above the header (a title block), and the header's 1-based line.
    var rowsBefore: Int
    var headerLine: Int
    /// Average bytes per data record, from a sample (for sizing buffers).
    var bytesPerRecord: Int
  }

  enum Outcome {
    case header(Header)
    case empty
    /// The header is one field that splits on another delimiter into known names.
    case wrongDelimiter(UInt8)
  }

  /// Looks at the first records from `start`: the header is the first one that
  /// names at least two of the table's columns (or, failing that, the first).
  static func read(_ source: SourceBytes, start: Int, delimiter: UInt8, schema: TableSchema) -> Outcome {
    var scanner = RecordScanner(source.base, start: start, end: source.count, delimiter: delimiter)
    var fields = RawVec<FieldRef>(capacity: 32)
    defer { fields.free() }
    let known = Set(schema.columns.map(\.name))
    let wanted = Swift.min(2, known.count)
    var first: (fields: [FieldRef], end: Int, newlines: Int)? = nil
    var chosen: (fields: [FieldRef], end: Int, newlines: Int, skipped: Int)? = nil
    var nonBlank = 0
    while nonBlank < 10 {
      let outcome = scanner.next(into: &fields)
      if case .endOfInput = outcome { break }
      if case .unclosedQuote(let f) = outcome {
        scanner.skipLine(after: f)
        nonBlank += 1
        continue
      }
      if RecordScanner.isBlank(fields, source.base) { continue }
      let refs = Array(fields.buffer)
      if first == nil { first = (refs, scanner.pos, scanner.line) }
      let matches = refs.reduce(0) { $0 + (known.contains(key(text(source, $1))) ? 1 : 0) }
      if matches >= wanted && wanted > 0 {
        chosen = (refs, scanner.pos, scanner.line, nonBlank)
        break
      }
      nonBlank += 1
    }
    guard let first else { return .empty }
    if chosen == nil {
      if first.fields.count == 1, let d = otherDelimiter(source, first.fields[0], delimiter, known) {
        return .wrongDelimiter(d)
      }
      chosen = (first.fields, first.end, first.newlines, 0)
    }
    guard let chosen else { return .empty }
    // Sample the records that follow, to estimate the bytes per record.
    var sampler = RecordScanner(source.base, start: chosen.end, end: source.count, delimiter: delimiter)
    var sampled = 0
    while sampled < 64, case .record = sampler.next(into: &fields) { sampled += 1 }
    let perRecord = sampled > 0 ? Swift.max(1, (sampler.pos - chosen.end) / sampled) : 64
    return .header(
      Header(
        fields: chosen.fields, keys: chosen.fields.map { key(text(source, $0)) }, dataStart: chosen.end,
        newlinesBefore: chosen.newlines, rowsBefore: chosen.skipped,
        headerLine: (chosen.fields.first?.line ?? 0) + 1, bytesPerRecord: perRecord))
  }

  /// A header name as a column name: lowercase, every run of characters other
  /// than letters and digits read as one `_`, no `_` at either end
  /// (`No. Anggota` → `no_anggota`, `Tanggal-Cair` → `tanggal_cair`).
  static func key(_ s: String) -> String {
    var out = ""
    var pendingUnderscore = false
    for ch in s.lowercased() where ch != "\u{FEFF}" {
      if ch.isLetter || ch.isNumber {
        if pendingUnderscore && !out.isEmpty { out.append("_") }
        pendingUnderscore = false
        out.append(ch)
      } else {
        pendingUnderscore = true
      }
    }
    return out
  }

  static func text(_ source: SourceBytes, _ f: FieldRef) -> String {
    let (a, b) = Bytes.trim(source.base, f.start, f.end)
    var s = Bytes.string(source.base + a, b - a)
    if f.has(FieldRef.doubledQuotes) { s = s.replacing("\"\"", with: "\"") }
    return s
  }

  /// The delimiter that splits a one-field header into known column names.
  private static func otherDelimiter(_ source: SourceBytes, _ f: FieldRef, _ declared: UInt8, _ known: Set<String>)
    -> UInt8?
  {
    let raw = Array(UnsafeBufferPointer(start: source.base + f.start, count: f.end - f.start))
    for d in CSVFormat.delimiters where d != declared && raw.contains(d) {
      let names = raw.split(separator: d).map { key(String(decoding: $0, as: UTF8.self)) }
      if names.contains(where: known.contains) { return d }
    }
    return nil
  }
}

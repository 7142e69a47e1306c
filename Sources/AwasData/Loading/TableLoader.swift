/// What every table load of one dataset shares.
struct LoadContext {
  var format: CSVFormat
  var reportingDay: Day
  /// Primary keys of tables loaded so far, by table name, for foreign keys.
  var seeds: [String: InternerBox] = [:]
  var progress: ProgressMeter?
  var options = LoadOptions.standard
}

/// The outcome of loading one CSV file.
struct TableLoad {
  /// Nil when the file could not be read as a table at all.
  var table: Table?
  var issues: [DataIssue]
  /// The table's primary keys (row `i` has code `i`), for tables that have one.
  var keys: InternerBox?
}

/// Loads one CSV file of the contract into a ``Table``.
enum TableLoader {
  static func load(path: String, file: String, schema: TableSchema, context: LoadContext) -> TableLoad {
    var sink = IssueSink()
    func fail(_ kind: IssueKind, _ t: (Text, Text?)) -> TableLoad {
      sink.report(kind, rowSkipped: false) { DataIssue(kind, file: file, message: t.0, expected: t.1) }
      return TableLoad(table: nil, issues: sink.finished(file: file))
    }
    var source: SourceBytes
    do {
      source = try SourceBytes.open(path)
    } catch {
      let reason: String
      switch error {
      case .notFound: reason = "not found"
      case .isDirectory: reason = "is a directory"
      case .unreadable(let e): reason = "errno \(e)"
      }
      return fail(.unreadableFile, IssueText.unreadableFile(file, reason))
    }
    var bodyStart = 0
    switch TextEncoding.signature(of: source.buffer) {
    case .text(let start, let bom):
      bodyStart = start
      if context.format.encoding == .windows1252 && !bom {
        source = TextEncoding.transcodeWindows1252(source.buffer)
      }
    case let other:
      return fail(.notText, IssueText.notText(other))
    }
    if let fixed = TextEncoding.normalizingLoneCarriageReturns(source.buffer) { source = fixed }
    let header: HeaderReader.Header
    switch HeaderReader.read(source, start: bodyStart, delimiter: context.format.delimiter, schema: schema) {
    case .empty:
      context.progress?.advance(source.count)
      return fail(.emptyFile, IssueText.emptyFile)
    case .wrongDelimiter(let d):
      context.progress?.advance(source.count)
      let t = IssueText.wrongDelimiter(CSVFormat.delimiterName(context.format.delimiter), CSVFormat.delimiterName(d))
      sink.report(.wrongDelimiter, rowSkipped: false) {
        DataIssue(.wrongDelimiter, file: file, line: 1, message: t.0, expected: t.1)
      }
      return TableLoad(table: nil, issues: sink.finished(file: file))
    case .header(let h):
      header = h
    }
    if header.rowsBefore > 0 {
      let t = IssueText.rowsBeforeHeader(header.rowsBefore, headerLine: header.headerLine)
      sink.report(.rowsBeforeHeader, rowSkipped: false) {
        DataIssue(.rowsBeforeHeader, file: file, line: header.headerLine, message: t.0)
      }
    }
    checkEncoding(source, bodyStart..<header.dataStart, lineBase: 1, file: file, context: context, sink: &sink)
    if !header.keys.contains(where: { schema.column($0) != nil }) {
      context.progress?.advance(source.count)
      let found = header.fields.map { HeaderReader.text(source, $0) }.filter { !$0.isEmpty }
      let t = IssueText.noHeader(file, found: found, columns: schema.columns.map(\.name))
      sink.report(.noHeader, rowSkipped: false) {
        DataIssue(.noHeader, file: file, line: header.headerLine, message: t.0, expected: t.1)
      }
      return TableLoad(table: nil, issues: sink.finished(file: file))
    }
    context.progress?.advance(header.dataStart)
    let plan = PlanBuilder.make(header, source, schema: schema, file: file, context: context, sink: &sink)
    var parsed = parse(source, plan, header: header, context: context, sink: &sink)
    let table = assemble(&parsed, plan, source: source, header: header, sink: &sink)
    return TableLoad(table: table.0, issues: sink.finished(file: file), keys: table.1)
  }

  /// Reports the first byte of `range` that is not valid UTF-8 (for UTF-8 files).
  static func checkEncoding(
    _ source: SourceBytes, _ range: Range<Int>, lineBase: Int, file: String, context: LoadContext,
    sink: inout IssueSink
  ) {
    guard let bad = TextEncoding.firstInvalidUTF8(source.buffer, range) else { return }
    report(invalidUTF8: bad, source, from: range.lowerBound, lineBase: lineBase, file: file, sink: &sink)
  }

  /// Reports the invalid byte at `bad`, counting lines from `from` (which is on line `lineBase`).
  static func report(
    invalidUTF8 bad: Int, _ source: SourceBytes, from: Int, lineBase: Int, file: String, sink: inout IssueSink
  ) {
    var line = lineBase
    var lineStart = from
    var i = from
    while let nl = memchrPointer(source.base + i, Bytes.newline, bad - i) {
      line += 1
      i = nl - source.base + 1
      lineStart = i
    }
    let byte = source.base[bad]
    sink.report(.invalidUTF8, rowSkipped: false) {
      let (col, excerpt) = Excerpt.locate(source.buffer, lineStart: lineStart, at: bad)
      let t = IssueText.invalidUTF8(byte)
      return DataIssue(.invalidUTF8, file: file, line: line, column: col, message: t.0, expected: t.1, excerpt: excerpt)
    }
  }
}

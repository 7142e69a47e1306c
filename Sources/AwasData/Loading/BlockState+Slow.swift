extension BlockState {
  // MARK: Cells off the fast path

  mutating func number(_ k: Int, _ r: Int, _ bld: inout ColumnBuilder) {
    let isMoney = cells[k].kind == .money
    let (p, a, b) = value(k, r)
    var result = numbers.parse(p, a, b, isMoney ? .money : .integer)
    // No cooperative holds Rp 100 trillion in one figure: a larger amount is a
    // typo, and sums and interest over it could not be computed in 64 bits.
    if isMoney, case .value(let v) = result, v.magnitude > Money.largestAmount.sen.magnitude { result = .failed(.overflow) }
    switch result {
    case .value(let v): bld.append(v)
    case .real, .empty: empty(k, r, &bld)
    case .failed(let why):
      if isMoney {
        let format = plan.format
        bad(k, r, .badMoney, &bld) { name, found in IssueText.badMoney(name, found, why, format) }
      } else {
        bad(k, r, .badInteger, &bld) { name, found in IssueText.badInteger(name, found, why) }
      }
    }
  }

  mutating func real(_ k: Int, _ r: Int, _ bld: inout ColumnBuilder) {
    let (p, a, b) = value(k, r)
    switch numbers.parse(p, a, b, .real) {
    case .real(let v): bld.append(v)
    case .value(let v): bld.append(Double(v))
    case .empty: empty(k, r, &bld)
    case .failed:
      let format = plan.format
      bad(k, r, .badNumber, &bld) { name, found in IssueText.badNumber(name, found, format) }
    }
  }

  mutating func date(_ k: Int, _ r: Int, _ bld: inout ColumnBuilder) {
    let (p, a, b) = value(k, r)
    switch dates.parse(p, a, b) {
    case .value(let d): bld.append(d)
    case .empty: empty(k, r, &bld)
    case .failed(let why):
      var kind = IssueKind.badDate
      if case .excelSerial = why { kind = .excelDate }
      let style = plan.format.dates
      bad(k, r, kind, &bld) { name, found in IssueText.badDate(name, found, why, style) }
    }
  }

  mutating func yesNo(_ k: Int, _ r: Int, _ bld: inout ColumnBuilder) {
    let (p, a, b) = value(k, r)
    if a == b {
      empty(k, r, &bld)
    } else if let v = YesNo.parse(p, a, b) {
      bld.append(v)
    } else {
      bad(k, r, .badYesNo, &bld) { name, found in IssueText.badYesNo(name, found) }
    }
  }

  /// An empty cell: null, and for a column that must not be empty, a skipped row.
  @inline(__always)
  mutating func empty(_ k: Int, _ r: Int, _ bld: inout ColumnBuilder) {
    bld.appendNull()
    if cells[k].required { missing(k, r) }
  }

  @inline(never)
  mutating func missing(_ k: Int, _ r: Int) {
    let name = plan.columns[k].name
    let f = cellLocation(k, r)
    skipRow(r)
    report(.missingValue, f, at: f.rawStart, column: name, found: nil, IssueText.missingValue(name), skipped: true, row: r)
  }

  /// A value that cannot be read: null, reported; a column that must not be empty skips the row.
  @inline(never)
  mutating func bad(
    _ k: Int, _ r: Int, _ kind: IssueKind, _ bld: inout ColumnBuilder, _ message: (String, String) -> (Text, Text?)
  ) {
    bld.appendNull()
    let required = cells[k].required
    if required { skipRow(r) }
    let name = plan.columns[k].name
    let (p, a, b) = value(k, r)
    let found = text(p, a, b)
    let f = cellLocation(k, r)
    report(kind, f, at: f.rawStart, column: name, found: found, message(name, found), skipped: required, row: r)
  }

  @inline(__always)
  mutating func skipRow(_ r: Int) {
    skip[r] = true
    anySkip = true
  }

  /// The content `lo..<hi` with `""` pairs made single, in the scratch buffer.
  mutating func unescape(_ lo: Int, _ hi: Int) -> (UnsafePointer<UInt8>, Int, Int) {
    scratch.removeAll()
    scratch.reserve(hi - lo + 1)
    var i = lo
    while i < hi {
      let c = base[i]
      scratch.append(c)
      i += (c == Bytes.quote && i + 1 < hi && base[i + 1] == Bytes.quote) ? 2 : 1
    }
    return (UnsafePointer(scratch.base.unsafelyUnwrapped), 0, scratch.count)
  }

  // MARK: Issues

  /// Where cell (`k`, `r`) is: its first byte (the opening quote of a quoted field), line and line start.
  func cellLocation(_ k: Int, _ r: Int) -> FieldRef {
    let o = k * BlockState.cellStride + r
    let at = cellStart[o] - (cellFlags[o] & FieldRef.quoted != 0 ? 1 : 0)
    return location(r, at: at)
  }

  /// Byte `at` of row `r` as a location: its line counts the newlines inside the record before it.
  func location(_ r: Int, at: Int) -> FieldRef {
    var line = rowLine[r]
    var lineStart = rowStart[r]
    var i = rowStart[r]
    while i < at, let nl = memchrPointer(base + i, Bytes.newline, at - i) {
      line += 1
      i = nl - base + 1
      lineStart = i
    }
    return FieldRef(start: at, end: at, rawStart: at, line: line, lineStart: lineStart, flags: 0)
  }

  /// Records an issue about the field `f` (or the byte `at` on its line), for row `row` of the block.
  @inline(never)
  mutating func report(
    _ kind: IssueKind, _ f: FieldRef, at: Int, column: String?, found: String?, _ text: (Text, Text?),
    skipped: Bool, row: Int?
  ) {
    let buffer = source.buffer
    let file = plan.file
    let before = sink.mark
    sink.report(kind, rowSkipped: skipped) {
      let (col, excerpt) = Excerpt.locate(buffer, lineStart: f.lineStart, at: at)
      return DataIssue(
        kind, file: file, line: f.line, column: col, field: column, found: found, message: text.0,
        expected: text.1, excerpt: excerpt, rowSkipped: skipped)
    }
    if let row, sink.mark > before { issueRows.append(IssueRow(index: before, row: row)) }
  }

  /// The field's text for an issue (trimmed, at most 80 characters).
  func text(_ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int) -> String {
    let (a, b) = Bytes.trim(p, lo, hi)
    let s = Bytes.string(p + a, b - a)
    return s.count > 80 ? String(s.prefix(79)) + "…" : s
  }
}

/// A kept issue and the block row it is about.
struct IssueRow {
  var index: Int
  var row: Int
}

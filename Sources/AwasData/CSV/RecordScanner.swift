/// One field of a record, as byte offsets into the file.
struct FieldRef {
  /// Content range (inside the quotes for a quoted field; not yet trimmed).
  var start: Int
  var end: Int
  /// The field's first byte in the file (its opening quote, if quoted).
  var rawStart: Int
  /// Newlines passed since the scanner started, at the field's start.
  var line: Int
  /// The offset of the first byte of that line.
  var lineStart: Int
  var flags: UInt8

  @inline(__always) static var quoted: UInt8 { 1 }
  /// The content holds `""` pairs that stand for one `"`.
  @inline(__always) static var doubledQuotes: UInt8 { 2 }
  /// Text followed the closing quote (`"abc"def`); it is ignored.
  @inline(__always) static var textAfterQuote: UInt8 { 4 }

  @inline(__always) func has(_ f: UInt8) -> Bool { flags & f != 0 }
}

/// Splits CSV bytes into records and fields (RFC 4180 with the quirks of
/// spreadsheet exports), tracking physical line numbers.
///
/// Quoted fields may hold delimiters, doubled quotes and newlines; a `"` inside
/// an unquoted field is an ordinary character; spaces before an opening quote
/// are allowed; `\r\n` and `\n` both end a record.
struct RecordScanner {
  let base: UnsafePointer<UInt8>
  let end: Int
  let delimiter: UInt8
  /// The next byte to read.
  var pos: Int
  /// Newlines passed since `init` (including those inside quoted fields).
  var line = 0
  var lineStart: Int

  init(_ base: UnsafePointer<UInt8>, start: Int, end: Int, delimiter: UInt8) {
    self.base = base
    self.end = end
    self.delimiter = delimiter
    self.pos = start
    self.lineStart = start
  }

  enum Outcome {
    case record
    case endOfInput
    /// A quoted field that never closes; `field` says where it opened. The
    /// caller reports it and calls ``skipLine(after:)``.
    case unclosedQuote(FieldRef)
  }

  /// How a field ended.
  enum FieldEnd {
    /// At a delimiter: another field follows in the same record.
    case more
    /// At the end of the record (a newline or the end of the input).
    case last
    /// Inside a quoted field that never closes (see ``skipLine(after:)``).
    case unclosed
  }

  /// Reads the next record's fields into `fields`.
  mutating func next(into fields: inout RawVec<FieldRef>) -> Outcome {
    fields.removeAll()
    if pos >= end { return .endOfInput }
    var f = FieldRef(start: 0, end: 0, rawStart: 0, line: 0, lineStart: 0, flags: 0)
    while true {
      switch field(&f) {
      case .more: fields.append(f)
      case .last:
        fields.append(f)
        return .record
      case .unclosed: return .unclosedQuote(f)
      }
    }
  }

  /// Reads one field at `pos` into `f`.
  @inline(__always)
  mutating func field(_ f: inout FieldRef) -> FieldEnd {
    f.rawStart = pos
    f.line = line
    f.lineStart = lineStart
    f.flags = 0
    let d = delimiter
    var q = pos
    if q < end && base[q] == Bytes.space {
      while q < end && base[q] == Bytes.space { q += 1 }
    }
    if q < end && base[q] == Bytes.quote { return quoted(&f, from: q) }
    let p = Bytes.find(base, pos, end, d, Bytes.newline)
    var e = p
    if e > pos && base[e - 1] == Bytes.cr { e -= 1 }
    f.start = pos
    f.end = e
    if p >= end {
      pos = end
      return .last
    }
    pos = p + 1
    if base[p] == d { return .more }
    line += 1
    lineStart = pos
    return .last
  }

  /// A field whose opening quote is at `q`.
  private mutating func quoted(_ f: inout FieldRef, from q: Int) -> FieldEnd {
    f.flags = FieldRef.quoted
    f.start = q + 1
    var p = q + 1
    while true {
      // Find the next quote, counting the newlines on the way.
      while true {
        p = Bytes.find(base, p, end, Bytes.quote, Bytes.newline)
        guard p < end, base[p] == Bytes.newline else { break }
        line += 1
        lineStart = p + 1
        p += 1
      }
      if p >= end { return .unclosed }
      if p + 1 < end && base[p + 1] == Bytes.quote {
        f.flags |= FieldRef.doubledQuotes
        p += 2
        continue
      }
      f.end = p
      p += 1
      break
    }
    // After the closing quote: spaces, then a delimiter or the end of the line.
    let d = delimiter
    while p < end && (base[p] == Bytes.space || base[p] == Bytes.cr) { p += 1 }
    if p < end && base[p] != d && base[p] != Bytes.newline {
      f.flags |= FieldRef.textAfterQuote
      p = Bytes.find(base, p, end, d, Bytes.newline)
    }
    if p >= end {
      pos = end
      return .last
    }
    pos = p + 1
    if base[p] == d { return .more }
    line += 1
    lineStart = pos
    return .last
  }

  /// If the record at `pos` is blank (only delimiters and spaces), skips it and returns true.
  @inline(__always)
  mutating func skipBlank() -> Bool {
    var q = pos
    while q < end {
      let c = base[q]
      if c == delimiter || c == Bytes.space || c == Bytes.tab || c == Bytes.cr { q += 1 } else { break }
    }
    if q >= end {
      pos = end
      return true
    }
    guard base[q] == Bytes.newline else { return false }
    pos = q + 1
    line += 1
    lineStart = pos
    return true
  }

  /// Resumes after an unclosed quote: at the line after the one where `field` opened.
  mutating func skipLine(after field: FieldRef) {
    line = field.line
    lineStart = field.lineStart
    if let nl = memchrPointer(base + field.rawStart, Bytes.newline, end - field.rawStart) {
      pos = nl - base + 1
      line += 1
      lineStart = pos
    } else {
      pos = end
    }
  }

  /// Whether every field of the record is empty (a blank line or `,,,,`).
  static func isBlank(_ fields: RawVec<FieldRef>, _ base: UnsafePointer<UInt8>) -> Bool {
    for i in 0..<fields.count {
      let f = fields[i]
      if f.has(FieldRef.quoted) { return false }
      let (a, b) = Bytes.trim(base, f.start, f.end)
      if a < b { return false }
    }
    return true
  }
}

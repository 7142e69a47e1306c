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

  static let quoted: UInt8 = 1
  /// The content holds `""` pairs that stand for one `"`.
  static let doubledQuotes: UInt8 = 2
  /// Text followed the closing quote (`"abc"def`); it is ignored.
  static let textAfterQuote: UInt8 = 4

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

  /// Reads the next record's fields into `fields`.
  @inline(__always)
  mutating func next(into fields: inout RawVec<FieldRef>) -> Outcome {
    fields.removeAll()
    if pos >= end { return .endOfInput }
    let d = delimiter
    while true {
      let rawStart = pos
      var q = pos
      while q < end && base[q] == Bytes.space { q += 1 }
      if q < end && base[q] == Bytes.quote {
        var f = FieldRef(
          start: q + 1, end: q + 1, rawStart: rawStart, line: line, lineStart: lineStart,
          flags: FieldRef.quoted)
        var p = q + 1
        while true {
          // Find the next quote, counting the newlines on the way.
          while p < end {
            let c = base[p]
            if c == Bytes.quote { break }
            if c == Bytes.newline {
              line += 1
              lineStart = p + 1
            }
            p += 1
          }
          if p >= end { return .unclosedQuote(f) }
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
        while p < end && (base[p] == Bytes.space || base[p] == Bytes.cr) { p += 1 }
        if p < end && base[p] != d && base[p] != Bytes.newline {
          f.flags |= FieldRef.textAfterQuote
          while p < end && base[p] != d && base[p] != Bytes.newline { p += 1 }
        }
        fields.append(f)
        if p >= end {
          pos = end
          return .record
        }
        if base[p] == d {
          pos = p + 1
          continue
        }
        line += 1
        lineStart = p + 1
        pos = p + 1
        return .record
      }
      // Unquoted field.
      var p = pos
      while p < end {
        let c = base[p]
        if c == d || c == Bytes.newline { break }
        p += 1
      }
      var e = p
      if e > pos && base[e - 1] == Bytes.cr { e -= 1 }
      fields.append(
        FieldRef(start: pos, end: e, rawStart: rawStart, line: line, lineStart: lineStart, flags: 0))
      if p >= end {
        pos = end
        return .record
      }
      if base[p] == d {
        pos = p + 1
        continue
      }
      line += 1
      lineStart = p + 1
      pos = p + 1
      return .record
    }
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

extension BlockState {
  /// Pass 1: reads the record at the scanner into the block (the content range
  /// of each cell's field). Plain records (no quote, as many fields as the
  /// header) take the fast path; anything else is read again by the general one.
  @inline(__always)
  mutating func scan(_ scanner: inout RecordScanner) {
    if !scanPlain(&scanner) { scanGeneral(&scanner) }
  }

  /// Reads a record without quotes, a stretch at a time: every delimiter and
  /// line end in a stretch is found from one mask (``StructuralMask``).
  /// Returns false, having changed nothing that counts, when the record needs
  /// the general path.
  @inline(__always)
  private mutating func scanPlain(_ scanner: inout RecordScanner) -> Bool {
    let r = n
    let b = BlockState.cellStride
    let end = scanner.end
    let start = scanner.pos
    let width = StructuralMask.width
    let shift = StructuralMask.shift
    // Locals, not loads from `self` after every store through the pointers.
    let structural = self.structural, base = self.base, headerFields = self.headerFields
    let fieldCell = self.fieldCell, cellStart = self.cellStart, cellEnd = self.cellEnd, cellFlags = self.cellFlags
    var p = start
    var fieldStart = start
    var fi = 0
    while p &+ width <= end {
      var m = structural.of(base + p)
      while m != 0 {
        let i = p &+ (m.trailingZeroBitCount &>> shift)
        let c = base[i]
        if c == Bytes.quote || fi >= headerFields { return false }
        var hi = i
        if hi > fieldStart && base[hi &- 1] == Bytes.cr { hi &-= 1 }
        let k = fieldCell[fi]
        if k >= 0 {
          cellStart[k &* b &+ r] = fieldStart
          cellEnd[k &* b &+ r] = hi
          cellFlags[k &* b &+ r] = 0
        }
        fi &+= 1
        fieldStart = i &+ 1
        if c == Bytes.newline {
          guard fi == headerFields else { return false }
          rowStart[r] = start
          rowLine[r] = scanner.line
          scanner.pos = i &+ 1
          scanner.line &+= 1
          scanner.lineStart = i &+ 1
          n &+= 1
          return true
        }
        m &= m &- 1
      }
      p &+= width
    }
    return false
  }

  /// Reads the record at the scanner field by field (quotes, short and long rows, the file's end).
  private mutating func scanGeneral(_ scanner: inout RecordScanner) {
    let r = n
    let b = BlockState.cellStride
    let d = scanner.delimiter
    let end = scanner.end
    rowStart[r] = scanner.pos
    rowLine[r] = scanner.line
    let mark = sink.mark
    var fi = 0
    var last = false
    var lastEnd = scanner.pos
    var extraReported = false
    repeat {
      let s = scanner.pos
      var lo = s, hi: Int
      var flags: UInt8 = 0
      let c0 = s < end ? base[s] : Bytes.newline
      if c0 == Bytes.quote || c0 == Bytes.space {
        // Quoted, or leading spaces (maybe before a quote): the general scanner.
        var f = FieldRef(start: 0, end: 0, rawStart: 0, line: 0, lineStart: 0, flags: 0)
        let step = scanner.field(&f)
        if case .unclosed = step {
          unclosedQuote(f, mark: mark)
          scanner.skipLine(after: f)
          return
        }
        lo = f.start
        hi = f.end
        flags = f.flags
        if case .last = step { last = true }
        if f.has(FieldRef.textAfterQuote) { textAfterQuote(f, end: end, delimiter: d) }
        lastEnd = hi + (f.has(FieldRef.quoted) ? 1 : 0)
      } else {
        let p = Bytes.find(base, s, end, d, Bytes.newline)
        hi = p
        if hi > s && base[hi - 1] == Bytes.cr { hi -= 1 }
        lastEnd = hi
        if p >= end {
          scanner.pos = end
          last = true
        } else {
          scanner.pos = p + 1
          if base[p] != d {
            scanner.line += 1
            scanner.lineStart = p + 1
            last = true
          }
        }
      }
      if fi < headerFields {
        let k = fieldCell[fi]
        if k >= 0 {
          cellStart[k * b + r] = lo
          cellEnd[k * b + r] = hi
          cellFlags[k * b + r] = flags
        }
      } else if !extraReported && (flags & FieldRef.quoted != 0 || Bytes.trim(base, lo, hi).0 < hi) {
        extraReported = true
        extraFields(r, lo, hi, scanner: scanner, fi: fi)
      }
      fi += 1
    } while !last
    // A short row: the missing fields are empty, located just after the last one.
    while fi < headerFields {
      let k = fieldCell[fi]
      if k >= 0 {
        cellStart[k * b + r] = lastEnd
        cellEnd[k * b + r] = lastEnd
        cellFlags[k * b + r] = BlockState.missingField
      }
      fi += 1
    }
    n += 1
  }

  /// A cell whose field the row does not have (the caret goes after the last field).
  static var missingField: UInt8 { 8 }

  @inline(never)
  private mutating func unclosedQuote(_ f: FieldRef, mark: Int) {
    report(.unclosedQuote, f, at: f.rawStart, column: nil, found: nil, IssueText.unclosedQuote, skipped: true, row: nil)
  }

  /// Warns about the text between a closing quote and the next delimiter.
  @inline(never)
  private mutating func textAfterQuote(_ f: FieldRef, end: Int, delimiter d: UInt8) {
    let lines = Bytes.count(base, f.start, f.end, Bytes.newline)
    if lines > 0 {
      // A quoted field that runs over line ends and is followed by more text is
      // almost always a stray quote that swallowed the rows after it: an error
      // at the quote, and the row is skipped.
      report(.unclosedQuote, f, at: f.rawStart, column: nil, found: nil, IssueText.strayQuote(lines), skipped: true, row: n)
      skip[n] = true
      anySkip = true
      return
    }
    let stop = Bytes.find(base, f.end + 1, end, d, Bytes.newline)
    var (a, _) = Bytes.trim(base, f.end + 1, stop)
    if a >= stop { a = f.end + 1 }
    report(.textAfterQuote, f, at: a, column: nil, found: text(base, f.end + 1, stop), IssueText.textAfterQuote, skipped: false, row: n)
  }

  @inline(never)
  private mutating func extraFields(_ r: Int, _ lo: Int, _ hi: Int, scanner: RecordScanner, fi: Int) {
    // Count the rest of the record's fields for the message.
    var s = scanner
    var f = FieldRef(start: 0, end: 0, rawStart: 0, line: 0, lineStart: 0, flags: 0)
    var count = fi + 1
    if s.pos > 0 && s.pos <= s.end && base[s.pos - 1] == s.delimiter {
      while true {
        let step = s.field(&f)
        count += 1
        if case .more = step { continue }
        break
      }
    }
    let at = location(r, at: lo)
    report(.extraFields, at, at: lo, column: nil, found: text(base, lo, hi), IssueText.extraFields(count, header: headerFields), skipped: false, row: r)
  }
}

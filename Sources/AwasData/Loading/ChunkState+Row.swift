extension ChunkState {
  /// Reads one record at the scanner: each field is parsed straight into its
  /// column. A bad required value marks the row skipped; its cells are then
  /// removed again once every field has been checked (so every problem of the
  /// row is reported).
  @inline(__always)
  mutating func record(_ scanner: inout RecordScanner) {
    let mark = sink.mark
    let d = scanner.delimiter
    let end = scanner.end
    var fi = 0
    var skip = false
    var extraReported = false
    var last = false
    var lastEnd = scanner.pos
    var lastQuoted = false
    repeat {
      let s = scanner.pos
      fieldAt = s
      fieldLine = scanner.line
      fieldLineStart = scanner.lineStart
      var lo = s, hi: Int
      var flags: UInt8 = 0
      let c0 = s < end ? base[s] : Bytes.newline
      if c0 == Bytes.quote || c0 == Bytes.space {
        // Quoted, or leading spaces (maybe before a quote): the general scanner.
        var f = FieldRef(start: 0, end: 0, rawStart: 0, line: 0, lineStart: 0, flags: 0)
        let step = scanner.field(&f)
        if case .unclosed = step {
          report(.unclosedQuote, f, at: f.rawStart, column: nil, found: nil, IssueText.unclosedQuote, skipped: true)
          sink.markRowSkipped(since: mark)
          rollback()
          scanner.skipLine(after: f)
          return
        }
        lo = f.start
        hi = f.end
        flags = f.flags
        if case .last = step { last = true }
        if f.has(FieldRef.textAfterQuote) { textAfterQuote(f, end: end, delimiter: d) }
      } else {
        let p = Bytes.find(base, s, end, d, Bytes.newline)
        hi = p
        if hi > s && base[hi - 1] == Bytes.cr { hi -= 1 }
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
        if k >= 0 && !cell(k, lo, hi, flags) { skip = true }
      } else if !extraReported {
        let (a, b) = Bytes.trim(base, lo, hi)
        if a < b || flags & FieldRef.quoted != 0 {
          extraReported = true
          report(.extraFields, here(lo, hi, flags), at: fieldAt, column: nil, found: text(base, lo, hi), IssueText.extraFields(fieldCount(scanner, fi), header: headerFields), skipped: false)
        }
      }
      lastEnd = hi
      lastQuoted = flags & FieldRef.quoted != 0
      fi += 1
    } while !last
    if fi < headerFields {
      // A short row: the missing fields are empty, located after the last field.
      fieldAt = lastEnd + (lastQuoted ? 1 : 0)
      for i in fi..<headerFields {
        let k = fieldCell[i]
        if k >= 0 {
          if cells[k].keepLocation { locations[k] = here(fieldAt, fieldAt, 0) }
          if !empty(k, here(fieldAt, fieldAt, 0)) { skip = true }
        }
      }
    }
    if skip {
      sink.markRowSkipped(since: mark)
      rollback()
      return
    }
    if hasRowChecks { checks() }
    if plan.keyCell != nil { keepKeyLocation() }
    rows += 1
  }

  /// Warns about the text between a closing quote and the next delimiter.
  @inline(never)
  private mutating func textAfterQuote(_ f: FieldRef, end: Int, delimiter d: UInt8) {
    let stop = Bytes.find(base, f.end + 1, end, d, Bytes.newline)
    var (a, _) = Bytes.trim(base, f.end + 1, stop)
    if a >= stop { a = f.end + 1 }
    report(.textAfterQuote, f, at: a, column: nil, found: text(base, f.end + 1, stop), IssueText.textAfterQuote, skipped: false)
  }

  /// The number of fields of the record whose field `fi` was just read (for a message).
  private func fieldCount(_ scanner: RecordScanner, _ fi: Int) -> Int {
    var s = scanner
    var f = FieldRef(start: 0, end: 0, rawStart: 0, line: 0, lineStart: 0, flags: 0)
    var n = fi + 1
    if s.pos > 0 && s.pos <= s.end && base[s.pos - 1] == s.delimiter {
      while true {
        let step = s.field(&f)
        n += 1
        if case .more = step { continue }
        break
      }
    }
    return n
  }

  /// Removes the current row's cells from every column.
  @inline(never)
  mutating func rollback() {
    for k in 0..<ncols {
      builders[k].truncate(rows)
      last[k] = LastValue()
    }
    while pending.count > 0 && pending[pending.count - 1].row == rows { pending.truncate(pending.count - 1) }
  }

  /// Parses the field `lo..<hi` into cell `k`. Returns false when the row must be skipped.
  @inline(__always)
  mutating func cell(_ k: Int, _ lo0: Int, _ hi0: Int, _ flags: UInt8) -> Bool {
    let kind = cells[k].kind
    if cells[k].keepLocation { locations[k] = here(lo0, hi0, flags) }
    var p = base
    var lo = lo0, hi = hi0
    var stable = true
    if flags & FieldRef.doubledQuotes != 0 {
      (p, lo, hi) = unescape(lo0, hi0)
      stable = false
    }
    switch kind {
    case .money, .integer:
      // Fast path: plain digits, eight at a time.
      let n = hi - lo
      if n > 0 && n <= 8 && stable && lo + 8 <= source.count, let v = Bytes.digits8(p + lo, n) {
        builders[k].append(kind == .money ? Int64(v) &* 100 : Int64(v))
        return true
      }
      if n > 0 && n <= 15 {
        var v: Int64 = 0
        var i = lo
        while i < hi {
          let d = p[i] &- 48
          if d > 9 { break }
          v = v &* 10 &+ Int64(d)
          i += 1
        }
        if i == hi {
          builders[k].append(kind == .money ? v &* 100 : v)
          return true
        }
      }
      return number(k, p, lo, hi, flags)
    case .date:
      if hi - lo == 10, let d = DateParser.iso(p + lo) {
        builders[k].append(d)
        return true
      }
      return date(k, p, lo, hi, flags)
    case .real: return real(k, p, lo, hi, flags)
    case .bool: return yesNo(k, p, lo, hi, flags)
    case .enumeration: return enumeration(k, p, lo, hi, flags, stable: stable)
    case .text:
      var a = lo, b = hi
      if a == b || p[a] <= Bytes.space || p[b - 1] <= Bytes.space || p[a] == 0xC2 || p[b - 1] == 0xA0 {
        (a, b) = Bytes.trim(p, lo, hi)
        if a == b { return empty(k, here(lo0, hi0, flags)) }
      }
      builders[k].append(p + a, b - a)
      return true
    case .dictionary:
      var a = lo, b = hi
      if a == b || p[a] <= Bytes.space || p[b - 1] <= Bytes.space || p[a] == 0xC2 || p[b - 1] == 0xA0 {
        (a, b) = Bytes.trim(p, lo, hi)
        if a == b { return empty(k, here(lo0, hi0, flags)) }
      }
      dictionary(k, p + a, b - a, stable: stable)
      return true
    }
  }

  /// An empty cell: null, or a missing required value (row skipped).
  @inline(__always)
  mutating func empty(_ k: Int, _ f: FieldRef) -> Bool {
    builders[k].appendNull()
    guard cells[k].required else { return true }
    missing(k, f)
    return false
  }

  @inline(never)
  mutating func missing(_ k: Int, _ f: FieldRef) {
    let name = plan.columns[k].name
    report(.missingValue, f, at: f.rawStart, column: name, found: nil, IssueText.missingValue(name), skipped: true)
  }

  /// A bad value: reported; the cell becomes null, and a required one skips the row.
  @inline(never)
  mutating func bad(_ k: Int, _ kind: IssueKind, _ f: FieldRef, found: String, _ t: (Text, Text?)) -> Bool {
    builders[k].appendNull()
    let required = cells[k].required
    report(kind, f, at: f.rawStart, column: plan.columns[k].name, found: found, t, skipped: required)
    return !required
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

  /// The field's text for an issue (trimmed, at most 80 characters).
  func text(_ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int) -> String {
    let (a, b) = Bytes.trim(p, lo, hi)
    let s = Bytes.string(p + a, b - a)
    return s.count > 80 ? String(s.prefix(79)) + "…" : s
  }
}

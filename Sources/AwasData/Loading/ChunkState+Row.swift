extension ChunkState {
  /// Reads one record (already in `fields`): parses every cell, checks the
  /// row, and appends it to the columns unless a required value is bad.
  @inline(__always)
  mutating func row(recordBytes: Int) {
    let nf = fields.count
    scratch.removeAll()
    scratch.reserve(recordBytes + 1)
    var skip = false
    for k in 0..<ncols {
      let c = cells[k]
      var s = Slot()
      var f: FieldRef
      var p = base
      var lo = 0, hi = 0
      if c.field < nf {
        f = fields[c.field]
        lo = f.start
        hi = f.end
        if f.has(FieldRef.doubledQuotes) {
          (p, lo, hi) = unescape(f)
          s.stable = false
        }
      } else {
        // The row stops before this field: point at the end of the last one.
        f = fields[nf - 1]
        f.rawStart = f.end + (f.has(FieldRef.quoted) ? 1 : 0)
        lo = 0
        hi = 0
      }
      switch c.kind {
      case .money, .integer:
        switch numbers.parse(p, lo, hi, c.kind == .money ? .money : .integer) {
        case .value(let v): s.int = v; s.isNull = false
        case .real, .empty: break
        case .failed(let why):
          let found = text(p, lo, hi)
          let name = plan.columns[k].name
          if c.kind == .money {
            report(.badMoney, f, at: f.rawStart, column: name, found: found, IssueText.badMoney(name, found, why, plan.format), skipped: c.required)
          } else {
            report(.badInteger, f, at: f.rawStart, column: name, found: found, IssueText.badInteger(name, found, why), skipped: c.required)
          }
          skip = skip || c.required
          slots[k] = s
          continue
        }
      case .real:
        switch numbers.parse(p, lo, hi, .real) {
        case .real(let v): s.real = v; s.isNull = false
        case .value(let v): s.real = Double(v); s.isNull = false
        case .empty: break
        case .failed:
          let found = text(p, lo, hi)
          let name = plan.columns[k].name
          report(.badNumber, f, at: f.rawStart, column: name, found: found, IssueText.badNumber(name, found, plan.format), skipped: c.required)
          skip = skip || c.required
          slots[k] = s
          continue
        }
      case .date:
        switch dates.parse(p, lo, hi) {
        case .value(let d): s.int = Int64(d); s.isNull = false
        case .empty: break
        case .failed(let why):
          let found = text(p, lo, hi)
          let name = plan.columns[k].name
          var kind = IssueKind.badDate
          if case .excelSerial = why { kind = .excelDate }
          report(kind, f, at: f.rawStart, column: name, found: found, IssueText.badDate(name, found, why, plan.format.dates), skipped: c.required)
          skip = skip || c.required
          slots[k] = s
          continue
        }
      case .bool:
        let (a, b) = Bytes.trim(p, lo, hi)
        if a < b {
          if let v = Self.yesNo(p, a, b) {
            s.int = v ? 1 : 0
            s.isNull = false
          } else {
            let found = text(p, lo, hi)
            let name = plan.columns[k].name
            report(.badYesNo, f, at: f.rawStart, column: name, found: found, IssueText.badYesNo(name, found), skipped: c.required)
            skip = skip || c.required
            slots[k] = s
            continue
          }
        }
      case .enumeration:
        let (a, b) = Bytes.trim(p, lo, hi)
        if a < b {
          var code: Int32
          if s.stable && last[k].matches(p + a, b - a) {
            code = last[k].code
          } else {
            code = plan.enums[c.enumIndex].match(p, a, b)
            if s.stable && code >= 0 { last[k] = LastValue(p: p + a, n: b - a, code: code) }
          }
          if code < 0 {
            let found = text(p, lo, hi)
            let name = plan.columns[k].name
            report(.notAllowed, f, at: f.rawStart, column: name, found: found, IssueText.notAllowed(name, found, plan.enums[c.enumIndex].list), skipped: c.required)
            skip = skip || c.required
            slots[k] = s
            continue
          }
          s.int = Int64(code)
          s.isNull = false
        }
      case .text, .dictionary:
        let (a, b) = Bytes.trim(p, lo, hi)
        if a < b {
          s.p = p + a
          s.n = b - a
          s.isNull = false
        }
      }
      if s.isNull && c.required {
        let name = plan.columns[k].name
        report(.missingValue, f, at: f.rawStart, column: name, found: nil, IssueText.missingValue(name), skipped: true)
        skip = true
      }
      slots[k] = s
    }
    if nf > plan.headerFieldCount { extraFields(nf) }
    if skip { return }
    checks()
    commit()
  }

  /// Warns once per row when fields beyond the header hold values.
  private mutating func extraFields(_ nf: Int) {
    for i in plan.headerFieldCount..<nf {
      let f = fields[i]
      let (a, b) = Bytes.trim(base, f.start, f.end)
      if a < b || f.has(FieldRef.quoted) {
        report(.extraFields, f, at: f.rawStart, column: nil, found: text(base, f.start, f.end), IssueText.extraFields(nf, header: plan.headerFieldCount), skipped: false)
        return
      }
    }
  }

  /// Row checks that need several cells: date order and the reporting date.
  private mutating func checks() {
    for (a, b) in plan.dateOrder where !slots[a].isNull && !slots[b].isNull && slots[b].int < slots[a].int {
      let f = fieldOf(b)
      let start = Day(serial: Int32(truncatingIfNeeded: slots[a].int))
      let end = Day(serial: Int32(truncatingIfNeeded: slots[b].int))
      let (sn, en) = (plan.columns[a].name, plan.columns[b].name)
      report(.endBeforeStart, f, at: f.rawStart, column: en, found: text(base, f.start, f.end), IssueText.endBeforeStart(sn, start, en, end), skipped: false)
    }
    for k in 0..<ncols where cells[k].notAfterReporting && !slots[k].isNull && slots[k].int > Int64(plan.reportingDay) {
      let f = fieldOf(k)
      let name = plan.columns[k].name
      let day = Day(serial: Int32(truncatingIfNeeded: slots[k].int))
      report(.afterReportingDate, f, at: f.rawStart, column: name, found: text(base, f.start, f.end), IssueText.afterReportingDate(name, day, Day(serial: plan.reportingDay)), skipped: false)
    }
  }

  @inline(__always)
  private func fieldOf(_ k: Int) -> FieldRef {
    let i = cells[k].field
    return i < fields.count ? fields[i] : fields[fields.count - 1]
  }

  /// Appends the row's cells to the columns.
  @inline(__always)
  private mutating func commit() {
    for k in 0..<ncols {
      let s = slots[k]
      let c = cells[k]
      if s.isNull {
        builders[k].appendNull()
        continue
      }
      switch c.kind {
      case .money, .integer: builders[k].append(s.int)
      case .real: builders[k].append(s.real)
      case .date, .enumeration: builders[k].append(Int32(truncatingIfNeeded: s.int))
      case .bool: builders[k].append(s.int != 0)
      case .text: builders[k].append(s.p.unsafelyUnwrapped, s.n)
      case .dictionary: builders[k].append(intern(k, s))
      }
    }
    if let key = plan.keyCell {
      let f = fieldOf(key)
      keyLines.append(Int32(truncatingIfNeeded: f.line))
      keyAt.append(f.rawStart)
      keyLineStart.append(f.lineStart)
    }
    rows += 1
  }

  /// The dictionary code of a cell: the referenced row for a known foreign
  /// key, else `seed count + local code`.
  @inline(__always)
  private mutating func intern(_ k: Int, _ s: Slot) -> Int32 {
    let p = s.p.unsafelyUnwrapped
    let n = s.n
    let c = cells[k]
    var code: Int32
    if s.stable && last[k].matches(p, n) {
      code = last[k].code
    } else {
      let h = Bytes.hash(p, n)
      if c.seedIndex >= 0 {
        let found = seeds[c.seedIndex].find(p, n, hash: h)
        if found >= 0 {
          code = found
        } else {
          let local = dictionaries[k].find(p, n, hash: h)
          code = Int32(seeds[c.seedIndex].count) + (local >= 0 ? local : dictionaries[k].insertNew(p, n, hash: h))
        }
      } else {
        let local = dictionaries[k].find(p, n, hash: h)
        code = local >= 0 ? local : dictionaries[k].insertNew(p, n, hash: h)
      }
      if s.stable { last[k] = LastValue(p: p, n: n, code: code) }
    }
    if c.seedIndex >= 0 && Int(code) >= seeds[c.seedIndex].count {
      let seed = plan.seeds[c.seedIndex]
      let f = fieldOf(k)
      let found = Bytes.string(p, n)
      report(seed.issue, f, at: f.rawStart, column: seed.column, found: found, IssueText.unknownKey(seed.issue, table: plan.schema.name, column: seed.column, found, in: seed.other), skipped: false)
    }
    return code
  }

  /// The content of a field with `""` pairs made single, in the scratch buffer.
  private mutating func unescape(_ f: FieldRef) -> (UnsafePointer<UInt8>, Int, Int) {
    let start = scratch.count
    var i = f.start
    while i < f.end {
      let c = base[i]
      scratch.append(c)
      i += (c == Bytes.quote && i + 1 < f.end && base[i + 1] == Bytes.quote) ? 2 : 1
    }
    return (UnsafePointer(scratch.base.unsafelyUnwrapped), start, scratch.count)
  }

  /// The field's text for an issue (trimmed, at most 80 characters).
  private func text(_ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int) -> String {
    let (a, b) = Bytes.trim(p, lo, hi)
    let s = Bytes.string(p + a, b - a)
    return s.count > 80 ? String(s.prefix(79)) + "…" : s
  }

  /// `ya`/`tidak` and common spellings of yes and no.
  static func yesNo(_ p: UnsafePointer<UInt8>, _ a: Int, _ b: Int) -> Bool? {
    let n = b - a
    let q = p + a
    for s: StaticString in ["ya", "y", "yes", "true", "1", "benar"] where Bytes.equalsIgnoringCase(q, n, s) { return true }
    for s: StaticString in ["tidak", "tdk", "no", "n", "false", "0", "bukan"] where Bytes.equalsIgnoringCase(q, n, s) {
      return false
    }
    return nil
  }
}

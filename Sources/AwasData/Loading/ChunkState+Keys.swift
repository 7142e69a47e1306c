extension ChunkState {
  /// A dictionary cell: a foreign key waits in `pending` for a batched lookup;
  /// other values are interned at once.
  @inline(__always)
  mutating func dictionary(_ k: Int, _ p: UnsafePointer<UInt8>, _ n: Int, stable: Bool) {
    let seedIndex = cells[k].seedIndex
    if seedIndex >= 0 && stable {
      let same = last[k].matches(p, n)
      if same && last[k].code >= 0 {
        // Same as the previous row, already resolved.
        let code = last[k].code
        builders[k].append(code)
        if Int(code) >= seeds[seedIndex].count { reportUnknown(k, p, n, here(p - base, p - base + n, 0)) }
        return
      }
      builders[k].append(Int32(0))
      pending.append(
        PendingKey(
          p: p, n: n, hash: same ? 0 : Bytes.hash(p, n), cell: Int32(k), sameAsPrevious: same, row: rows,
          at: fieldAt, line: fieldLine, lineStart: fieldLineStart))
      // -1: the value waits in `pending`; resolvePending fills in the code.
      if !same { last[k] = LastValue(p: p, n: n, code: -1) }
      return
    }
    if stable && last[k].matches(p, n) {
      builders[k].append(last[k].code)
      return
    }
    let code = lookUp(k, p, n, hash: Bytes.hash(p, n), here(fieldAt, fieldAt, 0))
    if stable { last[k] = LastValue(p: p, n: n, code: code) }
    builders[k].append(code)
  }

  /// The code of a value: its row in the referenced table for a known foreign
  /// key, else `seed count + local code`. Reports foreign keys the referenced table lacks.
  @inline(__always)
  mutating func lookUp(_ k: Int, _ p: UnsafePointer<UInt8>, _ n: Int, hash h: UInt64, _ f: FieldRef) -> Int32 {
    let s = cells[k].seedIndex
    if s >= 0 {
      let found = seeds[s].find(p, n, hash: h)
      if found >= 0 { return found }
      let local = dictionaries[k].find(p, n, hash: h)
      let code = Int32(seeds[s].count) + (local >= 0 ? local : dictionaries[k].insertNew(p, n, hash: h))
      reportUnknown(k, p, n, f)
      return code
    }
    let local = dictionaries[k].find(p, n, hash: h)
    return local >= 0 ? local : dictionaries[k].insertNew(p, n, hash: h)
  }

  /// Looks up the pending foreign keys. The slots, then the entries, of the
  /// whole batch are loaded in tight loops first, so their cache misses overlap
  /// instead of being paid one after another.
  mutating func resolvePending() {
    let m = pending.count
    guard m > 0 else { return }
    let q = pending.base.unsafelyUnwrapped
    for i in 0..<m where !q[i].sameAsPrevious {
      q[i].slot = seeds[cells[Int(q[i].cell)].seedIndex].touch(hash: q[i].hash)
    }
    for i in 0..<m where !q[i].sameAsPrevious {
      q[i].header = seeds[cells[Int(q[i].cell)].seedIndex].touch(slot: q[i].slot)
    }
    let previous = UnsafeMutablePointer<Int32>.allocate(capacity: ncols)
    previous.initialize(repeating: 0, count: ncols)
    defer { previous.deallocate() }
    for i in 0..<m {
      let e = q[i]
      let k = Int(e.cell)
      defer { builders[k].i32[e.row] = previous[k] }
      let code: Int32
      if e.sameAsPrevious {
        code = previous[k]
        if Int(code) >= seeds[cells[k].seedIndex].count { reportUnknown(k, e.p, e.n, e.field) }
      } else {
        code = lookUp(k, e.p, e.n, hash: e.hash, e.field)
      }
      previous[k] = code
    }
    // The newest value of each cell is resolved now.
    for k in 0..<ncols where last[k].code < 0 && last[k].n >= 0 { last[k].code = previous[k] }
    pending.removeAll()
  }

  /// Reports a foreign key that the referenced table lacks (the row is kept).
  @inline(never)
  mutating func reportUnknown(_ k: Int, _ p: UnsafePointer<UInt8>, _ n: Int, _ f: FieldRef) {
    let seed = plan.seeds[cells[k].seedIndex]
    let value = Bytes.string(p, n)
    report(
      seed.issue, f, at: f.rawStart, column: seed.column, found: value,
      IssueText.unknownKey(seed.issue, table: plan.schema.name, column: seed.column, value, in: seed.other),
      skipped: false)
  }

  /// Row checks that need several cells: date order and the reporting date.
  @inline(__always)
  mutating func checks() {
    let r = rows
    for (a, b) in datePairs where !builders[a].isNull(r) && !builders[b].isNull(r) {
      let start = builders[a].i32[r], end = builders[b].i32[r]
      if end < start { reportOrder(a, b, start, end) }
    }
    let limit = plan.reportingDay
    for k in afterCells where !builders[k].isNull(r) && builders[k].i32[r] > limit { reportAfter(k, builders[k].i32[r]) }
  }

  @inline(never)
  mutating func reportOrder(_ a: Int, _ b: Int, _ start: Int32, _ end: Int32) {
    let f = locations[b]
    let (sn, en) = (plan.columns[a].name, plan.columns[b].name)
    report(.endBeforeStart, f, at: f.rawStart, column: en, found: text(base, f.start, f.end), IssueText.endBeforeStart(sn, Day(serial: start), en, Day(serial: end)), skipped: false)
  }

  @inline(never)
  mutating func reportAfter(_ k: Int, _ day: Int32) {
    let f = locations[k]
    let name = plan.columns[k].name
    report(.afterReportingDate, f, at: f.rawStart, column: name, found: text(base, f.start, f.end), IssueText.afterReportingDate(name, Day(serial: day), Day(serial: plan.reportingDay)), skipped: false)
  }

  /// Remembers where the primary key of the row just read is, for duplicate reports.
  mutating func keepKeyLocation() {
    guard let key = plan.keyCell else { return }
    let f = locations[key]
    keyLines.append(Int32(truncatingIfNeeded: f.line))
    keyAt.append(f.rawStart)
    keyLineStart.append(f.lineStart)
  }
}

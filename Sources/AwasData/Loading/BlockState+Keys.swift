extension BlockState {
  /// A foreign-key column: every value is looked up among the referenced
  /// table's keys (code = its row there). The slots, then the entries, of a
  /// group of rows are loaded in tight loops first, so the cache misses of a
  /// large key table overlap instead of being paid one after another.
  mutating func foreignKeys(_ k: Int, _ bld: inout ColumnBuilder) {
    let s = cells[k].seedIndex
    guard let seed = seeds[s] else {
      sortedForeignKeys(k, &bld)
      return
    }
    let o = k * BlockState.cellStride
    // Trim in place and hash.
    for r in 0..<n {
      if skip[r] || !stable(k, r) {
        hashes[r] = 0
        continue
      }
      let (a, b) = Bytes.trim(base, cellStart[o + r], cellEnd[o + r])
      cellStart[o + r] = a
      cellEnd[o + r] = b
      hashes[r] = Bytes.hash(base + a, b - a)
    }
    var lastP: UnsafePointer<UInt8>? = nil
    var lastN = -1
    var lastCode: Int32 = 0
    // A group at a time: two tight loops of independent loads, so the processor
    // keeps many misses in flight, then the lookups while the group's slots,
    // entries and their pages are still at hand.
    var group = 0
    while group < n {
      let end = Swift.min(n, group + BlockState.keyGroup)
      seed.touchSlots(hashes + group, into: warm + group, count: end - group)
      seed.touchEntries(warm + group, count: end - group)
      for r in group..<end {
        if skip[r] {
          bld.append(Int32(0))
          continue
        }
        let p: UnsafePointer<UInt8>
        let len: Int
        let h: UInt64
        if stable(k, r) {
          p = base + cellStart[o + r]
          len = cellEnd[o + r] - cellStart[o + r]
          h = hashes[r]
        } else {
          let (q, a, b) = value(k, r)
          p = q + a
          len = b - a
          h = Bytes.hash(p, len)
        }
        if len == 0 {
          empty(k, r, &bld)
          continue
        }
        var code: Int32
        if len == lastN, let lp = lastP, Bytes.equal(lp, p, len) {
          code = lastCode
        } else {
          code = seed.find(p, len, hash: h)
          if code < 0 {
            let local = dictionaries[k].find(p, len, hash: h)
            code = Int32(seed.count) + (local >= 0 ? local : dictionaries[k].insertNew(p, len, hash: h))
          }
          if stable(k, r) {
            lastP = p
            lastN = len
            lastCode = code
          }
        }
        if Int(code) >= seed.count { unknownKey(k, r, p, len) }
        bld.append(code)
      }
      group = end
    }
  }

  /// A foreign-key column whose keys are sorted (``InternerBox/sorted``):
  /// each value is compared with the few keys after the previous row's
  /// (repayments listed loan by loan, loans with none skipped), and otherwise
  /// found by its number when the keys are numbered (``NumberedKeys``), or by
  /// halving. A part whose values keep needing the search (rows in
  /// no key order) uses the keys' hash table from its next block on.
  mutating func sortedForeignKeys(_ k: Int, _ bld: inout ColumnBuilder) {
    let s = cells[k].seedIndex
    let keys = sortedSeeds[s].unsafelyUnwrapped
    let count = keys.count
    let o = k * BlockState.cellStride
    var cursor = seedCursors[s]
    let numbered = keys.numbered
    // With numbered keys the keys after the previous value's are tried only
    // while values come in key order: in no order, each try is a cache miss.
    var near = true
    var lastP: UnsafePointer<UInt8>? = nil
    var lastN = -1
    var lastCode: Int32 = 0
    for r in 0..<n {
      if skip[r] {
        bld.append(Int32(0))
        continue
      }
      let p: UnsafePointer<UInt8>
      let len: Int
      let isStable = stable(k, r)
      if isStable {
        let (a, b) = Bytes.trim(base, cellStart[o + r], cellEnd[o + r])
        cellStart[o + r] = a
        cellEnd[o + r] = b
        p = base + a
        len = b - a
      } else {
        let (q, a, b) = value(k, r)
        p = q + a
        len = b - a
      }
      if len == 0 {
        empty(k, r, &bld)
        continue
      }
      var code: Int32 = -1
      if len == lastN, let lp = lastP, Bytes.equal(lp, p, len) {
        code = lastCode
      } else {
        cursor.lookups += 1
        var i = cursor.next
        let end = near ? Swift.min(count, i + SortedCursor.stepsAhead) : i
        while i < end && !keys.isKey(i, p, len) { i += 1 }
        if i < end {
          code = Int32(i)
        } else if let numbered {
          code = numbered.code(p, len)
          near = code >= cursor.next && Int(code) < cursor.next + SortedCursor.stepsAhead
        } else {
          cursor.searches += 1
          code = keys.search(p, len)
        }
        if code >= 0 {
          cursor.next = Int(code)
        } else {
          let h = Bytes.hash(p, len)
          let local = dictionaries[k].find(p, len, hash: h)
          code = Int32(count) + (local >= 0 ? local : dictionaries[k].insertNew(p, len, hash: h))
        }
        if isStable {
          lastP = p
          lastN = len
          lastCode = code
        }
      }
      if Int(code) >= count { unknownKey(k, r, p, len) }
      bld.append(code)
    }
    seedCursors[s] = cursor
    if cursor.searches > SortedCursor.searchLimit && cursor.searches * 8 > cursor.lookups {
      seeds[s] = plan.seeds[s].box.table
    }
  }

  @inline(never)
  private mutating func unknownKey(_ k: Int, _ r: Int, _ p: UnsafePointer<UInt8>, _ n: Int) {
    let seed = plan.seeds[cells[k].seedIndex]
    let value = Bytes.string(p, n)
    let f = cellLocation(k, r)
    report(
      seed.issue, f, at: f.rawStart, column: seed.column, found: value,
      IssueText.unknownKey(seed.issue, table: plan.schema.name, column: seed.column, value, in: seed.other),
      skipped: false, row: r)
  }

  /// Checks across the cells of each kept row: date order and the reporting date.
  mutating func rowChecks() {
    let limit = plan.reportingDay
    for (a, b) in datePairs {
      for r in 0..<n where !skip[r] {
        let row = rows + r
        guard !builders[a].isNull(row), !builders[b].isNull(row) else { continue }
        let start = builders[a].i32[row], end = builders[b].i32[row]
        if end < start { reportOrder(a, b, r, start, end) }
      }
    }
    for k in afterCells {
      for r in 0..<n where !skip[r] {
        let row = rows + r
        if builders[k].i32[row] > limit && !builders[k].isNull(row) { reportAfter(k, r, builders[k].i32[row]) }
      }
    }
  }

  @inline(never)
  private mutating func reportOrder(_ a: Int, _ b: Int, _ r: Int, _ start: Int32, _ end: Int32) {
    let f = cellLocation(b, r)
    let (sn, en) = (plan.columns[a].name, plan.columns[b].name)
    let (_, lo, hi) = value(b, r)
    report(
      .endBeforeStart, f, at: f.rawStart, column: en, found: text(base, lo, hi),
      IssueText.endBeforeStart(sn, Day(serial: start), en, Day(serial: end)), skipped: false, row: r)
  }

  @inline(never)
  private mutating func reportAfter(_ k: Int, _ r: Int, _ day: Int32) {
    let f = cellLocation(k, r)
    let name = plan.columns[k].name
    let (_, lo, hi) = value(k, r)
    report(
      .afterReportingDate, f, at: f.rawStart, column: name, found: text(base, lo, hi),
      IssueText.afterReportingDate(name, Day(serial: day), Day(serial: plan.reportingDay)), skipped: false, row: r)
  }
}

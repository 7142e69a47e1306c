extension BlockState {
  /// Pass 2: reads every column of the block, checks the rows, and closes the block.
  mutating func flush() {
    guard n > 0 else { return }
    for k in order { column(k) }
    if !afterCells.isEmpty || !datePairs.isEmpty { rowChecks() }
    for i in 0..<issueRows.count where skip[issueRows[i].row] { sink.setRowSkipped(issueRows[i].index) }
    if anySkip {
      for r in 0..<n where skip[r] { dropped.append(Int32(truncatingIfNeeded: rows + r)) }
    }
    if let key = plan.keyCell {
      let o = key * BlockState.cellStride
      for r in 0..<n {
        keyAt.append(cellStart[o + r] - (cellFlags[o + r] & FieldRef.quoted != 0 ? 1 : 0))
        keyRowStart.append(rowStart[r])
        keyRowLine.append(Int32(truncatingIfNeeded: rowLine[r]))
      }
    }
    rows += n
    if anySkip { skip.update(repeating: false, count: n) }
    anySkip = false
    issueRows.removeAll()
    n = 0
  }

  /// Reads cell `k` of every row of the block, in one loop for its type.
  private mutating func column(_ k: Int) {
    let c = cells[k]
    let o = k * BlockState.cellStride
    let count = source.count
    var bld = builders[k]
    defer { builders[k] = bld }
    switch c.kind {
    case .money, .integer:
      let scale: Int64 = c.kind == .money ? 100 : 1
      for r in 0..<n {
        let lo = cellStart[o + r]
        let len = cellEnd[o + r] - lo
        if cellFlags[o + r] == 0 && len > 0 && len <= 8 && lo + 8 <= count, let v = Bytes.digits8(base + lo, len) {
          bld.append(Int64(v) &* scale)
        } else {
          number(k, r, &bld)
        }
      }
    case .date:
      for r in 0..<n {
        let lo = cellStart[o + r]
        if cellFlags[o + r] == 0 && cellEnd[o + r] - lo == 10, let d = dates.iso(base + lo) {
          bld.append(d)
        } else {
          date(k, r, &bld)
        }
      }
    case .real:
      for r in 0..<n { real(k, r, &bld) }
    case .bool:
      for r in 0..<n { yesNo(k, r, &bld) }
    case .enumeration:
      enumeration(k, &bld)
    case .text:
      for r in 0..<n {
        let lo = cellStart[o + r], hi = cellEnd[o + r]
        if cellFlags[o + r] == 0 && hi > lo && base[lo] > Bytes.space && base[hi - 1] > Bytes.space
          && base[lo] != 0xC2 && base[hi - 1] != 0xA0
        {
          bld.append(base + lo, hi - lo)
        } else {
          let (p, a, b) = value(k, r)
          if a == b { empty(k, r, &bld) } else { bld.append(p + a, b - a) }
        }
      }
    case .dictionary:
      if c.seedIndex >= 0 { foreignKeys(k, &bld) } else { dictionary(k, &bld) }
    }
  }

  /// The trimmed content of cell (`k`, `r`): in the source, or unescaped in the scratch buffer.
  @inline(__always)
  mutating func value(_ k: Int, _ r: Int) -> (UnsafePointer<UInt8>, Int, Int) {
    let o = k * BlockState.cellStride + r
    var p = base
    var lo = cellStart[o], hi = cellEnd[o]
    if cellFlags[o] & FieldRef.doubledQuotes != 0 { (p, lo, hi) = unescape(lo, hi) }
    let (a, b) = Bytes.trim(p, lo, hi)
    return (p, a, b)
  }

  /// Whether cell (`k`, `r`) is in the source as is (not unescaped), so pointers to it stay valid.
  @inline(__always)
  func stable(_ k: Int, _ r: Int) -> Bool {
    cellFlags[k * BlockState.cellStride + r] & FieldRef.doubledQuotes == 0
  }

  private mutating func enumeration(_ k: Int, _ bld: inout ColumnBuilder) {
    let matcher = plan.enums[cells[k].enumIndex]
    var lastP: UnsafePointer<UInt8>? = nil
    var lastN = -1
    var lastCode: Int32 = 0
    for r in 0..<n {
      let (p, a, b) = value(k, r)
      if a == b {
        empty(k, r, &bld)
        continue
      }
      if b - a == lastN, let lp = lastP, Bytes.equal(lp, p + a, lastN) {
        bld.append(lastCode)
        continue
      }
      let code = matcher.match(p, a, b)
      if code < 0 {
        bad(k, r, .notAllowed, &bld) { name, found in IssueText.notAllowed(name, found, matcher.list) }
        continue
      }
      if stable(k, r) {
        lastP = p + a
        lastN = b - a
        lastCode = code
      }
      bld.append(code)
    }
  }

  private mutating func dictionary(_ k: Int, _ bld: inout ColumnBuilder) {
    var dict = dictionaries[k]
    defer { dictionaries[k] = dict }
    var lastP: UnsafePointer<UInt8>? = nil
    var lastN = -1
    var lastCode: Int32 = 0
    for r in 0..<n {
      let (p, a, b) = value(k, r)
      let len = b - a
      if len == 0 {
        empty(k, r, &bld)
        continue
      }
      if len == lastN, let lp = lastP, Bytes.equal(lp, p + a, len) {
        bld.append(lastCode)
        continue
      }
      let code = dict.intern(p + a, len).code
      if stable(k, r) {
        lastP = p + a
        lastN = len
        lastCode = code
      }
      bld.append(code)
    }
  }
}

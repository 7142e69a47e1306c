/// Repayments grouped per loan (compressed sparse rows): loan i's repayments sit
/// at `start[i]..<start[i+1]`, sorted by date, with running totals of principal
/// and interest paid.
struct RepaymentGroups {
  var start: FixedBuffer<Int>
  var date: FixedBuffer<Int32>
  var pokok: FixedBuffer<Int64>
  var jasa: FixedBuffer<Int64>
  var hasInterest: Bool

  /// Groups `repayments` for `n` loans.
  init(_ repayments: RepaymentRows, loans n: Int) {
    hasInterest = repayments.hasInterest
    let rows = repayments.loanOf.count
    start = FixedBuffer(repeating: 0, count: n + 1)
    let offsets = start.pointer
    // Each worker takes a slice of the loans and scans every repayment for
    // its own: writes never overlap and each worker touches a smaller area.
    let bounds = RepaymentRows.parts(rows: rows, loans: n)
    let parts = bounds.count - 1
    repayments.loanOf.withUnsafeBufferPointer { loan in
      Parallel.forEachPart(parts) { part in
        let first = Int32(bounds[part]), end = Int32(bounds[part + 1])
        for r in 0..<rows {
          let l = loan[r]
          if l >= first && l < end { offsets[Int(l) + 1] += 1 }
        }
      }
    }
    for i in 0..<n { offsets[i + 1] += offsets[i] }
    let total = offsets[n]
    // Uninitialised: the scatter below writes every position exactly once.
    date = FixedBuffer(count: total) { _ in }
    pokok = FixedBuffer(count: total) { _ in }
    jasa = FixedBuffer(count: hasInterest ? total : 0) { _ in }
    let d = date.pointer, p = pokok.pointer, j = jasa.pointer
    let withInterest = hasInterest

    // Scatter in row order (stable: same-day repayments keep file order).
    let cursor = FixedBuffer<Int>(count: n) { c in
      for i in 0..<n { c[i] = offsets[i] }
    }
    repayments.loanOf.withUnsafeBufferPointer { loan in
      repayments.date.withUnsafeBufferPointer { dv in
        repayments.pokok.withUnsafeBufferPointer { pv in
          repayments.jasa.withUnsafeBufferPointer { jv in
            let at = cursor.pointer
            Parallel.forEachPart(parts) { part in
              let first = Int32(bounds[part]), end = Int32(bounds[part + 1])
              for r in 0..<rows {
                let l = loan[r]
                if l < first || l >= end { continue }
                let k = at[Int(l)]
                at[Int(l)] = k + 1
                d[k] = dv[r]
                p[k] = pv[r]
                if withInterest { j[k] = jv[r] }
              }
            }
          }
        }
      }
    }
    // Per loan: sort by date when needed, then running totals.
    Parallel.forEachChunk(n, minimum: 4_096) { range in
      for i in range {
        let lo = offsets[i], hi = offsets[i + 1]
        if hi - lo > 1 { RepaymentGroups.sortSegment(d, p, j, lo, hi, withInterest) }
        var sp: Int64 = 0, sj: Int64 = 0
        for k in lo..<hi {
          sp &+= p[k]
          p[k] = sp
          if withInterest {
            sj &+= j[k]
            j[k] = sj
          }
        }
      }
    }
  }

  /// Stable sort of one loan's repayments by date (they are usually in order
  /// already, which this checks in one pass).
  static func sortSegment(
    _ d: UnsafeMutableBufferPointer<Int32>, _ p: UnsafeMutableBufferPointer<Int64>,
    _ j: UnsafeMutableBufferPointer<Int64>, _ lo: Int, _ hi: Int, _ withInterest: Bool
  ) {
    var sorted = true
    for k in (lo + 1)..<hi where d[k] < d[k - 1] {
      sorted = false
      break
    }
    if sorted { return }
    if hi - lo > 64 {
      // Long and out of order: sort positions by (date, position), then permute.
      let order = (lo..<hi).sorted { d[$0] != d[$1] ? d[$0] < d[$1] : $0 < $1 }
      let dd = order.map { d[$0] }, pp = order.map { p[$0] }
      let jj = withInterest ? order.map { j[$0] } : []
      for k in 0..<order.count {
        d[lo + k] = dd[k]
        p[lo + k] = pp[k]
        if withInterest { j[lo + k] = jj[k] }
      }
      return
    }
    for k in (lo + 1)..<hi {
      let dk = d[k], pk = p[k], jk = withInterest ? j[k] : 0
      var m = k
      while m > lo && d[m - 1] > dk {
        d[m] = d[m - 1]
        p[m] = p[m - 1]
        if withInterest { j[m] = j[m - 1] }
        m -= 1
      }
      d[m] = dk
      p[m] = pk
      if withInterest { j[m] = jk }
    }
  }
}

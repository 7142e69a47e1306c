/// Repayments grouped per loan (compressed sparse rows): loan i's repayments sit
/// at `start[i]..<start[i+1]`, sorted by date, with running totals of principal
/// and interest paid.
struct RepaymentGroups {
  var start: ContiguousArray<Int>
  var date: ContiguousArray<Int32>
  var pokok: ContiguousArray<Int64>
  var jasa: ContiguousArray<Int64>
  var hasInterest: Bool
  var unmatched: Int

  /// Nil when `angsuran` lacks `no_pinjaman`, `tanggal` or `pokok`, or loans
  /// have no `no_pinjaman` to match against.
  init?(angsuran: Table, pinjaman: Table, loans n: Int) {
    guard let keyColumn = angsuran.column("no_pinjaman"), let dates = angsuran.dayColumn("tanggal"),
      let pokokCol = angsuran.int64Column("pokok"), let loanIds = pinjaman.column("no_pinjaman"),
      let index = KeyIndex(column: loanIds), let loanOf = index.resolve(keyColumn)
    else { return nil }
    let jasaCol = angsuran.int64Column("jasa")
    hasInterest = jasaCol != nil
    let rows = angsuran.rowCount

    // Count per loan; a repayment without a known loan or a date is left out.
    var counts = ContiguousArray<Int>(repeating: 0, count: n + 1)
    var skipped = 0
    for r in 0..<rows {
      let l = Int(loanOf[r])
      if l >= 0 && !(dates.nulls?[r] ?? false) { counts[l] += 1 } else { skipped += 1 }
    }
    unmatched = skipped
    var offsets = ContiguousArray<Int>(repeating: 0, count: n + 1)
    for i in 0..<n { offsets[i + 1] = offsets[i] + counts[i] }
    start = offsets
    let total = offsets[n]

    // Scatter in row order (stable), so same-day repayments keep file order.
    var cursor = offsets
    var d = ContiguousArray<Int32>(repeating: 0, count: total)
    var p = ContiguousArray<Int64>(repeating: 0, count: total)
    var j = ContiguousArray<Int64>(repeating: 0, count: hasInterest ? total : 0)
    d.withUnsafeMutableBufferPointer { d in
      p.withUnsafeMutableBufferPointer { p in
        j.withUnsafeMutableBufferPointer { j in
          for r in 0..<rows {
            let l = Int(loanOf[r])
            if l < 0 || (dates.nulls?[r] ?? false) { continue }
            let at = cursor[l]
            cursor[l] = at + 1
            d[at] = dates.values[r]
            p[at] = (pokokCol.nulls?[r] ?? false) ? 0 : pokokCol.values[r]
            if let jasaCol { j[at] = (jasaCol.nulls?[r] ?? false) ? 0 : jasaCol.values[r] }
          }
        }
      }
    }

    // Per loan: sort by date when needed, then running totals.
    let withInterest = hasInterest
    d.withUnsafeMutableBufferPointer { d in
      p.withUnsafeMutableBufferPointer { p in
        j.withUnsafeMutableBufferPointer { j in
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
      }
    }
    date = d
    pokok = p
    jasa = j
  }

  /// Stable insertion sort of one loan's repayments by date (they are usually
  /// in order already, which this checks in one pass).
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
      for (k, _) in order.enumerated() {
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

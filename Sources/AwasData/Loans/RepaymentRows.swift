/// The repayments as listed in `angsuran`: each one's loan (row of `pinjaman`,
/// or -1 when unknown or undated), date and amounts. The date and amount arrays
/// are the table's own (no copy unless they hold nulls, which count as 0).
struct RepaymentRows: Sendable {
  let loanOf: ContiguousArray<Int32>
  let date: ContiguousArray<Int32>
  let pokok: ContiguousArray<Int64>
  /// Empty when `angsuran` has no `jasa`.
  let jasa: ContiguousArray<Int64>
  let hasInterest: Bool
  /// Repayments left out: unknown loan or no date.
  let unmatched: Int

  /// Nil when `angsuran` lacks `no_pinjaman`, `tanggal` or `pokok`.
  init?(angsuran: Table, index: KeyIndex) {
    guard let keyColumn = angsuran.column("no_pinjaman"), let dates = angsuran.dayColumn("tanggal"),
      let pokokCol = angsuran.int64Column("pokok"), var loans = index.resolve(keyColumn)
    else { return nil }
    let jasaCol = angsuran.int64Column("jasa")
    dates.nulls?.forEachSet { loans[$0] = -1 }
    var p = pokokCol.values
    pokokCol.nulls?.forEachSet { p[$0] = 0 }
    var j = jasaCol?.values ?? []
    jasaCol?.nulls?.forEachSet { j[$0] = 0 }
    loanOf = loans
    date = dates.values
    pokok = p
    jasa = j
    hasInterest = jasaCol != nil
    unmatched = loans.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }
  }

  /// How the work of a pass over the rows is split: each part takes a slice
  /// of the loans and reads every row for its own, so writes never overlap.
  static func parts(rows: Int, loans n: Int) -> [Int] {
    let parts = rows >= 1 << 20 ? Parallel.workers : 1
    return (0...parts).map { n * $0 / parts }
  }

  /// Per loan, the principal and interest paid on or before `asOf`.
  /// - Complexity: O(rows), one pass per core.
  func paid(asOf: Int32, loans n: Int) -> (pokok: FixedBuffer<Int64>, jasa: FixedBuffer<Int64>) {
    let paidPokok = FixedBuffer<Int64>(repeating: 0, count: n)
    let paidJasa = FixedBuffer<Int64>(repeating: 0, count: hasInterest ? n : 0)
    let bounds = RepaymentRows.parts(rows: loanOf.count, loans: n)
    let pp = paidPokok.pointer, pj = paidJasa.pointer, withInterest = hasInterest
    loanOf.withUnsafeBufferPointer { loan in
      date.withUnsafeBufferPointer { dv in
        pokok.withUnsafeBufferPointer { pv in
          jasa.withUnsafeBufferPointer { jv in
            Parallel.forEachPart(bounds.count - 1) { part in
              let first = Int32(bounds[part]), end = Int32(bounds[part + 1])
              for r in 0..<loan.count {
                let l = loan[r]
                if l < first || l >= end || dv[r] > asOf { continue }
                pp[Int(l)] &+= pv[r]
                if withInterest { pj[Int(l)] &+= jv[r] }
              }
            }
          }
        }
      }
    }
    return (paidPokok, paidJasa)
  }
}

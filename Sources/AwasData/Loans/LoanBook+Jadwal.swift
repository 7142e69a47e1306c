extension LoanBook {
  /// The `jadwal` table: every installment of every loan that can be scheduled,
  /// in loan order (`no_pinjaman`, `angsuran_ke`, `jatuh_tempo`, `pokok`, `jasa`,
  /// `total`, `sisa_pokok_setelah`). Loans without a `no_pinjaman` are left out.
  /// - Parameter loans: the loans (rows of `pinjaman`) to include, in this
  ///   order; nil for all.
  /// - Complexity: O(installments), both cores.
  func jadwal(loans: [Int]? = nil) -> Table {
    let position = loanPosition
    let selection = ContiguousArray(loans?.filter { $0 >= 0 && $0 < count } ?? Array(0..<count))
    let n = selection.count
    let t = terms.pointer
    // Dictionary codes for no_pinjaman: one per distinct scheduled loan number,
    // in loan order.
    var rank = ContiguousArray<Int32>(repeating: -1, count: loanKeys.count)
    var names: [String] = []
    var codeOf = ContiguousArray<Int32>(repeating: -1, count: n)
    var start = ContiguousArray<Int>(repeating: 0, count: n + 1)
    for i in 0..<n {
      let p = Int(position[selection[i]])
      let tenor = p >= 0 ? Int(t[selection[i]].tenor) : 0
      if tenor > 0 {
        if rank[p] < 0 {
          rank[p] = Int32(names.count)
          names.append(loanKeys[p])
        }
        codeOf[i] = rank[p]
      }
      start[i + 1] = start[i] + tenor
    }
    let rows = start[n]
    let offsets = start

    let d = due.pointer
    let codes = codeOf
    var loanCodes = ContiguousArray<Int32>(), dueDates = ContiguousArray<Int32>()
    let wide = makeArrays(5, rows) { (w: [UnsafeMutableBufferPointer<Int64>]) in
      let (numbers, pokok, jasa, total, sisa) = (w[0], w[1], w[2], w[3], w[4])
      let narrow = makeArrays(2, rows) { (c: [UnsafeMutableBufferPointer<Int32>]) in
        let (code, dueDate) = (c[0], c[1])
        Parallel.forEachChunk(n, minimum: 8_192) { range in
          for i in range {
            let lo = offsets[i], hi = offsets[i + 1]
            if lo == hi { continue }
            let loan = selection[i]
            var s = ScheduleStepper(t[loan])
            var dates = DueDateWalker(d[loan])
            let loanCode = codes[i]
            for r in lo..<hi {
              let step = s.next()
              code[r] = loanCode
              numbers[r] = Int64(s.k)
              dueDate[r] = dates.next()
              pokok[r] = step.principal
              jasa[r] = step.interest
              total[r] = step.principal + step.interest
              sisa[r] = s.balance
            }
          }
        }
      }
      loanCodes = narrow[0]
      dueDates = narrow[1]
    }
    if names.isEmpty { names = [""] }
    let columns = [
      Column(name: "no_pinjaman", type: .string, storage: .dictionary(codes: loanCodes, values: names)),
      Column(name: "angsuran_ke", type: .int, storage: .int64(wide[0])),
      Column(name: "jatuh_tempo", type: .date, storage: .day(dueDates)),
      Column(name: "pokok", type: .money, storage: .int64(wide[1])),
      Column(name: "jasa", type: .money, storage: .int64(wide[2])),
      Column(name: "total", type: .money, storage: .int64(wide[3])),
      Column(name: "sisa_pokok_setelah", type: .money, storage: .int64(wide[4])),
    ]
    return Table(name: "jadwal", columns: columns, rowCount: rows)
  }
}

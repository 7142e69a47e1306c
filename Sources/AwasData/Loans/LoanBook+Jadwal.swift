extension LoanBook {
  /// The `jadwal` table: every installment of every loan that can be scheduled,
  /// in loan order (`no_pinjaman`, `angsuran_ke`, `jatuh_tempo`, `pokok`, `jasa`,
  /// `total`, `sisa_pokok_setelah`). Nil when the loans have no `no_pinjaman`.
  /// - Complexity: O(installments), both cores.
  func jadwal(loanIds: Column) -> Table? {
    guard let index = KeyIndex(column: loanIds) else { return nil }
    let n = count
    // Each loan's code in the no_pinjaman dictionary: its key's ordinal.
    guard let codeOf = index.resolve(loanIds, ordinals: true) else { return nil }
    var start = ContiguousArray<Int>(repeating: 0, count: n + 1)
    for i in 0..<n {
      let t = terms[i]
      start[i + 1] = start[i] + (codeOf[i] >= 0 ? Int(t.tenor) : 0)
    }
    let rows = start[n]
    let offsets = start

    let loanCodes: ContiguousArray<Int32> = makeArray(rows) { out in
      Parallel.forEachChunk(n, minimum: 8_192) { range in
        for i in range { for r in offsets[i]..<offsets[i + 1] { out[r] = codeOf[i] } }
      }
    }
    let numbers: ContiguousArray<Int64> = makeArray(rows) { out in
      Parallel.forEachChunk(n, minimum: 8_192) { range in
        for i in range {
          let lo = offsets[i]
          for r in lo..<offsets[i + 1] { out[r] = Int64(r - lo + 1) }
        }
      }
    }
    let dueDates: ContiguousArray<Int32> = makeArray(rows) { out in
      Parallel.forEachChunk(n, minimum: 8_192) { range in
        for i in range {
          let lo = offsets[i]
          for r in lo..<offsets[i + 1] { out[r] = due[i].serial(r - lo + 1) }
        }
      }
    }
    let money = makeArrays(4, rows) { (m: [UnsafeMutableBufferPointer<Int64>]) in
      Parallel.forEachChunk(n, minimum: 8_192) { range in
        for i in range {
          let lo = offsets[i], hi = offsets[i + 1]
          if lo == hi { continue }
          var s = ScheduleStepper(terms[i])
          for r in lo..<hi {
            let step = s.next()
            m[0][r] = step.principal
            m[1][r] = step.interest
            m[2][r] = step.principal + step.interest
            m[3][r] = s.balance
          }
        }
      }
    }
    let names = index.count == 0 ? [""] : index.keyStrings()
    let columns = [
      Column(name: "no_pinjaman", type: .string, storage: .dictionary(codes: loanCodes, values: names)),
      Column(name: "angsuran_ke", type: .int, storage: .int64(numbers)),
      Column(name: "jatuh_tempo", type: .date, storage: .day(dueDates)),
      Column(name: "pokok", type: .money, storage: .int64(money[0])),
      Column(name: "jasa", type: .money, storage: .int64(money[1])),
      Column(name: "total", type: .money, storage: .int64(money[2])),
      Column(name: "sisa_pokok_setelah", type: .money, storage: .int64(money[3])),
    ]
    return Table(name: "jadwal", columns: columns, rowCount: rows)
  }
}

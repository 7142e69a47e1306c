extension LoanStatus {
  /// The figures as `pinjaman` columns (see ``Dataset/derivedLoanColumns``);
  /// `kolektibilitas` only when `classified`, `tunggakan_jasa` only when known.
  func columns(classified: Bool) -> [Column] {
    let n = count
    // Every figure is null where the loan is not disbursed; sisa and berisiko
    // also where plafon is unknown; the ageing figures also where unscheduled.
    let paidNulls = notDisbursed, sisaNulls = unknownSisa, ageNulls = unaged
    var columns = [
      Column(name: "pokok_dibayar", type: .money, storage: .int64(pokokDibayar), nulls: paidNulls),
      Column(name: "sisa", type: .money, storage: .int64(sisa), nulls: sisaNulls),
      Column(name: "tunggakan_pokok", type: .money, storage: .int64(tunggakanPokok), nulls: ageNulls),
    ]
    if hasInterestArrears {
      columns.append(
        Column(name: "tunggakan_jasa", type: .money, storage: .int64(tunggakanJasa), nulls: ageNulls))
    }
    columns.append(Column(name: "dpd", type: .int, storage: .int64(dpd), nulls: ageNulls))
    if classified {
      var classNulls = Bitset(count: n)
      let codes = makeArray(n) { (out: UnsafeMutableBufferPointer<Int32>) in
        for i in 0..<n {
          let k = kolektibilitasCodes[i]
          out[i] = k == 0 ? 0 : Int32(k) - 1
          if k == 0 { classNulls[i] = true }
        }
      }
      columns.append(
        Column(
          name: "kolektibilitas", type: .string,
          storage: .dictionary(codes: codes, values: Kolektibilitas.columnValues), nulls: classNulls))
    }
    columns.append(Column(name: "berisiko", type: .bool, storage: .bool(berisiko), nulls: sisaNulls))
    return columns
  }
}

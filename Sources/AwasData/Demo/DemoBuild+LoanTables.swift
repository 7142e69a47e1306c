/// pinjaman.csv and angsuran.csv (pass 2: payments are simulated again and
/// streamed out with their receipt numbers).
extension DemoBuild {
  func writePinjaman(_ files: DemoFiles) throws {
    try files.write(
      "pinjaman",
      ["no_pinjaman", "no_anggota", "tanggal_cair", "plafon", "bunga_persen_bulan", "metode", "tenor_bulan",
       "jaminan", "nilai_jaminan", "petugas", "status", "restrukturisasi", "kolektibilitas_tercatat"]
    ) { w in
      let users = petugas.map(\.user)
      let rates = (0...300).map { Double($0) / 100 }
      for i in loans.indices {
        let l = loans[i]
        w.text(loanNumber(i))
        w.text(memberNumber(Int(l.member)))
        w.date(l.date)
        w.rupiah(l.plafon)
        w.double(rates[min(300, Int(l.rateBP))])
        w.text(l.method.name)
        w.int(Int64(l.tenor))
        if l.collateral > 0 {
          w.text(Self.collateralKinds[Int(l.collateral) - 1])
          w.rupiah(l.collateralValue)
        } else {
          w.null()
          w.null()
        }
        w.text(users[Int(l.petugas)])
        let s = status(i)
        w.text(s)
        w.text("tidak")
        w.text(s == "lunas" ? nil : l.booked.name)
        w.endRow()
      }
    }
  }

  /// What pass 2 learns about planted receipts: the receipt numbers involved.
  struct ReceiptFacts {
    var duplicates: [(loan: Int, original: String, copy: String, date: Int32, pokok: Int64)] = []
    var reused: [(number: String, loans: [Int])] = []
    var fabricatedRows = 0
  }

  func writeAngsuran(_ files: DemoFiles, _ planted: PlantedLoans) throws -> ReceiptFacts {
    var facts = ReceiptFacts()
    var used = [Int32](repeating: 0, count: ledger.receipts.count)
    let users = petugas.map { Array($0.user.utf8) }
    let prefixes = DemoOffices.all.map { Array($0.receiptPrefix.utf8) }
    // Year prefixes `KW-2025-` per office and year, built once.
    var yearPrefix: [Int: [[UInt8]]] = [:]
    func prefix(_ office: Int, _ year: Int) -> [UInt8] {
      if let p = yearPrefix[year] { return p[office] }
      let p = prefixes.map { $0 + Array(String(year).utf8) + [UInt8(ascii: "-")] }
      yearPrefix[year] = p
      return p[office]
    }
    var reusedSlots = [Bool](repeating: false, count: ledger.receipts.count)
    for reuse in planted.reusedNumber {
      var s = DemoSchedule(), pays: [DemoPayment] = []
      simulate(reuse.loan, &s, into: &pays)
      reusedSlots[ledger.slot(office: petugas[Int(loans[reuse.loan].petugas)].office, day: pays[reuse.payment].date)] = true
    }
    var lastOwner: [Int: Int] = [:]
    try files.write("angsuran", ["no_bukti", "no_pinjaman", "tanggal", "pokok", "jasa", "denda", "petugas"]) { w in
      var sched = DemoSchedule()
      var pays: [DemoPayment] = []
      var previousNumber = ""
      for i in loans.indices {
        simulate(i, &sched, into: &pays)
        let loan = loans[i]
        let office = petugas[Int(loan.petugas)].office
        let loanNo = Array(loanNumber(i).utf8)
        let user = users[Int(loan.petugas)]
        if Int(loan.petugas) == fabricatingPetugas { facts.fabricatedRows += pays.count }
        for (k, p) in pays.enumerated() {
          let s = ledger.slot(office: office, day: p.date)
          let year = Day(serial: p.date).year
          let number: Int32
          if loan.reuseCandidate && ledger.reused.contains(DemoLedger.reuseKey(loan: i, payment: k)) {
            number = ledger.firstNumber[s] + used[s] - 1
            facts.reused.append((receiptNumber(office: office, year: year, number), [lastOwner[s] ?? i, i]))
          } else {
            number = ledger.firstNumber[s] + used[s]
            used[s] += 1
            if reusedSlots[s] { lastOwner[s] = i }
          }
          w.code(prefix(office, year), Int(number), width: ledger.width)
          loanNo.withUnsafeBufferPointer { w.writeText($0) }
          w.date(p.date)
          w.rupiah(p.pokok)
          w.rupiah(p.jasa)
          w.rupiah(p.denda)
          user.withUnsafeBufferPointer { w.writeText($0) }
          w.endRow()
          let text = p.isDuplicate || (loan.duplicatePayment && k + 1 < pays.count && pays[k + 1].isDuplicate)
            ? receiptNumber(office: office, year: year, number) : ""
          if p.isDuplicate {
            facts.duplicates.append((i, previousNumber, text, p.date, p.pokok))
          }
          previousNumber = text
        }
      }
    }
    return facts
  }
}

/// Pass 1 over the loans: simulates every loan's payments once to total them
/// per day (journal, income statement), per loan (outstanding principal) and
/// per office and day (receipt numbers). Nothing is written yet.
extension DemoBuild {
  func runLedger(_ planted: inout PlantedLoans) {
    ledger.reset()
    planted.reusedNumber = []
    let n = loans.count
    paidAsOf = [Int64](repeating: 0, count: n)
    paidPrevious = paidAsOf
    lastPayment = [Int32](repeating: 0, count: n)
    var sched = DemoSchedule()
    var pays: [DemoPayment] = []
    let prev = previousYearEnd.serial
    let yearStart = day(bookYear, 1, 1)
    for i in 0..<n {
      simulate(i, &sched, into: &pays)
      let loan = loans[i]
      ledger.disbursed[ledger.index(loan.date)] += loan.plafon
      let office = petugas[Int(loan.petugas)].office
      var reuse = loan.reuseCandidate && planted.reusedNumber.count < scale
      for (k, p) in pays.enumerated() {
        paidAsOf[i] += p.pokok
        if p.date <= prev { paidPrevious[i] += p.pokok }
        let d = ledger.index(p.date)
        ledger.pokok[d] += p.pokok
        ledger.jasa[d] += p.jasa
        ledger.denda[d] += p.denda
        let s = ledger.slot(office: office, day: p.date)
        if reuse && p.date >= yearStart && !p.isDuplicate && ledger.receipts[s] > 0 {
          ledger.reused.insert(DemoLedger.reuseKey(loan: i, payment: k))
          planted.reusedNumber.append((i, k))
          reuse = false
        } else {
          ledger.receipts[s] += 1
        }
      }
      lastPayment[i] = pays.last?.date ?? 0
    }
  }

  /// Outstanding principal of loan `i` at the reporting date (0 when written off).
  func sisa(_ i: Int) -> Int64 {
    loans[i].behaviour == .writtenOff ? 0 : loans[i].plafon - paidAsOf[i]
  }

  /// `aktif`, `lunas` or `hapus_buku` at the reporting date.
  func status(_ i: Int) -> String {
    if loans[i].behaviour == .writtenOff { return "hapus_buku" }
    return paidAsOf[i] >= loans[i].plafon ? "lunas" : "aktif"
  }

  /// Members who leave: ordinary members with no open loan, about 5 %, after
  /// their last repayment and at least a year after joining.
  func chooseLeavers() {
    var r = stream("leavers")
    var open = [Bool](repeating: false, count: members.count)
    var lastPaid = [Int32](repeating: 0, count: members.count)
    for i in loans.indices {
      let m = Int(loans[i].member)
      if status(i) != "lunas" { open[m] = true }
      lastPaid[m] = max(lastPaid[m], lastPayment[i], loans[i].date)
    }
    for m in members.indices {
      members[m].left = .max
      let draw = r.unit(), offset = r.unit()
      guard members[m].role == .ordinary, !open[m], draw < 0.05 else { continue }
      let from = max(members[m].joined + 365, lastPaid[m] + 7)
      let to = asOf.serial - 5
      guard from < to else { continue }
      let d = calendar.onOrAfter(from + Int32(offset * Double(to - from)))
      if d < to { members[m].left = d }
    }
  }

  /// Whether member `m` was a member at the end of day `d`.
  func isMember(_ m: Int, at d: Int32) -> Bool {
    members[m].joined <= d && members[m].left > d
  }

  /// Numbers the receipts: per office and year from 1, in date order, with
  /// the planted gaps. Returns the planted gap anomalies.
  func numberReceipts() -> [PlantedAnomaly] {
    var r = stream("receipts")
    let yearStart = day(bookYear, 1, 1)
    // Choose the gaps: a working day in the book year of an office that
    // already issued receipts that year.
    var gaps: [Int: Int] = [:]
    let office0 = ledger.index(yearStart), lastDay = ledger.index(asOf.serial)
    for _ in 0..<2 * scale {
      for _ in 0..<1000 {
        let o = r.below(ledger.offices)
        let d = office0 + 20 + r.below(lastDay - office0 - 20)
        let s = o * ledger.days + d
        if ledger.receipts[s] > 0 && gaps[s] == nil {
          gaps[s] = 1 + r.below(5)
          break
        }
      }
    }
    var anomalies: [PlantedAnomaly] = []
    var widest: Int32 = 0
    var gapRecords: [(office: Int, year: Int, before: Int32, after: Int32, missing: Int)] = []
    for o in 0..<ledger.offices {
      var year = -1
      var next: Int32 = 1
      var lastIssued: Int32 = 0
      for d in 0..<ledger.days {
        let y = Day(serial: ledger.first + Int32(d)).year
        if y != year {
          year = y
          next = 1
          lastIssued = 0
        }
        let s = o * ledger.days + d
        guard ledger.receipts[s] > 0 else { continue }
        if let g = gaps[s], lastIssued > 0 {
          gapRecords.append((o, y, lastIssued, next + Int32(g), g))
          next += Int32(g)
        }
        ledger.firstNumber[s] = next
        next += ledger.receipts[s]
        lastIssued = next - 1
        widest = max(widest, lastIssued)
      }
    }
    ledger.width = max(6, String(widest).count)
    for g in gapRecords {
      let before = receiptNumber(office: g.office, year: g.year, g.before)
      let after = receiptNumber(office: g.office, year: g.year, g.after)
      anomalies.append(
        PlantedAnomaly(
          kind: .receiptNumberGap,
          description: Text(
            "Nomor kuitansi {0} sampai {1} hilang ({2} nomor).",
            en: "Receipt numbers {0} to {1} are missing ({2} numbers)."
          ).format(
            receiptNumber(office: g.office, year: g.year, g.before + 1),
            receiptNumber(office: g.office, year: g.year, g.after - 1), g.missing),
          table: "angsuran", keyColumn: "no_bukti", keys: [before, after],
          details: ["missing": .int(Int64(g.missing))]))
    }
    return anomalies
  }

  func receiptNumber(office: Int, year: Int, _ n: Int32) -> String {
    DemoOffices.all[office].receiptPrefix + String(year) + "-" + zeroPadded(Int(n), ledger.width)
  }
}

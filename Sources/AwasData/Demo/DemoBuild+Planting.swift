/// Chooses the loans that carry planted anomalies and changes them accordingly.
/// Every planted loan belongs to an ordinary member whose last loan it is, so
/// no member ever has two open loans.
extension DemoBuild {
  /// Loan indices per planted kind.
  struct PlantedLoans {
    var overdue: [Int] = []
    var misbooked: [Int] = []
    var writtenOff: [Int] = []
    var insiders: [Int] = []
    var justUnder: [Int] = []
    var duplicatePayment: [Int] = []
    /// (loan, payment index) that reuse the previous receipt number, found in pass 1.
    var reusedNumber: [(loan: Int, payment: Int)] = []
  }

  /// Days-past-due ranges of the planted overdue loans, each planted `scale` times.
  static let overdueBuckets: [ClosedRange<Int>] = [
    1...30, 31...60, 61...90, 91...180, 181...360, 361...720,
  ]

  func plantLoanAnomalies(_ special: SpecialIndices) -> PlantedLoans {
    var r = stream("planting")
    var out = PlantedLoans()
    var lastLoan = [Int32](repeating: -1, count: members.count)
    for (i, l) in loans.enumerated() { lastLoan[Int(l.member)] = Int32(i) }
    var sched = DemoSchedule()
    func plain(_ i: Int) -> Bool {
      let l = loans[i]
      return !l.planted && l.behaviour == .clean && members[Int(l.member)].role == .ordinary
        && lastLoan[Int(l.member)] == Int32(i)
    }
    func find(_ test: (Int) -> Bool) -> Int? {
      for _ in 0..<20_000 {
        let i = r.below(loans.count)
        if plain(i) && test(i) { return i }
      }
      let start = r.below(loans.count)
      for k in 0..<loans.count where plain((start + k) % loans.count) && test((start + k) % loans.count) {
        return (start + k) % loans.count
      }
      return nil
    }
    /// Installments to pay so that the first unpaid one is `range` days past due.
    func stops(_ i: Int, _ range: ClosedRange<Int>) -> [Int] {
      sched.compute(loans[i])
      return sched.due.indices.filter { range.contains(Int(asOf.serial - sched.due[$0])) && $0 >= 1 }
    }
    // Overdue loans, booked correctly, then the misbooked ones.
    var plans: [(range: ClosedRange<Int>, misbooked: Bool)] = []
    for _ in 0..<scale {
      for b in Self.overdueBuckets { plans.append((b, false)) }
      plans.append((91...180, true))
      plans.append((361...720, true))
    }
    for plan in plans {
      guard let i = find({ !stops($0, plan.range).isEmpty }) else { continue }
      let js = stops(i, plan.range)
      loans[i].behaviour = .overdue
      loans[i].stopAfter = UInt8(js[r.below(js.count)])
      loans[i].partial = r.chance(0.4)
      loans[i].planted = true
      let dpd = plan.range.lowerBound
      if dpd > 360 {
        loans[i].collateral = 0
        loans[i].collateralValue = 0
      } else if dpd > 180 {
        loans[i].collateral = 3
        loans[i].collateralValue = (loans[i].plafon * 3 / 2 + 499_999) / 500_000 * 500_000
      }
      let correct: BookedClass = dpd > 360 ? .macet : dpd > 180 ? .diragukan : dpd > 90 ? .kurangLancar : .lancar
      loans[i].booked = plan.misbooked ? (dpd > 360 ? .kurangLancar : .lancar) : correct
      out.overdue.append(i)
      if plan.misbooked { out.misbooked.append(i) }
    }
    // Written off during the book year, at least 185 days after the first unpaid due date.
    let woFrom = day(2024, 3, 1), woTo = day(2025, 5, 31)
    for _ in 0..<2 * scale {
      let test: (Int) -> Bool = { i in
        sched.compute(self.loans[i])
        return sched.due.indices.contains { $0 >= 1 && sched.due[$0] >= woFrom && sched.due[$0] <= woTo }
      }
      guard let i = find(test) else { continue }
      sched.compute(loans[i])
      let js = sched.due.indices.filter { $0 >= 1 && sched.due[$0] >= woFrom && sched.due[$0] <= woTo }
      let j = js[r.below(js.count)]
      let earliest = max(sched.due[j] + 185, day(2025, 1, 6))
      loans[i].behaviour = .writtenOff
      loans[i].stopAfter = UInt8(j)
      loans[i].writeOffDate = calendar.onOrAfter(earliest + Int32(r.below(Int(day(2025, 12, 10) - earliest))))
      loans[i].booked = .macet
      loans[i].planted = true
      out.writtenOff.append(i)
    }
    plantInsiders(special, &out, &r)
    plantJustUnder(&out, find)
    // Duplicate receipts: a loan open at the reporting date, paying in the book year.
    for _ in 0..<2 * scale {
      let test: (Int) -> Bool = { i in
        sched.compute(self.loans[i])
        let n = sched.due.count
        return n >= 6 && sched.due[n - 4] > self.asOf.serial
          && sched.due.contains { $0 >= self.day(2025, 1, 10) && $0 <= self.asOf.serial - 30 }
      }
      guard let i = find(test) else { continue }
      loans[i].duplicatePayment = true
      loans[i].planted = true
      out.duplicatePayment.append(i)
    }
    // Candidates for a reused receipt number (pass 1 takes the first `scale` that fit).
    for _ in 0..<20 * scale {
      guard let i = find({ self.loans[$0].date >= self.day(2024, 6, 1) && !self.loans[$0].reuseCandidate })
      else { continue }
      loans[i].reuseCandidate = true
    }
    return out
  }

  private func plantInsiders(_ special: SpecialIndices, _ out: inout PlantedLoans, _ r: inout Xoshiro256) {
    // The bendahara (a pengurus) and the pengawas ketua's adult child.
    let borrowers = [special.officers[2], special.insiderRelative]
    let from = day(2025, 9, 1), to = day(2025, 11, 20)
    var chosen = Set<Int>()
    for b in borrowers {
      let eligible = loans.indices.filter { i in
        let l = loans[i]
        return !l.planted && !chosen.contains(i) && l.behaviour == .clean && l.date >= from
          && l.date <= to && Int(l.petugas) != fabricatingPetugas
      }
      guard !eligible.isEmpty else { continue }
      let i = eligible[r.below(eligible.count)]
      loans[i].member = Int32(b)
      loans[i].tenor = 36
      loans[i].method = .flat
      loans[i].rateBP = 150
      loans[i].collateral = 3
      loans[i].planted = true
      chosen.insert(i)
      out.insiders.append(i)
    }
  }

  /// Sets the insiders' plafon (and collateral): `amount`, then 8 % more for each next one.
  func setInsiderPlafon(_ insiders: [Int], _ amount: Int64) {
    for (k, i) in insiders.enumerated() {
      loans[i].plafon = amount * Int64(100 + 8 * k) / 100 / 1_000_000 * 1_000_000
      loans[i].collateralValue = (amount * 3 / 2 + 499_999) / 500_000 * 500_000
    }
  }

  private func plantJustUnder(_ out: inout PlantedLoans, _ find: ((Int) -> Bool) -> Int?) {
    var r = stream("planting.just-under")
    let amounts: [Int64] = [24_500_000, 24_600_000, 24_750_000, 24_800_000, 24_900_000, 24_950_000]
    for _ in 0..<3 * scale {
      guard let i = find({ self.loans[$0].plafon >= 5_000_000 && Int(self.loans[$0].petugas) != self.fabricatingPetugas })
      else { continue }
      loans[i].plafon = r.pick(amounts)
      loans[i].tenor = UInt8(r.pick([12, 18, 24, 36]))
      loans[i].rateBP = UInt16(r.pick([125, 150]))
      loans[i].collateral = 3
      loans[i].collateralValue = (loans[i].plafon * 3 / 2 + 499_999) / 500_000 * 500_000
      loans[i].planted = true
      out.justUnder.append(i)
    }
  }
}

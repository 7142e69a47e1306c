/// The loan book: disbursement dates (growing over six years), borrowers (one
/// open loan per member at a time, never an officer or an officer's family),
/// loan officers, amounts, terms and collateral.
extension DemoBuild {
  static let tenors: [Int] = [6, 10, 12, 18, 24, 36]
  static let tenorWeights: [Int] = [25, 15, 30, 12, 10, 8]
  /// The manager approves loans below this (koperasi.toml `batas_persetujuan_manajer`).
  static let approvalLimit: Int64 = 25_000_000
  /// Clean plafon never falls in [90 % of the limit, the limit).
  static let approvalWindow: Int64 = approvalLimit * 9 / 10
  static let maxPlafon: Int64 = 50_000_000
  /// `jaminan` text per collateral kind 1…4.
  static let collateralKinds = ["BPKB sepeda motor", "BPKB mobil", "SHM tanah", "Emas perhiasan"]

  func planLoans() {
    var r = stream("loans")
    let n = loanCount
    loans.reserveCapacity(n)
    var busyUntil = [Int32](repeating: 0, count: members.count)
    let span = Double(asOf.serial - 10 - loanStart.serial)
    var balancers = petugas.indices.map { DigitBalancer(uniform: $0 == fabricatingPetugas) }
    var sched = DemoSchedule()
    var pays: [DemoPayment] = []
    let byOffice = (0..<DemoOffices.all.count).map { o in petugas.indices.filter { petugas[$0].office == o } }
    for i in 0..<n {
      // Linear growth: density 1 + 1.5 t over t in [0, 1]; invert its CDF.
      let x = (Double(i) + 0.5) / Double(n)
      let growth = (-1 + (1 + 3 * 1.75 * x).squareRoot()) / 1.5
      let date = calendar.onOrBefore(calendar.onOrAfter(loanStart.serial + Int32(growth * span)))
      let m = pickBorrower(date, busyUntil, &r)
      let kec = DemoPlaces.desa[Int(families[Int(members[m].family)].desa)].kecamatan
      let office = DemoOffices.office(ofKecamatan: kec)
      let candidates = byOffice[office].isEmpty ? Array(petugas.indices) : byOffice[office]
      // The fabricating officer gets a third of the share of the others.
      let p = candidates[r.weighted(candidates.map { $0 == fabricatingPetugas ? 1 : 3 })]
      let tenor = Self.tenors[r.weighted(Self.tenorWeights)]
      // The installment's mantissa: first digits Benford-distributed per
      // officer (uniform for the fabricating one), weighted by the payments
      // the loan should have made by the reporting date.
      let due = (Day(serial: asOf.serial).year - Day(serial: date).year) * 12
        + Day(serial: asOf.serial).month - Day(serial: date).month
      let mantissa = balancers[p].mantissa(payments: min(tenor, max(1, due)), &r)
      var loan = makeLoan(date: date, member: m, petugas: p, tenor: tenor, mantissa: mantissa, r: &r)
      if r.chance(0.06) && loan.tenor >= 6 {
        loan.behaviour = .prepaid
        loan.stopAfter = UInt8(r.int(2...Int(loan.tenor) - 2))
      }
      busyUntil[m] = Day(serial: date).adding(months: Int(loan.tenor)).serial + Int32(r.below(60))
      loans.append(loan)
      simulate(i, &sched, into: &pays)
      for pay in pays { balancers[p].record(pay.pokok) }
    }
  }

  /// A member who joined at least 30 days before `date`, is ordinary (or of the
  /// near-duplicate pair) and has no open loan.
  private func pickBorrower(_ date: Int32, _ busy: [Int32], _ r: inout Xoshiro256) -> Int {
    var lo = 0, hi = members.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if members[mid].joined <= date - 30 { lo = mid + 1 } else { hi = mid }
    }
    let eligible = max(1, lo)
    func ok(_ m: Int) -> Bool {
      (members[m].role == .ordinary || members[m].role == .nearDuplicate) && busy[m] < date
    }
    for _ in 0..<60 {
      let m = r.below(eligible)
      if ok(m) { return m }
    }
    let start = r.below(eligible)
    for k in 0..<eligible where ok((start + k) % eligible) { return (start + k) % eligible }
    for k in 0..<members.count where members[(start + k) % members.count].role == .ordinary {
      return (start + k) % members.count
    }
    return 0
  }

  func makeLoan(
    date: Int32, member: Int, petugas p: Int, tenor: Int, mantissa: Double, r: inout Xoshiro256
  ) -> DemoLoan {
    // The decade of the installment: any that keeps the plafon within Rp 1–50 juta.
    var scales: [Double] = []
    var scale = 1_000.0
    for _ in 0..<5 {
      let plafon = mantissa * scale * Double(tenor)
      if plafon >= 1_000_000 && plafon <= Double(Self.maxPlafon) { scales.append(scale) }
      scale *= 10
    }
    let installment = mantissa * (scales.isEmpty ? 100_000 : scales[r.below(scales.count)])
    let raw = installment * Double(tenor)
    let step: Double = raw < 5_000_000 ? 50_000 : 100_000
    var plafon = Int64((raw / step).rounded()) * Int64(step)
    plafon = min(Self.maxPlafon, max(1_000_000, plafon))
    if plafon >= Self.approvalWindow && plafon < Self.approvalLimit { plafon = Self.approvalWindow - 100_000 }
    let rate: Int
    switch plafon {
    case ..<5_000_000: rate = r.pick([200, 225, 250])
    case ..<20_000_000: rate = r.pick([150, 175, 200])
    default: rate = r.pick([100, 125, 150])
    }
    let method = LoanMethod(rawValue: UInt8(r.weighted([55, 20, 25]))) ?? .flat
    var loan = DemoLoan(
      date: date, plafon: plafon, member: Int32(member), rateBP: UInt16(rate), petugas: UInt16(p),
      tenor: UInt8(tenor), method: method)
    setCollateral(&loan, &r)
    return loan
  }

  func setCollateral(_ loan: inout DemoLoan, _ r: inout Xoshiro256) {
    let p = loan.plafon
    let kind: Int
    switch p {
    case ..<3_000_000: kind = r.chance(0.7) ? 0 : 1
    case ..<10_000_000: kind = [1, 4, 0][r.weighted([70, 20, 10])]
    case ..<25_000_000: kind = [1, 2, 3, 4][r.weighted([30, 30, 30, 10])]
    default: kind = r.chance(0.6) ? 3 : 2
    }
    loan.collateral = UInt8(kind)
    let value: Int64
    switch kind {
    case 1: value = max(p * 13 / 10, Int64(r.int(8...20)) * 1_000_000)
    case 2: value = max(p * 3 / 2, Int64(r.int(60...250)) * 1_000_000)
    case 3: value = max(p * 3 / 2, Int64(r.int(50...400)) * 1_000_000)
    case 4: value = p * Int64(r.int(110...140)) / 100
    default: value = 0
    }
    loan.collateralValue = value / 500_000 * 500_000
  }
}

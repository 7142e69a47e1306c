extension LoanBook {
  /// Every loan's figures at `asOf`, classified by `rules`.
  ///
  /// Repayments dated after `asOf` are ignored; loans disbursed after `asOf`
  /// are marked ``LoanStatus/notDisbursed``. See docs/derived.md for each figure.
  /// - Complexity: O(n log r) for flat loans, plus the installments due for
  ///   anuitas and menurun loans; both cores.
  public func status(asOf: Day, rules: CollectibilityRules) -> LoanStatus {
    let scanned = rows?.paid(asOf: asOf.serial, loans: count)
    // The buffers behind the view's pointers must outlive the loop.
    let f = withExtendedLifetime((self, scanned?.pokok, scanned?.jasa)) {
      LoanBook.figures(count, BookView(self, asOf: AsOfDate(asOf), rules: rules.compiled, paid: scanned))
    }
    return LoanStatus(
      asOf: asOf, rules: rules, figures: f.money, codes: f.codes, states: f.states, berisiko: f.risky,
      writtenOff: writtenOffMask, hasInterestArrears: hasRepayments && hasInterestPaid)
  }

  /// Every loan's figures through `view`, on both cores.
  static func figures(_ n: Int, _ view: BookView) -> (
    money: [ContiguousArray<Int64>], codes: ContiguousArray<UInt8>, states: ContiguousArray<UInt8>,
    risky: ContiguousArray<Bool>
  ) {
    var codes = ContiguousArray<UInt8>()
    var states = ContiguousArray<UInt8>()
    var risky = ContiguousArray<Bool>()
    let money = makeArrays(5, n) { (f: [UnsafeMutableBufferPointer<Int64>]) in
      let (paid, sisa, arrears, arrearsInterest, dpd) = (f[0], f[1], f[2], f[3], f[4])
      let out = makeArrays(2, n) { (c: [UnsafeMutableBufferPointer<UInt8>]) in
        let (kol, state) = (c[0], c[1])
        risky = makeArray(n) { (b: UnsafeMutableBufferPointer<Bool>) in
          Parallel.forEachChunk(n, minimum: 16_384) { range in
            for i in range {
              let r = view.figures(i)
              paid[i] = r.paid
              sisa[i] = r.sisa
              arrears[i] = r.arrears
              arrearsInterest[i] = r.arrearsInterest
              dpd[i] = r.dpd
              kol[i] = r.kolektibilitas
              state[i] = r.state
              b[i] = r.risky
            }
          }
        }
      }
      codes = out[0]
      states = out[1]
    }
    return (money, codes, states, risky)
  }
}

/// Raw pointers into a ``LoanBook`` for the per-loan loop (valid while the book lives).
struct BookView {
  let cair: UnsafeMutableBufferPointer<Int32>
  let due: UnsafeMutableBufferPointer<DueDates>
  let plafon: UnsafeMutableBufferPointer<Int64>
  let collateral: UnsafeMutableBufferPointer<Int64>
  let terms: UnsafeMutableBufferPointer<LoanTerms>
  let writtenOff: UnsafeMutableBufferPointer<Bool>
  /// Grouped layout: repayments of loan i at payStart[i]..<payStart[i+1].
  let payStart: UnsafeMutableBufferPointer<Int>?
  let payDate: UnsafeMutableBufferPointer<Int32>
  let paidPokok: UnsafeMutableBufferPointer<Int64>
  let paidJasa: UnsafeMutableBufferPointer<Int64>
  /// Scan layout: per loan, paid on or before the as-of date.
  let paidNow: UnsafeMutableBufferPointer<Int64>?
  let paidNowJasa: UnsafeMutableBufferPointer<Int64>?
  let hasInterest: Bool
  let date: AsOfDate
  let rules: CompiledRules

  init(
    _ b: LoanBook, asOf: AsOfDate, rules: CompiledRules,
    paid: (pokok: FixedBuffer<Int64>, jasa: FixedBuffer<Int64>)?
  ) {
    cair = b.cair.pointer
    due = b.due.pointer
    plafon = b.plafon.pointer
    collateral = b.collateral.pointer
    terms = b.terms.pointer
    writtenOff = b.writtenOff.pointer
    let empty = UnsafeMutableBufferPointer<Int64>(start: nil, count: 0)
    payStart = b.groups?.start.pointer
    payDate = b.groups?.date.pointer ?? UnsafeMutableBufferPointer(start: nil, count: 0)
    paidPokok = b.groups?.pokok.pointer ?? empty
    paidJasa = b.groups?.jasa.pointer ?? empty
    paidNow = paid?.pokok.pointer
    paidNowJasa = paid?.jasa.pointer
    hasInterest = b.hasInterestPaid
    date = asOf
    self.rules = rules
  }

  /// Loan `i`'s figures at the as-of date.
  @inline(__always)
  func figures(_ i: Int) -> LoanFigures {
    var r = LoanFigures()
    let c = cair[i]
    if c == .min || c > date.serial {
      r.state = LoanState.notDisbursed
      return r
    }
    var paid: Int64 = 0, paidInterest: Int64 = 0
    if let payStart {
      // Repayments on or before the as-of date: binary search in the loan's group.
      let lo = payStart[i], hi = payStart[i + 1]
      var a = lo, b = hi
      if hi > lo && payDate[hi - 1] <= date.serial { a = hi }  // all paid on or before
      while a < b {
        let m = (a + b) >> 1
        if payDate[m] <= date.serial { a = m + 1 } else { b = m }
      }
      if a > lo {
        paid = paidPokok[a - 1]
        if hasInterest { paidInterest = paidJasa[a - 1] }
      }
    } else if let paidNow {
      paid = paidNow[i]
      if hasInterest, let paidNowJasa { paidInterest = paidNowJasa[i] }
    }
    r.paid = paid
    let p = plafon[i]
    let off = writtenOff[i]
    if p < 0 {
      r.state = LoanState.unknownSisa
      if off { r.kolektibilitas = rules.writtenOff.rawValue }
      return r
    }
    r.sisa = max(0, p - paid)
    r.risky = r.sisa > 0 && collateral[i] < r.sisa
    let t = terms[i]
    if t.tenor == 0 {
      r.state = LoanState.unaged
      if off { r.kolektibilitas = rules.writtenOff.rawValue }
      return r
    }
    let dueCount = min(due[i].countDue(asOf: date), Int(t.tenor))
    var principalDue: Int64 = 0, interestDue: Int64 = 0
    var firstUncovered = 0
    if t.equalPrincipal {
      principalDue = t.equalPrincipalDue(dueCount)
      if principalDue > paid { firstUncovered = t.equalFirstUncovered(paid: paid) ?? 0 }
      if t.metode == .flat {
        interestDue = Int64(dueCount) * RupiahMath.interest(balance: t.plafon, rate: t.rate)
      } else if hasInterest {
        var s = ScheduleStepper(t)
        for _ in 0..<dueCount { interestDue += s.next().interest }
      }
    } else {
      var s = ScheduleStepper(t)
      var k = 0
      while k < dueCount {
        k += 1
        let step = s.next()
        principalDue += step.principal
        interestDue += step.interest
        if firstUncovered == 0 && principalDue > paid { firstUncovered = k }
      }
    }
    r.arrears = max(0, principalDue - paid)
    r.arrearsInterest = hasInterest ? max(0, interestDue - paidInterest) : 0
    if firstUncovered > 0 {
      r.dpd = max(0, Int64(date.serial) - Int64(due[i].serial(firstUncovered)))
    }
    r.kolektibilitas = rules.classify(
      dpd: r.dpd, sisa: r.sisa, arrearsInterest: r.arrearsInterest, collateral: collateral[i],
      writtenOff: off, asOf: date.serial
    ).rawValue
    return r
  }
}

/// One loan's figures (see ``LoanStatus``).
struct LoanFigures {
  var paid: Int64 = 0
  var sisa: Int64 = 0
  var arrears: Int64 = 0
  var arrearsInterest: Int64 = 0
  var dpd: Int64 = 0
  var kolektibilitas: UInt8 = 0
  var state: UInt8 = LoanState.aged
  var risky = false
}

/// The repayments of one loan, simulated from its schedule with the loan's own
/// random stream, so the two passes over the loans (one to count receipts, one
/// to write them) see exactly the same payments.
extension DemoBuild {
  static let paymentStream: UInt64 = 0x5041_594D_454E_5453  // "PAYMENTS"

  /// Fills `out` with the repayments of loan `index`, in date order, all dated
  /// on working days after the disbursement and no later than the reporting date.
  func simulate(_ index: Int, _ sched: inout DemoSchedule, into out: inout [DemoPayment]) {
    out.removeAll(keepingCapacity: true)
    let loan = loans[index]
    sched.compute(loan)
    var r = Xoshiro256(seed: seed, stream: Self.paymentStream, index: UInt64(index))
    let end = asOf.serial
    var last = loan.date
    var paid: Int64 = 0
    let n = Int(loan.tenor)
    let stopsEarly = loan.behaviour == .overdue || loan.behaviour == .writtenOff
    func pay(_ d: Int32, _ pokok: Int64, _ jasa: Int64, _ denda: Int64) {
      out.append(DemoPayment(date: d, pokok: pokok, jasa: jasa, denda: denda))
      paid += pokok
      last = d
    }
    /// A day in the week up to `due`, after the previous payment.
    func onTime(_ due: Int32) -> Int32 {
      let d = calendar.onOrBefore(due - Int32(r.below(7)))
      return d > last ? d : calendar.onOrAfter(last + 1)
    }
    for k in 0..<n {
      let due = sched.due[k]
      let nextDue = k + 1 < n ? sched.due[k + 1] : due + 31
      let pokok = sched.payment(k), jasa = sched.interest[k]
      if stopsEarly && k >= Int(loan.stopAfter) {
        if loan.partial && k == Int(loan.stopAfter) {
          var d = calendar.onOrAfter(due - 5 + Int32(r.below(30)))
          if d <= last { d = calendar.onOrAfter(last + 1) }
          if d <= end { pay(d, max(1000, pokok * 3 / 10 / 1000 * 1000), jasa, 0) }
        }
        break
      }
      if loan.behaviour == .prepaid && k == Int(loan.stopAfter) {
        let d = onTime(due)
        if d <= end {
          pay(d, loan.plafon - paid, jasa, 0)
          break
        }
      }
      let mode = stopsEarly ? 0 : r.weighted([86, 9, 5])
      if mode == 1 {  // late, with a penalty
        let d = calendar.onOrAfter(due + 1 + Int32(r.below(20)))
        if d > last && d <= end && d < nextDue - 7 {
          pay(d, pokok, jasa, Self.penalty(pokok + jasa, days: Int64(d - due)))
          continue
        }
      } else if mode == 2 {  // half on time, the rest late
        let d1 = onTime(due)
        let d2 = calendar.onOrAfter(due + 3 + Int32(r.below(18)))
        let part = pokok / 2 / 1000 * 1000
        if d1 <= end && d2 > d1 && d2 <= end && d2 < nextDue - 7 && part >= 1000 && pokok - part >= 1000 {
          pay(d1, part, jasa, 0)
          pay(d2, pokok - part, 0, Self.penalty(pokok - part, days: Int64(d2 - due)))
          continue
        }
      }
      let d = onTime(due)
      if d > end {
        // Never leave an installment due by the reporting date unpaid: a payment
        // that cannot be dated in time is added to the previous one.
        if due <= end, let i = out.indices.last {
          out[i].pokok += pokok
          out[i].jasa += jasa
          paid += pokok
          continue
        }
        break
      }
      pay(d, pokok, jasa, 0)
    }
    if loan.duplicatePayment { duplicateOnePayment(&out, &r) }
  }

  /// The planted double entry: one payment of the book year recorded twice.
  private func duplicateOnePayment(_ out: inout [DemoPayment], _ r: inout Xoshiro256) {
    let startOfYear = day(bookYear, 1, 1)
    let candidates = out.indices.filter { out[$0].date >= startOfYear }
    guard !candidates.isEmpty else { return }
    let i = candidates[r.below(candidates.count)]
    var copy = out[i]
    copy.isDuplicate = true
    out.insert(copy, at: i + 1)
  }

  /// Late-payment penalty: 0.1 % of the amount per day late, in hundreds of rupiah.
  static func penalty(_ amount: Int64, days: Int64) -> Int64 {
    (amount * days / 1000 + 50) / 100 * 100
  }
}

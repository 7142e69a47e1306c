import Testing

@testable import AwasData

/// One flat loan throughout: Rp 1,200,000 over 12 months at 1 %, disbursed
/// 2025-01-10. Principal 100,000 and interest 12,000 fall due on the 10th of
/// every month from 2025-02-10. As of 2025-06-30 five installments are due
/// (Feb … Jun): principal due 500,000, interest due 60,000.
@Suite("pinjaman: pokok_dibayar, sisa, tunggakan, dpd")
struct DaysPastDueTests {
  typealias F = Fixture
  static let asOf = F.day("2025-06-30")

  func run(_ payments: [F.Payment], loan: F.Loan = F.Loan(no: "P1"), asOf: Day = asOf,
    dictionary: Bool = false) -> Dataset
  {
    F.dataset([F.pinjaman([loan], dictionary: dictionary), F.angsuran(payments, dictionary: dictionary)])
      .recomputed(asOf: asOf)
  }

  @Test func noPayments() {
    let d = run([])
    // Oldest unpaid: installment 1, due 2025-02-10 → 18 + 31 + 30 + 31 + 30 = 140 days.
    #expect(d.loanValue("P1", "dpd") == .int(140))
    #expect(d.loanValue("P1", "pokok_dibayar") == .money(F.rp(0)))
    #expect(d.loanValue("P1", "sisa") == .money(F.rp(1_200_000)))
    #expect(d.loanValue("P1", "tunggakan_pokok") == .money(F.rp(500_000)))
    #expect(d.loanValue("P1", "tunggakan_jasa") == .money(F.rp(60_000)))
  }

  @Test(arguments: [false, true]) func partialPayment(dictionary: Bool) {
    // 250,000 covers installments 1–2 and half of 3; installment 3 fell due
    // 2025-04-10 → 20 + 31 + 30 = 81 days.
    let d = run(
      [
        F.Payment(no: "P1", tanggal: "2025-02-10", pokok: 100_000, jasa: 12_000),
        F.Payment(no: "P1", tanggal: "2025-03-12", pokok: 150_000, jasa: 12_000),
      ], dictionary: dictionary)
    #expect(d.loanValue("P1", "dpd") == .int(81))
    #expect(d.loanValue("P1", "pokok_dibayar") == .money(F.rp(250_000)))
    #expect(d.loanValue("P1", "sisa") == .money(F.rp(950_000)))
    #expect(d.loanValue("P1", "tunggakan_pokok") == .money(F.rp(250_000)))
    // Interest: 60,000 due − 24,000 paid.
    #expect(d.loanValue("P1", "tunggakan_jasa") == .money(F.rp(36_000)))
  }

  @Test func prepaymentIsNotOverdue() {
    // 700,000 paid early covers installments 1–7; only 5 are due.
    let d = run([F.Payment(no: "P1", tanggal: "2025-03-01", pokok: 700_000)])
    #expect(d.loanValue("P1", "dpd") == .int(0))
    #expect(d.loanValue("P1", "tunggakan_pokok") == .money(F.rp(0)))
    #expect(d.loanValue("P1", "sisa") == .money(F.rp(500_000)))
    #expect(d.loanValue("P1", "kolektibilitas") == .string("lancar"))
  }

  @Test func repaidLoan() {
    let d = run([
      F.Payment(no: "P1", tanggal: "2025-02-01", pokok: 1_000_000),
      F.Payment(no: "P1", tanggal: "2025-02-02", pokok: 250_000),  // 50,000 overpaid
    ])
    #expect(d.loanValue("P1", "sisa") == .money(F.rp(0)))  // never negative
    #expect(d.loanValue("P1", "pokok_dibayar") == .money(F.rp(1_250_000)))
    #expect(d.loanValue("P1", "dpd") == .int(0))
    #expect(d.loanValue("P1", "berisiko") == .bool(false))
  }

  @Test func repaymentsAfterAsOfAreIgnored() {
    let payments = [
      F.Payment(no: "P1", tanggal: "2025-05-01", pokok: 250_000),
      F.Payment(no: "P1", tanggal: "2025-07-15", pokok: 250_000),
    ]
    let june = run(payments)
    #expect(june.loanValue("P1", "pokok_dibayar") == .money(F.rp(250_000)))
    #expect(june.loanValue("P1", "dpd") == .int(81))
    // As of 2025-07-31: 500,000 paid, 6 due (600,000); installment 6 was due
    // 2025-07-10 → 21 days. A second as-of date gives a different dpd.
    let july = run(payments, asOf: F.day("2025-07-31"))
    #expect(july.loanValue("P1", "pokok_dibayar") == .money(F.rp(500_000)))
    #expect(july.loanValue("P1", "dpd") == .int(21))
    #expect(july.loanValue("P1", "tunggakan_pokok") == .money(F.rp(100_000)))
    #expect(july.asOf == F.day("2025-07-31"))
  }

  @Test func repaymentsOutOfOrder() {
    // The same payments listed newest first give the same figures.
    let d = run([
      F.Payment(no: "P1", tanggal: "2025-07-15", pokok: 250_000),
      F.Payment(no: "P1", tanggal: "2025-05-01", pokok: 250_000),
    ])
    #expect(d.loanValue("P1", "pokok_dibayar") == .money(F.rp(250_000)))
    #expect(d.loanValue("P1", "dpd") == .int(81))
  }

  @Test func dueOnTheAsOfDateIsNotYetLate() {
    // As of 2025-06-10 installment 5 falls due that day: it counts in the arrears
    // but is 0 days late; 400,000 paid covers 1–4.
    let d = run([F.Payment(no: "P1", tanggal: "2025-05-10", pokok: 400_000)], asOf: F.day("2025-06-10"))
    #expect(d.loanValue("P1", "tunggakan_pokok") == .money(F.rp(100_000)))
    #expect(d.loanValue("P1", "dpd") == .int(0))
  }

  @Test func loanDisbursedAfterAsOf() {
    let d = run([], loan: F.Loan(no: "P1", cair: "2025-07-01"))
    for column in ["sisa", "dpd", "pokok_dibayar", "tunggakan_pokok", "kolektibilitas", "berisiko"] {
      #expect(d.loanValue("P1", column) == .null, "\(column)")
    }
    // Its schedule is still in jadwal.
    #expect(d.schedule("P1").count == 12)
  }

  @Test func annuityDaysPastDue() {
    // Anuitas from the schedule test: principal 326,755 / 333,290 / 339,955,
    // due 2025-02-15, 03-15, 04-15. Paid 400,000 covers installment 1 only
    // (326,755 ≤ 400,000 < 660,045): installment 2, due 2025-03-15, is
    // 16 + 30 + 31 + 30 = 107 days late as of 2025-06-30 (matured loan).
    let loan = F.Loan(no: "P1", cair: "2025-01-15", plafon: 1_000_000, bunga: 2, metode: "anuitas", tenor: 3)
    let d = run([F.Payment(no: "P1", tanggal: "2025-02-15", pokok: 400_000, jasa: 20_000)], loan: loan)
    #expect(d.loanValue("P1", "dpd") == .int(107))
    #expect(d.loanValue("P1", "tunggakan_pokok") == .money(F.rp(600_000)))
    // Interest due 20,000 + 13,465 + 6,799 = 40,264, paid 20,000.
    #expect(d.loanValue("P1", "tunggakan_jasa") == .money(F.rp(20_264)))
  }

  @Test func menurunInterestArrears() {
    // Menurun from the schedule test, as of 2025-03-20: installments 1–2 due,
    // interest 20,000 + 13,333 = 33,333; nothing paid; installment 1 due
    // 2025-02-15 → 13 + 20 = 33 days.
    let loan = F.Loan(no: "P1", cair: "2025-01-15", plafon: 1_000_000, bunga: 2, metode: "menurun", tenor: 3)
    let d = run([], loan: loan, asOf: F.day("2025-03-20"))
    #expect(d.loanValue("P1", "tunggakan_jasa") == .money(F.rp(33_333)))
    #expect(d.loanValue("P1", "dpd") == .int(33))
  }

  @Test func writtenOffLoan() {
    // Written off: sisa stays the unpaid principal, class macet whatever the dpd.
    let loan = F.Loan(no: "P1", status: "hapus_buku")
    let d = run([F.Payment(no: "P1", tanggal: "2025-06-01", pokok: 500_000)], loan: loan)
    #expect(d.loanValue("P1", "sisa") == .money(F.rp(700_000)))
    #expect(d.loanValue("P1", "dpd") == .int(0))
    #expect(d.loanValue("P1", "kolektibilitas") == .string("macet"))
  }

  @Test func unknownLoanRepaymentsAreLeftOut() {
    let d = run([
      F.Payment(no: "P9", tanggal: "2025-02-10", pokok: 100_000),
      F.Payment(no: "P1", tanggal: nil, pokok: 100_000),
      F.Payment(no: "P1", tanggal: "2025-02-10", pokok: nil),
    ])
    #expect(d.loanValue("P1", "pokok_dibayar") == .money(F.rp(0)))
    let book = LoanBook(F.dataset([F.pinjaman([F.Loan(no: "P1")]), F.angsuran([
      F.Payment(no: "P9", tanggal: "2025-02-10", pokok: 100_000),
    ])]))
    #expect(book?.unmatchedRepayments == 1)
  }
}

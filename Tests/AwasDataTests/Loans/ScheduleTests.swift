import Testing

@testable import AwasData

@Suite("jadwal: installment schedules")
struct ScheduleTests {
  typealias F = Fixture

  func schedule(_ loan: F.Loan) -> [(k: Int64, due: String, pokok: Int64, jasa: Int64, total: Int64, sisa: Int64)] {
    let d = F.dataset([F.pinjaman([loan])]).recomputed(asOf: F.day("2025-12-31"))
    return d.schedule(loan.no)
  }

  @Test func flatThreeMonths() {
    // Plafon Rp 1,000,000, 3 months, 2 %/month, flat.
    // Principal: ⌊1,000,000 / 3⌋ = 333,333 twice, last 1,000,000 − 666,666 = 333,334.
    // Interest every month on the plafon: 1,000,000 × 2 % = 20,000.
    let s = schedule(F.Loan(no: "P1", cair: "2025-01-15", plafon: 1_000_000, bunga: 2, tenor: 3))
    #expect(s.map(\.k) == [1, 2, 3])
    #expect(s.map(\.due) == ["2025-02-15", "2025-03-15", "2025-04-15"])
    #expect(s.map(\.pokok) == [333_333_00, 333_333_00, 333_334_00])
    #expect(s.map(\.jasa) == [20_000_00, 20_000_00, 20_000_00])
    #expect(s.map(\.total) == [353_333_00, 353_333_00, 353_334_00])
    #expect(s.map(\.sisa) == [666_667_00, 333_334_00, 0])
    #expect(s.map(\.pokok).reduce(0, +) == 1_000_000_00)
  }

  @Test func menurunThreeMonths() {
    // Same loan, declining balance: equal principal, interest on the balance.
    // 1: 1,000,000 × 2 % = 20,000
    // 2:   666,667 × 2 % = 13,333.34 → 13,333 (half up to whole rupiah)
    // 3:   333,334 × 2 % =  6,666.68 →  6,667
    let s = schedule(
      F.Loan(no: "P2", cair: "2025-01-15", plafon: 1_000_000, bunga: 2, metode: "menurun", tenor: 3))
    #expect(s.map(\.pokok) == [333_333_00, 333_333_00, 333_334_00])
    #expect(s.map(\.jasa) == [20_000_00, 13_333_00, 6_667_00])
    #expect(s.map(\.total) == [353_333_00, 346_666_00, 340_001_00])
    #expect(s.map(\.sisa) == [666_667_00, 333_334_00, 0])
  }

  @Test func anuitasThreeMonths() {
    // A = 1,000,000 × 0.02 / (1 − 1.02^−3) = 346,754.67 → 346,755.
    // 1: interest 20,000;                       principal 326,755; balance 673,245
    // 2: interest 673,245 × 2 % = 13,464.90 → 13,465; principal 333,290; balance 339,955
    // 3: interest 339,955 × 2 % =  6,799.10 →  6,799; principal 339,955 (the rest); total 346,754
    let s = schedule(
      F.Loan(no: "P3", cair: "2025-01-15", plafon: 1_000_000, bunga: 2, metode: "anuitas", tenor: 3))
    #expect(s.map(\.jasa) == [20_000_00, 13_465_00, 6_799_00])
    #expect(s.map(\.pokok) == [326_755_00, 333_290_00, 339_955_00])
    #expect(s.map(\.total) == [346_755_00, 346_755_00, 346_754_00])
    #expect(s.map(\.sisa) == [673_245_00, 339_955_00, 0])
    #expect(s.map(\.pokok).reduce(0, +) == 1_000_000_00)
  }

  @Test func senPlafonAndFractionalRate() {
    // Plafon Rp 1,000,000.50, 3 months, 1.5 % flat.
    // Share ⌊333,333.50⌋ = 333,333; last 1,000,000.50 − 666,666 = 333,334.50.
    // Interest 1,000,000.50 × 1.5 % = 15,000.0075 → 15,000.
    let s = schedule(
      F.Loan(no: "P4", cair: "2025-01-15", plafonSen: 100_000_050, bunga: 1.5, tenor: 3))
    #expect(s.map(\.pokok) == [333_333_00, 333_333_00, 333_334_50])
    #expect(s.map(\.jasa) == [15_000_00, 15_000_00, 15_000_00])
    #expect(s.map(\.pokok).reduce(0, +) == 100_000_050)
  }

  @Test func anuitasAtZeroRateIsEqualPrincipal() {
    // No interest: 900,000 / 4 = 225,000 each.
    let s = schedule(
      F.Loan(no: "P5", cair: "2025-01-15", plafon: 900_000, bunga: 0, metode: "anuitas", tenor: 4))
    #expect(s.map(\.pokok) == [225_000_00, 225_000_00, 225_000_00, 225_000_00])
    #expect(s.map(\.jasa) == [0, 0, 0, 0])
  }

  @Test func monthEndClamping() {
    // 31 Jan + 1 month = 28 Feb (2025), + 2 = 31 Mar, + 3 = 30 Apr.
    #expect(schedule(F.Loan(no: "J", cair: "2025-01-31", tenor: 3)).map(\.due)
      == ["2025-02-28", "2025-03-31", "2025-04-30"])
    // Leap year: 31 Jan 2024 + 1 month = 29 Feb 2024.
    #expect(schedule(F.Loan(no: "L", cair: "2024-01-31", tenor: 2)).map(\.due)
      == ["2024-02-29", "2024-03-31"])
    // From 29 Feb 2024, counted from the disbursement date each time (not chained):
    // 29 Mar 2024 … 29 Jan 2025, then 28 Feb 2025.
    let leap = schedule(F.Loan(no: "F", cair: "2024-02-29", tenor: 12)).map(\.due)
    #expect(leap.first == "2024-03-29")
    #expect(leap[10] == "2025-01-29")
    #expect(leap.last == "2025-02-28")
    // 30 Apr + 1 month = 30 May (not 31), + 2 = 30 Jun.
    #expect(schedule(F.Loan(no: "A", cair: "2025-04-30", tenor: 2)).map(\.due)
      == ["2025-05-30", "2025-06-30"])
  }

  @Test func unschedulableLoansHaveNoRows() {
    let loans = [
      F.Loan(no: "OK", tenor: 2),
      F.Loan(no: "NOTENOR", tenor: nil),
      F.Loan(no: "ZERO", tenor: 0),
      F.Loan(no: "NOMETHOD", metode: "balon"),
      F.Loan(no: "NOPLAFON", plafon: nil),
      F.Loan(no: "NEGRATE", bunga: -1),
      F.Loan(no: "NODATE", cair: nil),
    ]
    let d = F.dataset([F.pinjaman(loans)]).recomputed(asOf: F.day("2025-12-31"))
    #expect(d.table("jadwal")?.rowCount == 2)
    #expect(d.schedule("OK").count == 2)
  }
}

@Suite("jadwal: options and on-demand schedules")
struct ScheduleOptionTests {
  typealias F = Fixture

  @Test func withoutJadwal() {
    let data = F.dataset([F.pinjaman([F.Loan(no: "P1")]), F.angsuran([])])
    let d = data.recomputed(asOf: F.day("2025-12-31"), options: DerivedOptions(jadwal: false))
    #expect(d.table("jadwal") == nil)
    #expect(d.loanValue("P1", "dpd") == .int(324))
    // A dataset recomputed without jadwal drops one built earlier.
    let again = data.recomputed(asOf: F.day("2025-12-31")).recomputed(
      asOf: F.day("2025-12-31"), options: DerivedOptions(jadwal: false))
    #expect(again.table("jadwal") == nil)
  }

  @Test func chosenLoansOnly() {
    let loans = [F.Loan(no: "A", tenor: 2), F.Loan(no: "B", tenor: 3), F.Loan(no: "C", tenor: 4)]
    let t = F.dataset([F.pinjaman(loans)]).jadwal(loans: [2, 0, 99])
    // C's 4 installments, then A's 2; row 99 does not exist.
    #expect(t?.rowCount == 6)
    #expect(t?.value(row: 0, column: "no_pinjaman") == .string("C"))
    #expect(t?.value(row: 4, column: "no_pinjaman") == .string("A"))
    #expect(t?.value(row: 5, column: "angsuran_ke") == .int(2))
    #expect(F.dataset([]).jadwal() == nil)
  }
}

import Testing

@testable import AwasData

@Suite("LoanBook: one book, many as-of dates")
struct LoanBookTests {
  typealias F = Fixture

  static let loans = [
    F.Loan(no: "FLAT", cair: "2025-01-10"),
    F.Loan(no: "ANU", cair: "2025-01-15", plafon: 1_000_000, bunga: 2, metode: "anuitas", tenor: 3),
    F.Loan(no: "MEN", cair: "2025-01-15", plafon: 1_000_000, bunga: 2, metode: "menurun", tenor: 3, jaminan: 2_000_000),
    F.Loan(no: "LATER", cair: "2025-05-01"),
    F.Loan(no: "OFF", cair: "2024-01-10", status: "hapus_buku"),
    F.Loan(no: "NOPLAFON", plafon: nil),
  ]
  static let payments = [
    F.Payment(no: "FLAT", tanggal: "2025-03-12", pokok: 150_000, jasa: 12_000),
    F.Payment(no: "ANU", tanggal: "2025-02-15", pokok: 326_755, jasa: 20_000),
    F.Payment(no: "FLAT", tanggal: "2025-02-10", pokok: 100_000, jasa: 12_000),
    F.Payment(no: "MEN", tanggal: "2025-04-15", pokok: 1_000_000, jasa: 40_000),
    F.Payment(no: "FLAT", tanggal: "2025-07-15", pokok: 250_000, jasa: 0),
  ]
  static let data = F.dataset([F.pinjaman(loans), F.angsuran(payments)])
  static let dates = ["2025-01-31", "2025-03-31", "2025-06-30", "2025-07-31", "2026-06-30"].map(F.day)

  @Test func layoutsAgree() throws {
    let rules = try CollectibilityRules.standard()
    let grouped = try #require(LoanBook(Self.data))
    let scan = try #require(LoanBook(Self.data, layout: .scan))
    for date in Self.dates {
      let a = grouped.status(asOf: date, rules: rules), b = scan.status(asOf: date, rules: rules)
      #expect(a.sisa == b.sisa, "\(date)")
      #expect(a.dpd == b.dpd, "\(date)")
      #expect(a.pokokDibayar == b.pokokDibayar, "\(date)")
      #expect(a.tunggakanJasa == b.tunggakanJasa, "\(date)")
      #expect(a.kolektibilitasCodes == b.kolektibilitasCodes, "\(date)")
      #expect(a.unaged == b.unaged && a.notDisbursed == b.notDisbursed, "\(date)")
    }
  }

  @Test func statusFigures() throws {
    let book = try #require(LoanBook(Self.data))
    let s = book.status(asOf: F.day("2025-06-30"), rules: try CollectibilityRules.standard())
    #expect(s.count == 6)
    // FLAT: 250,000 paid by 30 Jun (the 15 Jul payment is later): dpd 81 (see DaysPastDueTests).
    #expect(s.pokokDibayar[0] == 250_000_00 && s.dpd[0] == 81)
    #expect(s.kolektibilitas(0) == .lancar)
    // ANU: installment 1 paid; installment 2 due 2025-03-15 → 107 days.
    #expect(s.dpd[1] == 107)
    // MEN: repaid in full.
    #expect(s.sisa[2] == 0 && s.dpd[2] == 0 && !s.isOutstanding(2))
    // LATER: disbursed 2025-05-01, nothing paid; installment 1 due 2025-06-01 → 29 days.
    #expect(s.dpd[3] == 29)
    // OFF: written off, excluded from the outstanding portfolio.
    #expect(s.writtenOff[4] && s.kolektibilitas(4) == .macet && !s.isOutstanding(4))
    #expect(s.sisa[4] == 1_200_000_00)
    // NOPLAFON: sisa unknown.
    #expect(s.unknownSisa[5] && s.unaged[5] && !s.notDisbursed[5])
    #expect(s.hasInterestArrears)
    // Before LATER's disbursement it is not in the book.
    let early = book.status(asOf: F.day("2025-04-30"), rules: try CollectibilityRules.standard())
    #expect(early.notDisbursed[3] && early.unknownSisa[3] && early.kolektibilitas(3) == nil)
    #expect(book.disbursed(3) == F.day("2025-05-01"))
    #expect(book.isWrittenOff(4) && book.collateralValue(2) == F.rp(2_000_000))
  }
}

@Suite("LoanBook: memory per loan")
struct LoanBookLayoutTests {
  @Test func compactPerLoanRecords() {
    // 1M loans: 32 MB of terms, 8 MB of due dates, 24 MB of index slots.
    #expect(MemoryLayout<LoanTerms>.stride == 32)
    #expect(MemoryLayout<DueDates>.stride == 8)
    #expect(MemoryLayout<KeySlot>.stride == 24)
  }
}

import Testing

@testable import AwasData

@Suite("derived tables: missing inputs and nulls")
struct RobustnessTests {
  typealias F = Fixture
  static let asOf = F.day("2025-12-31")

  @Test func emptyDataset() {
    let d = F.dataset([]).recomputed(asOf: Self.asOf)
    #expect(d.tables.isEmpty)
    #expect(d.asOf == Self.asOf)
  }

  @Test func pinjamanWithoutAngsuran() {
    // No repayments: no payment-dependent column (they would all read as unpaid),
    // but the schedule is there.
    let d = F.dataset([F.pinjaman([F.Loan(no: "P1")])]).recomputed(asOf: Self.asOf)
    let t = d.table("pinjaman")
    for c in ["pokok_dibayar", "sisa", "tunggakan_pokok", "dpd", "kolektibilitas", "berisiko"] {
      #expect(t?.column(c) == nil, "\(c)")
    }
    #expect(d.table("jadwal")?.rowCount == 12)
  }

  @Test func emptyTables() {
    let d = F.dataset([F.pinjaman([]), F.angsuran([]), F.pengurus([]), F.anggota([]), F.neraca([])])
      .recomputed(asOf: Self.asOf)
    #expect(d.table("pinjaman")?.column("dpd")?.count == 0)
    #expect(d.table("jadwal")?.rowCount == 0)
    #expect(d.table("rekonsiliasi") == nil)
  }

  @Test func nullsEverywhere() {
    let loans = [
      F.Loan(no: "P1", anggota: nil, cair: nil, plafon: nil, bunga: nil, metode: nil, tenor: nil,
        jaminan: nil, status: nil),
      F.Loan(no: "P2", plafon: nil),  // disbursed, amount unknown
      F.Loan(no: "P3", metode: "balon"),  // unknown method: sisa known, not aged
      F.Loan(no: "P4", bunga: nil),  // empty rate: read as 0
    ]
    let payments = [
      F.Payment(no: "P1", tanggal: "2025-02-01", pokok: 10),
      F.Payment(no: "P3", tanggal: "2025-02-01", pokok: 200_000, jasa: nil),
    ]
    let d = F.dataset([F.pinjaman(loans), F.angsuran(payments)]).recomputed(asOf: Self.asOf)
    #expect(d.loanValue("P1", "sisa") == .null)
    #expect(d.loanValue("P1", "pokok_dibayar") == .null)
    #expect(d.loanValue("P2", "pokok_dibayar") == .money(F.rp(0)))
    #expect(d.loanValue("P2", "sisa") == .null)
    #expect(d.loanValue("P2", "dpd") == .null)
    #expect(d.loanValue("P3", "sisa") == .money(F.rp(1_000_000)))
    #expect(d.loanValue("P3", "dpd") == .null)
    #expect(d.loanValue("P3", "kolektibilitas") == .null)
    #expect(d.loanValue("P4", "dpd") == .int(324))  // 2025-02-10 → 2025-12-31: 18 + 306
    #expect(d.schedule("P4").allSatisfy { $0.jasa == 0 })
  }

  @Test func wrongColumnTypesCountAsMissing() {
    // plafon as text and tanggal as text: treated as absent, not read wrongly.
    var loans = F.pinjaman([F.Loan(no: "P1")])
    loans = loans.setting(F.text("plafon", ["1200000"], dictionary: false))
    var payments = F.angsuran([F.Payment(no: "P1", tanggal: "2025-02-10", pokok: 100_000)])
    payments = payments.setting(F.text("tanggal", ["2025-02-10"], dictionary: true))
    let d = F.dataset([loans, payments]).recomputed(asOf: Self.asOf)
    #expect(d.table("pinjaman")?.column("sisa") == nil)  // no usable repayments
    #expect(d.table("jadwal")?.rowCount == 0)  // no usable plafon
  }

  @Test func recomputingReplacesDerivedColumns() {
    let data = F.dataset([F.pinjaman([F.Loan(no: "P1")]), F.angsuran([])])
    let once = data.recomputed(asOf: F.day("2025-03-31"))
    let twice = once.recomputed(asOf: Self.asOf)
    let names = twice.table("pinjaman")?.columnNames ?? []
    #expect(names.filter { $0 == "dpd" }.count == 1)
    #expect(twice.tableNames.filter { $0 == "jadwal" }.count == 1)
    #expect(twice.loanValue("P1", "dpd") == .int(324))  // 2025-02-10 → 2025-12-31
  }

  @Test func duplicateLoanNumbersShareRepayments() {
    // The loader reports duplicates; the engine matches repayments to the first.
    let loans = [F.Loan(no: "P1"), F.Loan(no: "P1")]
    let d = F.dataset([F.pinjaman(loans), F.angsuran([F.Payment(no: "P1", tanggal: "2025-02-10", pokok: 100_000)])])
      .recomputed(asOf: Self.asOf)
    let paid = d.table("pinjaman")?.column("pokok_dibayar")
    #expect(paid?.value(at: 0) == .money(F.rp(100_000)))
    #expect(paid?.value(at: 1) == .money(F.rp(0)))
    #expect(d.table("jadwal")?.rowCount == 24)
  }
}

import Testing

@testable import AwasData

@Suite("rekonsiliasi: ledgers against the balance sheet")
struct ReconciliationTests {
  typealias F = Fixture

  func rows(_ d: Dataset) -> [String: [Int64]] {
    guard let t = d.table("rekonsiliasi") else { return [:] }
    var out: [String: [Int64]] = [:]
    for r in 0..<t.rowCount {
      guard case .string(let pos)? = t.value(row: r, column: "pos"),
        case .money(let a)? = t.value(row: r, column: "buku_besar"),
        case .money(let b)? = t.value(row: r, column: "neraca"),
        case .money(let c)? = t.value(row: r, column: "selisih")
      else { continue }
      out[pos] = [a.rupiah, b.rupiah, c.rupiah]
    }
    return out
  }

  static let loans = [
    F.Loan(no: "M1", anggota: "A001"),  // member, 1,200,000 − 200,000 = 1,000,000
    F.Loan(no: "M2", anggota: "A002", plafon: 600_000),  // member, 600,000
    F.Loan(no: "N1", anggota: "X999", plafon: 300_000),  // not in anggota: non-member
    F.Loan(no: "W1", anggota: "A001", status: "hapus_buku"),  // written off: left out
    F.Loan(no: "F1", anggota: "A001", cair: "2026-01-05"),  // after the reporting date
  ]
  static let payments = [F.Payment(no: "M1", tanggal: "2025-03-10", pokok: 200_000)]

  func dataset(_ extra: [Table]) -> Dataset {
    F.dataset(
      [
        F.pinjaman(Self.loans), F.angsuran(Self.payments),
        F.anggota([F.Member(no: "A001", kk: nil), F.Member(no: "A002", kk: nil)]),
      ] + extra)
  }

  @Test func loansAndSavings() {
    let neraca = F.neraca([
      ("piutang_pinjaman_anggota", 1_550_000),
      ("piutang_pinjaman_non_anggota", 300_000),
      ("simpanan_pokok", 200_000), ("simpanan_wajib", 1_000_000), ("simpanan_sukarela", 450_000),
      ("kas", 99),
    ])
    let simpanan = F.simpanan([
      ("A001", "pokok", 100_000), ("A002", "pokok", 100_000), ("A001", "wajib", 600_000),
      ("A002", "wajib", 400_000), ("A001", "sukarela", 500_000), ("A002", "Berjangka", 250_000),
    ])
    let d = dataset([neraca, simpanan]).recomputed(asOf: F.day("2025-12-31"))
    let r = rows(d)
    // Members: 1,000,000 + 600,000 = 1,600,000 against 1,550,000 → +50,000.
    #expect(r["piutang_pinjaman_anggota"] == [1_600_000, 1_550_000, 50_000])
    #expect(r["piutang_pinjaman_non_anggota"] == [300_000, 300_000, 0])
    #expect(r["piutang_pinjaman"] == [1_900_000, 1_850_000, 50_000])
    #expect(r["simpanan_pokok"] == [200_000, 200_000, 0])
    #expect(r["simpanan_wajib"] == [1_000_000, 1_000_000, 0])
    // 500,000 in the ledger, 450,000 booked.
    #expect(r["simpanan_sukarela"] == [500_000, 450_000, 50_000])
    // Time deposits missing from the balance sheet entirely.
    #expect(r["simpanan_berjangka"] == [250_000, 0, 250_000])
    #expect(r["kas"] == nil)
    #expect(d.table("rekonsiliasi")?.rowCount == 7)
  }

  @Test func takenAtTheReportingDate() {
    // Recomputed for another as-of date, the comparison stays at tanggal_laporan
    // (the balance sheet's date): same ledger totals.
    let neraca = F.neraca([("piutang_pinjaman_anggota", 1_600_000)])
    let d = dataset([neraca]).recomputed(asOf: F.day("2025-02-01"))
    #expect(rows(d)["piutang_pinjaman_anggota"] == [1_600_000, 1_600_000, 0])
    #expect(d.loanValue("M1", "sisa") == .money(F.rp(1_200_000)))
  }

  @Test func totalOnlyWithoutAnggota() {
    let d = F.dataset([
      F.pinjaman(Self.loans), F.angsuran(Self.payments),
      F.neraca([("piutang_pinjaman_anggota", 1_000_000), ("piutang_pinjaman_non_anggota", 500_000)]),
    ]).recomputed(asOf: F.day("2025-12-31"))
    let r = rows(d)
    #expect(r.count == 1)
    #expect(r["piutang_pinjaman"] == [1_900_000, 1_500_000, 400_000])
  }

  @Test func noNeracaNoTable() {
    #expect(dataset([]).recomputed(asOf: F.day("2025-12-31")).table("rekonsiliasi") == nil)
  }
}

import Testing

@testable import AwasData

/// Loan numbers in increasing order are not hashed when loaded: repayments
/// find their loan by stepping on from the previous one, or by halving, and a
/// file in no loan order switches to the hash table part of the way through.
@Suite("Foreign keys into sorted keys")
struct SortedKeySeedTests {
  static let loans = 5_000

  static func key(_ i: Int) -> String { "P" + String(repeating: "0", count: 5 - String(i).count) + String(i) }

  /// Repayment `r`'s loan number: loan order or scrambled, some unknown
  /// (every 97th), every third loan without repayments in loan order.
  static func loan(ofRepayment r: Int, scrambled: Bool) -> String {
    if r % 97 == 13 { return "X\(r)" }
    let i = scrambled ? (r * 7_919) % loans : (r / 2) / 2 * 3 % loans
    return key(i)
  }

  static func files(scrambled: Bool, repayments: Int) -> [String: String] {
    var anggota = "no_anggota,nama,nik,tanggal_masuk,status\n"
    for m in 0..<50 { anggota += "A\(100 + m),Anggota \(m),35070101019\(10_000 + m),2020-01-15,aktif\n" }
    var pinjaman = "no_pinjaman,no_anggota,tanggal_cair,plafon,bunga_persen_bulan,metode,tenor_bulan,jaminan,nilai_jaminan,status\n"
    for i in 0..<loans {
      // Members in no order: their lookups switch to the hash table too.
      pinjaman += "\(key(i)),A\(100 + (i * 37) % 50),2025-01-05,1000000,1.5,flat,10,,,aktif\n"
    }
    var angsuran = "no_bukti,no_pinjaman,tanggal,pokok,jasa\n"
    for r in 0..<repayments {
      // Now and then quoted with spaces, so the value is read from a copy.
      let loan = loan(ofRepayment: r, scrambled: scrambled)
      angsuran += "K\(r),\(r % 50 == 7 ? "\" \(loan)\"\"\"" : loan),2025-02-10,1000,150\n"
    }
    return ["anggota.csv": anggota, "pinjaman.csv": pinjaman, "angsuran.csv": angsuran]
  }

  @Test(arguments: [false, true], [1, 2])
  func repaymentsFindTheirLoans(scrambled: Bool, threads: Int) throws {
    let repayments = 40_000
    let d = try TempDataset(Self.files(scrambled: scrambled, repayments: repayments))
    let ds = try d.load(options: LoadOptions(parallelBytes: threads == 1 ? Int.max : 1, threads: threads))
    #expect(ds.issues(kind: .duplicateKey).isEmpty)
    let found = ds.values("angsuran", "no_pinjaman")
    #expect(found.count == repayments)
    var unknown = 0
    for r in 0..<repayments {
      var expected = Self.loan(ofRepayment: r, scrambled: scrambled)
      if r % 50 == 7 { expected += "\"" }
      if expected.hasPrefix("X") || r % 50 == 7 { unknown += 1 }
      if found[r] != .string(expected) {
        Issue.record("repayment \(r): \(found[r]) instead of \(expected)")
        break
      }
    }
    #expect(ds.issues("angsuran.csv", kind: .unknownLoan).count == min(unknown, 20) + (unknown > 20 ? 1 : 0))
    // The repayments reached their loans: every known loan repaid exactly what its rows say.
    let loans = try #require(ds.table("pinjaman"))
    let paid = try #require(loans.int64Column("pokok_dibayar"))
    var expectedPaid = [String: Int64]()
    for r in 0..<repayments where r % 50 != 7 { expectedPaid[Self.loan(ofRepayment: r, scrambled: scrambled), default: 0] += 100_000 }
    for i in stride(from: 0, to: Self.loans, by: 7) { #expect(paid.values[i] == expectedPaid[Self.key(i)] ?? 0) }
    #expect(ds.values("pinjaman", "no_anggota")[3] == .string("A\(100 + 3 * 37 % 50)"))
    #expect(ds.issues("pinjaman.csv", kind: .unknownMember).isEmpty)
  }
}

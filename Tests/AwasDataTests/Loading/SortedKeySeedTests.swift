import Testing

@testable import AwasData

/// Loan numbers in increasing order are not hashed when loaded: numbered ones
/// (`P00001`) are found by their number; others by stepping on from the
/// previous one, or by halving, and a file in no loan order switches to the
/// hash table part of the way through.
@Suite("Foreign keys into sorted keys")
struct SortedKeySeedTests {
  static let loans = 5_000

  /// Loan `i`'s number; not numbered when a suffix follows the digits (still in increasing order).
  static func key(_ i: Int, numbered: Bool = true) -> String {
    "P" + String(repeating: "0", count: 5 - String(i).count) + String(i) + (numbered ? "" : "/B")
  }

  /// Repayment `r`'s loan number: loan order or scrambled, some unknown
  /// (every 97th), every third loan without repayments in loan order.
  static func loan(ofRepayment r: Int, scrambled: Bool, numbered: Bool = true) -> String {
    if r % 97 == 13 { return "X\(r)" }
    if r % 89 == 5 { return numbered ? "P98" : "P00098/C" }  // loan 98 (checked below) almost
    let i = scrambled ? (r * 7_919) % loans : (r / 2) / 2 * 3 % loans
    return key(i, numbered: numbered)
  }

  /// Member `m`'s number (numbered: `A100`…, or with a suffix).
  static func member(_ m: Int, numbered: Bool) -> String { "A\(100 + m)" + (numbered ? "" : "-x") }

  static func files(scrambled: Bool, repayments: Int, numbered: Bool = true) -> [String: String] {
    var anggota = "no_anggota,nama,nik,tanggal_masuk,status\n"
    for m in 0..<50 { anggota += "\(member(m, numbered: numbered)),Anggota \(m),35070101019\(10_000 + m),2020-01-15,aktif\n" }
    var pinjaman = "no_pinjaman,no_anggota,tanggal_cair,plafon,bunga_persen_bulan,metode,tenor_bulan,jaminan,nilai_jaminan,status\n"
    for i in 0..<loans {
      // Members in no order: found by number when numbered, else through the hash table.
      pinjaman += "\(key(i, numbered: numbered)),\(member((i * 37) % 50, numbered: numbered)),2025-01-05,1000000,1.5,flat,10,,,aktif\n"
    }
    var angsuran = "no_bukti,no_pinjaman,tanggal,pokok,jasa\n"
    for r in 0..<repayments {
      // Now and then quoted with spaces, so the value is read from a copy.
      let loan = loan(ofRepayment: r, scrambled: scrambled, numbered: numbered)
      angsuran += "K\(r),\(r % 50 == 7 ? "\" \(loan)\"\"\"" : loan),2025-02-10,1000,150\n"
    }
    return ["anggota.csv": anggota, "pinjaman.csv": pinjaman, "angsuran.csv": angsuran]
  }

  static let cases: [(scrambled: Bool, threads: Int, numbered: Bool)] = [false, true].flatMap { s in
    [1, 2].flatMap { t in [false, true].map { (s, t, $0) } }
  }

  @Test(arguments: cases)
  func repaymentsFindTheirLoans(scrambled: Bool, threads: Int, numbered: Bool) throws {
    let repayments = 40_000
    let d = try TempDataset(Self.files(scrambled: scrambled, repayments: repayments, numbered: numbered))
    let ds = try d.load(options: LoadOptions(parallelBytes: threads == 1 ? Int.max : 1, threads: threads))
    #expect(ds.issues(kind: .duplicateKey).isEmpty)
    let found = ds.values("angsuran", "no_pinjaman")
    #expect(found.count == repayments)
    var unknown = 0
    for r in 0..<repayments {
      var expected = Self.loan(ofRepayment: r, scrambled: scrambled, numbered: numbered)
      if r % 50 == 7 { expected += "\"" }
      if expected.hasPrefix("X") || r % 89 == 5 || r % 50 == 7 { unknown += 1 }
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
    for r in 0..<repayments where r % 50 != 7 {
      expectedPaid[Self.loan(ofRepayment: r, scrambled: scrambled, numbered: numbered), default: 0] += 100_000
    }
    for i in stride(from: 0, to: Self.loans, by: 7) {
      #expect(paid.values[i] == expectedPaid[Self.key(i, numbered: numbered)] ?? 0)
    }
    #expect(ds.values("pinjaman", "no_anggota")[3] == .string(Self.member(3 * 37 % 50, numbered: numbered)))
    #expect(ds.issues("pinjaman.csv", kind: .unknownMember).isEmpty)
  }

  /// Which sorted keys count as numbered, and what a lookup in them finds.
  @Test func numberedKeys() throws {
    let keys = try #require(NumberedKeys(Utf8Strings(["P0007", "P0008", "P0011"])))
    #expect(Array(keys.prefix.pointer) == Array("P".utf8) && keys.length == 5 && keys.first == 7)
    func code(_ s: String) -> Int32 { Array(s.utf8).withUnsafeBufferPointer { keys.lookup.code($0.baseAddress!, $0.count) } }
    #expect(["P0007", "P0008", "P0011"].map(code) == [0, 1, 2])
    // Wrong length or prefix, a number between or beyond the keys, a non-digit.
    #expect(["P007", "P00007", "Q0007", "P0009", "P0012", "P0006", "P9999", "P00x7", "P-007", ""].map(code) == Array(repeating: -1, count: 10))
    #expect(NumberedKeys(Utf8Strings(["001", "002", "100"]))?.prefix.count == 0)
    // Not numbered: lengths differ, letters among the digits, no digits at the
    // end, too many digits, numbers far too sparse for a table.
    #expect(NumberedKeys(Utf8Strings(["P1", "P20"])) == nil)
    #expect(NumberedKeys(Utf8Strings(["P01", "PA2"])) == nil)
    #expect(NumberedKeys(Utf8Strings(["A1-x", "A2-x"])) == nil)
    #expect(NumberedKeys(Utf8Strings(["1234567890123456789", "1234567890123456790"])) == nil)
    #expect(NumberedKeys(Utf8Strings(["00000001", "90000000"])) == nil)
  }

  /// Numbers without gaps need no table: the code is the number's distance
  /// from the first, and values beyond either end are still not keys.
  @Test func denseNumberedKeys() throws {
    let keys = try #require(NumberedKeys(Utf8Strings(["A098", "A099", "A100", "A101"])))
    #expect(keys.codes == nil && keys.first == 98 && keys.slots == 4)
    func code(_ s: String) -> Int32 { Array(s.utf8).withUnsafeBufferPointer { keys.lookup.code($0.baseAddress!, $0.count) } }
    #expect(["A098", "A099", "A100", "A101"].map(code) == [0, 1, 2, 3])
    #expect(["A097", "A102", "A0999", "B099"].map(code) == [-1, -1, -1, -1])
    // One gap: a table again.
    #expect(try #require(NumberedKeys(Utf8Strings(["A098", "A100"]))).codes != nil)
  }
}

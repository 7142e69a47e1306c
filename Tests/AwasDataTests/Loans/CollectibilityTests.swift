import Testing

@testable import AwasData

@Suite("kolektibilitas: rule sets and class boundaries")
struct CollectibilityTests {
  typealias F = Fixture
  static let asOf = F.day("2025-12-31")

  static func koperasi() throws -> CollectibilityRules { try CollectibilityRules.standard() }
  static func bank() throws -> CollectibilityRules { try CollectibilityRules.named("bank") }

  /// Classifies a loan with Rp 1,000,000 outstanding and no interest arrears.
  func classify(_ r: CollectibilityRules, dpd: Int, jaminan: Int64 = 0, jasa: Int64 = 0) -> Kolektibilitas {
    r.classify(
      dpd: dpd, sisa: F.rp(1_000_000), tunggakanJasa: F.rp(jasa), nilaiJaminan: F.rp(jaminan),
      writtenOff: false, asOf: Self.asOf)
  }

  @Test func builtInSets() throws {
    let k = try Self.koperasi()
    #expect(k.name == "koperasi")
    #expect(!k.source.isEmpty && !k.basis.isEmpty && !k.notes.isEmpty)
    #expect(CollectibilityRules.builtInNames == ["bank", "koperasi"])
    let b = try Self.bank()
    #expect(b.label.en.contains("Bank"))
    #expect(!b.provisioning.source.isEmpty)
    #expect(throws: CollectibilityRulesError.self) { try CollectibilityRules.named("ojk") }
  }

  @Test(arguments: [
    (90, Kolektibilitas.lancar), (91, .kurangLancar), (180, .kurangLancar),
  ])
  func koperasiDayBands(dpd: Int, expected: Kolektibilitas) throws {
    #expect(classify(try Self.koperasi(), dpd: dpd) == expected)
  }

  @Test func koperasiCollateralTest() throws {
    let r = try Self.koperasi()
    // Beyond 180 days: diragukan when collateral ≥ 75 % of (sisa + interest arrears).
    // Debt 1,000,000: 750,000 passes, 749,999 fails.
    #expect(classify(r, dpd: 181, jaminan: 750_000) == .diragukan)
    #expect(classify(r, dpd: 181, jaminan: 749_999) == .macet)
    #expect(classify(r, dpd: 181) == .macet)  // no collateral
    // With 40,000 interest arrears the debt is 1,040,000: 75 % = 780,000.
    #expect(classify(r, dpd: 181, jaminan: 780_000, jasa: 40_000) == .diragukan)
    #expect(classify(r, dpd: 181, jaminan: 779_999, jasa: 40_000) == .macet)
  }

  @Test func koperasiTwentyOneMonthsInDiragukan() throws {
    let r = try Self.koperasi()
    // Past kurang lancar from day 181: entered on asOf − dpd + 181. Macet once
    // entered + 21 months ≤ 2025-12-31, i.e. entered ≤ 2024-03-31, which is
    // 640 days before the as-of date: dpd ≥ 640 + 181 = 821.
    #expect(classify(r, dpd: 820, jaminan: 2_000_000) == .diragukan)
    #expect(classify(r, dpd: 821, jaminan: 2_000_000) == .macet)
  }

  @Test(arguments: [
    (0, Kolektibilitas.lancar), (1, .dalamPerhatianKhusus), (90, .dalamPerhatianKhusus),
    (91, .kurangLancar), (120, .kurangLancar), (121, .diragukan), (180, .diragukan), (181, .macet),
  ])
  func bankDayBands(dpd: Int, expected: Kolektibilitas) throws {
    // No collateral test in the bank set: collateral does not matter.
    #expect(classify(try Self.bank(), dpd: dpd) == expected)
    #expect(classify(try Self.bank(), dpd: dpd, jaminan: 5_000_000) == expected)
  }

  @Test func writtenOffIsMacet() throws {
    let r = try Self.koperasi()
    #expect(
      r.classify(
        dpd: 0, sisa: F.rp(1), tunggakanJasa: .zero, nilaiJaminan: F.rp(9), writtenOff: true,
        asOf: Self.asOf) == .macet)
  }

  /// Flat Rp 1,200,000 over 12 months at 1 %, nothing paid, so dpd counts from
  /// installment 1 (disbursement + 1 month). As of 2025-12-31:
  /// - cair 2025-09-02 → due 2025-10-02 → 29 + 30 + 31 = 90 days
  /// - cair 2025-09-01 → due 2025-10-01 → 91 days
  /// - cair 2025-06-04 → due 2025-07-04 → 27 + 31 + 30 + 31 + 30 + 31 = 180 days
  /// - cair 2025-06-03 → due 2025-07-03 → 181 days; 6 installments due, so
  ///   interest arrears 6 × 12,000 = 72,000 and debt 1,272,000; 75 % = 954,000.
  @Test func engineBoundaries() throws {
    let loans = [
      F.Loan(no: "D90", cair: "2025-09-02"),
      F.Loan(no: "D91", cair: "2025-09-01"),
      F.Loan(no: "D180", cair: "2025-06-04"),
      F.Loan(no: "D181OK", cair: "2025-06-03", jaminan: 954_000),
      F.Loan(no: "D181LOW", cair: "2025-06-03", jaminan: 953_999),
    ]
    let data = F.dataset([F.pinjaman(loans), F.angsuran([])])
    let d = data.recomputed(asOf: Self.asOf)
    let expected: [(String, Int64, String)] = [
      ("D90", 90, "lancar"), ("D91", 91, "kurang_lancar"), ("D180", 180, "kurang_lancar"),
      ("D181OK", 181, "diragukan"), ("D181LOW", 181, "macet"),
    ]
    for (no, dpd, kelas) in expected {
      #expect(d.loanValue(no, "dpd") == .int(dpd), "\(no)")
      #expect(d.loanValue(no, "kolektibilitas") == .string(kelas), "\(no)")
    }
    #expect(d.loanValue("D181OK", "tunggakan_jasa") == .money(F.rp(72_000)))
    // The bank set classes the same loans by days only.
    let b = data.recomputed(asOf: Self.asOf, rules: try Self.bank())
    #expect(b.loanValue("D90", "kolektibilitas") == .string("dalam_perhatian_khusus"))
    #expect(b.loanValue("D91", "kolektibilitas") == .string("kurang_lancar"))
    #expect(b.loanValue("D180", "kolektibilitas") == .string("diragukan"))
    #expect(b.loanValue("D181OK", "kolektibilitas") == .string("macet"))
  }

  @Test func readsBookedClasses() {
    #expect(Kolektibilitas(text: "Kurang Lancar") == .kurangLancar)
    #expect(Kolektibilitas(text: "KL") == .kurangLancar)
    #expect(Kolektibilitas(text: "dpk") == .dalamPerhatianKhusus)
    #expect(Kolektibilitas(text: "5") == .macet)
    #expect(Kolektibilitas(text: "baik") == nil)
  }
}

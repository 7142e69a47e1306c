import AwasPluginKit
import Testing

@testable import AwasRiskPlugin

@Suite struct CollectibilityTests {
  @Test func classesRecomputedBesideBooked() throws {
    let out = try runRisk("collectibility")
    let t = try #require(out.primaryTable)
    #expect(t.strings("kelas") == ["lancar", "kurang_lancar", "diragukan", "macet"])
    // Recomputed: L P01 6 + P02 10 + P09 2 + P10 5 + P11 3 = 26 (5); KL P03 8 + P12 1 = 9 (2); D 4 (1); M 6 (1).
    #expect(t.cell("kelas", "lancar", "pinjaman") == .int(5))
    #expect(sen(t.cell("kelas", "lancar", "saldo")) == jt(26))
    #expect(sen(t.cell("kelas", "kurang_lancar", "saldo")) == jt(9))
    #expect(sen(t.cell("kelas", "diragukan", "saldo")) == jt(4))
    #expect(sen(t.cell("kelas", "macet", "saldo")) == jt(6))
    // 26/45 = 57.78%.
    #expect(pct(t.cell("kelas", "lancar", "persen_saldo")) == 57.78)
    // Booked: L = P01, P02, P03, P05, P09, P10, P11 = 6+10+8+6+2+5+3 = 40 (7); KL = P04 4 + P12 1 = 5 (2).
    #expect(t.cell("kelas", "lancar", "tercatat_pinjaman") == .int(7))
    #expect(sen(t.cell("kelas", "lancar", "tercatat_saldo")) == jt(40))
    #expect(sen(t.cell("kelas", "kurang_lancar", "tercatat_saldo")) == jt(5))
    #expect(sen(t.cell("kelas", "macet", "tercatat_saldo")) == 0)
    // Difference recomputed − booked for lancar: 26 − 40 = −14.
    #expect(sen(t.cell("kelas", "lancar", "selisih_saldo")) == -jt(14))
  }

  @Test func crossTabOfBookedAgainstRecomputed() throws {
    let x = try #require(try runRisk("collectibility").table("kolektibilitas_silang"))
    // Booked L: recomputed L 5 (P01, P02, P09, P10, P11), KL 1 (P03), M 1 (P05).
    #expect(x.cell("tercatat", "lancar", "lancar") == .int(5))
    #expect(x.cell("tercatat", "lancar", "kurang_lancar") == .int(1))
    #expect(x.cell("tercatat", "lancar", "macet") == .int(1))
    #expect(x.cell("tercatat", "lancar", "jumlah") == .int(7))
    // Booked KL: recomputed KL 1 (P12), D 1 (P04).
    #expect(x.cell("tercatat", "kurang_lancar", "kurang_lancar") == .int(1))
    #expect(x.cell("tercatat", "kurang_lancar", "diragukan") == .int(1))
  }

  @Test func misbookedLoansAreFindingsBySeverityOfTheGap() throws {
    let out = try runRisk("collectibility")
    let list = try #require(out.table("kolektibilitas_pengecualian"))
    // Worst gap first (P05: L booked, M found = 3 classes), then by outstanding: P03 8 before P04 4.
    #expect(list.strings("no_pinjaman") == ["P05", "P03", "P04"])
    #expect(list.cell("no_pinjaman", "P05", "selisih_kelas") == .int(3))
    #expect(list.cell("no_pinjaman", "P04", "tercatat") == .string("kurang_lancar"))
    #expect(list.cell("no_pinjaman", "P04", "hitungan") == .string("diragukan"))
    #expect(out.exceptions == 3)
    #expect(out.findings.map(\.severity) == [.critical, .medium, .medium])
    #expect(out.findings.flatMap { $0.evidence.flatMap(\.keys) } == ["P05", "P03", "P04"])
    #expect(out.findings[0].amount == Money(sen: jt(6)))
    #expect(out.findings[0].check == "risk.collectibility")
  }

  @Test func bankRulesReclassifyFromDaysPastDue() throws {
    let out = try runRisk("collectibility", settings: ["risk.collectibility-rules": .string("bank")])
    let t = try #require(out.primaryTable)
    #expect(t.strings("kelas") == ["lancar", "dalam_perhatian_khusus", "kurang_lancar", "diragukan", "macet"])
    // PBI 7/2/2005 day count: L P01 (0); DPK P02 45, P09 1, P10 30, P11 90 = 20; KL P03 120, P12 91 = 9;
    // D none; M P04 200, P05 400 = 10.
    #expect(sen(t.cell("kelas", "lancar", "saldo")) == jt(6))
    #expect(sen(t.cell("kelas", "dalam_perhatian_khusus", "saldo")) == jt(20))
    #expect(sen(t.cell("kelas", "kurang_lancar", "saldo")) == jt(9))
    #expect(sen(t.cell("kelas", "diragukan", "saldo")) == 0)
    #expect(sen(t.cell("kelas", "macet", "saldo")) == jt(10))
    #expect(out.texts.contains { $0.contains("PBI 7/2/2005") })
  }

  @Test func bankClassBoundaries() {
    let cases: [(Int64, LoanClass)] = [
      (0, .lancar), (1, .dalamPerhatianKhusus), (90, .dalamPerhatianKhusus), (91, .kurangLancar),
      (120, .kurangLancar), (121, .diragukan), (180, .diragukan), (181, .macet),
    ]
    for (dpd, k) in cases { #expect(BankRulesPBI2005.classify(dpd: dpd) == k, "dpd \(dpd)") }
  }

  @Test func bookedClassSpellings() {
    #expect(LoanClass(text: "Kurang Lancar") == .kurangLancar)
    #expect(LoanClass(text: "KL") == .kurangLancar)
    #expect(LoanClass(text: "M") == .macet)
    #expect(LoanClass(text: "dpk") == .dalamPerhatianKhusus)
    #expect(LoanClass(text: "baik") == nil)
  }

  @Test func withoutBookedClassTheComparisonIsSkipped() throws {
    var ds = fixtureDataset()
    let p = ds.table("pinjaman")!
    ds = ds.setting(p.selecting(p.columnNames.filter { $0 != "kolektibilitas_tercatat" })!)
    let out = try runRisk("collectibility", dataset: ds)
    #expect(out.exceptions == 0)
    #expect(out.primaryTable?.cell("kelas", "lancar", "tercatat_saldo") == .null)
    #expect(out.texts.contains { $0.contains("kolektibilitas_tercatat") })
  }
}

import AwasPluginKit
import Testing

@testable import AwasRiskPlugin

@Suite struct ProvisionTests {
  @Test func cooperativeRatesNetOfCollateral() throws {
    let out = try runRisk("provision")
    let t = try #require(out.primaryTable)
    // L: 0.5% × 26 juta (gross) = 130,000.
    #expect(sen(t.cell("kelas", "lancar", "dasar")) == jt(26))
    #expect(sen(t.cell("kelas", "lancar", "wajib")) == rp(130_000))
    // KL: P03 max(0, 8 − 2) = 6 + P12 max(0, 1 − 0) = 1 → 7 juta × 10% = 700,000; 2 juta of collateral deducted.
    #expect(sen(t.cell("kelas", "kurang_lancar", "dasar")) == jt(7))
    #expect(sen(t.cell("kelas", "kurang_lancar", "agunan_dikurangkan")) == jt(2))
    #expect(sen(t.cell("kelas", "kurang_lancar", "wajib")) == rp(700_000))
    // D: P04 max(0, 4 − 4) = 0 → 0 (fully collateralised).
    #expect(sen(t.cell("kelas", "diragukan", "wajib")) == 0)
    // M: P05 6 juta, no collateral → 100% = 6,000,000.
    #expect(sen(t.cell("kelas", "macet", "wajib")) == jt(6))
    #expect(pct(t.cell("kelas", "lancar", "tarif")) == 0.5)
    let s = try #require(out.table("ppap_ringkasan"))
    // Total 130,000 + 700,000 + 0 + 6,000,000 = 6,830,000; booked 2,000,000; coverage 29.28%.
    #expect(sen(s.cell("kode", "ppap_wajib", "rupiah")) == rp(6_830_000))
    #expect(sen(s.cell("kode", "ppap_tercatat", "rupiah")) == jt(2))
    #expect(pct(s.cell("kode", "cakupan", "persen")) == 29.28)
    #expect(sen(s.cell("kode", "ppap_kurang", "rupiah")) == rp(4_830_000))
  }

  @Test func shortfallIsAFinding() throws {
    let out = try runRisk("provision")
    #expect(out.exceptions == 1)
    let f = try #require(out.findings.first)
    #expect(f.check == "risk.ppap")
    // 4.83 of 6.83 juta missing (≥ 50%): high.
    #expect(f.severity == .high)
    #expect(f.amount == Money(sen: rp(4_830_000)))
    #expect(f.title.id == "PPAP kurang Rp 4.830.000: tercatat Rp 2.000.000, wajib Rp 6.830.000")
    #expect(f.title.en == "Allowance short by Rp 4,830,000: booked Rp 2,000,000, required Rp 6,830,000")
    #expect(f.rule?.en.hasSuffix("[uncertain: from one application]") == true)
    let en = try runRisk("provision", language: .en)
    #expect(en.texts.joined(separator: "\n").contains("Source: Juknis Deputi Pengawasan 15/2021 (KKPKK), PPAPWD; docs/reference.md §4 [uncertain: from one application]"))
    #expect(!en.texts.joined(separator: "\n").contains("dari satu aplikasi"))
  }

  @Test func enoughAllowanceNoFinding() throws {
    let out = try runRisk("provision", dataset: fixtureDataset(neraca: neracaTable(allowance: rp(7_000_000))))
    #expect(out.findings.isEmpty)
    #expect(out.exceptions == 0)
    #expect(sen(out.table("ppap_ringkasan")?.cell("kode", "ppap_kurang", "rupiah")) == 0)
  }

  @Test func smallShortfallIsLow() throws {
    // Booked 6.5 juta: short 330,000 of 6,830,000 (4.8% < 10%): low.
    let out = try runRisk("provision", dataset: fixtureDataset(neraca: neracaTable(allowance: rp(6_500_000))))
    #expect(out.findings.first?.severity == .low)
  }

  @Test func grossAndBankRateSets() throws {
    // Gross: 130,000 + 10% × 9 juta + 50% × 4 juta + 6 juta = 9,030,000.
    let g = try runRisk("provision", settings: ["risk.ppap-rates": .string("koperasi-bruto")])
    #expect(sen(g.table("ppap_ringkasan")?.cell("kode", "ppap_wajib", "rupiah")) == rp(9_030_000))
    // Bank rates on the cooperative classes: 1% × 26 juta + 15% × 7 juta + 0 + 6 juta = 7,310,000.
    let b = try runRisk("provision", ["rates": .choice("bank")])
    #expect(sen(b.table("ppap_ringkasan")?.cell("kode", "ppap_wajib", "rupiah")) == rp(7_310_000))
  }

  @Test func withoutCollateralTheBaseIsTheOutstanding() throws {
    let loans = fixtureLoans.map { var l = $0; l.jaminan = 0; return l }
    let out = try runRisk("provision", dataset: fixtureDataset(loans: loans))
    // KL 10% × 9 juta + D 50% × 4 juta + M 6 juta + L 130,000 = 9,030,000.
    #expect(sen(out.table("ppap_ringkasan")?.cell("kode", "ppap_wajib", "rupiah")) == rp(9_030_000))
  }

  @Test func roundingOnceHalfUpPerClass() throws {
    // Two lancar loans of Rp 100,001 and Rp 100,001: 0.5% × 200,002 = 1,000.01 rupiah = 100,001 sen
    // (per loan it would be 500.005 → 500.01 twice = 1,000.02).
    let loans = [
      LoanRow(no: "R1", anggota: "A01", cair: "2025-01-01", plafon: rp(100_001), sisa: rp(100_001), dpd: 0, kelas: "lancar", tercatat: nil),
      LoanRow(no: "R2", anggota: "A02", cair: "2025-01-01", plafon: rp(100_001), sisa: rp(100_001), dpd: 0, kelas: "lancar", tercatat: nil),
    ]
    let out = try runRisk("provision", dataset: fixtureDataset(loans: loans))
    #expect(sen(out.primaryTable?.cell("kelas", "lancar", "wajib")) == 100_001)
  }

  @Test func bundledRulesCiteTheirSource() throws {
    let rules = try PPAPRules.load(nil)
    #expect(rules.sets.map(\.names.en) == ["cooperative", "cooperative-gross", "bank"])
    #expect(rules.defaultName == "cooperative")
    for s in rules.sets { #expect(!s.source.id.isEmpty && !s.source.en.isEmpty && !s.basis.id.isEmpty && !s.basis.en.isEmpty) }
    // The English interface reads English sources (no Indonesian words in them).
    let coop = try #require(rules.set(named: "koperasi"))
    #expect(coop.source.en.hasSuffix("[uncertain: from one application]"))
    #expect(coop.source.id.hasSuffix("[tidak pasti: dari satu aplikasi]"))
    #expect(coop.rate(.lancar) == 50 && coop.rate(.kurangLancar) == 1_000 && coop.rate(.macet) == 10_000)
    #expect(coop.netOfCollateral == [.kurangLancar, .diragukan, .macet])
  }

  @Test func anEditedRulesFileIsUsed() throws {
    let path = NSTemporaryDirectory() + "ppap-uji-\(UUID().uuidString).toml"
    try """
      [[tarif]]
      nama = "strict"
      persen = { lancar = 1, kurang_lancar = 25, diragukan = 50, macet = 100 }
      bersih_agunan = []
      """.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    // The set leaves out special mention (DPK): it takes lancar's 1%.
    let strict = try #require(PPAPRules.load(path).set(named: "strict"))
    #expect(strict.rate(.dalamPerhatianKhusus) == 100 && strict.rate(.lancar) == 100)
    let out = try runRisk("provision", settings: ["risk.rules-file": .string(path), "risk.ppap-rates": .string("strict")])
    // 1% × 26 + 25% × 9 + 50% × 4 + 100% × 6 juta = 0.26 + 2.25 + 2 + 6 = 10.51 juta.
    #expect(sen(out.table("ppap_ringkasan")?.cell("kode", "ppap_wajib", "rupiah")) == rp(10_510_000))
    // An unknown set name is a user error listing the sets.
    #expect(throws: UserError.self) {
      try runRisk("provision", settings: ["risk.rules-file": .string(path), "risk.ppap-rates": .string("bank")])
    }
  }

  @Test func everyProblemOfAnEditedRulesFileIsReportedWithItsLine() throws {
    let path = NSTemporaryDirectory() + "ppap-rusak-\(UUID().uuidString).toml"
    try """
      bawaan = "ketat"

      [[tarif]]
      nama = "strict"
      persen = { lancr = 1, kurang_lancar = 250, macet = 100 }
      bersih_agunan = ["macet", "parah"]
      sumber = "typo"
      """.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
      _ = try PPAPRules.load(path)
      Issue.record("the file loaded")
    } catch let e as UserError {
      let lines = e.message.en.split(separator: "\n").map(String.init)
      #expect(lines.first == "The rules file cannot be used:")
      #expect(lines.contains("\(path):5: `lancr` is not a collectibility class"))
      #expect(lines.contains("\(path):5: rate `kurang_lancar` must be a percent from 0 to 100"))
      #expect(lines.contains("\(path):6: `parah` is not a collectibility class"))
      #expect(lines.contains { $0.hasPrefix("\(path):7: unknown key `sumber`") })
      #expect(lines.contains("\(path):1: `bawaan` = ketat names no [[tarif]] set"))
      // lancr is no class and diragukan is left out: no rate for them.
      #expect(lines.contains("\(path):5: `persen` gives no rate for the class(es) lancar, diragukan"))
      #expect(e.argument == "risk.rules-file")
    }
  }
}

import Foundation
import Testing

@testable import AwasData

@Suite("kolektibilitas: loading rule files and overrides")
struct RulesLoadingTests {
  typealias F = Fixture

  static let userFile = """
    bawaan = "ketat"
    [aturan.ketat]
    dasar = "koperasi"
    source = "Kebijakan kredit KSP Uji 2025"
    lancar_sampai_dpd = 30
    kurang_lancar_sampai_dpd = 90
    agunan_minimum_persen = 100

    [aturan.sendiri]
    source = "uji"
    basis = "uji"
    lancar_sampai_dpd = 10
    kurang_lancar_sampai_dpd = 20
    diragukan_sampai_dpd = 30
    hapus_buku = "M"
    [aturan.sendiri.ppap]
    source = "uji"
    lancar_persen = 1
    kurang_lancar_persen = 2
    diragukan_persen = 3
    macet_persen = 4
    """

  @Test func userFileExtendsABuiltInSet() throws {
    let r = try CollectibilityRules.parse(toml: Self.userFile, origin: "uji.toml")
    #expect(r.name == "ketat")
    #expect(r.source == "Kebijakan kredit KSP Uji 2025")
    #expect(r.lancarMaxDPD == 30)
    #expect(r.kurangLancarMaxDPD == 90)
    #expect(r.collateralTest?.minimumPercent == 100)
    #expect(r.collateralTest?.includeInterestArrears == true)  // from koperasi
    #expect(r.diragukanMaxMonths == 21)
    #expect(r.provisioning.rate(.kurangLancar) == 0.1)
  }

  @Test func standAloneSet() throws {
    let r = try CollectibilityRules.parse(toml: Self.userFile, name: "sendiri", origin: "uji.toml")
    #expect(r.diragukanMaxDPD == 30)
    #expect(r.collateralTest == nil)
    let c = { (dpd: Int) in
      r.classify(dpd: dpd, sisa: F.rp(10), tunggakanJasa: .zero, nilaiJaminan: .zero, writtenOff: false,
        asOf: F.day("2025-12-31"))
    }
    #expect([10, 11, 20, 21, 30, 31].map(c) == [.lancar, .kurangLancar, .kurangLancar, .diragukan, .diragukan, .macet])
    #expect(r.provisioning.rate(.macet) == 0.04)
    #expect(r.provisioning.netOfCollateral.isEmpty)
  }

  @Test(arguments: [
    ("[aturan.x]\nsource = \"s\"", "lacks"),
    ("[aturan.x]\ndasar = \"koperasi\"\nlancar_sampai_dpd = 200", "below"),
    ("[aturan.x]\ndasar = \"koperasi\"\nlancar_sampai_dpd = \"90\"", "whole number"),
    ("[aturan.x]\ndasar = \"koperasi\"\nlancar_sampai_hari = 90", "unknown key"),
    ("[aturan.x]\ndasar = \"koperasi\"\nhapus_buku = \"hilang\"", "collectibility class"),
    ("[aturan.x]\ndasar = \"koperasi\"\nppap.macet_persen = 120", "percentage"),
    ("bawaan = \"x\"\n[aturan.x]\ndasar = \"y\"\n[aturan.y]\ndasar = \"x\"", "loops"),
    ("[aturan.x]\nsource = \"s\"\n[aturan.y]\nsource = \"s\"", "name a rule set"),
    ("aturan = 3", "no [aturan"),
    ("[aturan", "invalid TOML"),
  ])
  func badFiles(text: String, message: String) {
    do {
      _ = try CollectibilityRules.parse(toml: text, origin: "bad.toml")
      Issue.record("accepted \(text)")
    } catch let e as CollectibilityRulesError {
      #expect(e.message.en.contains(message), "\(e.message.en)")
      #expect(e.file == "bad.toml")
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test func overrideFromKoperasiInfo() throws {
    // Flattened [kolektibilitas] keys in extra: the bank set with lancar up to 30 days.
    let d = F.dataset([], extra: [
      "kolektibilitas.aturan": .string("bank"), "kolektibilitas.lancar_sampai_dpd": .int(30),
    ])
    let r = try CollectibilityRules.forDataset(d)
    #expect(r.name == "bank")
    #expect(r.lancarMaxDPD == 30)
    #expect(r.overriddenKeys == ["lancar_sampai_dpd"])
    #expect(r.origin == "koperasi.toml")
    // A plain `kolektibilitas = "bank"` under [kebijakan].
    let k = try CollectibilityRules.forDataset(F.dataset([], kebijakan: ["kolektibilitas": .string("bank")]))
    #expect(k.name == "bank" && k.overriddenKeys.isEmpty)
    // Nothing set: the default.
    #expect(try CollectibilityRules.forDataset(F.dataset([])).name == "koperasi")
  }

  @Test func overrideFromTheFolder() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("awas-rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.userFile.write(to: dir.appendingPathComponent("aturan.toml"), atomically: true, encoding: .utf8)
    try """
      nama = "KSP Uji"
      [kolektibilitas]
      berkas = "aturan.toml"
      aturan = "sendiri"
      ppap.macet_persen = 90
      """.write(to: dir.appendingPathComponent("koperasi.toml"), atomically: true, encoding: .utf8)
    let r = try CollectibilityRules.forDataset(F.dataset([], folder: dir.path))
    #expect(r.name == "sendiri")
    #expect(r.diragukanMaxDPD == 30)
    #expect(r.provisioning.rate(.macet) == 0.9)
  }

  @Test func badOverrideBecomesAWarning() {
    let loans = F.pinjaman([F.Loan(no: "P1", cair: "2025-09-01")])
    let data = F.dataset([loans, F.angsuran([])], extra: ["kolektibilitas.aturan": .string("ojk")])
    let d = data.recomputed(asOf: F.day("2025-12-31"))
    #expect(d.issues.count == 1)
    #expect(d.issues.first?.kind == "bad-kolektibilitas-rules")
    #expect(d.issues.first?.severity == .warning)
    // The default set still classified the loan (91 days: kurang lancar).
    #expect(d.loanValue("P1", "kolektibilitas") == .string("kurang_lancar"))
    // Recomputing again does not repeat the warning.
    #expect(d.recomputed(asOf: F.day("2025-11-30")).issues.count == 1)
  }

  @Test func datasetOverrideChangesClasses() {
    let loans = F.pinjaman([F.Loan(no: "P1", cair: "2025-09-01")])  // 91 days as of 2025-12-31
    let d = F.dataset([loans, F.angsuran([])], kebijakan: ["kolektibilitas": .string("bank")])
      .recomputed(asOf: F.day("2025-12-31"))
    #expect(d.loanValue("P1", "kolektibilitas") == .string("kurang_lancar"))
    let d2 = F.dataset([loans, F.angsuran([])], extra: ["kolektibilitas.lancar_sampai_dpd": .int(91)])
      .recomputed(asOf: F.day("2025-12-31"))
    #expect(d2.loanValue("P1", "kolektibilitas") == .string("lancar"))
  }
}

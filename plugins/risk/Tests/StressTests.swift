import AwasPluginKit
import Testing

@testable import AwasRiskPlugin

/// Scores a dataset by its SHU in juta (so the test sees the booked expense).
struct FakeHealth: HealthScoring {
  func score(_ dataset: Dataset, settings: Settings, language: Language) throws -> HealthScore {
    let shu = BalanceSheet(dataset)?.amount("shu_tahun_berjalan") ?? 0
    let total = Double(shu) / Double(jt(1))
    return HealthScore(total: total, category: total > 1 ? "Sehat" : "Dalam Pengawasan", complete: true)
  }
}

@Suite struct StressTests {
  @Test func macetShockOnParProvisionAndSHU() throws {
    let out = try runRisk("stress", ["macet": .value(.percent(0.10))], services: Services(health: FakeHealth()))
    // Wanted 10% × 45 = 4.5 juta from lancar (P01 6, P02 10, P09 2, P10 5, P11 3 = 26), step 26/4.5 → 5:
    // the first pick, P01 (6 juta), reaches it. P01 becomes macet with dpd 181.
    let r = try #require(out.primaryTable)
    #expect(r.name == "stres")
    // PAR1 39 → 45 (100%); PAR30 32 → 38 (84.44%); PAR90 19 → 25 (55.56%); NPL 19 → 25.
    #expect(pct(r.cell("kode", "par1", "sesudah")) == 100)
    #expect(pct(r.cell("kode", "par30", "sebelum")) == 71.11)
    #expect(pct(r.cell("kode", "par30", "sesudah")) == 84.44)
    #expect(pct(r.cell("kode", "par90", "sesudah")) == 55.56)
    #expect(pct(r.cell("kode", "npl", "selisih")) == 13.33)
    let m = try #require(out.table("stres_rupiah"))
    // Required: L 0.5% × 20 = 100,000 + KL 700,000 + M 12 juta = 12,800,000 (before 6,830,000).
    #expect(sen(m.cell("kode", "ppap_wajib", "sesudah")) == rp(12_800_000))
    #expect(sen(m.cell("kode", "ppap_wajib", "selisih")) == rp(5_970_000))
    // Extra expense = (12.8 − 2) − (6.83 − 2) = 5.97 juta; SHU 6 juta → 30,000.
    #expect(sen(m.cell("kode", "beban_tambahan", "sesudah")) == rp(5_970_000))
    #expect(sen(m.cell("kode", "shu", "sebelum")) == jt(6))
    #expect(sen(m.cell("kode", "shu", "sesudah")) == rp(30_000))
    // The health service scored the dataset with the expense booked.
    let h = try #require(out.table("stres_kesehatan"))
    #expect(h.cell("kode", "kesehatan", "skor_sebelum") == .double(6))
    #expect(h.cell("kode", "kesehatan", "skor_sesudah") == .double(0.03))
    #expect(h.cell("kode", "kesehatan", "predikat_sesudah") == .string("Dalam Pengawasan"))
  }

  @Test func movedLoansAreEvenlySpacedAndReported() throws {
    let p = try Portfolio(fixtureDataset(), scheme: .cooperative)
    // 30% × 45 = 13.5 juta from lancar (26): step 26/13.5 → 1: P01 6, P02 10 → 16 ≥ 13.5.
    let s = StressScenario(shocks: [.init(target: .kurangLancar, share: 0.30, name: Names("kl"))], basis: .outstanding)
    let r = s.apply(p)
    #expect(r.moved[0].loans == 2 && r.moved[0].sen == jt(16) && r.moved[0].reached)
    #expect(r.klass[0] == LoanClass.kurangLancar.rawValue && r.dpd[0] == 91)
    #expect(r.klass[1] == LoanClass.kurangLancar.rawValue && r.dpd[1] == 91)
    // By number of loans: 20% of 9 = 1.8 → 2 loans (rounded half up), step 5/2 → 2: P01, P09.
    let byLoans = StressScenario(shocks: [.init(target: .macet, share: 0.20, name: Names("macet"))], basis: .loans).apply(p)
    #expect(byLoans.moved[0].loans == 2)
    #expect(byLoans.klass[0] == LoanClass.macet.rawValue && byLoans.klass[8] == LoanClass.macet.rawValue)
  }

  @Test func par30ShockLeavesCooperativeClasses() throws {
    let out = try runRisk("stress", ["par30": .value(.percent(0.10))])
    // 4.5 juta of loans at ≤ 30 days (P01 6, P09 2, P10 5 in lancar; step 13/4.5 → 2): P01 → dpd 31.
    // PAR30 32 → 38; NPL unchanged (L ≤ 90 days under the cooperative rule).
    let r = try #require(out.primaryTable)
    #expect(pct(r.cell("kode", "par30", "sesudah")) == 84.44)
    #expect(pct(r.cell("kode", "npl", "selisih")) == 0)
  }

  @Test func withoutHealthPluginTheScoreIsUnavailable() throws {
    let en = try runRisk("stress", ["macet": .value(.percent(0.05))], language: .en)
    #expect(en.texts.contains("The health score is unavailable: the health plugin is not loaded."))
    let id = try runRisk("stress", ["macet": .value(.percent(0.05))])
    #expect(id.texts.contains("Skor kesehatan tidak tersedia: plugin kesehatan tidak dimuat."))
  }

  @Test func shockMustBeNamedAndInRange() throws {
    #expect(throws: UserError.self) { try runRisk("stress") }
    #expect(throws: UserError.self) { try runRisk("stress", ["macet": .value(.percent(1.5))]) }
    // Messages name the parameter and the command in the interface's language.
    let e = try #require(#expect(throws: UserError.self) { try runRisk("stress", ["doubtful": .value(.percent(1.5))]) })
    #expect(e.message.en == "`--doubtful` must be between 0% and 100%.")
    #expect(e.message.id == "`--diragukan` harus antara 0% dan 100%.")
    #expect(e.hint?.en == "Example: `risk stress --doubtful 10%`.")
    #expect(e.hint?.id == "Contoh: `risiko stres --diragukan 10%`.")
  }

  @Test func movedShockIsLabelledInTheInterfaceLanguage() throws {
    let en = try runRisk("stress", ["doubtful": .value(.percent(0.05))], language: .en)
    let id = try runRisk("stress", ["doubtful": .value(.percent(0.05))])
    func labels(_ out: CommandOutput) -> [String] {
      out.blocks.flatMap { if case .fields(let f) = $0 { return f.map(\.0) } else { return [] } }
    }
    #expect(labels(en).first?.hasPrefix("doubtful +5") == true, "\(labels(en))")
    #expect(labels(id).first?.hasPrefix("diragukan +5") == true, "\(labels(id))")
  }
}

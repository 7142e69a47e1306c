import AwasPluginKit
import Testing

@testable import AwasRiskPlugin

@Suite struct ConcentrationTests {
  @Test func topBorrowersAgainstModalSendiri() throws {
    let out = try runRisk("concentration", ["top": .value(.int(3))])
    let t = try #require(out.primaryTable)
    // A02 10; A01 P01 6 + P09 2 = 8 (P06 repaid adds 0); A03 8 (tie: first seen first).
    #expect(t.strings("no_anggota") == ["A02", "A01", "A03"])
    #expect(t.cell("no_anggota", "A01", "pinjaman") == .int(2))
    #expect(t.cell("no_anggota", "A02", "nama") == .string("Nama A02"))
    // 10 / 60 juta MS = 16.67%; 10 / 45 juta portfolio = 22.22%.
    #expect(pct(t.cell("no_anggota", "A02", "persen_modal_sendiri")) == 16.67)
    #expect(pct(t.cell("no_anggota", "A02", "persen_portofolio")) == 22.22)
    // Per-borrower limit 15% × 60 = 9 juta: A02 is above it, A01 (8) is not.
    #expect(t.cell("no_anggota", "A02", "melebihi_batas") == .bool(true))
    #expect(t.cell("no_anggota", "A01", "melebihi_batas") == .bool(false))
    let largest = try #require(out.table("pinjaman_terbesar"))
    #expect(largest.strings("no_pinjaman") == ["P02", "P03", "P01"])
  }

  @Test func insidersAboveTheLimitAndBorrowerBreaches() throws {
    let out = try runRisk("concentration")
    // Insiders P04 4 + P05 6 = 10 juta > 10% × 60 = 6 juta; A02 10 > 9 juta.
    let b = try #require(out.table("konsentrasi_pelanggaran"))
    #expect(b.strings("no_pinjaman") == ["P02", "P04", "P05"])
    #expect(b.cell("no_pinjaman", "P02", "jenis") == .string("batas_anggota"))
    #expect(b.cell("no_pinjaman", "P05", "jenis") == .string("orang_dalam"))
    let insider = try #require(out.findings.first { $0.check == "risk.insider-limit" })
    #expect(insider.severity == .high)
    #expect(insider.evidence.first?.keys == ["P04", "P05"])
    #expect(insider.amount == Money(sen: jt(4)))
    let borrower = try #require(out.findings.first { $0.check == "risk.borrower-limit" })
    #expect(borrower.evidence.first?.keys == ["P02"])
    #expect(borrower.amount == Money(sen: jt(1)))
    #expect(out.exceptions == 2)
  }

  @Test func breachCountReadsInEnglish() throws {
    let en = try runRisk("concentration", language: .en)
    #expect(en.texts.contains("Limit breaches: 3 loans"), "\(en.texts)")
    // With the insider limit at 100% only P02 (over the per-borrower limit) is left.
    let one = try runRisk("concentration", language: .en, settings: ["risk.insider-limit": .percent(1)])
    #expect(one.texts.contains("Limit breaches: 1 loan"), "\(one.texts)")
  }

  @Test func policyOverridesTheLimits() throws {
    // [kebijakan] 20% for insiders (12 juta ≥ 10): no insider finding; 9.5 juta per member with the
    // MS share off: A02 10 > 9.5 still breaches.
    let ds = fixtureDataset(kebijakan: [
      "batas_pinjaman_orang_dalam_persen": .int(20), "batas_pinjaman_per_anggota": .int(9_500_000),
    ])
    let out = try runRisk("concentration", dataset: ds, settings: ["risk.borrower-limit": .percent(0)])
    #expect(out.findings.map(\.check) == ["risk.borrower-limit"])
    #expect(out.findings[0].amount == Money(sen: rp(500_000)))
  }

  @Test func policyPercentWrittenAsTextReadsLikeTheGovernanceChecklist() throws {
    // "7,5%" (as the governance checklist reads it): 7.5% × 60 juta = 4.5 juta;
    // insiders 10 juta are 5.5 juta over (at the default 10% it would be 4 juta).
    let ds = fixtureDataset(kebijakan: ["batas_pinjaman_orang_dalam_persen": .string("7,5%")])
    let out = try runRisk("concentration", dataset: ds)
    let insider = try #require(out.findings.first { $0.check == "risk.insider-limit" })
    #expect(insider.amount == Money(sen: rp(5_500_000)))
  }

  @Test func anAbsurdPolicyPercentIsIgnoredNotACrash() throws {
    // 10¹⁶ percent cannot be held as a Decimal4: the default 10% applies.
    let ds = fixtureDataset(kebijakan: ["batas_pinjaman_orang_dalam_persen": .int(10_000_000_000_000_000)])
    let out = try runRisk("concentration", dataset: ds)
    #expect(out.findings.first { $0.check == "risk.insider-limit" }?.amount == Money(sen: jt(4)))
    // … and the output says that the written value was not used.
    let fields = out.blocks.flatMap { b -> [String] in
      if case .fields(let f) = b { return f.map(\.1) } else { return [] }
    }
    #expect(fields.contains { $0.contains("batas_pinjaman_orang_dalam_persen = 10000000000000000 bukan persen 0–100") }, "\(fields)")
  }

  @Test func limitShareRoundsHalfAwayFromZeroOnce() {
    // 10% of 5 sen is 0.5 sen: rounded to 1, as FixedMath does for governance.
    #expect(ConcentrationLimits.share(5, Decimal4(10)) == 1)
    #expect(ConcentrationLimits.share(4, Decimal4(10)) == 0)
    #expect(ConcentrationLimits.share(60_000_000_00, Decimal4(parsing: "7.5")!) == 4_500_000_00)
  }

  @Test func modalSendiriWithSHUVariant() throws {
    // With SHU: 66 juta; limit 15% = 9.9 juta: A02 10 still above; insider limit 6.6 < 10.
    let out = try runRisk("concentration", settings: ["risk.own-capital": .string("dengan-shu")])
    #expect(pct(out.primaryTable?.cell("no_anggota", "A02", "persen_modal_sendiri")) == 15.15)
    #expect(out.findings.first { $0.check == "risk.borrower-limit" }?.amount == Money(sen: rp(100_000)))
  }

  @Test func withoutOrangDalamColumnServingOfficersAreInsiders() throws {
    var ds = fixtureDataset()
    let p = ds.table("pinjaman")!
    ds = ds.setting(p.selecting(p.columnNames.filter { $0 != "orang_dalam" })!)
    ds = ds.setting(Table(name: "pengurus", columns: [
      Column.string("nama", ["Ketua", "Lama"]), Column.string("no_anggota", ["A03", "A02"]),
      Column.string("organ", ["pengurus", "pengawas"]),
      Column.date("selesai", [nil, day("2024-12-31")]),
    ]))
    let out = try runRisk("concentration", dataset: ds)
    // A03 serves (8 juta > 6): insider finding on P03; A02's term ended.
    let insider = try #require(out.findings.first { $0.check == "risk.insider-limit" })
    #expect(insider.evidence.first?.keys == ["P03"])
    #expect(out.texts.contains { $0.contains("pengurus/pengawas") })
  }

  @Test func withoutNeracaLimitsAgainstCapitalAreSkipped() throws {
    let out = try runRisk("concentration", dataset: fixtureDataset(neraca: nil))
    #expect(out.findings.isEmpty)
    #expect(out.primaryTable?.cell("no_anggota", "A02", "persen_modal_sendiri") == .null)
  }
}

import AwasPluginKit
import Testing

@testable import AwasRiskPlugin

@Suite struct AgingTests {
  @Test func defaultBuckets() throws {
    let out = try runRisk("aging")
    let t = try #require(out.primaryTable)
    #expect(t.strings("kelompok") == ["0", "1-30", "31-60", "61-90", "91-180", "181-360", ">360"])
    // 0: P01 6; 1–30: P09 2 + P10 5; 31–60: P02 10; 61–90: P11 3; 91–180: P03 8 + P12 1; 181–360: P04 4; >360: P05 6.
    let expected: [Int64] = [6, 7, 10, 3, 9, 4, 6].map(jt)
    #expect((0..<t.rowCount).map { sen(t.column("saldo")?.value(at: $0)) } == expected)
    #expect(t.cell("kelompok", "1-30", "pinjaman") == .int(2))
    #expect(t.cell("kelompok", ">360", "dpd_dari") == .int(361))
    #expect(t.cell("kelompok", ">360", "dpd_sampai") == .null)
    // 10/45 = 22.22%.
    #expect(pct(t.cell("kelompok", "31-60", "persen_saldo")) == 22.22)
    let bars = out.blocks.compactMap { b -> BarChart? in if case .chart(.bars(let c)) = b { return c } else { return nil } }
    #expect(bars.first?.labels.count == 7)
    #expect(bars.first?.valueLabels?[2] == "Rp 10.000.000")
  }

  @Test func bucketsFromTheArgumentAndTheSetting() throws {
    // --buckets 30,90: 0: 6; 1–30: 7; 31–90: P02 10 + P11 3 = 13; >90: 8 + 1 + 4 + 6 = 19.
    let a = try #require(try runRisk("aging", ["buckets": .list([.value(.int(30)), .value(.int(90))])]).primaryTable)
    #expect(a.strings("kelompok") == ["0", "1-30", "31-90", ">90"])
    #expect(sen(a.cell("kelompok", "31-90", "saldo")) == jt(13))
    #expect(sen(a.cell("kelompok", ">90", "saldo")) == jt(19))
    let s = try #require(try runRisk("aging", settings: ["risk.aging-buckets": .string("60")]).primaryTable)
    #expect(s.strings("kelompok") == ["0", "1-60", ">60"])
  }

  @Test func badBucketsAreAUserError() {
    #expect(throws: UserError.self) {
      try runRisk("aging", ["buckets": .list([.value(.int(90)), .value(.int(30))])])
    }
  }
}

@Suite struct ParTests {
  @Test func overall() throws {
    let t = try #require(try runRisk("par").primaryTable)
    #expect(t.rowCount == 1)
    #expect(pct(t.column("par30")?.value(at: 0)) == 71.11)
    #expect(pct(t.column("npl")?.value(at: 0)) == 42.22)
  }

  @Test func byOfficer() throws {
    let t = try #require(try runRisk("par", ["by": .choice("officer")]).primaryTable)
    #expect(t.strings("petugas") == ["Budi", "Citra", "Dewi"])
    // Budi: P01 6 (0), P02 10 (45), P09 2 (1) = 18; PAR1 12/18 = 66.67%, PAR30 10/18 = 55.56%, PAR90 0.
    #expect(sen(t.cell("petugas", "Budi", "saldo")) == jt(18))
    #expect(pct(t.cell("petugas", "Budi", "par1")) == 66.67)
    #expect(pct(t.cell("petugas", "Budi", "par30")) == 55.56)
    #expect(pct(t.cell("petugas", "Budi", "par90")) == 0)
    // Citra: P03, P04, P05 all > 90 and KL/D/M: 100%.
    #expect(pct(t.cell("petugas", "Citra", "par90")) == 100)
    #expect(pct(t.cell("petugas", "Citra", "npl")) == 100)
    // Dewi: P10 5 (30), P11 3 (90), P12 1 (91) = 9; PAR30 4/9 = 44.44%; PAR90 1/9 = 11.11%.
    #expect(pct(t.cell("petugas", "Dewi", "par30")) == 44.44)
    #expect(pct(t.cell("petugas", "Dewi", "par90")) == 11.11)
    #expect(sen(t.cell("petugas", "Dewi", "npl_saldo")) == jt(1))
  }

  @Test func byVillageThroughAnggota() throws {
    let t = try #require(try runRisk("par", ["by": .choice("village")]).primaryTable)
    // P12's member A10 is not in anggota: group "-".
    #expect(t.strings("desa") == ["-", "Cibodas", "Mekar", "Sukamaju"])
    #expect(sen(t.cell("desa", "Sukamaju", "saldo")) == jt(18))
    #expect(sen(t.cell("desa", "Mekar", "saldo")) == jt(8))
    #expect(sen(t.cell("desa", "-", "saldo")) == jt(1))
  }

  @Test func byMonthAndProduct() throws {
    let m = try #require(try runRisk("par", ["by": .choice("month")]).primaryTable)
    // Active loans disbursed 2023-05, 2024-01, 2024-06, 2024-09, 2024-10, 2025-01, 2025-02, 2025-03, 2025-09.
    #expect(m.strings("bulan") == ["2023-05", "2024-01", "2024-06", "2024-09", "2024-10", "2025-01", "2025-02", "2025-03", "2025-09"])
    let p = try #require(try runRisk("par", ["by": .choice("product")]).primaryTable)
    // No produk column: metode. anuitas P02 10 + P09 2 = 12; menurun P04 4 + P11 3 = 7; flat 26.
    #expect(sen(p.cell("produk", "anuitas", "saldo")) == jt(12))
    #expect(sen(p.cell("produk", "menurun", "saldo")) == jt(7))
    #expect(sen(p.cell("produk", "flat", "saldo")) == jt(26))
  }

  @Test func groupsWithTextStorageAreCountedByBytes() throws {
    // 100 loans with 70 officers: the column is stored as text, not a dictionary.
    let loans = (0..<100).map { i in
      LoanRow(no: "X\(i)", anggota: "M\(i)", cair: "2025-01-01", plafon: jt(1), sisa: jt(1), dpd: i % 2 == 0 ? 40 : 0,
              kelas: "lancar", tercatat: "lancar", petugas: "Petugas \(i % 70)")
    }
    let ds = fixtureDataset(loans: loans)
    guard case .text = ds.table("pinjaman")!.column("petugas")!.storage else {
      Issue.record("expected text storage")
      return
    }
    let t = try #require(try runRisk("par", ["by": .choice("officer")], dataset: ds).primaryTable)
    #expect(t.rowCount == 70)
    // Petugas 0 has loans 0 (dpd 40) and 70 (dpd 40): 2 juta, PAR30 100%. Petugas 1: loans 1 and 71, dpd 0.
    #expect(sen(t.cell("petugas", "Petugas 0", "saldo")) == jt(2))
    #expect(pct(t.cell("petugas", "Petugas 0", "par30")) == 100)
    #expect(pct(t.cell("petugas", "Petugas 1", "par30")) == 0)
  }
}

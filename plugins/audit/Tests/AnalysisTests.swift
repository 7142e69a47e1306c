import AwasPluginKit
import Testing

@testable import AwasAuditPlugin

@Suite struct StratifyTests {
  @Test func bandsWithOutOfRange() throws {
    let values: [Money?] = [rp(0), rp(1_000_000), rp(5_000_000), rp(24_999_999), rp(25_000_000), rp(100_000_000), rp(150_000_000), rp(-1), nil]
    let t = Table(name: "pinjaman", columns: [Column.money("sisa", values)])
    let bands: Argument = .list([rp(0), rp(5_000_000), rp(25_000_000), rp(100_000_000)].map { .value(.money($0)) })
    let out = try run(["stratify"], ["column": col("pinjaman.sisa"), "bands": bands], dataset: dataset([t]))
    let r = try #require(out.primaryTable)
    #expect(r.values("jumlah") == [1, 2, 2, 2, 1].map { Value.int($0) })
    #expect(r.values("subtotal") == [rp(-1), rp(1_000_000), rp(29_999_999), rp(125_000_000), rp(150_000_000)].map { Value.money($0) })
    #expect(r.strings("rentang").first == "< Rp 0")
    #expect(r.strings("rentang").last == "> Rp 100.000.000")
    // The last band includes its top edge: 100jt is in [25jt, 100jt].
    #expect(r.strings("rentang")[3] == "Rp 25.000.000 – Rp 100.000.000")
  }

  @Test func badBandsAreAUserError() {
    let t = Table(name: "x", columns: [Column.money("v", [rp(1)])])
    #expect(throws: UserError.self) {
      try run(["stratify"], ["column": col("x.v"), "bands": .list([.value(.money(rp(5))), .value(.money(rp(1)))])], dataset: dataset([t]))
    }
  }
}

@Suite struct AgeTests {
  @Test func bucketsBeforeTheCutoff() throws {
    let dates: [Day?] = [day(2025, 12, 31), day(2025, 12, 2), day(2025, 12, 1), day(2025, 10, 1), day(2026, 1, 5), day(1990, 1, 1), nil]
    let t = Table(name: "angsuran", columns: [
      Column.date("tanggal", dates), Column.money("pokok", [rp(1), rp(2), rp(4), rp(8), rp(16), rp(32), rp(64)]),
    ])
    let out = try run(["age"], ["column": col("angsuran.tanggal"), "sum": col("pokok")], dataset: dataset([t]))
    let r = try #require(out.primaryTable)
    #expect(r.strings("kelompok") == ["sesudah acuan / < 0", "0–29", "30–59", "60–89", "90–119", "120–9999", "≥ 10000"])
    #expect(r.values("jumlah") == [1, 2, 1, 0, 1, 0, 1].map { Value.int($0) })
    #expect(r.values("subtotal") == [rp(16), rp(3), rp(4), rp(0), rp(8), rp(0), rp(32)].map { Value.money($0) })
  }
}

@Suite struct SummarizeTests {
  @Test func countsAndExactSumsSortedByKey() throws {
    let t = Table(name: "pinjaman", columns: [
      Column.string("petugas", ["B", "A", nil, "A"]),
      Column.money("plafon", [rp(7_000_000), rp(10_000_000), rp(1_000_000), rp(5_000_000)]),
    ])
    let out = try run(["summarize"], ["by": .list([col("petugas")]), "sum": .list([col("plafon")])], input: t, dataset: dataset([t]))
    let r = try #require(out.primaryTable)
    #expect(r.values("petugas") == [.string("A"), .string("B"), .null])
    #expect(r.values("jumlah") == [.int(2), .int(1), .int(1)])
    #expect(r.values("jumlah_plafon") == [rp(15_000_000), rp(7_000_000), rp(1_000_000)].map { Value.money($0) })
  }
}

@Suite struct StatsTests {
  /// Rp 1, 2, 3, 4: mean 2,50; median 2,50; Q1 = 1 + 0,75 = 1,75; Q3 = 3,25;
  /// sd = √(5/3) = 1,2910 → Rp 1,29.
  @Test func moneyStatistics() throws {
    let t = Table(name: "x", columns: [Column.money("v", [rp(3), rp(1), nil, rp(4), rp(2)])])
    let out = try run(["stats"], ["column": col("x.v")], dataset: dataset([t]))
    let r = try #require(out.primaryTable)
    #expect(r.values("n") == [.int(4)])
    #expect(r.values("kosong") == [.int(1)])
    #expect(r.values("min") == [.money(rp(1))])
    #expect(r.values("max") == [.money(rp(4))])
    #expect(r.values("jumlah") == [.money(rp(10))])
    #expect(r.values("rata_rata") == [.money(Money(sen: 250))])
    #expect(r.values("median") == [.money(Money(sen: 250))])
    #expect(r.values("q1") == [.money(Money(sen: 175))])
    #expect(r.values("q3") == [.money(Money(sen: 325))])
    #expect(r.values("sd") == [.money(Money(sen: 129))])
  }

  @Test func integerStatistics() throws {
    let t = Table(name: "x", columns: [Column.int64("tenor", .int, [12, 24, 36])])
    let r = try #require(try run(["stats"], ["column": col("x.tenor")], dataset: dataset([t])).primaryTable)
    #expect(r.values("jumlah") == [.int(72)])
    #expect(r.values("rata_rata") == [.double(24)])
    #expect(r.values("sd") == [.double(12)])
  }
}

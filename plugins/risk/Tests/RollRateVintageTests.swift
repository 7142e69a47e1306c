import AwasPluginKit
import Testing

@testable import AwasRiskPlugin

/// A status provider that returns hand-made snapshots (one per date).
struct FakeStatus: LoanStatusProvider {
  /// Per date: per loan (sisa in juta, dpd, state).
  let byDate: [Day: [(Int64, Int64, LoanState)]]

  func forEachStatus(at dates: [Day], progress: any ProgressReporter, _ body: (LoanSnapshot) throws -> Void) throws {
    for d in dates {
      let rows = byDate[d] ?? []
      var aged = Bitset(count: rows.count)
      for i in rows.indices where rows[i].2 != .notDisbursed { aged[i] = true }
      try body(LoanSnapshot(
        asOf: d, sisa: ContiguousArray(rows.map { jt($0.0) }), dpd: ContiguousArray(rows.map(\.1)), aged: aged,
        state: ContiguousArray(rows.map(\.2.rawValue))))
    }
  }
}

/// A dataset with `n` loans (only the loan numbers matter to the fake provider).
func loansDataset(_ n: Int, cair: [String]? = nil, plafon: [Int64]? = nil, asOf: String = "2025-12-31") -> Dataset {
  let loans = (0..<n).map { i in
    LoanRow(no: "L\(i + 1)", anggota: "A\(i + 1)", cair: cair?[i] ?? "2025-01-01", plafon: plafon?[i] ?? jt(1),
            sisa: 0, dpd: 0, kelas: "lancar", tercatat: nil)
  }
  return fixtureDataset(loans: loans, asOf: asOf)
}

@Suite struct RollRateTests {
  static let d1 = day("2025-10-31"), d2 = day("2025-11-30"), d3 = day("2025-12-31")

  /// Twelve loans over three month ends (sisa in juta, dpd):
  /// L1 (10,0)→(9,0)→(8,0); L2 (10,0)→(9,15)→(8,45); L3 (5,0)→repaid→repaid;
  /// L4 (8,20)→(8,50)→(8,80); L5 (6,20)→(5,0)→(4,0); L6 (4,40)→(4,70)→(4,100);
  /// L7 (3,70)→(3,100)→(3,130); L8 (7,100)→(7,130)→(7,160); L9 (2,200)→(2,230)→(2,260);
  /// L10 written off (left out); L11 not disbursed → (5,0)→(5,0); L12 (1,400)→(1,430)→(1,460).
  static let provider = FakeStatus(byDate: [
    d1: [(10, 0, .active), (10, 0, .active), (5, 0, .active), (8, 20, .active), (6, 20, .active), (4, 40, .active),
         (3, 70, .active), (7, 100, .active), (2, 200, .active), (9, 0, .writtenOff), (0, 0, .notDisbursed), (1, 400, .active)],
    d2: [(9, 0, .active), (9, 15, .active), (0, 0, .closed), (8, 50, .active), (5, 0, .active), (4, 70, .active),
         (3, 100, .active), (7, 130, .active), (2, 230, .active), (9, 0, .writtenOff), (5, 0, .active), (1, 430, .active)],
    d3: [(8, 0, .active), (8, 45, .active), (0, 0, .closed), (8, 80, .active), (4, 0, .active), (4, 100, .active),
         (3, 130, .active), (7, 160, .active), (2, 260, .active), (9, 0, .writtenOff), (5, 0, .active), (1, 460, .active)],
  ])

  func run(_ lang: Language = .id) throws -> CommandOutput {
    try runRisk(
      "rollrate", ["dates": .list([.value(.date(Self.d1)), .value(.date(Self.d2)), .value(.date(Self.d3))])],
      dataset: loansDataset(12), language: lang, source: { _ in Self.provider })
  }

  @Test func pooledTransitionsWeightedByOutstanding() throws {
    let out = try run()
    let t = try #require(out.primaryTable)
    func cell(_ from: String, _ to: String, _ col: String) -> Value? {
      (0..<t.rowCount).first { t.column("dari")?.string(at: $0) == from && t.column("ke")?.string(at: $0) == to }
        .flatMap { t.column(col)?.value(at: $0) }
    }
    // From 0: L1 10 + 9, L5 5, L11 5 → 0 (29); L2 10 → 1-30; L3 5 → repaid. Row: 6 loans, 44 juta.
    #expect(cell("0", "0", "pinjaman") == .int(4))
    #expect(sen(cell("0", "0", "saldo")) == jt(29))
    #expect(pct(cell("0", "0", "persen_saldo")) == 65.91)
    #expect(pct(cell("0", "1-30", "persen_saldo")) == 22.73)
    #expect(pct(cell("0", "lunas", "persen_saldo")) == 11.36)
    #expect(pct(cell("0", "lunas", "persen_pinjaman")) == 16.67)
    // In English the rows say `repaid`, as the chart does.
    let en = try #require(try run(.en).primaryTable)
    #expect((0..<en.rowCount).contains { en.column("ke")?.string(at: $0) == "repaid" })
    #expect(!(0..<en.rowCount).contains { en.column("ke")?.string(at: $0) == "lunas" })
    // From 1-30: L4 8 and L2 9 → 31-60 (17); L5 6 → 0. Row 23: 73.91% / 26.09%.
    #expect(pct(cell("1-30", "31-60", "persen_saldo")) == 73.91)
    #expect(pct(cell("1-30", "0", "persen_saldo")) == 26.09)
    // From 31-60: L6 4, L4 8 → 61-90: 100%. From 91-180: L8 twice, L7 → 91-180 (3 loans, 17 juta).
    #expect(pct(cell("31-60", "61-90", "persen_saldo")) == 100)
    #expect(cell("91-180", "91-180", "pinjaman") == .int(3))
    #expect(sen(cell("91-180", "91-180", "saldo")) == jt(17))
    #expect(cell(">360", ">360", "pinjaman") == .int(2))
    // Every listed pair: 3 (from 0) + 2 + 1 + 1 + 1 + 1 + 1 = 10 rows.
    #expect(t.rowCount == 10)
    #expect(out.texts.contains { $0.contains("1 pinjaman hapus buku") })
  }

  @Test func heatmapRowsAndColumns() throws {
    let out = try run(.en)
    let maps = out.blocks.compactMap { b -> Heatmap? in if case .chart(.heatmap(let h)) = b { return h } else { return nil } }
    let h = try #require(maps.first)
    #expect(h.rowLabels == ["0", "1-30", "31-60", "61-90", "91-180", "181-360", ">360"])
    #expect(h.columnLabels == ["0", "1-30", "31-60", "61-90", "91-180", "181-360", ">360", "repaid"])
    #expect(h.cellLabels?[1][2] == "73.9")
    #expect(h.cells[0][7].map { ($0 * 100).rounded() / 100 } == 11.36)
  }

  @Test func monthEndDates() throws {
    #expect(AsOfDates.monthEnds(from: day("2025-01-31"), to: day("2025-04-30")).map(\.description)
      == ["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30"])
    // A last date that is not a month end is added as is.
    #expect(AsOfDates.monthEnds(from: day("2025-11-15"), to: day("2025-12-15")).map(\.description)
      == ["2025-11-30", "2025-12-15"])
    // Defaults: the 12 month ends up to the as-of date.
    let d = try AsOfDates.resolve(Arguments(), dataset: loansDataset(1), defaultMonths: 12)
    #expect(d.count == 12 && d.first == day("2025-01-31") && d.last == day("2025-12-31"))
  }

  @Test func datesAfterTheReportingDateAreRefused() {
    #expect(throws: UserError.self) {
      try runRisk("rollrate", ["to": .value(.date(day("2026-01-31")))], dataset: loansDataset(12), source: { _ in Self.provider })
    }
    #expect(throws: UserError.self) {
      try runRisk("rollrate", ["dates": .list([.value(.date(Self.d1))])], dataset: loansDataset(12), source: { _ in Self.provider })
    }
  }

  @Test func theDefaultProviderRecomputesPerDateOnContoh() throws {
    // The real loan engine on contoh/ (contoh/README.md), 2025-11-30 → 2025-12-31:
    // P-001, P-002, P-009, P-011 stay current (24.182.000 at the start); P-007 (600.000)
    // goes from 0 to 31 days late; P-003 (3.500.000) from 10 days late to current;
    // P-010 stays at 91–180 and P-012 above 360. P-006 is written off (left out),
    // P-004/P-005 are repaid, P-008 is not yet disbursed.
    let contoh = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("contoh").path
    let dataset = try DatasetLoader.load(contoh)
    let out = try runRisk("rollrate", ["dates": .list([.value(.date(day("2025-11-30"))), .value(.date(day("2025-12-31")))])], dataset: dataset)
    let t = try #require(out.primaryTable)
    let rows = (0..<t.rowCount).map { r in
      "\(t.column("dari")!.string(at: r)!)→\(t.column("ke")!.string(at: r)!) \(t.column("pinjaman")!.value(at: r)) \(t.column("saldo")!.value(at: r))"
    }
    #expect(rows == [
      "0→0 int(4) money(AwasData.Money(sen: 2418200000))",
      "0→31-60 int(1) money(AwasData.Money(sen: 60000000))",
      "1-30→0 int(1) money(AwasData.Money(sen: 350000000))",
      "91-180→91-180 int(1) money(AwasData.Money(sen: 230000000))",
      ">360→>360 int(1) money(AwasData.Money(sen: 120000000))",
    ])
  }
}

extension RollRateTests {
  /// The loan book's fast status at many dates equals recomputing the dataset per date.
  @Test func theLoanBookProviderAgreesWithRecomputing() throws {
    let contoh = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("contoh").path
    let dataset = try DatasetLoader.load(contoh)
    let dates = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-11-30", "2025-12-31"].map { day($0) }
    var fast: [LoanSnapshot] = [], slow: [LoanSnapshot] = []
    try LoanBookStatusProvider(dataset: dataset).forEachStatus(at: dates, progress: SilentProgress()) { fast.append($0) }
    try RecomputingStatusProvider(dataset: dataset).forEachStatus(at: dates, progress: SilentProgress()) { slow.append($0) }
    #expect(fast.count == 5 && slow.count == 5)
    for (a, b) in zip(fast, slow) {
      #expect(a.state == b.state, "\(a.asOf)")
      for i in 0..<a.count where a.state[i] == LoanState.active.rawValue {
        #expect(a.sisa[i] == b.sisa[i] && a.dpd[i] == b.dpd[i] && a.aged[i] == b.aged[i], "\(a.asOf) row \(i)")
      }
    }
  }
}

@Suite struct VintageTests {
  static let d1 = day("2025-03-31"), d2 = day("2025-06-30"), d3 = day("2025-09-30")

  /// V1 2025-01-15 (10 juta): dpd 0, 100, 60 → default from d2.
  /// V2 2025-02-10 (10 juta): 0, 30, 95 → default at d3.
  /// V3 2025-04-05 (5 juta): not disbursed, 0, written off at d3 (the reporting date) → default at d3.
  /// V4 2024-12-01 (before the first quarter): left out.
  static let provider = FakeStatus(byDate: [
    d1: [(10, 0, .active), (10, 0, .active), (0, 0, .notDisbursed), (3, 200, .active)],
    d2: [(9, 100, .active), (9, 30, .active), (5, 0, .active), (3, 290, .active)],
    d3: [(9, 60, .active), (9, 95, .active), (5, 10, .writtenOff), (3, 380, .active)],
  ])

  @Test func cumulativeDefaultByQuarter() throws {
    let ds = loansDataset(4, cair: ["2025-01-15", "2025-02-10", "2025-04-05", "2024-12-01"],
                         plafon: [jt(10), jt(10), jt(5), jt(3)], asOf: "2025-09-30")
    let out = try runRisk(
      "vintage", ["dates": .list([.value(.date(Self.d1)), .value(.date(Self.d2)), .value(.date(Self.d3))])],
      dataset: ds, source: { _ in Self.provider })
    let t = try #require(out.primaryTable)
    #expect(t.strings("kuartal") == ["2025Q1", "2025Q2"])
    // Q1: month 0 (Mar 31) 0%; month 3 (Jun 30) V1 = 10/20 = 50%; month 6 (Sep 30) V1 + V2 = 100%.
    #expect(t.cell("kuartal", "2025Q1", "pinjaman") == .int(2))
    #expect(sen(t.cell("kuartal", "2025Q1", "plafon")) == jt(20))
    #expect(t.cell("kuartal", "2025Q1", "bulan_diamati") == .int(6))
    #expect(pct(t.cell("kuartal", "2025Q1", "gagal_bulan_3")) == 50)
    #expect(pct(t.cell("kuartal", "2025Q1", "gagal_bulan_6")) == 100)
    #expect(t.cell("kuartal", "2025Q1", "gagal_bulan_12") == .null)
    // Q2: month 0 (Jun 30) 0%; month 3 (Sep 30) V3 written off = 100%.
    #expect(pct(t.cell("kuartal", "2025Q2", "gagal_bulan_3")) == 100)
    let curve = try #require(out.table("vintage_kurva"))
    #expect(curve.rowCount == 5)
    let sparks = out.blocks.compactMap { b -> [Sparkline]? in if case .chart(.sparklines(let s)) = b { return s } else { return nil } }
    #expect(sparks.first?.first?.values.map { $0.map { $0.rounded() } } == [0, nil, nil, 50, nil, nil, 100])
    #expect(out.texts.contains { $0.contains("1 pinjaman yang cair sebelum") })
  }

  @Test func aHigherThresholdDelaysDefault() throws {
    let ds = loansDataset(4, cair: ["2025-01-15", "2025-02-10", "2025-04-05", "2024-12-01"],
                         plafon: [jt(10), jt(10), jt(5), jt(3)], asOf: "2025-09-30")
    // --dpd 99: V1 (100) still defaults at d2, V2 (95) never: Q1 ends at 50%.
    let out = try runRisk(
      "vintage", ["dates": .list([.value(.date(Self.d1)), .value(.date(Self.d2)), .value(.date(Self.d3))]), "dpd": .value(.int(99))],
      dataset: ds, source: { _ in Self.provider })
    #expect(pct(out.primaryTable?.cell("kuartal", "2025Q1", "gagal_persen")) == 50)
  }
}

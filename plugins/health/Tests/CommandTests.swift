import AwasPluginKit
import Testing

@testable import AwasHealthPlugin

@Suite struct CommandTests {
  @Test func theTableHasComponentsAspectsAndTotal() throws {
    let ws = temporaryWorkspace()
    try saveAnswers(ws, checklist: "manajemen-2016", yes: allYes)
    let out = try runHealth(["health"], dataset: Fixture.sehat.dataset(), workspace: ws, language: .en)
    let t = try #require(out.primaryTable)
    #expect(t.columnNames == ["row", "aspect", "component", "name", "ratio", "band", "value", "weight", "score", "category", "options", "note"])
    // 22 components + 7 aspects + total.
    #expect(t.rowCount == 30)
    let comp = try #require(t.column("component")), score = try #require(t.column("score"))
    let row2c = try #require((0..<t.rowCount).first { comp.string(at: $0) == "2c" })
    #expect(t.value(row: row2c, column: "ratio") == .percent(0.32))
    #expect(t.value(row: row2c, column: "score") == .double(1.6))
    #expect(t.value(row: row2c, column: "options") == .string("denominator-2c=problem-loans; mode-2c=linear"))
    let row1c = try #require((0..<t.rowCount).first { comp.string(at: $0) == "1c" })
    #expect(t.value(row: row1c, column: "options") == .string("fixed-asset-weight=100"))
    #expect(t.value(row: row2c, column: "band") == .string("linear"))
    let row1a = try #require((0..<t.rowCount).first { comp.string(at: $0) == "1a" })
    #expect(t.value(row: row1a, column: "band") == .string("(20, 40]"))
    let last = t.rowCount - 1
    #expect(score.value(at: last) == .double(91.85))
    #expect(t.value(row: last, column: "category") == .string("Healthy"))
    let subtotal = try #require((0..<t.rowCount).first { comp.string(at: $0) == "likuiditas" })
    #expect(t.value(row: subtotal, column: "score") == .double(15))
  }

  @Test func inJSONOnlyTheComponentTableIsATable() throws {
    let out = try runHealth(["health"], dataset: Fixture.sehat.dataset(), settings: ["format": .string("json")])
    let n = out.blocks.filter { if case .table = $0 { return true } else { return false } }.count
    #expect(n == 1)
  }

  @Test func compareShowsLastYearFromSaldoLalu() throws {
    let ws = temporaryWorkspace()
    try saveAnswers(ws, checklist: "manajemen-2016", yes: allYes)
    // A repayment in 2025: last year's balances must differ from today's if the loans were recomputed.
    let angsuran = Table(name: "angsuran", columns: [
      Column.string("no_bukti", ["K1"]), Column.string("no_pinjaman", ["P001"]),
      Column.date("tanggal", [Day(year: 2025, month: 4, day: 1)]), Column.money("pokok", [Money(rupiah: 5_000_000)]),
    ])
    let data = Fixture.sehat.dataset().setting(angsuran)
    let out = try runHealth(["health"], ["compare": .flag(true)], dataset: data, workspace: ws, language: .en)
    let t = try #require(out.primaryTable)
    #expect(t.columnNames.contains("ratio_2024") && t.columnNames.contains("score_2025"))
    let comp = try #require(t.column("component"))
    func row(_ id: String) throws -> Int { try #require((0..<t.rowCount).first { comp.string(at: $0) == id }) }
    // 5a in 2024: (6 + 24) / (120 + 100) = 13.636…% → 13.64 → (10, 15] → 100 → 10.
    #expect(t.value(row: try row("5a"), column: "ratio_2024") == .percent(0.1364))
    #expect(t.value(row: try row("5a"), column: "score_2024") == .double(10))
    // 1a in 2024: MS 18 + 110 + 40 = 168 / TA (6 + 24 + 330 − 5 + 100 − 45 = 410) = 40.98% → 100 → 6.
    #expect(t.value(row: try row("1a"), column: "ratio_2024") == .percent(0.4098))
    #expect(t.value(row: try row("1a"), column: "score_2024") == .double(6))
    #expect(t.value(row: try row("1a"), column: "change") == .double(-3))
    // Loans last year: the loan engine recomputes at 2024-12-31, when none of the fixture's
    // loans (disbursed 2025-03-01) existed, so 2a has no 2024 figure, and says why.
    #expect(t.value(row: try row("2a"), column: "score_2024") == .null)
    let note = t.value(row: try row("2a"), column: "note").map { ValueFormatter.plain($0) } ?? ""
    #expect(note.contains("2024: numerator and denominator are zero"))
    // The questionnaire is not carried back.
    #expect(t.value(row: try row("3a"), column: "score_2024") == .null)
    #expect(t.value(row: try row("3a"), column: "note").map { ValueFormatter.plain($0) }?.contains("current year only") == true)
  }

  @Test func rulesListsComponentsAndOptions() throws {
    let out = try runHealth(["health", "rules"], dataset: Fixture.sehat.dataset(), language: .en)
    let t = try #require(out.primaryTable)
    #expect(t.rowCount == 22)
    #expect(t.value(row: 0, column: "numerator") == .string("modal_sendiri"))
    #expect(t.value(row: 0, column: "scale") == .string("band 1a"))
  }

  @Test func serviceScoresAShockedDataset() throws {
    var s = Services()
    HealthPlugin().provide(&s)
    let scoring = try #require(s.health)
    let score = try scoring.score(Fixture.sehat.dataset(), settings: Settings(), language: .en)
    // No answers through the service: 91.85 − 15 = 76.85, incomplete.
    #expect(score.total == 76.85)
    #expect(!score.complete)
    #expect(score.category.en == "Fairly healthy")
  }
}

import AwasPluginKit
import Testing

@testable import AwasHealthPlugin

@Suite struct ExplainTests {
  func context(_ books: Books = Fixture.sehat, _ l: Language = .en) throws -> Context {
    let ws = temporaryWorkspace()
    try saveAnswers(ws, checklist: "manajemen-2016", yes: allYes)
    return Context(dataset: books.dataset(), language: l, workspace: ws)
  }

  func tables(_ out: CommandOutput) -> [Table] {
    out.blocks.compactMap { if case .table(let t, _) = $0 { return t } else { return nil } }
  }
  func texts(_ out: CommandOutput) -> [String] {
    out.blocks.compactMap { if case .text(let s) = $0 { return s } else { return nil } }
  }

  @Test func everyComponentAndAspectHasATopic() throws {
    let names = HealthPlugin().explainTopics(try context()).map(\.name)
    for id in ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "3a", "3b", "3c", "3d", "3e", "4a", "4b", "4c", "5a", "5b",
               "6a", "6b", "6c", "7a", "7b", "likuiditas", "liquidity", "permodalan", "capital", "modal_sendiri", "total"] {
      #expect(names.contains("health.\(id)"), "\(id)")
    }
    let ctx = try context()
    for name in names {
      #expect(try HealthPlugin().explain(name, ctx) != nil, "\(name)")
    }
  }

  @Test func aComponentShowsFormulaAccountsBandsAndRule() throws {
    let out = try #require(try HealthPlugin().explain("sehat.5a", try context()))
    let ts = tables(out)
    // Inputs: kas from account 1001 (the first neraca row), 7.500.000.
    let inputs = try #require(ts.first)
    let kode = try #require(inputs.column("kode_akun")), amount = try #require(inputs.column("amount"))
    let kasRow = try #require((0..<inputs.rowCount).first { kode.string(at: $0) == "1001" })
    #expect(inputs.column("pos")?.string(at: kasRow) == "kas")
    #expect(amount.value(at: kasRow) == .money(Money(rupiah: 7_500_000)))
    // The band table marks (10, 15] with the ratio.
    let bands = try #require(ts.last)
    let match = try #require(bands.column("match"))
    let hit = (0..<bands.rowCount).filter { !match.isNull($0) }
    #expect(hit.count == 1)
    #expect(bands.column("range")?.string(at: hit[0]) == "(10, 15]")
    #expect(match.string(at: hit[0]) == "◀ 15.00%")
    #expect(texts(out).contains { $0.hasPrefix("Rule: Perdep KUKM 06/Per/Dep.6/IV/2016") })
    // The formula names the inputs.
    var fields: [(String, String)] = []
    for case .fields(let f) in out.blocks where fields.isEmpty { fields = f }
    #expect(fields.first { $0.0 == "Formula" }?.1 == "(kas + ?bank) / (kewajiban_lancar) × 100%")
  }

  @Test func nestedInputsShowTheirAccounts() throws {
    let out = try #require(try HealthPlugin().explain("health.1a", try context()))
    let t = try #require(tables(out).first)
    let terms = (0..<t.rowCount).compactMap { t.column("term")?.string(at: $0) }
    #expect(terms.contains("modal_sendiri › ms_penilaian › simpanan_wajib"))
    #expect(terms.contains("total_aset › -?penyisihan_piutang"))
    // The alternative in force is cited with how to change it.
    #expect(texts(out).contains { $0.contains("health.own-capital = assessment") && $0.contains("set health.own-capital") })
    var fields: [(String, String)] = []
    for case .fields(let f) in out.blocks where fields.isEmpty { fields = f }
    #expect(fields.first { $0.0 == "Scale" }?.1 == "band 1a")
    // In Indonesian the hint names the Indonesian command and setting.
    let id = try #require(try HealthPlugin().explain("health.1a", try context(Fixture.sehat, .id)))
    #expect(texts(id).contains { $0.contains("ubah dengan `atur sehat.modal-sendiri …`") })
    var fieldsId: [(String, String)] = []
    for case .fields(let f) in id.blocks where fieldsId.isEmpty { fieldsId = f }
    #expect(fieldsId.first { $0.0 == "Skala" }?.1 == "pita 1a")
  }

  @Test func loanNotesFormatAmountsInEachLanguage() throws {
    let f = LoanFigures(dataset: Fixture.sehat.dataset(), year: 2025)
    let kl = f.byClass["kurang_lancar"] ?? .zero
    #expect(ValueFormatter.money(kl, .en) != ValueFormatter.money(kl, .id), "a test amount of at least Rp 1,000")
    guard case .amount(_, .derived(let t)) = f.value("pinjaman.pb", weights: [:]) else {
      Issue.record("pinjaman.pb has no derived note")
      return
    }
    #expect(t.en.hasPrefix("KL \(ValueFormatter.money(kl, .en)) + D "), "\(t.en)")
    #expect(t.id.hasPrefix("KL \(ValueFormatter.money(kl, .id)) + D "), "\(t.id)")
  }

  @Test func aLinearScaleReadsInEnglish() throws {
    let lin = Scale.Linear(a: .zero, b: Decimal4(1), min: .zero, max: Decimal4(100), roundX: .none, roundResult: .none)
    #expect(lin.formula(.en) == "value = min(100, max(0, 0 + 1 × x))")
    #expect(lin.formula(.id) == "nilai = min(100, max(0, 0 + 1 × x))")
  }

  @Test func theQuestionnaireComponentListsItsQuestions() throws {
    let out = try #require(try HealthPlugin().explain("health.3c", try context(Fixture.sehat, .id)))
    let t = try #require(tables(out).first)
    #expect(t.rowCount == 5)
    #expect(t.column("id")?.string(at: 0) == "permodalan.1")
    #expect(t.column("jawaban")?.string(at: 0) == "ya")
  }

  @Test func anUnknownTopicSuggestsTheNearest() throws {
    #expect { _ = try HealthPlugin().explain("health.likuidtas", try context()) } throws: { e in
      (e as? UserError)?.hint?.en == "Did you mean `health.likuiditas`?"
    }
    #expect(try HealthPlugin().explain("risk.par", try context()) == nil)
  }

  @Test func withoutADatasetTheRulesAreStillExplained() throws {
    let out = try #require(try HealthPlugin().explain("health.2b", Context(language: .en)))
    #expect(texts(out).contains("(Open a dataset to see the figures.)"))
    #expect(tables(out).first?.rowCount == 7)  // the printed 2b table
  }
}

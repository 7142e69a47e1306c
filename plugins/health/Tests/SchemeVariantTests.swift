import AwasPluginKit
import Testing

@testable import AwasHealthPlugin

@Suite struct SyariahTests {
  /// Dataset A's books as a KSPPS: scheme 07/2016 with its weights (docs/reference.md §3).
  @Test func syariahSchemeIsChosenByJenisAndScored() throws {
    var books = Fixture.sehat
    books.jenis = .kspps
    let ws = temporaryWorkspace()
    try saveAnswers(ws, checklist: "manajemen-2016", yes: allYes)
    try saveAnswers(ws, checklist: "syariah-2016", yes: ["kepatuhan": 7])
    let a = try assess(books, workspace: ws)
    #expect(a.scheme.id == "kspps-2016")
    check(a, [
      // 1a 40% → 50 × 5 / 100 = 2.5; 1b CAR 74.71% → 100 → 5.
      Line("1a", "40", "50", "2.5"), Line("1b", "74.71", "100", "5"),
      // 2a NPF (30 + 20) / 400 = 12.5% → (10, 15] → 50 → 5.
      Line("2a", "12.5", "50", "5"),
      // 2b risky 12.5% ≤ 21 → 100 → 5.
      Line("2b", "12.5", "100", "5"),
      // 2c PPAP 6 / PPAPWD (0.5%·350 lancar + 10%·(30 − 0) + 100%·(20 − 0) = 1,75 + 3 + 20 = 24,75)
      //    = 24.2424…% → 24.24 → round 24 → 24 × 5 / 100 = 1.2.
      Line("2c", "24.24", "24", "1.2"),
      // 7a and 7b weigh 5 each: 100 → 5, 100 → 5.
      Line("7a", "100", "100", "5"), Line("7b", "16.67", "100", "5"),
      // Kepatuhan: 7 of 10 yes × 10 / 10 = 7.
      Line("8", "70", "70", "7"),
    ])
    // 7.5; 11.2; 15; 10; 15; 9.25; 10; 7 → 84.95 → Sehat.
    #expect(a.aspects.map(\.skor) == ["7.5", "11.2", "15", "10", "15", "9.25", "10", "7"].map(d))
    #expect(a.total == d("84.95"))
    #expect(a.category?.id == "sehat")
  }
}

@Suite struct MissingInputTests {
  @Test func aMissingPosMakesTheComponentIncompleteNotZero() throws {
    var books = Fixture.sehat
    books.neraca.removeAll { $0.pos == "kas" }
    let ws = temporaryWorkspace()
    try saveAnswers(ws, checklist: "manajemen-2016", yes: allYes)
    let a = try assess(books, workspace: ws)
    let r = try #require(a.result("5a"))
    #expect(!r.complete)
    #expect(r.skor == nil && r.ratio == nil)
    #expect(r.notes.contains { $0.en.contains("no account with pos kas in neraca.csv") })
    // Total assets need kas too: 1a and 6a are incomplete as well; nothing else changes.
    let incomplete = a.components.filter { !$0.complete }.map(\.component.id)
    #expect(incomplete == ["1a", "5a", "6a"])
    // Total without them: 91.85 − 3 − 10 − 2.25 = 76.6, incomplete; it could reach 76.6 + 6 + 10 + 3 = 95.6.
    #expect(!a.complete)
    #expect(a.total == d("76.6"))
    #expect(a.weightInDoubt == d("19"))
    #expect(a.category?.id == "cukup-sehat")
    #expect(a.bestCategory?.id == "sehat")
    // An optional pos with no account counts as 0, and the component says so.
    #expect(a.result("7a")?.notes.map(\.en) == ["counted as 0 (no account): pendapatan_jasa_pinjaman_non_anggota"])
  }

  @Test func noLoanLedgerAndNoPolicy() throws {
    var books = Fixture.sehat
    books.loans = nil
    books.kebijakan = [:]
    let a = try assess(books)
    for id in ["1b", "2a", "2b", "2c", "2d", "4c", "5b"] {
      #expect(a.result(id)?.complete == false, "\(id)")
      #expect(a.result(id)?.notes.contains { $0.en.contains("no pinjaman table") } == true, "\(id)")
    }
    for id in ["6b", "7b"] {
      #expect(a.result(id)?.notes.contains { $0.en.contains("alokasi_shu_anggota_persen is missing") } == true, "\(id)")
    }
    // No workspace: 38 questions open, the Manajemen aspect scores 0 of 15 and says so.
    #expect(a.openQuestions == 38)
    #expect(a.result("3a")?.notes.first?.en == "12 of 12 questions unanswered (`health answer`)")
    let note = HealthTable.incompleteNote(a).en
    #expect(note.hasPrefix("incomplete: 9 components without a score, 38 questions unanswered"))
  }

  @Test func partlyAnsweredQuestionnaireSaysHowMany() throws {
    let ws = temporaryWorkspace()
    try saveAnswers(ws, checklist: "manajemen-2016", yes: ["umum": 12, "kelembagaan": 6])
    let a = try assess(Fixture.sehat, workspace: ws)
    #expect(a.result("3a")?.complete == true)
    #expect(a.result("3c")?.complete == false)
    #expect(a.result("3c")?.notes.first?.en == "5 of 5 questions unanswered (`health answer`)")
    // 91.85 − 9 (3c, 3d, 3e) = 82.85, could reach 91.85.
    #expect(a.total == d("82.85"))
    #expect(a.openQuestions == 20)
  }
}

@Suite struct OptionTests {
  func scores(_ s: [String: Value] = [:]) throws -> [String: Decimal4?] {
    let ws = temporaryWorkspace()
    try saveAnswers(ws, checklist: "manajemen-2016", yes: allYes)
    let a = try assess(Fixture.sehat, settings: s, workspace: ws)
    return Dictionary(uniqueKeysWithValues: a.components.map { ($0.component.id, $0.skor) })
  }

  @Test func denominatorOf2cSwitchedToRPMChangesOnly2c() throws {
    let base = try scores()
    let rpm = try scores(["health.penyebut-2c": .string("rpm")])
    // 2c = 16 / RPM 35 = 45.71% → round 46 → 46 × 5 / 100 = 2.3 (was 1.6).
    #expect(rpm["2c"] == d("2.3"))
    #expect(base.filter { $0.key != "2c" } == rpm.filter { $0.key != "2c" })
  }

  @Test func modesOf2bOnSetiaDharma() throws {
    // docs/reference.md §9 6.1 recomputed: RPM 12.550.000 / 115.642.000 = 10.85%.
    func skor2b(_ mode: String) throws -> (Decimal4?, Decimal4?) {
      let a = try assess(Fixture.setiaDharma, settings: ["health.mode-2b": .string(mode)])
      return (a.nilai("2b"), a.skor("2b"))
    }
    // table: (10, 20] → 60 → 3; text: 90 − 2 × 10.85 = 68.3 → 3.415; nagara: 100 − 2 × 11 = 78 → 3.9.
    #expect(try skor2b("tabel") == (d("60"), d("3")))
    #expect(try skor2b("teks") == (d("68.3"), d("3.415")))
    #expect(try skor2b("nagara") == (d("78"), d("3.9")))
  }

  @Test func ownCapitalVariantsOnSetiaDharma() throws {
    // Worksheet MS 155.206.668 / TA 174.055.219 = 89.17% → 25 (docs/reference.md §9 6.1, Rc), MS/PB 134.21% → 100.
    let ws = try assess(Fixture.setiaDharma, settings: ["health.modal-sendiri": .string("lembar-kerja")])
    #expect(ws.ratio("1a") == pct("89.17"))
    #expect(ws.nilai("1a") == d("25"))
    #expect(ws.ratio("1b") == pct("134.21"))
    #expect(ws.nilai("2a") == d("100"))
    // The assessment variant leaves out the risk reserve and SHU: 15.000.000 + 40.810.000 + 28.995.547
    // + 20.000.000 + 12.474.021 = 117.279.568 / 174.055.219 = 67.38% → (60, 80] → 50.
    let pen = try assess(Fixture.setiaDharma)
    #expect(pen.ratio("1a") == pct("67.38"))
    #expect(pen.nilai("1a") == d("50"))
    #expect(pen.options.choice("modal-sendiri") == "penilaian")
  }

  @Test func uspDefaultsToModalTetap() throws {
    var books = Fixture.sehat
    books.jenis = .usp
    books.neraca.append(.init(pos: "modal_tetap", kini: 250_000_000))
    let a = try assess(books)
    #expect(a.options.choice("modal-sendiri") == "modal-tetap")
    #expect(a.options.origins["modal-sendiri"] == .jenis)
    // 250 / 500 = 50% → (40, 60] → 100.
    #expect(a.nilai("1a") == d("100"))
  }

  @Test func anAlternativeOfAnotherSchemeIsRejectedWithTheList() throws {
    #expect {
      _ = try assess(Fixture.sehat, settings: ["health.mode-2b": .string("foo")])
    } throws: { e in
      (e as? UserError)?.hint?.en == "Alternatives: table, text, nagara" && (e as? UserError)?.hint?.id == "Alternatif: tabel, teks, nagara"
    }
  }

  @Test func settingsAreDeclaredWithChoices() {
    let specs = HealthSettings.specs
    let keys = specs.map(\.key)
    for k in ["health.scheme", "health.rules", "health.denominator-2c", "health.own-capital", "health.mode-1b",
              "health.mode-2b", "health.mode-2c", "health.bands-5b", "health.bands-6c", "health.bands-7b"] {
      #expect(keys.contains(k), "\(k)")
    }
    let spec = specs.first(where: { $0.key == "health.denominator-2c" })
    guard case .choice(let cs)? = spec?.kind else {
      Issue.record("no choices")
      return
    }
    #expect(cs.map(\.names.en) == ["default", "problem-loans", "rpm"])
    #expect(cs.map(\.names.id) == ["bawaan", "pb", "rpm"])
    // The names that scripts used before the English ones still work.
    #expect(spec?.names.matches("health.penyebut-2c") == true)
    #expect(spec?.names.matches("sehat.penyebut-2c") == true)
  }

  @Test func anEnglishSettingChoosesTheSameAlternative() throws {
    let english = try assess(Fixture.setiaDharma, settings: ["health.denominator-2c": .string("rpm")])
    let indonesian = try assess(Fixture.setiaDharma, settings: ["health.penyebut-2c": .string("rpm")])
    #expect(english.options.choice("penyebut-2c") == "rpm")
    #expect(english.nilai("2c") == indonesian.nilai("2c"))
    let own = try assess(Fixture.setiaDharma, settings: ["health.own-capital": .string("worksheet")])
    #expect(own.options.choice("modal-sendiri") == "lembar-kerja")
  }
}

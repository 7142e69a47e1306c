import AwasPluginKit
import Foundation
import Testing

@testable import AwasHealthPlugin

@Suite struct AnswerCommandTests {
  @Test func answerInteractivelyStopAndResumeThenScore() throws {
    let ws = temporaryWorkspace()
    let data = Fixture.sehat.dataset()
    // Session 1: the first 3 general questions yes, then Ctrl-D.
    let p1 = ScriptedPrompter(["ya", "ya", "ya bukti: rencana 2025", nil])
    _ = try runHealth(["health", "answer"], dataset: data, workspace: ws, prompter: p1)
    #expect(try assess(Fixture.sehat, workspace: ws).result("3a")?.tally?.yes == 3)
    // Session 2 resumes at umum.4; answer the rest of group umum no, then stop.
    let p2 = ScriptedPrompter(Array(repeating: "tidak", count: 9) + ["berhenti"])
    _ = try runHealth(["health", "answer"], dataset: data, workspace: ws, prompter: p2)
    #expect(p2.said.contains { $0.hasPrefix("[1/35] Manajemen umum 4/12 · umum.4") })
    let a = try assess(Fixture.sehat, workspace: ws)
    // 3 of 12 yes: 3 × 3 / 12 = 0.75, and umum is complete; 26 questions still open.
    #expect(a.skor("3a") == d("0.75"))
    #expect(a.result("3a")?.complete == true)
    #expect(a.openQuestions == 26)
  }

  @Test func proposalsFromDataAreOfferedAndCanBeAccepted() throws {
    let ws = temporaryWorkspace()
    let out = try runHealth(["health", "answer"], ["accept-proposed": .flag(true)], dataset: Fixture.sehat.dataset(), workspace: ws, language: .en)
    let t = try #require(out.primaryTable)
    func answer(_ id: String) -> String? {
      let r = (0..<t.rowCount).first { t.column("id")?.string(at: $0) == id }
      return r.flatMap { t.column("answer")?.string(at: $0) }
    }
    // permodalan.1: MS 200 / 168 (+19.05%) vs TA 500 / 410 (+21.95%) → no.
    #expect(answer("permodalan.1") == "no")
    // permodalan.2: pokok + wajib 150 / 128 = +17.19% ≥ 10% → yes.
    #expect(answer("permodalan.2") == "yes")
    // permodalan.3: cadangan umum +10 jt ≥ ¼ × last SHU 14 jt = 3,5 jt → yes.
    #expect(answer("permodalan.3") == "yes")
    // permodalan.4: sukarela + berjangka 250 / 220 = +13.64% → yes.
    #expect(answer("permodalan.4") == "yes")
    // aktiva.1: lancar 350 / 400 = 87.5% < 90% → no. aktiva.3: PPAP 6 jt < macet 20 jt → no.
    #expect(answer("aktiva.1") == "no")
    #expect(answer("aktiva.3") == "no")
    // aktiva.4 needs last year's loans recomputed: no proposal, still open.
    #expect(answer("aktiva.4") == nil)
    #expect(answer("umum.1") == nil)
  }

  @Test func answersFromAFileForScripts() throws {
    let ws = temporaryWorkspace()
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("jawab-\(UUID().uuidString.prefix(6)).toml").path
    try #""umum.1" = "ya"\#n"umum.2" = { jawaban = "tidak", catatan = "belum ada" }\#n"#.write(toFile: path, atomically: true, encoding: .utf8)
    _ = try runHealth(["health", "answer"], ["from": .path(path)], dataset: Fixture.sehat.dataset(), workspace: ws)
    let a = try assess(Fixture.sehat, workspace: ws)
    #expect(a.result("3a")?.tally.map { [$0.yes, $0.no, $0.open] } == [1, 1, 10])
    let sheet = try AnswerStore(workspace: ws, checklist: "manajemen-2016").load()
    #expect(sheet["umum.2"]?.note == "belum ada")
    #expect(sheet["umum.2"]?.source == .file)
  }

  @Test func withoutATerminalTheErrorSaysUseAFile() {
    #expect(throws: UserError.self) {
      _ = try runHealth(["health", "answer"], dataset: Fixture.sehat.dataset(), workspace: temporaryWorkspace())
    }
  }
}

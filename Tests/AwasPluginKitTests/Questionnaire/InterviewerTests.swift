import AwasPluginKit
import Foundation
import Testing

@Suite struct InterviewerTests {
  let now: @Sendable () -> String = { "2026-01-05T10:00:00Z" }

  @Test func answerSomeStopAtEndOfInputThenResumeAndFinish() throws {
    let list = try sampleChecklist()
    let ws = scratchWorkspace()
    let store = AnswerStore(workspace: ws, checklist: list.id)
    // Session 1: `?` shows the explanation, a.1 yes with a note, a.2 no, then Ctrl-D.
    let p1 = ScriptedPrompter(["?", "ya SK No. 5/2024", "tidak", nil])
    var sheet = try store.load()
    let o1 = try Interviewer(checklist: list, language: .id, now: now).run(&sheet, prompter: p1) { try store.save($0) }
    #expect(o1 == Interviewer.Outcome(answered: 2, skipped: 0, stoppedEarly: true, open: 2))
    #expect(p1.said.contains("Dokumen visi."))
    // What was answered is on disk, with the note as evidence.
    let saved = try store.load()
    #expect(saved["a.1"] == Answer(.yes, note: "SK No. 5/2024", source: .user, answeredAt: "2026-01-05T10:00:00Z"))
    #expect(saved.decided("a.2") == false)
    #expect(saved["b.1"] == nil)
    // Session 2 resumes at b.1: a bad word is refused and asked again, `skip` leaves b.1 open, b.2 yes.
    let p2 = ScriptedPrompter(["mungkin", "lewati", "yes"])
    var again = try store.load()
    let o2 = try Interviewer(checklist: list, language: .en, now: now).run(&again, prompter: p2) { try store.save($0) }
    #expect(o2 == Interviewer.Outcome(answered: 1, skipped: 1, stoppedEarly: false, open: 1))
    #expect(p2.asked == 3)
    #expect(p2.said.contains("  `mungkin` is not an answer. Type yes, no, skip, ? or stop."))
    #expect(p2.said.contains { $0.hasPrefix("[1/2] Group B 1/2 · b.1") })
    // Session 3 asks only b.1 (skipped counts as open) and finishes.
    let p3 = ScriptedPrompter(["t: belum ada"])
    var third = try store.load()
    let o3 = try Interviewer(checklist: list, language: .id, now: now).run(&third, prompter: p3) { try store.save($0) }
    #expect(o3 == Interviewer.Outcome(answered: 1, skipped: 0, stoppedEarly: false, open: 0))
    let final = try store.load()
    #expect(final.tally(list.items) == (yes: 2, no: 2, open: 0))
    #expect(final["b.1"]?.note == "belum ada")
  }

  @Test func aProposalIsShownAndAcceptedWithEnter() throws {
    let list = try sampleChecklist()
    let p = ScriptedPrompter(["ya", "", "berhenti"])
    var sheet = AnswerSheet(checklist: list.id)
    let proposals = ["a.2": Proposal(value: false, reason: Text("tidak ada berkas", en: "no file"))]
    let o = try Interviewer(checklist: list, language: .en, proposals: proposals, now: now).run(&sheet, prompter: p) { _ in }
    #expect(o.stoppedEarly)
    #expect(sheet["a.2"] == Answer(.no, note: "no file", source: .data, answeredAt: "2026-01-05T10:00:00Z"))
    #expect(p.said.contains("  Proposed from data: no — no file (Enter to accept)"))
  }

  @Test func enterWithoutAProposalAsksAgain() throws {
    let list = try sampleChecklist()
    let p = ScriptedPrompter(["", "ya"])
    var sheet = AnswerSheet(checklist: list.id)
    _ = try Interviewer(checklist: list, language: .id, now: now).run(&sheet, prompter: p, items: [list.items[0]]) { _ in }
    #expect(sheet.decided("a.1") == true)
    #expect(p.asked == 2)
  }

  @Test(arguments: [
    ("ya", Reply.answer(.yes, note: nil)), ("Tidak", .answer(.no, note: nil)), ("yes: dok 1", .answer(.yes, note: "dok 1")),
    ("n, belum", .answer(.no, note: "belum")), ("skip", .answer(.skipped, note: nil)), ("?", .help), ("", .accept),
    ("berhenti", .stop), ("q", .stop), ("mungkin", .invalid("mungkin")), ("yak", .invalid("yak")),
  ])
  func replies(_ line: String, _ expected: Reply) {
    #expect(ReplyParser.parse(line) == expected)
  }
}

@Suite struct AnswerFileTests {
  func write(_ text: String, _ ext: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("answers-\(UUID().uuidString.prefix(8)).\(ext)").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func tomlAndJSONAnswersForScripts() throws {
    let list = try sampleChecklist()
    let toml = try write("""
      "a.1" = "ya"
      "a.2" = { jawaban = "tidak", catatan = "rencana hanya 1 tahun" }
      "b.1" = true
      """, "toml")
    let a = try AnswerImport.read(toml, checklist: list)
    #expect(a.mapValues(\.value) == ["a.1": .yes, "a.2": .no, "b.1": .yes])
    #expect(a["a.2"]?.note == "rencana hanya 1 tahun")
    #expect(a["a.1"]?.source == .file)
    let json = try write(#"{"answers": {"b.2": {"answer": "no", "note": "x"}, "a.1": false}}"#, "json")
    let b = try AnswerImport.read(json, checklist: list)
    #expect(b.mapValues(\.value) == ["b.2": .no, "a.1": .no])
  }

  @Test func unknownIdsAndBadValuesAreAllReported() throws {
    let list = try sampleChecklist()
    let path = try write("""
      "a.3" = "ya"
      "b.1" = "mungkin"
      """, "toml")
    #expect { _ = try AnswerImport.read(path, checklist: list) } throws: { e in
      guard let u = e as? UserError else { return false }
      return u.message.en == "\(path):\n  `a.3` is not a question of contoh; did you mean `a.1`?\n  `b.1`: the answer must be yes, no or skip"
    }
  }

  @Test func sessionImportsAndSavesAtomically() throws {
    let list = try sampleChecklist()
    let ws = scratchWorkspace()
    let path = try write(#""a.1" = "ya""#, "toml")
    let (sheet, out) = try QuestionnaireSession.run(list, mode: .importFile(path), workspace: ws, prompter: nil, language: .en)
    #expect(sheet.decided("a.1") == true)
    #expect(out.primaryTable?.rowCount == 4)
    // The file is complete JSON and no temporary file is left beside it.
    let files = try FileManager.default.contentsOfDirectory(atPath: ws.path)
    #expect(files == ["answers-contoh.json"])
    let data = try #require(ws.read("answers-contoh.json"))
    let decoded = try JSONDecoder().decode(AnswerSheet.self, from: data)
    #expect(decoded.answers["a.1"]?.value == .yes)
    // A second run with a prompter-less interactive mode says what to do instead.
    #expect { _ = try QuestionnaireSession.run(list, mode: .interactive(all: false, group: nil), workspace: ws, prompter: nil, language: .en) }
      throws: { ($0 as? UserError)?.hint?.en == "In a script, supply the answers from a file: `… answer --from answers.toml`." }
  }

  @Test func aCorruptAnswersFileIsAClearError() throws {
    let ws = scratchWorkspace()
    try ws.write("answers-contoh.json", Data("{not json".utf8))
    #expect(throws: UserError.self) { _ = try AnswerStore(workspace: ws, checklist: "contoh").load() }
  }
}

@Suite struct ChecklistFileTests {
  @Test func problemsNameTheLine() {
    let text = """
      id = "x"
      judul = "X"
      judul_en = "X"

      [[kelompok]]
      id = "a"
      label = "A"
      label_en = "A"

      [[pertanyaan]]
      id = "a.1"
      kelompok = "aa"
      teks = "?"
      teks_en = "?"
      penjelasan = "."
      penjelasan_en = "."
      """
    #expect { _ = try Checklist.load(RuleFile(text: text, file: "x.toml")) } throws: { e in
      (e as? RuleFileError)?.problems.map(\.description) == [
        "x.toml:12: group `aa` is not declared; did you mean `a`?",
        "x.toml:5: group `a` has no questions",
      ]
    }
  }
}

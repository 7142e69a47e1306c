import AwasPluginKit
import Foundation
import Testing

@testable import AwasGovernancePlugin

func tempWorkspace(_ label: String = #function) -> Workspace {
  Workspace(path: FileManager.default.temporaryDirectory
    .appendingPathComponent("awas-gov-\(label.filter(\.isLetter))-\(UUID().uuidString.prefix(8))").path)
}

@Suite struct GovernanceCommandTests {
  /// Two failures (family card shared, insider loans over the limit) and one note.
  var spoiled: GovBooks {
    var b = GovBooks()
    b.officers[3].kk = "K1"
    b.loans[0].sisa = 55_000_000
    b.officers[1].sertifikat = nil
    return b
  }

  @Test func failuresAreExceptionsWithFindingsAndEvidence() throws {
    let out = try runGovernance(["governance"], dataset: spoiled.dataset())
    #expect(out.exceptions == 2)
    let t = try #require(out.primaryTable)
    #expect(t.columnNames == ["item", "check", "result", "severity", "rule", "found", "evidence_rows"])
    #expect(t.rowCount == 23)
    let f = out.findings.sorted { $0.check < $1.check }
    #expect(f.map(\.check) == ["governance.hubungan-keluarga", "governance.pinjaman-orang-dalam", "governance.sertifikat-pengurus-pengawas"])
    #expect(f.map(\.severity) == [.high, .high, .info])
    #expect(f[0].evidence == [Evidence(table: "pengurus", keyColumn: "nama", keys: ["Ani", "Dedi"])])
    #expect(f[1].evidence == [Evidence(table: "pinjaman", keyColumn: "no_pinjaman", keys: ["P1"])])
    // 55 jt − 10% × 500 jt = 5 jt over the limit.
    #expect(f[1].amount == Money(rupiah: 5_000_000))
    #expect(f[1].rule?.en == "Permenkop UKM 8/2023 Art 44(1)")
    #expect(f[1].recommendation?.id.hasPrefix("Hentikan pinjaman baru") == true)
    // Amounts in each language's own grouping; the heading and counts in English.
    #expect(f[1].title.en.contains("insider loans Rp 55,000,000 > 10% × MS Rp 500,000,000"), "\(f[1].title.en)")
    #expect(f[1].title.id.contains("Rp 55.000.000"), "\(f[1].title.id)")
    let headings = out.blocks.compactMap { if case .heading(let h) = $0 { return h } else { return nil } }
    #expect(headings.first?.hasSuffix(" at 2025-12-31") == true, "\(headings)")
    let texts = out.blocks.compactMap { if case .text(let s) = $0 { return s } else { return nil } }
    #expect(texts.contains { $0.contains("5 need an answer") }, "\(texts)")
    // Evidence tables follow the result table (people's formats only).
    let titles = out.blocks.compactMap { if case .table(_, let title) = $0 { return title } else { return nil } }
    #expect(titles == ["hubungan-keluarga: evidence", "sertifikat-pengurus-pengawas: evidence", "pinjaman-orang-dalam: evidence"])
    let json = try runGovernance(["governance"], dataset: spoiled.dataset(), settings: ["format": .string("json")])
    #expect(json.blocks.filter { if case .table = $0 { return true } else { return false } }.count == 1)
  }

  @Test func questionsAreAnsweredInteractivelyAndDecideTheItems() throws {
    let ws = tempWorkspace()
    let data = GovBooks().dataset()
    // Five questions are open; answer two (yes, then no with a note) and stop with Ctrl-D.
    let p = ScriptedPrompter(["ya", "tidak belum ada komite", nil])
    _ = try runGovernance(["governance", "answer"], dataset: data, workspace: ws, prompter: p, language: .id)
    #expect(p.said.contains { $0.contains("5 pertanyaan") })
    let out = try runGovernance(["governance"], dataset: data, workspace: ws)
    let t = try #require(out.primaryTable)
    func result(_ id: String) -> String? {
      (0..<t.rowCount).first { t.column("item")?.string(at: $0) == id }.flatMap { t.column("result")?.string(at: $0) }
    }
    #expect(result("laporan-ditandatangani") == "passed")
    #expect(result("manajer-mandiri") == "failed")
    #expect(result("fungsi-pengawas") == "needs an answer")
    #expect(out.exceptions == 1)
    #expect(out.findings.first?.title.en == "The manager runs operations independently: answered no: belum ada komite")
    // Resume: the three still open are asked next.
    let p2 = ScriptedPrompter(["ya", "ya", "ya"])
    _ = try runGovernance(["governance", "answer"], dataset: data, workspace: ws, prompter: p2)
    #expect(p2.said.contains { $0.hasPrefix("[1/3]") && $0.contains("fungsi-pengawas") })
    #expect(try runGovernance(["governance"], dataset: data, workspace: ws).exceptions == 1)
  }

  @Test func answersFromAFileFillInTheQuestion() throws {
    let ws = tempWorkspace()
    var b = GovBooks()
    b.withApprovalColumn = false
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tk-\(UUID().uuidString.prefix(6)).json").path
    try #"{"pinjaman-orang-dalam-disetujui": {"answer": "yes", "note": "notulen 3/2025"}}"#.write(toFile: path, atomically: true, encoding: .utf8)
    let shown = try runGovernance(["governance", "answer"], ["show": .flag(true)], dataset: b.dataset(), workspace: ws)
    let q = try #require(shown.primaryTable)
    let row = try #require((0..<q.rowCount).first { q.column("id")?.string(at: $0) == "pinjaman-orang-dalam-disetujui" })
    #expect(q.column("question")?.string(at: row) == "Were all insider loans (1) approved by pengurus and pengawas?")
    // Every listed question is filled in, also of items the data decided.
    let questions = (0..<q.rowCount).compactMap { q.column("question")?.string(at: $0) }
    #expect(questions.contains("Are the statements of book year 2025 audited by a public accountant?"))
    #expect(!questions.contains { $0.contains("{") }, "\(questions.filter { $0.contains("{") })")
    _ = try runGovernance(["governance", "answer"], ["from": .path(path)], dataset: b.dataset(), workspace: ws)
    let o = try outcome("pinjaman-orang-dalam-disetujui", b, answers: AnswerStore(workspace: ws, checklist: "tatakelola").load())
    #expect(o.status == .passed)
    #expect(o.summary.en == "answered yes: notulen 3/2025")
  }

  @Test func dataWinsOverAnAnswer() throws {
    var sheet = AnswerSheet(checklist: "tatakelola")
    sheet["hubungan-keluarga"] = Answer(.yes)
    var b = GovBooks()
    b.officers[3].kk = "K1"
    #expect(try outcome("hubungan-keluarga", b, answers: sheet).status == .failed)
  }

  @Test func explainShowsRuleLogicAndEvidence() throws {
    let p = GovernancePlugin()
    let ctx = Context(dataset: spoiled.dataset(), language: .en)
    #expect(p.explainTopics(ctx).count == 23)
    let out = try #require(try p.explain("tatakelola.hubungan-keluarga", ctx))
    var fields: [(String, String)] = []
    for case .fields(let f) in out.blocks where fields.isEmpty { fields = f }
    #expect(fields.first { $0.0 == "Rule" }?.1 == "Permenkop UKM 8/2023 Art 50(3)")
    #expect(fields.first { $0.0 == "Result" }?.1.hasPrefix("failed — one family card") == true)
    #expect(out.value?.rowCount == 2)
    #expect { _ = try p.explain("governance.keluarga", ctx) } throws: { ($0 as? UserError)?.hint?.en == "Did you mean `governance.hubungan-keluarga`?" }
  }

  @Test func anEditedChecklistIsValidatedWithLines() throws {
    let folder = try #require(GovChecklist.folder)
    var text = try String(contentsOf: folder.appendingPathComponent("tatakelola.toml"), encoding: .utf8)
    text = text.replacing(#"cek = "rangkap-jabatan""#, with: #"cek = "rangkap""#)
      .replacing("parameter = { persen = 15 }", with: "parameter = { persen = 20 }")
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tk-\(UUID().uuidString.prefix(6)).toml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let line = (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(#"cek = "rangkap""#) } ?? 0) + 1
    #expect { _ = try GovChecklist.select(Settings(["governance.rules": .string(path)])) } throws: { e in
      (e as? UserError)?.message.en.contains("\(path):\(line): unknown check `rangkap`; did you mean `rangkap-jabatan`?") == true
    }
    // A valid edit takes effect: the per-borrower limit raised to 20% lets 80 jt pass (20% × 500 jt = 100 jt).
    let ok = text.replacing(#"cek = "rangkap""#, with: #"cek = "rangkap-jabatan""#)
    try ok.write(toFile: path, atomically: true, encoding: .utf8)
    var b = GovBooks()
    b.loans[2].sisa = 80_000_000
    let list = try GovChecklist.select(Settings(["governance.rules": .string(path)]))
    let r = GovernanceRun.run(list, dataset: b.dataset(), answers: AnswerSheet(checklist: "tatakelola"))
    #expect(r.first { $0.item.id == "batas-pinjaman-anggota" }?.outcome.status == .passed)
  }
}

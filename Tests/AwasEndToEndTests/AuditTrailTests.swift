import Foundation
import Testing

/// The audit log through the binary: every statement is logged; a session
/// replays to the same results until an input file changes; a session becomes
/// a script; an edited log is detected.
@Suite(.serialized) struct AuditTrailTests {
  @Test func replayReproducesUntilAFileChanges() throws {
    let data = try Awas.copyOfContoh()
    let session = try Awas.run(["--lang", "en", "--data", data, "-c", "pinjaman | where dpd > 0 | select no_pinjaman sisa; risk par"])
    #expect(session.status == 0)
    let log = try String(contentsOfFile: data + "/.awas/log.jsonl", encoding: .utf8)
    #expect(log.split(separator: "\n").count == 3)  // open, the query, risk par
    #expect(log.contains("\"statement\":\"risk par\""))

    let same = try Awas.run(["--lang", "en", "--data", data, "--format", "csv", "-c", "log replay"])
    #expect(same.status == 0, "\(same.stderr)")
    #expect(same.stderr.contains("3 statements replayed, 0 with a different result"))

    // The cooperative "corrects" a repayment: the same statements no longer give the same results.
    let angsuran = data + "/angsuran.csv"
    var text = try String(contentsOfFile: angsuran, encoding: .utf8)
    text = text.replacingOccurrences(of: "KW-2025-000006,P-007,2025-02-28,200000", with: "KW-2025-000006,P-007,2025-02-28,100000")
    try text.write(toFile: angsuran, atomically: true, encoding: .utf8)
    let sessions = try Awas.run(["--lang", "en", "--data", data, "--format", "csv", "-c", "log"])
    let firstSession = sessions.stdout.split(separator: "\n").dropFirst().first?.split(separator: ",")[3] ?? ""
    let changed = try Awas.run(["--lang", "en", "--data", data, "--format", "csv", "-c", "log replay --session \(firstSession)"])
    #expect(changed.status == 2)
    #expect(changed.stdout.contains("false"))
  }

  @Test func whatRunsWithNoDatasetSelectedIsNotLoggedAndTheSessionReplays() throws {
    let data = try Awas.copyOfContoh()
    // In one run: the failed open leaves nothing selected for `risk par`, which fails.
    let session = try Awas.run([
      "--lang", "en", "--data", data, "-c", "set on-error continue; open \"/nonexistent-awas\"; risk par",
    ])
    #expect(session.status == 1)
    #expect(session.stderr.contains("No dataset is open"))
    // The log belongs to the dataset: the two statements with none selected are not in it.
    let replay = try Awas.run(["--lang", "en", "--data", data, "--format", "csv", "-c", "log replay"])
    #expect(replay.stderr.contains("2 statements replayed, 0 with a different result"), "\(replay.stderr)")
    #expect(!replay.stdout.contains("risk par"))
  }

  @Test func aSessionBecomesAScriptAndAnEditIsDetected() throws {
    let data = try Awas.copyOfContoh()
    _ = try Awas.run(["--lang", "en", "--data", data, "-c", "tables; risk"])
    _ = try Awas.run(["--lang", "en", "--data", data, "-c", "log"])  // a session that only looked at the log
    let script = Awas.tempFolder().appendingPathComponent("again.awas").path
    let r = try Awas.run(["--lang", "en", "--data", data, "-c", "log script \(script)"])
    #expect(r.status == 0)
    let body = try String(contentsOfFile: script, encoding: .utf8)
    #expect(body.contains("\ntables\nrisk\n"))
    // It runs on whatever --data names: the session's own `open` is left out.
    #expect(!body.contains("open "))
    let rerun = try Awas.run(["--lang", "en", "--data", data, "--format", "csv", script])
    #expect(rerun.status == 0, "\(rerun.stderr)")

    let ok = try Awas.run(["--lang", "en", "--data", data, "-c", "log verify"])
    #expect(ok.status == 0)
    #expect(ok.stderr.contains("The log is intact") || ok.stdout.contains("The log is intact"))
    let path = data + "/.awas/log.jsonl"
    let log = try String(contentsOfFile: path, encoding: .utf8)
    try log.replacingOccurrences(of: "\"statement\":\"risk\"", with: "\"statement\":\"risk par\"").write(toFile: path, atomically: true, encoding: .utf8)
    let bad = try Awas.run(["--lang", "en", "--data", data, "--format", "csv", "-c", "log verify"])
    #expect(bad.status == 2)
    #expect(bad.stdout.contains("entry was edited"))
  }
}

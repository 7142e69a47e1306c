import Foundation
import Testing

@testable import AwasPluginKit
@testable import AwasShell

@Suite struct AuditLogTests {
  func workspace() -> Workspace {
    Workspace(path: NSTemporaryDirectory() + "awas-log-\(UUID().uuidString)")
  }

  func writeThree(_ ws: Workspace) throws -> [String] {
    let log = AuditLog(workspace: ws, session: "s-1")
    for s in ["buka contoh", "pinjaman | ambil 2", "risk par"] {
      try log.append(statement: s, output: .text(s), error: nil, dataset: nil, rules: ["awas": "0.1"], seconds: 0.01)
    }
    return String(decoding: ws.read(AuditLog.fileName)!, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  func verify(_ lines: [String]) -> LogVerifier.Report {
    LogVerifier.verify(Data((lines.joined(separator: "\n") + "\n").utf8))
  }

  @Test func anIntactLogVerifies() throws {
    let lines = try writeThree(workspace())
    let r = verify(lines)
    #expect(r.problems.isEmpty)
    #expect(r.entries.map(\.seq) == [1, 2, 3])
    #expect(r.entries[1].statement == "pinjaman | ambil 2")
    #expect(r.head.count == 64)
  }

  @Test func anEditedEntryIsFound() throws {
    var lines = try writeThree(workspace())
    lines[1] = lines[1].replacingOccurrences(of: "ambil 2", with: "ambil 3")
    #expect(verify(lines).problems == [.init(line: 2, kind: .edited)])
  }

  @Test func aRemovedEntryIsFound() throws {
    var lines = try writeThree(workspace())
    lines.remove(at: 1)
    #expect(verify(lines).problems == [.init(line: 2, kind: .removedOrReordered)])
  }

  @Test func reorderedEntriesAreFound() throws {
    var lines = try writeThree(workspace())
    lines.swapAt(1, 2)
    #expect(verify(lines).problems.map(\.kind).contains(.removedOrReordered))
  }

  @Test func aRewrittenEntryWithARecomputedHashBreaksTheNextLink() throws {
    var lines = try writeThree(workspace())
    var p = try #require(AuditLog.parse(Substring(lines[0])))
    p.entry.statement = "buka lain"
    lines[0] = AuditLog.line(p.entry)
    #expect(verify(lines).problems == [.init(line: 2, kind: .removedOrReordered)])
  }

  @Test func resultDigestsDependOnTheTables() {
    let a = CommandOutput.table(Table(name: "t", columns: [Column.int64("n", .int, [1])]))
    let b = CommandOutput.table(Table(name: "t", columns: [Column.int64("n", .int, [2])]))
    #expect(AuditLog.digest(a) != AuditLog.digest(b))
    #expect(AuditLog.digest(a) == AuditLog.digest(a))
  }
}

@Suite struct FindingStoreTests {
  @Test func recordsOnceAndPersists() throws {
    let ws = Workspace(path: NSTemporaryDirectory() + "awas-find-\(UUID().uuidString)")
    let store = FindingStore(workspace: ws)
    let f = Finding(check: "audit.gaps", severity: .medium, title: Text("Celah", en: "Gap"),
                    evidence: [Evidence(table: "angsuran", keyColumn: "no_bukti", keys: ["KW-1"])])
    #expect(try store.record([f, f], dataset: "KSP") == 1)
    #expect(try store.record([f], dataset: "KSP") == 0)
    let again = FindingStore(workspace: ws)
    #expect(again.findings.map(\.id) == ["T-001"])
    #expect(try again.setStatus("t-001", .answered, note: "pengurus menjawab 5 Januari")?.status == .answered)
    #expect(try again.setStatus("t-001", .closed, note: "selesai")?.status == .closed)
    let saved = FindingStore(workspace: ws).findings.first
    #expect(saved?.status == .closed)
    // Notes are kept in order beside the finding; its recommendation is untouched.
    #expect(saved?.notes?.map(\.text) == ["pengurus menjawab 5 Januari", "selesai"])
    #expect(saved?.notes?.map(\.status) == [.answered, .closed])
    #expect(saved?.recommendation == nil)
    let note = try #require(saved?.notes?.last)
    #expect(FindingNotes.line(note, .en).hasSuffix(" · closed · selesai"))
  }

  @Test func recordingGivesTheIdsItAssigned() throws {
    let ws = Workspace(path: NSTemporaryDirectory() + "awas-find-\(UUID().uuidString)")
    let store = FindingStore(workspace: ws)
    func finding(_ key: String) -> Finding {
      Finding(check: "manual", severity: .low, title: Text(key, en: key),
              evidence: [Evidence(table: "pinjaman", keyColumn: "no_pinjaman", keys: [key])])
    }
    #expect(try store.recordIDs([finding("P1"), finding("P2")], dataset: "KSP") == ["T-001", "T-002"])
    // Another session records one in between: the next id follows it.
    _ = try FindingStore(workspace: ws).record([finding("P3")], dataset: "KSP")
    #expect(try store.recordIDs([finding("P4")], dataset: "KSP") == ["T-004"])
    #expect(try store.recordIDs([finding("P1")], dataset: "KSP").isEmpty)
  }
}

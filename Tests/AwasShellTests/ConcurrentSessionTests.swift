import Foundation
import Testing

@testable import AwasPluginKit
@testable import AwasShell

/// Two sessions on one dataset (a person and a cron job) share its workspace:
/// neither may break the log's chain or lose the other's findings.
@Suite struct ConcurrentSessionTests {
  func workspace() -> Workspace {
    Workspace(path: NSTemporaryDirectory() + "awas-conc-\(UUID().uuidString)")
  }

  @Test func sessionsAppendingAtOnceKeepTheChain() throws {
    let ws = workspace()
    let logs = (0..<4).map { AuditLog(workspace: ws, session: "s-\($0)") }
    DispatchQueue.concurrentPerform(iterations: 4) { i in
      for k in 0..<25 {
        try? logs[i].append(statement: "risk \(i)-\(k)", output: .text("x"), error: nil, dataset: nil, rules: [:], seconds: 0)
      }
    }
    let report = LogVerifier.verify(ws.read(AuditLog.fileName))
    #expect(report.problems.isEmpty)
    #expect(report.entries.map(\.seq) == Array(1...100))
  }

  @Test func neitherSessionLosesTheOthersFindings() throws {
    let ws = workspace()
    let person = FindingStore(workspace: ws)
    let cron = FindingStore(workspace: ws)  // opened before the person's finding exists
    func finding(_ title: String) -> Finding {
      Finding(check: "audit.gaps", severity: .medium, title: Text(title, en: title),
              evidence: [Evidence(table: "angsuran", keyColumn: "no_bukti", keys: [title])])
    }
    #expect(try person.record([finding("A")], dataset: "KSP") == 1)
    #expect(try cron.record([finding("B")], dataset: "KSP") == 1)
    #expect(try person.setStatus("T-002", .answered, note: nil)?.title.en == "B")
    let saved = FindingStore(workspace: ws).findings
    #expect(saved.map(\.id) == ["T-001", "T-002"])
    #expect(saved.map(\.title.en) == ["A", "B"])
    #expect(saved.last?.status == .answered)
  }
}

import Foundation
import Testing

/// The real shell driven through a pseudo-terminal.
@Suite(.serialized) struct InteractiveShellTests {
  func environment(history: String) -> [String: String] {
    [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "HOME": NSTemporaryDirectory(), "TERM": "xterm", "LANG": "C.UTF-8", "NO_COLOR": "1",
      "AWAS_HISTORY": history, "EDITRC": "/dev/null", "PAGER": "cat",
    ]
  }

  func start(_ args: [String] = [], history: String) throws -> PTYSession {
    let s = try PTYSession(Awas.binary, args, environment: environment(history: history))
    try s.waitFor("awas> ")
    return s
  }

  func tempHistory() -> String { Awas.tempFolder().appendingPathComponent("history").path }

  @Test func ctrlDOnAnEmptyLineExits() throws {
    let s = try start(history: tempHistory())
    s.send("\u{4}")
    #expect(try s.waitExit() == 0)
  }

  @Test func tabCompletesACommand() throws {
    let s = try start(["--lang", "en"], history: tempHistory())
    s.send("vers\t")
    try s.waitFor("version ")
    s.send("\r")
    try s.waitForPrompt(after: "(6 rows)")
    s.send("\u{4}")
    #expect(try s.waitExit() == 0)
  }

  @Test func tabListsCandidatesWithDescriptions() throws {
    let s = try start(history: tempHistory())
    s.send("b\t")
    let text = try s.waitFor("buka folder dataset")
    #expect(text.contains("bantuan "))
    #expect(text.contains("bersihkan "))
    s.send("\u{3}\u{4}")
    #expect(try s.waitExit() == 0)
  }
}

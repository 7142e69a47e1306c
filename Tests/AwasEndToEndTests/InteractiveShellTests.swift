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

  @Test func arrowUpRecallsAStatementFromAnEarlierRun() throws {
    let history = tempHistory()
    let first = try start(history: history)
    first.send("40 + 2\r")
    try first.waitForPrompt(after: "42")
    first.send("\u{4}")
    #expect(try first.waitExit() == 0)
    let attrs = try FileManager.default.attributesOfItem(atPath: history)
    #expect((attrs[.posixPermissions] as? Int) == 0o600)

    let second = try start(history: history)
    second.send("\u{1B}[A")
    try second.waitFor("40 + 2")
    second.send("\r")
    try second.waitForPrompt(after: "42")
    second.send("\u{4}")
    #expect(try second.waitExit() == 0)
  }

  @Test func ctrlCDiscardsTheLineAndTheShellGoesOn() throws {
    let s = try start(history: tempHistory())
    s.send("bantuan")
    try s.waitFor("bantuan")
    s.send("\u{3}")
    try s.waitForPrompt(after: "^C")
    s.send("1 + 1\r")
    try s.waitForPrompt(after: "2\n")
    #expect(!s.text.contains("Perintah awas"))  // help never ran
    s.send("\u{4}")
    #expect(try s.waitExit() == 0)
  }

  @Test func utf8RoundTrips() throws {
    let history = tempHistory()
    let s = try start(history: history)
    s.send("\"é Rp 1.250.000 — ñ\"\r")
    try s.waitForPrompt(after: "é Rp 1.250.000 — ñ\n")
    s.send("\u{4}")
    #expect(try s.waitExit() == 0)
    let saved = try String(contentsOfFile: history, encoding: .utf8)
    #expect(saved.contains("\"é Rp 1.250.000 — ñ\""))
  }

  @Test func anUnfinishedStatementContinuesOnTheNextLine() throws {
    let s = try start(history: tempHistory())
    s.send("(1 +\r")
    try s.waitFor("…> ")
    s.send("2)\r")
    try s.waitForPrompt(after: "3\n")
    s.send("\u{4}")
    #expect(try s.waitExit() == 0)
  }

  @Test func ctrlRSearchesTheHistory() throws {
    let history = tempHistory()
    try "\"alpha\"\n\"beta\"\n".write(toFile: history, atomically: true, encoding: .utf8)
    let s = try start(history: history)
    s.send("\u{12}alp")
    try s.waitFor("alpha")
    s.send("\r")
    try s.waitForPrompt(after: "alpha\n")
    s.send("\u{4}")
    #expect(try s.waitExit() == 0)
  }

  @Test func setEditorViSwitchesToTheViKeymap() throws {
    let s = try start(history: tempHistory())
    s.send("set editor vi\r")
    try s.waitForPrompt(after: "set editor vi")
    // Insert "12 + 1", Esc to command mode, `0` to the start, `x` deletes the 1.
    s.send("12 + 1")
    try s.waitFor("12 + 1")
    s.send("\u{1B}")
    s.drain(0.1)
    s.send("0x\r")
    try s.waitForPrompt(after: "\n3\n")
    s.send("\u{4}")
    #expect(try s.waitExit() == 0)
  }
}

import Foundation
import Testing

/// The health questionnaire driven through a pseudo-terminal: answered in part,
/// interrupted, and resumed in a later session where it stopped.
@Suite(.serialized) struct QuestionnaireTests {
  func start(_ data: String) throws -> PTYSession {
    let env = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
      "TERM": "xterm", "LANG": "C.UTF-8", "NO_COLOR": "1", "EDITRC": "/dev/null", "PAGER": "cat",
      "AWAS_HISTORY": Awas.tempFolder().appendingPathComponent("h").path,
    ]
    let s = try PTYSession(Awas.binary, ["--lang", "en", "--data", data], environment: env)
    try s.waitForPrompt(after: "Ctrl-D to leave")
    return s
  }

  func answers(_ data: String) throws -> [String: String] {
    let d = try Data(contentsOf: URL(fileURLWithPath: data + "/.awas/answers-manajemen-2016.json"))
    let obj = try JSONSerialization.jsonObject(with: d) as? [String: Any]
    let list = obj?["answers"] as? [String: [String: Any]] ?? [:]
    return list.mapValues { $0["value"] as? String ?? "" }
  }

  @Test func answeredInPartInterruptedAndResumed() throws {
    let data = try Awas.copyOfContoh()
    let first = try start(data)
    first.send("health answer\r")
    try first.waitForPrompt(after: "[1/38]", prompt: "answer> ")
    first.send("yes rencana strategis 2024-2028\r")
    try first.waitForPrompt(after: "[2/38]", prompt: "answer> ")
    first.send("no\r")
    try first.waitForPrompt(after: "[3/38]", prompt: "answer> ")
    first.send("\u{4}")  // Ctrl-D: stop, keeping what was answered
    try first.waitForPrompt(after: "1 yes, 1 no, 36 open")
    first.send("\u{4}")
    #expect(try first.waitExit() == 0)
    #expect(try answers(data) == ["umum.1": "ya", "umum.2": "tidak"])

    let second = try start(data)
    second.send("health answer\r")
    // It resumes at the first question not answered (umum.3), counting what is left.
    let text = try second.waitFor("umum.3")
    #expect(text.contains("2 answered, 36 to ask"))
    #expect(text.contains("[1/36]"))
    try second.waitForPrompt(after: "umum.3", prompt: "answer> ")
    second.send("yes\r")
    try second.waitForPrompt(after: "umum.4", prompt: "answer> ")
    second.send("stop\r")
    try second.waitForPrompt(after: "2 yes, 1 no, 35 open")
    second.send("\u{4}")
    #expect(try second.waitExit() == 0)
    #expect(try answers(data) == ["umum.1": "ya", "umum.2": "tidak", "umum.3": "ya"])
  }
}

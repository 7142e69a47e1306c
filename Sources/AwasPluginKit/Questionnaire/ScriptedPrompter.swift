import Foundation

/// A ``Prompter`` that replies from a list and records what it was shown, for
/// a plugin's tests: nil in the list (or its end) is end of input (Ctrl-D).
///
///     let replies = ScriptedPrompter(["y", "n", nil])
///     … run the command with `replies` as its prompter …
///     #expect(replies.transcript.contains("Question 2"))
public final class ScriptedPrompter: Prompter, @unchecked Sendable {
  // The lock guards `replies`, `said` and `asked`.
  private let lock = NSLock()
  private var replies: [String?]
  private var shown: [String] = []
  private var questions = 0

  public init(_ replies: [String?]) { self.replies = replies }

  public func ask(_ prompt: String) -> String? {
    lock.lock()
    defer { lock.unlock() }
    questions += 1
    guard !replies.isEmpty else { return nil }
    return replies.removeFirst()
  }

  public func say(_ text: String) {
    lock.lock()
    shown.append(text)
    lock.unlock()
  }

  /// Every text shown with ``say(_:)``, in order.
  public var said: [String] {
    lock.lock()
    defer { lock.unlock() }
    return shown
  }

  /// How many questions were asked.
  public var asked: Int {
    lock.lock()
    defer { lock.unlock() }
    return questions
  }

  /// Everything shown, one text per line.
  public var transcript: String { said.joined(separator: "\n") }
}

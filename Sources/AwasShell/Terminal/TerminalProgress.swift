import AwasPluginKit
import CEditShim

/// A progress bar on standard error for work longer than half a second, shown
/// only when a person is watching (standard error is a terminal). Ctrl-C sets
/// ``isCancelled``.
final class TerminalProgress: ProgressReporter, @unchecked Sendable {
  private let lock = NSLock()
  private let enabled: Bool
  private let unicode: Bool
  private var started: [String: Date] = [:]
  private var lastDraw = Date.distantPast
  private var drawn = false

  init(enabled: Bool, unicode: Bool) {
    self.enabled = enabled
    self.unicode = unicode
  }

  func report(_ label: String, done: Int, total: Int) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    let now = Date()
    let start = started[label] ?? now
    if started[label] == nil { started[label] = now }
    if done >= total {
      started[label] = nil
      if drawn { Terminal.err("\r\u{1B}[2K") }
      drawn = false
      return
    }
    guard now.timeIntervalSince(start) >= 0.5, now.timeIntervalSince(lastDraw) >= 0.1, total > 0 else { return }
    lastDraw = now
    drawn = true
    let width = 30
    let fraction = min(1, Double(done) / Double(total))
    let filled = Int(fraction * Double(width))
    let bar = String(repeating: unicode ? "█" : "#", count: filled) + String(repeating: unicode ? "░" : ".", count: width - filled)
    Terminal.err("\r\u{1B}[2K\(label) [\(bar)] \(Int(fraction * 100))%")
  }

  var isCancelled: Bool { ces_peek_sigint() == 1 }
}

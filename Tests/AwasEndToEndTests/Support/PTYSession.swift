import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Drives a program through a pseudo-terminal, as a person at a keyboard would:
/// send keys, wait for text to appear, read what the screen received.
final class PTYSession {
  let master: Int32
  let pid: pid_t
  private(set) var received: [UInt8] = []

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  init(_ executable: String, _ arguments: [String], environment: [String: String], columns: UInt16 = 100, rows: UInt16 = 30) throws {
    // posix_openpt/ptsname are not visible to Swift here; use the Linux ioctls
    // (TIOCSPTLCK = 0x40045431, TIOCGPTN = 0x80045430 on x86_64 and arm64).
    let m = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard m >= 0, ioctl(m, 0x4004_5431, &unlock) == 0, ioctl(m, 0x8004_5430, &number) == 0 else {
      throw Failure(description: "cannot open a pseudo-terminal")
    }
    let slavePath = "/dev/pts/\(number)"
    var ws = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(m, UInt(TIOCSWINSZ), &ws)
    master = m

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // In the new session, opening the terminal makes it the controlling one.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    posix_spawn_file_actions_addclose(&actions, m)
    var attr = posix_spawnattr_t()
    posix_spawnattr_init(&attr)
    defer { posix_spawnattr_destroy(&attr) }
    posix_spawnattr_setflags(&attr, Int16(0x80))  // POSIX_SPAWN_SETSID

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var child: pid_t = 0
    let rc = posix_spawn(&child, executable, &actions, &attr, argv, envp)
    guard rc == 0 else { throw Failure(description: "posix_spawn failed: \(rc)") }
    pid = child
  }

  deinit {
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    close(master)
  }

  /// Sends keys. Use "\t" for Tab, "\r" for Enter, "\u{3}" for Ctrl-C,
  /// "\u{4}" for Ctrl-D, "\u{1B}[A" for the Up arrow.
  func send(_ keys: String) {
    var s = keys
    s.withUTF8 { p in _ = write(master, p.baseAddress, p.count) }
  }

  /// Reads what arrived within `seconds`.
  @discardableResult
  func drain(_ seconds: Double = 0.2) -> String {
    let end = Date().addingTimeInterval(seconds)
    while Date() < end { readSome(timeoutMs: 20) }
    return text
  }

  private func readSome(timeoutMs: Int32) {
    var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
    guard poll(&fds, 1, timeoutMs) > 0 else { return }
    var buf = [UInt8](repeating: 0, count: 4096)
    let n = read(master, &buf, buf.count)
    if n > 0 { received += buf[0..<n] }
  }

  /// Everything received, with ANSI escape sequences removed.
  var text: String { PTYSession.stripANSI(String(decoding: received, as: UTF8.self)) }

  /// Waits until `needle` has been received (after position `from`).
  @discardableResult
  func waitFor(_ needle: String, after from: Int = 0, timeout: Double = 10) throws -> String {
    let end = Date().addingTimeInterval(timeout)
    while Date() < end {
      let t = text
      if t.count > from, t.dropFirst(from).contains(needle) { return t }
      readSome(timeoutMs: 50)
    }
    throw Failure(description: "timed out waiting for \(needle.debugDescription); received:\n\(text)")
  }

  /// Waits for a fresh prompt after everything received so far, then gives
  /// the line editor a moment to take the terminal (keys typed before that
  /// would reach the terminal's own line discipline).
  func waitForPrompt(after anchor: String, prompt: String = "> ", timeout: Double = 10) throws {
    let end = Date().addingTimeInterval(timeout)
    while Date() < end {
      let t = text
      if let r = t.range(of: anchor, options: .backwards), t[r.upperBound...].contains(prompt) {
        drain(0.15)
        return
      }
      readSome(timeoutMs: 50)
    }
    throw Failure(description: "timed out waiting for a prompt after \(anchor.debugDescription); received:\n\(text)")
  }

  /// The number of characters received so far (to wait for text after it).
  var mark: Int { text.count }

  /// Waits for the program to end and returns its exit status.
  func waitExit(timeout: Double = 10) throws -> Int32 {
    let end = Date().addingTimeInterval(timeout)
    var status: Int32 = 0
    while Date() < end {
      readSome(timeoutMs: 20)
      let r = waitpid(pid, &status, WNOHANG)
      if r == pid {
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
      }
    }
    throw Failure(description: "the program did not exit; received:\n\(text)")
  }

  static func stripANSI(_ s: String) -> String {
    var out = ""
    var it = s.unicodeScalars.makeIterator()
    while let c = it.next() {
      if c == "\u{1B}" {
        guard let n = it.next() else { break }
        if n == "[" {
          while let x = it.next(), !(0x40...0x7E).contains(x.value) {}
        }
        continue
      }
      if c == "\u{1}" || c == "\r" || c == "\u{7}" { continue }
      out.unicodeScalars.append(c)
    }
    return out
  }
}

import AwasPluginKit

#if canImport(Glibc)
  import Glibc
#endif

/// The persistent history of statements: one entry per complete statement,
/// duplicates collapsed (the latest kept), in a file of mode 0600.
///
/// The file holds one entry per line; a newline inside a statement is written
/// `\n` and a backslash `\\`.
final class HistoryStore {
  let path: String?
  private(set) var entries: [String] = []
  let limit: Int

  /// The default location: `$AWAS_HISTORY`, else `$XDG_DATA_HOME/awas/history`,
  /// else `~/.local/share/awas/history`.
  static func defaultPath() -> String? {
    let env = ProcessInfo.processInfo.environment
    if let p = env["AWAS_HISTORY"], !p.isEmpty { return p }
    if let x = env["XDG_DATA_HOME"], !x.isEmpty { return x + "/awas/history" }
    guard let home = env["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/share/awas/history"
  }

  init(path: String?, limit: Int = 5000) {
    self.path = path
    self.limit = limit
    load()
  }

  private func load() {
    guard let path, let data = FileManager.default.contents(atPath: path) else { return }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
    entries = HistoryStore.collapse(lines.map { HistoryStore.decode(String($0)) })
    if entries.count > limit { entries = Array(entries.suffix(limit)) }
  }

  /// Keeps the last occurrence of each entry, in order.
  static func collapse(_ items: [String]) -> [String] {
    var seen = Set<String>()
    var out: [String] = []
    for e in items.reversed() where seen.insert(e).inserted { out.append(e) }
    return out.reversed()
  }

  /// Adds a statement (trimmed; empty ones are ignored) and appends it to the file.
  func add(_ statement: String) {
    let s = statement.trimmingSpaces()
    guard !s.isEmpty else { return }
    entries.removeAll { $0 == s }
    entries.append(s)
    guard let path else { return }
    ensureFolder(path)
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
    guard fd >= 0 else { return }
    fchmod(fd, 0o600)
    var line = HistoryStore.encode(s) + "\n"
    line.withUTF8 { p in _ = write(fd, p.baseAddress, p.count) }
    close(fd)
  }

  /// Rewrites the file collapsed (at exit), atomically, mode 0600.
  func compact() {
    guard let path else { return }
    ensureFolder(path)
    let tmp = path + ".tmp-\(getpid())"
    let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { return }
    // Merge with what other sessions appended meanwhile.
    let onDisk = HistoryStore(path: path, limit: limit).entries
    let merged = Array(HistoryStore.collapse(onDisk + entries).suffix(limit))
    var text = merged.map(HistoryStore.encode).joined(separator: "\n") + (merged.isEmpty ? "" : "\n")
    text.withUTF8 { p in _ = write(fd, p.baseAddress, p.count) }
    fchmod(fd, 0o600)
    close(fd)
    rename(tmp, path)
  }

  private func ensureFolder(_ path: String) {
    let dir = (path as NSString).deletingLastPathComponent
    if !dir.isEmpty {
      try? FileManager.default.createDirectory(
        atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
  }

  static func encode(_ s: String) -> String {
    s.replacing("\\", with: "\\\\").replacing("\n", with: "\\n")
  }

  static func decode(_ s: String) -> String {
    var out = ""
    var escape = false
    for ch in s {
      if escape {
        out.append(ch == "n" ? "\n" : ch)
        escape = false
      } else if ch == "\\" {
        escape = true
      } else {
        out.append(ch)
      }
    }
    return out
  }
}

#if canImport(Glibc)
import Glibc
#endif

/// A dataset's workspace: the folder (`.awas/` by default) where answers,
/// findings and the session log are kept. Input files are never written;
/// every write here is atomic (a temporary file, then rename).
public struct Workspace: Sendable {
  public let path: String

  public init(path: String) { self.path = path }

  /// The full path of `name` inside the workspace.
  public func url(_ name: String) -> URL { URL(fileURLWithPath: path).appendingPathComponent(name) }

  /// The contents of `name`, or nil if it does not exist.
  public func read(_ name: String) -> Data? { FileManager.default.contents(atPath: url(name).path) }

  /// Writes `data` to `name` atomically, creating the workspace if needed.
  public func write(_ name: String, _ data: Data) throws {
    try ensureExists()
    let target = url(name)
    let tmp = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).tmp-\(getpid())")
    do {
      try data.write(to: tmp)
      if rename(tmp.path, target.path) != 0 { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
    } catch {
      try? FileManager.default.removeItem(at: tmp)
      throw UserError(
        Text(
          "Tidak dapat menulis \(target.path): \(error.localizedDescription)",
          en: "Cannot write \(target.path): \(error.localizedDescription)"))
    }
  }

  /// Appends a line to `name` (for logs), creating the file with mode 0600.
  public func append(_ name: String, line: String) throws {
    try ensureExists()
    let p = url(name).path
    let fd = open(p, O_WRONLY | O_APPEND | O_CREAT, 0o600)
    guard fd >= 0 else {
      throw UserError(Text("Tidak dapat menulis \(p)", en: "Cannot write \(p)"))
    }
    defer { close(fd) }
    var bytes = Array((line + "\n").utf8)
    let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    if n != bytes.count { throw UserError(Text("Gagal menulis \(p)", en: "Failed writing \(p)")) }
  }

  /// Runs `body` holding an exclusive lock on `name` (an advisory `flock` on a
  /// lock file beside it), so two sessions on one dataset (a person and a cron
  /// job, say) never interleave a read-modify-write of the same file.
  public func withLock<R>(_ name: String, _ body: () throws -> R) throws -> R {
    try ensureExists()
    let fd = open(url(".\(name).lock").path, O_RDWR | O_CREAT, 0o600)
    guard fd >= 0 else { return try body() }  // cannot lock here: the write itself will report
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
    defer { flock(fd, LOCK_UN) }
    return try body()
  }

  public func ensureExists() throws {
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw UserError(
        Text("Tidak dapat membuat folder kerja \(path)", en: "Cannot create the workspace \(path)"),
        hint: Text(
          "Atur lokasi lain dengan `atur folder-kerja FOLDER`.",
          en: "Choose another place with `set workspace FOLDER`."))
    }
  }
}

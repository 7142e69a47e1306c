import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// SHA-256 digests of input files for the audit log, computed once per file
/// version (path, size, modification time) and shared by every log. The log
/// asks for them on its own queue, after the statement's result is shown.
final class FileDigests: @unchecked Sendable {
  static let shared = FileDigests()

  // The lock guards `done`.
  private let lock = NSLock()
  private var done: [String: String] = [:]

  /// The hex SHA-256 of the file at `path`; nil when it cannot be read.
  func digest(path: String) -> String? {
    guard let key = FileDigests.key(path) else { return nil }
    lock.lock()
    let known = done[key]
    lock.unlock()
    if let known { return known }
    let hex = FileDigests.sha256(file: path)
    if let hex { store(key, hex) }
    return hex
  }

  private func store(_ key: String, _ hex: String) {
    lock.lock()
    done[key] = hex
    lock.unlock()
  }

  /// `path|size|mtime`: a changed file is hashed again.
  static func key(_ path: String) -> String? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return "\(path)|\(st.st_size)|\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
  }

  /// SHA-256 of a file, read in 4 MiB pieces.
  static func sha256(file path: String) -> String? {
    guard let h = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? h.close() }
    var hasher = SHA256()
    while true {
      let chunk = h.readData(ofLength: 4 << 20)
      if chunk.isEmpty { break }
      hasher.update(data: chunk)
    }
    return AuditLog.hex(hasher.finalize())
  }
}

import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// SHA-256 digests of input files for the audit log, computed once per file
/// version (path, size, modification time) and shared by every log.
///
/// `open` calls ``prefetch(folder:)`` before it loads: a background thread at
/// the lowest priority hashes the folder's files while the loader parses them,
/// on whatever core the loader leaves idle, so the log entry after `open`
/// rarely waits for the hash.
final class FileDigests: @unchecked Sendable {
  static let shared = FileDigests()

  // The lock guards `done` and `pending`.
  private let lock = NSLock()
  private var done: [String: String] = [:]
  private var pending: [String: DispatchGroup] = [:]

  /// The hex SHA-256 of the file at `path`; nil when it cannot be read.
  /// Waits for a prefetch of the same file version that is under way.
  func digest(path: String) -> String? {
    guard let key = FileDigests.key(path) else { return nil }
    lock.lock()
    if let hex = done[key] {
      lock.unlock()
      return hex
    }
    if let group = pending[key] {
      lock.unlock()
      group.wait()
      return digest(path: path)
    }
    lock.unlock()
    let hex = FileDigests.sha256(file: path)
    if let hex { store(key, hex) }
    return hex
  }

  /// Starts hashing the tables and settings of the dataset folder `folder` in
  /// the background, largest file first.
  func prefetch(folder: String) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var jobs: [(key: String, path: String, size: Int64)] = []
    let group = DispatchGroup()
    lock.lock()
    for name in names where name.lowercased().hasSuffix(".csv") || name.lowercased().hasSuffix(".toml") {
      let path = (folder as NSString).appendingPathComponent(name)
      guard let key = FileDigests.key(path), done[key] == nil, pending[key] == nil else { continue }
      pending[key] = group
      jobs.append((key, path, FileDigests.size(path)))
    }
    lock.unlock()
    guard !jobs.isEmpty else { return }
    jobs.sort { $0.size > $1.size }
    group.enter()
    let work = jobs
    let thread = Thread { [self] in
      // Lowest priority: the loader's threads come first (on Linux the nice
      // value of PRIO_PROCESS 0 is the calling thread's own).
      _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
      for job in work {
        let hex = FileDigests.sha256(file: job.path)
        lock.lock()
        if let hex { done[job.key] = hex }
        pending[job.key] = nil
        lock.unlock()
      }
      group.leave()
    }
    thread.start()
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

  static func size(_ path: String) -> Int64 {
    var st = stat()
    return stat(path, &st) == 0 ? Int64(st.st_size) : 0
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

import AwasLanguage
import AwasPluginKit
import Crypto
import Foundation

/// The tamper-evident audit trail of a dataset: every statement of every
/// session, appended to `log.jsonl` in the workspace, each entry carrying the
/// hash of the one before it.
///
/// A line is the entry's JSON (sorted keys) with `"hash"` appended last: the
/// SHA-256 of the line up to that field (closed with `}`). Editing a line breaks
/// its hash; removing or reordering lines breaks the `prev` chain. `log verify`
/// prints the head hash, which a supervisor writes into the report: it also
/// pins the end of the log.
///
/// Entries are written in order on a serial queue (``enqueue(statement:output:error:dataset:rules:seconds:)``),
/// so hashing the input files after `open` does not keep the user waiting;
/// ``read()`` and ``flush()`` wait for what is queued.
final class AuditLog: @unchecked Sendable {
  static let fileName = "log.jsonl"
  let workspace: Workspace
  let session: String

  struct FileDigest: Codable, Equatable {
    var name: String
    var bytes: Int64
    var sha256: String
  }

  struct Entry: Codable, Equatable {
    var seq: Int
    var time: String
    var user: String
    var session: String
    var statement: String
    var dataset: String?
    var asof: String?
    var files: [FileDigest]
    var rules: [String: String]
    var seeds: [String]
    var status: String
    var result: String
    var ms: Int
    var prev: String
  }

  // Entries are appended on `queue` only (or directly by tests); `lock` guards `failure`.
  private let queue = DispatchQueue(label: "awas.audit-log")
  private let lock = NSLock()
  private var failure: (any Error)?

  init(workspace: Workspace, session: String) {
    self.workspace = workspace
    self.session = session
  }

  /// Appends one statement after those already queued, without waiting.
  /// A failure to write is kept for ``takeFailure()``.
  func enqueue(
    statement: String, output: CommandOutput?, error: Diagnostic?, dataset: Dataset?, rules: [String: String],
    seconds: Double
  ) {
    let time = FindingStore.now()
    queue.async { [self] in
      do {
        try append(statement: statement, output: output, error: error, dataset: dataset, rules: rules, seconds: seconds, time: time)
      } catch {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
      }
    }
  }

  /// Waits until every queued entry is written.
  func flush() { queue.sync {} }

  /// The log's bytes once every queued entry is written.
  func read() -> Data? {
    flush()
    return workspace.read(AuditLog.fileName)
  }

  /// The first write failure since the last call, if any.
  func takeFailure() -> (any Error)? {
    lock.lock()
    defer { lock.unlock() }
    let f = failure
    failure = nil
    return f
  }

  /// Appends one statement. Failures to write are reported once by the caller.
  func append(
    statement: String, output: CommandOutput?, error: Diagnostic?, dataset: Dataset?, rules: [String: String],
    seconds: Double, time: String = FindingStore.now()
  ) throws {
    let files = dataset.map(fileDigests) ?? []
    let result = error.map { AuditLog.sha256(Data(("error:" + $0.message.en).utf8)) } ?? AuditLog.digest(output)
    // Reading the last entry and appending the next is one step for every
    // session writing this log.
    try workspace.withLock(AuditLog.fileName) {
      let (lastSeq, lastHash) = AuditLog.tail(workspace.read(AuditLog.fileName))
      let entry = Entry(
        seq: lastSeq + 1, time: time, user: AuditLog.user(), session: session, statement: statement,
        dataset: dataset?.folder, asof: dataset.map { $0.asOf.description },
        files: files, rules: rules, seeds: AuditLog.seeds(output),
        status: error != nil ? "error" : ((output?.exceptions ?? 0) > 0 ? "exceptions" : "ok"),
        result: result, ms: Int(seconds * 1000), prev: lastHash)
      try workspace.append(AuditLog.fileName, line: AuditLog.line(entry))
    }
  }

  /// The JSON line of an entry, with its hash.
  static func line(_ entry: Entry) -> String {
    let body = canonical(entry)
    return String(body.dropLast()) + ",\"hash\":\"" + sha256(Data(body.utf8)) + "\"}"
  }

  static func canonical(_ entry: Entry) -> String {
    let enc = JSONEncoder()
    enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? enc.encode(entry)) ?? Data(), as: UTF8.self)
  }

  /// Splits a line into its entry and stored hash; nil if it is not an entry.
  static func parse(_ line: Substring) -> (entry: Entry, body: String, hash: String)? {
    guard let r = line.range(of: ",\"hash\":\"", options: .backwards), line.hasSuffix("\"}") else { return nil }
    let body = String(line[..<r.lowerBound]) + "}"
    let hash = String(line[r.upperBound..<line.index(line.endIndex, offsetBy: -2)])
    guard let entry = try? JSONDecoder().decode(Entry.self, from: Data(body.utf8)) else { return nil }
    return (entry, body, hash)
  }

  /// The sequence number and hash of the last entry in `data`.
  static func tail(_ data: Data?) -> (Int, String) {
    guard let data else { return (0, "") }
    let text = String(decoding: data, as: UTF8.self)
    guard let last = text.split(separator: "\n").last, let p = parse(last) else { return (0, "") }
    return (p.entry.seq, p.hash)
  }

  /// A digest of a result: its tables' values (``TableDigest``), its text and
  /// fields, and its count of exceptions.
  static func digest(_ output: CommandOutput?) -> String {
    guard let output else { return sha256(Data()) }
    var hasher = SHA256()
    for b in output.blocks {
      switch b {
      case .table(let t, _): TableDigest.update(&hasher, with: t)
      case .text(let s): hasher.update(data: Data(("text:" + s + "\n").utf8))
      case .heading(let s): hasher.update(data: Data(("heading:" + s + "\n").utf8))
      case .fields(let f):
        hasher.update(data: Data(("fields:" + f.map { $0.0 + "=" + $0.1 }.joined(separator: ";") + "\n").utf8))
      case .chart: break
      }
    }
    hasher.update(data: Data("exceptions:\(output.exceptions)".utf8))
    return hex(hasher.finalize())
  }

  static func seeds(_ output: CommandOutput?) -> [String] {
    var out: [String] = []
    for b in output?.blocks ?? [] {
      if case .table(let t, _) = b, let s = t.metadata["seed"] { out.append(s) }
    }
    return out
  }

  private func fileDigests(_ d: Dataset) -> [FileDigest] {
    d.files.map { f in
      FileDigest(name: f.name, bytes: f.bytes, sha256: FileDigests.shared.digest(path: f.path) ?? "unreadable")
    }
  }

  static func sha256(_ data: Data) -> String {
    hex(SHA256.hash(data: data))
  }

  static func hex(_ digest: SHA256.Digest) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(64)
    for b in digest {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 15)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func user() -> String {
    let env = ProcessInfo.processInfo.environment
    return env["USER"] ?? env["LOGNAME"] ?? "uid-\(getuid())"
  }
}

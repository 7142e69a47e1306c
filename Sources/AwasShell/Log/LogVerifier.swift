import AwasPluginKit

/// Checks the chain of an audit log and reports each break.
enum LogVerifier {
  struct Problem: Equatable {
    enum Kind: String { case unreadable, edited, removedOrReordered }
    var line: Int
    var kind: Kind
  }

  struct Report {
    var entries: [AuditLog.Entry]
    var problems: [Problem]
    var head: String
  }

  static func verify(_ data: Data?) -> Report {
    let text = String(decoding: data ?? Data(), as: UTF8.self)
    var entries: [AuditLog.Entry] = []
    var problems: [Problem] = []
    var prevHash = ""
    var prevSeq = 0
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
      guard let p = AuditLog.parse(line) else {
        problems.append(Problem(line: i + 1, kind: .unreadable))
        continue
      }
      if AuditLog.sha256(Data(p.body.utf8)) != p.hash {
        problems.append(Problem(line: i + 1, kind: .edited))
      } else if p.entry.prev != prevHash || p.entry.seq != prevSeq + 1 {
        problems.append(Problem(line: i + 1, kind: .removedOrReordered))
      }
      entries.append(p.entry)
      prevHash = p.hash
      prevSeq = p.entry.seq
    }
    return Report(entries: entries, problems: problems, head: prevHash)
  }
}

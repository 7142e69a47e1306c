/// Collects the issues of one file, keeping at most ``limit`` of each kind;
/// the rest are counted and summarised by one "… and N more" issue.
struct IssueSink {
  static let limit = 20

  private(set) var issues: [DataIssue] = []
  private var counts = [Int](repeating: 0, count: IssueKind.allCases.count)
  private var kept = [Int](repeating: 0, count: IssueKind.allCases.count)
  /// Whether a suppressed issue of the kind skipped its row.
  private var suppressedSkipped = [Bool](repeating: false, count: IssueKind.allCases.count)

  /// Counts an issue and keeps it (built by `make`) while under the limit.
  @inline(__always)
  mutating func report(_ kind: IssueKind, rowSkipped: Bool, _ make: () -> DataIssue) {
    let k = kind.ordinal
    counts[k] += 1
    if kept[k] < IssueSink.limit {
      kept[k] += 1
      issues.append(make())
    } else if rowSkipped {
      suppressedSkipped[k] = true
    }
  }

  /// The number of issues kept so far (to mark those of one row later).
  var mark: Int { issues.count }

  /// Marks kept issue `index` as having skipped its row.
  mutating func setRowSkipped(_ index: Int) {
    if index < issues.count { issues[index].rowSkipped = true }
  }

  /// Adds another sink's issues (a later part of the same file), shifting their lines by `lineOffset`.
  mutating func absorb(_ other: IssueSink, lineOffset: Int) {
    var shown = [Int](repeating: 0, count: counts.count)
    for var issue in other.issues {
      guard let kind = issue.issueKind else { continue }
      let k = kind.ordinal
      shown[k] += 1
      if let l = issue.line { issue.line = l + lineOffset }
      report(kind, rowSkipped: issue.rowSkipped) { issue }
    }
    for k in counts.indices {
      counts[k] += other.counts[k] - shown[k]
      suppressedSkipped[k] = suppressedSkipped[k] || other.suppressedSkipped[k]
    }
  }

  /// The issues ordered by line (file-level issues first), then one summary per kind over the limit.
  func finished(file: String) -> [DataIssue] {
    var out = issues.enumerated().sorted { a, b in
      let la = a.element.line ?? 0, lb = b.element.line ?? 0
      if la != lb { return la < lb }
      let ca = a.element.column ?? 0, cb = b.element.column ?? 0
      if ca != cb { return ca < cb }
      return a.offset < b.offset
    }.map(\.element)
    for (k, kind) in IssueKind.allCases.enumerated() where counts[k] > kept[k] {
      out.append(
        DataIssue(
          kind, file: file, message: IssueText.more(counts[k] - kept[k], kind, file),
          rowSkipped: suppressedSkipped[k]))
    }
    return out
  }

  /// How many issues of `kind` were reported (kept or not).
  func count(_ kind: IssueKind) -> Int { counts[kind.ordinal] }
}

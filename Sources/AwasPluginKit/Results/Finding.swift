/// How serious a finding is.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
  case info, low, medium, high, critical

  public var label: Text {
    switch self {
    case .info: return Text("info", en: "info")
    case .low: return Text("rendah", en: "low")
    case .medium: return Text("sedang", en: "medium")
    case .high: return Text("tinggi", en: "high")
    case .critical: return Text("kritis", en: "critical")
    }
  }

  public static func < (a: Severity, b: Severity) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// Where a finding stands.
public enum FindingStatus: String, Sendable, Codable, CaseIterable {
  case open, answered, closed
  public var label: Text {
    switch self {
    case .open: return Text("terbuka", en: "open")
    case .answered: return Text("dijawab", en: "answered")
    case .closed: return Text("ditutup", en: "closed")
    }
  }
}

/// The rows a finding rests on: a table and the key values of the rows.
public struct Evidence: Sendable, Codable, Hashable {
  public var table: String
  public var keyColumn: String
  public var keys: [String]
  public init(table: String, keyColumn: String, keys: [String]) {
    self.table = table
    self.keyColumn = keyColumn
    self.keys = keys
  }
}

/// A change of a finding's status, with the note given and when.
public struct FindingNote: Sendable, Codable, Hashable {
  /// ISO time of the change.
  public var time: String
  public var status: FindingStatus
  public var text: String
  public init(time: String, status: FindingStatus, text: String) {
    self.time = time
    self.status = status
    self.text = text
  }
}

/// A finding: what a check (or a person) found, with its evidence and what to do.
public struct Finding: Sendable, Codable, Hashable {
  /// Assigned when recorded (`T-001`).
  public var id: String?
  /// The check that produced it (`risk.collectibility`), or `manual`.
  public var check: String
  public var severity: Severity
  public var title: Text
  /// The rule or method it cites.
  public var rule: Text?
  public var evidence: [Evidence]
  /// The amount involved, if any.
  public var amount: Money?
  public var recommendation: Text?
  public var status: FindingStatus
  /// ISO time it was recorded.
  public var recorded: String?
  /// The dataset it is about (its name).
  public var dataset: String?
  /// Every status change with its note, oldest first (nil in files written
  /// before notes were kept).
  public var notes: [FindingNote]?

  public init(
    check: String, severity: Severity, title: Text, rule: Text? = nil, evidence: [Evidence] = [],
    amount: Money? = nil, recommendation: Text? = nil, status: FindingStatus = .open
  ) {
    self.check = check
    self.severity = severity
    self.title = title
    self.rule = rule
    self.evidence = evidence
    self.amount = amount
    self.recommendation = recommendation
    self.status = status
  }
}

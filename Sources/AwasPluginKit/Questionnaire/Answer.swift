/// An answer to one checklist question.
public struct Answer: Sendable, Codable, Hashable {
  /// What was answered.
  public enum Value: String, Sendable, Codable, CaseIterable {
    case yes = "ya"
    case no = "tidak"
    /// Looked at and left open; counts as unanswered.
    case skipped = "lewati"

    public var label: Text {
      switch self {
      case .yes: return Text("ya", en: "yes")
      case .no: return Text("tidak", en: "no")
      case .skipped: return Text("dilewati", en: "skipped")
      }
    }
  }

  /// Who gave the answer.
  public enum Source: String, Sendable, Codable {
    /// Typed by a person at the prompt.
    case user = "pengguna"
    /// Read from an answers file (`answer --from`).
    case file = "berkas"
    /// A proposal from data that was accepted.
    case data
  }

  public var value: Value
  /// Evidence the person gave (a document number, who said so).
  public var note: String?
  public var source: Source
  /// ISO 8601 time of the answer.
  public var answeredAt: String?

  public init(_ value: Value, note: String? = nil, source: Source = .user, answeredAt: String? = nil) {
    self.value = value
    self.note = note
    self.source = source
    self.answeredAt = answeredAt
  }

  /// Whether this is a real answer (yes or no).
  public var isDecided: Bool { value != .skipped }
}

/// The answers to one checklist, as kept in the workspace.
public struct AnswerSheet: Sendable, Codable, Hashable {
  public var checklist: String
  public var version: Int
  public var answers: [String: Answer]

  public init(checklist: String, answers: [String: Answer] = [:]) {
    self.checklist = checklist
    self.version = 1
    self.answers = answers
  }

  public subscript(id: String) -> Answer? {
    get { answers[id] }
    set { answers[id] = newValue }
  }

  /// Yes or no for `id`, nil when unanswered or skipped.
  public func decided(_ id: String) -> Bool? {
    guard let a = answers[id], a.isDecided else { return nil }
    return a.value == .yes
  }

  /// Questions of `checklist` without a yes/no answer, in checklist order.
  public func open(in checklist: Checklist) -> [Checklist.Item] {
    checklist.items.filter { decided($0.id) == nil }
  }

  /// How many of `items` are answered yes, no, or not at all.
  public func tally(_ items: [Checklist.Item]) -> (yes: Int, no: Int, open: Int) {
    var t = (yes: 0, no: 0, open: 0)
    for i in items {
      switch decided(i.id) {
      case true?: t.yes += 1
      case false?: t.no += 1
      case nil: t.open += 1
      }
    }
    return t
  }
}

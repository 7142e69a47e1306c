/// What a person typed at a checklist question.
public enum Reply: Sendable, Equatable {
  /// Yes or no, with an optional note (evidence) typed after the word.
  case answer(Answer.Value, note: String?)
  /// An empty line: accept the proposal from data, if there is one.
  case accept
  /// `?`: show the explanation.
  case help
  /// `berhenti`/`stop`/`q`: stop asking, keep what was answered.
  case stop
  /// Anything else.
  case invalid(String)
}

/// Reads a reply: `ya`, `tidak`, `yes`, `no`, `y`, `t`, `n`, `lewati`, `skip`,
/// `?`, `berhenti`/`stop`; a note follows the word after a space, `:` or `,`
/// (`ya SK pengurus 12/2024`, `tidak: belum ada SOP`).
public enum ReplyParser {
  public static func parse(_ line: String) -> Reply {
    let t = line.trimmingSpaces()
    if t.isEmpty { return .accept }
    if t == "?" || t.lowercased() == "bantuan" || t.lowercased() == "help" { return .help }
    let lower = t.lowercased()
    var end = lower.startIndex
    while end < lower.endIndex, lower[end].isLetter { end = lower.index(after: end) }
    let head = String(lower[..<end])
    var rest = String(t[t.index(t.startIndex, offsetBy: head.count)...]).trimmingSpaces()
    while let f = rest.first, f == ":" || f == "," || f == "-" || f == ";" { rest = String(rest.dropFirst()).trimmingSpaces() }
    if ["berhenti", "stop", "q", "quit", "keluar", "selesai"].contains(head) && rest.isEmpty { return .stop }
    guard let v = word(head) else { return .invalid(t) }
    return .answer(v, note: rest.isEmpty ? nil : rest)
  }

  /// `ya`/`yes`/`y`/`true` → yes; `tidak`/`no`/`t`/`n`/`false` → no; `lewati`/`skip`/`s` → skipped.
  public static func word(_ s: String) -> Answer.Value? {
    switch s.trimmingSpaces().lowercased() {
    case "ya", "yes", "y", "true", "iya", "benar": return .yes
    case "tidak", "no", "t", "n", "false", "tdk", "bukan": return .no
    case "lewati", "skip", "s", "lewat", "-": return .skipped
    default: return nil
    }
  }
}

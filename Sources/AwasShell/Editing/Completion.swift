import AwasPluginKit

/// One completion candidate with the one-line description shown in lists.
struct CompletionCandidate: Equatable {
  var text: String
  var description: String
  /// Whether to add a space after inserting (not for folders or `table.`).
  var appendSpace: Bool = true
}

/// The candidates for the word ending at the cursor.
struct Completion: Equatable {
  /// The partial word being completed (what the candidates replace).
  var partial: String
  var candidates: [CompletionCandidate]

  static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first else { return "" }
    for w in words.dropFirst() {
      while !w.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
  }

  /// The candidates as lines `name  description`, aligned, for the terminal.
  static func list(_ cs: [CompletionCandidate], width: Int) -> String {
    let w = min(32, cs.map(\.text.displayWidth).max() ?? 0)
    return cs.map { c in
      let name = c.text.padding(toWidth: w)
      return c.description.isEmpty ? name : (name + "  " + c.description).truncated(toWidth: width - 1)
    }.joined(separator: "\n")
  }
}

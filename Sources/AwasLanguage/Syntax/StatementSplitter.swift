import AwasPluginKit

/// Cuts a token stream into statements: at `;` and newlines outside
/// brackets and braces. A newline does not end a statement after a trailing
/// `|`, before a line that starts with `|`, or between `}` and `else`.
enum StatementSplitter {
  static func split(_ all: [Token]) -> [[Token]] {
    let tokens = all.filter { $0.kind != .comment }
    var out: [[Token]] = []
    var current: [Token] = []
    var depth = 0
    var k = 0
    func flush() {
      if !current.isEmpty { out.append(current) }
      current = []
    }
    while k < tokens.count {
      let t = tokens[k]
      switch t.kind {
      case .punct(.lparen), .punct(.lbracket), .punct(.lbrace):
        depth += 1
      case .punct(.rparen), .punct(.rbracket), .punct(.rbrace):
        depth = max(0, depth - 1)
      default: break
      }
      if t.kind == .newline {
        if depth > 0 || continues(tokens, at: k, current: current) {
          k += 1
          continue
        }
        flush()
      } else if t.is(.semicolon) && depth == 0 {
        flush()
      } else {
        current.append(t)
      }
      k += 1
    }
    flush()
    return out
  }

  /// Whether the newline at `k` continues the statement in `current`.
  private static func continues(_ tokens: [Token], at k: Int, current: [Token]) -> Bool {
    guard let last = current.last else { return false }
    if last.is(.pipe) { return true }
    var j = k
    while j < tokens.count, tokens[j].kind == .newline { j += 1 }
    guard j < tokens.count else { return false }
    if tokens[j].is(.pipe) { return true }
    return last.is(.rbrace) && tokens[j].is(Keyword.else)
  }

  /// The tokens of `tokens` cut at top-level `separator` (outside brackets).
  static func cut(_ tokens: ArraySlice<Token>, at separator: Punct) -> [ArraySlice<Token>] {
    var parts: [ArraySlice<Token>] = []
    var depth = 0
    var start = tokens.startIndex
    for k in tokens.indices {
      switch tokens[k].kind {
      case .punct(.lparen), .punct(.lbracket), .punct(.lbrace): depth += 1
      case .punct(.rparen), .punct(.rbracket), .punct(.rbrace): depth = max(0, depth - 1)
      case .punct(let p) where p == separator && depth == 0:
        parts.append(tokens[start..<k])
        start = k + 1
      default: break
      }
    }
    parts.append(tokens[start..<tokens.endIndex])
    return parts
  }
}

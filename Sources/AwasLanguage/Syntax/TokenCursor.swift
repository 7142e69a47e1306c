import AwasPluginKit

/// A read position in the tokens of one statement (or part of one).
struct TokenCursor {
  let tokens: ArraySlice<Token>
  var pos: Int
  /// Where "unexpected end" errors point: just after the last token.
  let endSpan: Span

  init(_ tokens: ArraySlice<Token>, after fallback: Span) {
    self.tokens = tokens
    pos = tokens.startIndex
    let end = tokens.last?.span.end ?? fallback.end
    endSpan = Span(end, end + 1)
  }

  var atEnd: Bool { pos >= tokens.endIndex }
  var peek: Token? { atEnd ? nil : tokens[pos] }
  func peek(_ ahead: Int) -> Token? {
    let p = pos + ahead
    return p < tokens.endIndex ? tokens[p] : nil
  }

  @discardableResult
  mutating func advance() -> Token {
    let t = tokens[pos]
    pos += 1
    return t
  }

  /// Consumes punctuation `p` if it is next.
  mutating func accept(_ p: Punct) -> Bool {
    if peek?.is(p) == true {
      pos += 1
      return true
    }
    return false
  }

  /// Consumes keyword `k` if it is next.
  mutating func accept(_ k: Keyword) -> Bool {
    if peek?.is(k) == true {
      pos += 1
      return true
    }
    return false
  }

  /// The span of the next token, or the end.
  var here: Span { peek?.span ?? endSpan }

  /// The remaining tokens.
  var rest: ArraySlice<Token> { tokens[pos..<tokens.endIndex] }

  /// The index of the bracket closing the one at `open`, or nil.
  func matching(_ open: Int) -> Int? {
    var depth = 0
    for k in open..<tokens.endIndex {
      switch tokens[k].kind {
      case .punct(.lparen), .punct(.lbracket), .punct(.lbrace): depth += 1
      case .punct(.rparen), .punct(.rbracket), .punct(.rbrace):
        depth -= 1
        if depth == 0 { return k }
      default: break
      }
    }
    return nil
  }
}

extension ArraySlice where Element == Token {
  /// The span from the first to the last token.
  var span: Span? {
    guard let f = first, let l = last else { return nil }
    return f.span.union(l.span)
  }

  /// Whether a `|` stands outside brackets.
  var hasTopLevelPipe: Bool { StatementSplitter.cut(self, at: .pipe).count > 1 }
}

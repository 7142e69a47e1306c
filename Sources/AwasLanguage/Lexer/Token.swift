import AwasPluginKit

/// One token of awas source, with its span (UTF-8 offsets) and raw text.
///
/// Keywords are not a separate kind: `where`, `saring`, `and`… are
/// identifiers that the parser recognises by position (see ``Keyword``), so a
/// column may share a name with a keyword that is not valid where it stands.
public struct Token: Sendable, Equatable {
  /// What the token is.
  public var kind: TokenKind
  /// Where it stands (UTF-8 offsets).
  public var span: Span
  /// The text exactly as written (quotes and `$` included).
  public var text: String
  /// Whether whitespace, a line start or a comment comes right before the token.
  /// Command arguments are words: tokens glued together without space.
  public var spaceBefore: Bool

  /// A token; the lexer makes them.
  public init(kind: TokenKind, span: Span, text: String, spaceBefore: Bool) {
    self.kind = kind
    self.span = span
    self.text = text
    self.spaceBefore = spaceBefore
  }

  /// Whether this is the punctuation `p`.
  public func `is`(_ p: Punct) -> Bool { kind == .punct(p) }

  /// Whether this is an identifier spelling keyword `k` (in either language).
  public func `is`(_ k: Keyword) -> Bool { kind == .identifier && k.matches(text) }

  /// The identifier's text, or nil for other kinds.
  public var identifier: String? { kind == .identifier ? text : nil }
}

/// What a token is.
public enum TokenKind: Sendable, Equatable {
  /// A name: letters, digits, `_`, and inner `-` before a letter (`periksa-data`).
  case identifier
  case integer(Int64)
  case decimal(Double)
  /// `10jt`, `2,5M`, `Rp 1.250.000`.
  case money(Money)
  /// `5%`, as a ratio (0.05).
  case percent(Double)
  /// `2025-12-31`.
  case date(Day)
  /// `"…"` or `'…'`, escapes decoded.
  case string(String)
  /// `$name`, `$3`, `$arg1` (the name without `$`).
  case variable(String)
  case punct(Punct)
  case newline
  /// `# …` to the end of the line.
  case comment
  /// Text that is not a token (an unterminated string, `10xy`, a stray `@`).
  case error(Text)

  /// Whether the token is a literal value.
  public var isLiteral: Bool {
    switch self {
    case .integer, .decimal, .money, .percent, .date, .string: return true
    default: return false
    }
  }
}

/// Punctuation and operators.
public enum Punct: String, Sendable, CaseIterable {
  case pipe = "|", semicolon = ";", comma = ",", dot = "."
  case lparen = "(", rparen = ")", lbracket = "[", rbracket = "]", lbrace = "{", rbrace = "}"
  case assign = "=", eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
  case plus = "+", minus = "-", star = "*", slash = "/"
}

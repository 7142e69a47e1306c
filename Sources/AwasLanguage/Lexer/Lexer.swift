import AwasPluginKit

/// Turns awas source into tokens. Never fails: text that is not a token
/// becomes an `.error` token, so the shell's completer can lex half-typed
/// lines and the parser can point at the bad part.
public struct Lexer {
  private let s: [Unicode.Scalar]
  /// UTF-8 offset of each scalar, plus the total length at the end.
  private let offsets: [Int]
  private var i = 0
  private var spaceBefore = true

  /// A lexer at the start of `text`; call ``next()`` for each token.
  public init(_ text: String) {
    s = Array(text.unicodeScalars)
    var o: [Int] = []
    o.reserveCapacity(s.count + 1)
    var at = 0
    for c in s {
      o.append(at)
      at += UTF8.width(c)
    }
    o.append(at)
    offsets = o
  }

  /// Every token of `text`, comments and newlines included.
  public static func tokenize(_ text: String) -> [Token] {
    var lexer = Lexer(text)
    var out: [Token] = []
    while let t = lexer.next() { out.append(t) }
    return out
  }

  /// The next token, or nil at the end.
  public mutating func next() -> Token? {
    while i < s.count, s[i] == " " || s[i] == "\t" || s[i] == "\r" {
      i += 1
      spaceBefore = true
    }
    guard i < s.count else { return nil }
    let start = i
    let c = s[i]
    let kind: TokenKind
    if c == "\n" {
      i += 1
      kind = .newline
    } else if c == "#" {
      while i < s.count, s[i] != "\n" { i += 1 }
      kind = .comment
    } else if isDigit(c) || NumberScanner.startsRupiah(s, i) {
      let (k, end) = NumberScanner.scan(s, at: i)
      kind = k
      i = end
    } else if isLetter(c) || c == "_" {
      i = identifierEnd(from: i)
      kind = .identifier
    } else if c == "\"" || c == "'" {
      kind = lexString(quote: c)
    } else if c == "$" {
      i += 1
      let nameStart = i
      while i < s.count, isIdentChar(s[i]) { i += 1 }
      kind = i == nameStart ? .error(Messages.dollarWithoutName) : .variable(text(nameStart, i))
    } else {
      kind = lexPunct()
    }
    let token = Token(
      kind: kind, span: Span(offsets[start], offsets[i]), text: text(start, i),
      spaceBefore: spaceBefore)
    spaceBefore = kind == .newline || kind == .comment
    return token
  }

  private func text(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(s[a..<b])) }

  /// Letters, digits, `_`, and `-` when a letter follows (`periksa-data`).
  private func identifierEnd(from start: Int) -> Int {
    var j = start + 1
    while j < s.count {
      if isIdentChar(s[j]) {
        j += 1
      } else if s[j] == "-", j + 1 < s.count, isLetter(s[j + 1]) {
        j += 2
      } else {
        break
      }
    }
    return j
  }

  private mutating func lexString(quote: Unicode.Scalar) -> TokenKind {
    i += 1
    var out = String.UnicodeScalarView()
    while i < s.count {
      let c = s[i]
      if c == quote {
        i += 1
        return .string(String(out))
      }
      if c == "\\", i + 1 < s.count {
        let e = s[i + 1]
        i += 2
        switch e {
        case "n": out.append("\n")
        case "t": out.append("\t")
        case "r": out.append("\r")
        case "0": out.append("\0")
        case "\\", "\"", "'": out.append(e)
        case "u" where i < s.count && s[i] == "{":
          var j = i + 1
          var hex = ""
          while j < s.count, s[j] != "}", hex.count < 8 {
            hex.unicodeScalars.append(s[j])
            j += 1
          }
          if j < s.count, s[j] == "}", let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) {
            out.append(u)
            i = j + 1
          } else {
            out.append("\\")
            out.append("u")
          }
        default:
          // Unknown escapes stay as written, so `"C:\data"` means what it says.
          out.append("\\")
          out.append(e)
        }
        continue
      }
      out.append(c)
      i += 1
    }
    return .error(Messages.unterminatedString)
  }

  private mutating func lexPunct() -> TokenKind {
    let c = s[i]
    let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
    let two: Punct?
    switch (c, next) {
    case ("=", "="): two = .eq
    case ("!", "="): two = .ne
    case ("<", "="): two = .le
    case (">", "="): two = .ge
    case ("<", ">"): two = .ne
    default: two = nil
    }
    if let two {
      i += 2
      return .punct(two)
    }
    i += 1
    if let p = Punct(rawValue: String(c)) { return .punct(p) }
    if c == "!" { return .error(Messages.bangNotOperator) }
    return .error(Messages.unexpectedCharacter(String(c)))
  }
}

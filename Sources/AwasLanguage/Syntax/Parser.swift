import AwasPluginKit

/// What the parser may ask about names: which words are commands, and which
/// are tables or variables (for a better message when a `|` is missing).
struct ParseContext {
  var command: (String) -> CommandSpec?
  var isKnownName: (String) -> Bool
  /// Every name that could start a statement, for "did you mean".
  var candidates: () -> [String]
}

/// Parses one statement's tokens (as cut by ``StatementSplitter``).
struct Parser {
  let context: ParseContext
  /// How many brackets, blocks and operators the tokens being parsed sit
  /// inside. Bounded by ``maxDepth`` so that a generated or mistyped line
  /// nested thousands deep gets an error instead of exhausting the stack.
  var depth = 0
  static let maxDepth = 100

  /// This parser `levels` further in, or an error at `span` past ``maxDepth``.
  func nested(_ levels: Int = 1, at span: Span) throws -> Parser {
    var p = self
    p.depth += levels
    guard p.depth <= Parser.maxDepth else {
      throw Diagnostic(Messages.nestedTooDeep(Parser.maxDepth), span: span, hint: Messages.nestedTooDeepHint)
    }
    return p
  }

  func statement(_ tokens: [Token]) throws -> Statement {
    let all = tokens[...]
    guard let first = tokens.first, let span = all.span else {
      throw Diagnostic(Messages.emptyStatement)
    }
    if first.is(Keyword.let) { return try bind(all, span: span) }
    if first.is(Keyword.set) {
      let words = Parser.words(all.dropFirst())
      return Statement(kind: .set(name: words.first, value: Array(words.dropFirst())), span: span)
    }
    if first.is(Keyword.source) {
      let words = Parser.words(all.dropFirst())
      guard let path = words.first else {
        throw Diagnostic(Messages.sourceNeedsPath, span: first.span, hint: Messages.sourceHint)
      }
      return Statement(kind: .source(path: path, arguments: Array(words.dropFirst())), span: span)
    }
    if first.is(Keyword.if) { return try ifElse(all, span: span) }
    if first.is(Keyword.assert) { return try assertion(all, span: span) }
    if first.is(Keyword.else) {
      throw Diagnostic(Messages.elseWithoutIf, span: first.span, hint: Messages.ifHint)
    }
    return Statement(kind: .pipeline(try pipeline(all)), span: span)
  }

  // MARK: let, if, assert

  private func bind(_ tokens: ArraySlice<Token>, span: Span) throws -> Statement {
    var c = TokenCursor(tokens, after: span)
    let letToken = c.advance()
    guard let name = c.peek, name.kind == .identifier else {
      throw Diagnostic(Messages.letNeedsName, span: c.here, hint: Messages.letHint)
    }
    c.advance()
    if let k = Keyword.lookup(name.text), Keyword.statements.contains(k) || Keyword.stages.contains(k) {
      throw Diagnostic(Messages.nameIsKeyword(name.text), span: name.span, hint: Messages.letHint)
    }
    if context.command(name.text) != nil || name.text == "_" {
      throw Diagnostic(Messages.nameIsCommand(name.text), span: name.span, hint: Messages.letHint)
    }
    guard c.accept(.assign) || c.accept(.eq) else {
      throw Diagnostic(Messages.expected("=", found: c.peek), span: c.here, hint: Messages.letHint)
    }
    guard !c.atEnd else {
      throw Diagnostic(Messages.letNeedsValue, span: c.here, hint: Messages.letHint)
    }
    _ = letToken
    let value = try pipeline(c.rest)
    return Statement(kind: .bind(name: name.text, nameSpan: name.span, value: value), span: span)
  }

  private func ifElse(_ tokens: ArraySlice<Token>, span: Span) throws -> Statement {
    var c = TokenCursor(tokens, after: span)
    let ifToken = c.advance()
    guard let open = c.rest.firstIndex(where: { $0.is(.lbrace) }) else {
      throw Diagnostic(Messages.ifNeedsBlock, span: c.endSpan, hint: Messages.ifHint)
    }
    let condTokens = tokens[c.pos..<open]
    guard !condTokens.isEmpty else {
      throw Diagnostic(Messages.ifNeedsCondition, span: ifToken.span, hint: Messages.ifHint)
    }
    let condition = try expression(condTokens, after: ifToken.span)
    c.pos = open
    let thenBlock = try block(&c)
    var otherwise: Block?
    if let e = c.peek, e.is(Keyword.else) {
      c.advance()
      if c.peek?.is(Keyword.if) == true {
        let rest = c.rest
        otherwise = Block(tokens: Array(rest), span: rest.span ?? e.span, depth: depth, elseIf: true)
        c.pos = tokens.endIndex
      } else {
        otherwise = try block(&c)
      }
    }
    if let extra = c.peek {
      throw Diagnostic(Messages.unexpected(extra), span: extra.span, hint: Messages.ifHint)
    }
    return Statement(kind: .ifElse(condition: condition, then: thenBlock, otherwise: otherwise), span: span)
  }

  private func block(_ c: inout TokenCursor) throws -> Block {
    guard let open = c.peek, open.is(.lbrace) else {
      throw Diagnostic(Messages.expected("{", found: c.peek), span: c.here, hint: Messages.ifHint)
    }
    guard let close = c.matching(c.pos) else {
      throw Diagnostic(Messages.unclosed("{"), span: open.span)
    }
    let inner = c.tokens[(c.pos + 1)..<close]
    let span = open.span.union(c.tokens[close].span)
    c.pos = close + 1
    return Block(tokens: Array(inner), span: span, depth: try nested(at: open.span).depth)
  }

  private func assertion(_ tokens: ArraySlice<Token>, span: Span) throws -> Statement {
    let head = tokens.first!.span
    let parts = StatementSplitter.cut(tokens.dropFirst(), at: .comma)
    guard let condTokens = parts.first, !condTokens.isEmpty else {
      throw Diagnostic(Messages.assertNeedsCondition, span: head, hint: Messages.assertHint)
    }
    if parts.count > 2, let extra = parts[2].first {
      throw Diagnostic(Messages.unexpected(extra), span: extra.span, hint: Messages.assertHint)
    }
    let condition = try expression(condTokens, after: head)
    var message: Expr?
    if parts.count == 2 {
      guard !parts[1].isEmpty else {
        throw Diagnostic(Messages.assertNeedsMessage, span: Span(span.end, span.end + 1), hint: Messages.assertHint)
      }
      message = try expression(parts[1], after: head)
    }
    return Statement(kind: .assert(condition: condition, message: message), span: span)
  }

  // MARK: expressions

  /// Parses all of `tokens` as one expression.
  func expression(_ tokens: ArraySlice<Token>, after: Span) throws -> Expr {
    var p = ExpressionParser(cursor: TokenCursor(tokens, after: after), parser: self)
    let e = try p.expression()
    if let extra = p.cursor.peek {
      throw Diagnostic(Messages.unexpected(extra), span: extra.span, hint: Messages.operatorHint)
    }
    return e
  }
}

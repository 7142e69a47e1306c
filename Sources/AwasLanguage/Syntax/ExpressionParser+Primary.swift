import AwasPluginKit

extension ExpressionParser {
  /// A literal, a name, `table.column`, `$var`, `_`, a call, or `( … )`.
  mutating func primary() throws -> Expr {
    guard let t = cursor.peek else {
      throw Diagnostic(Messages.expectedValue(nil), span: cursor.endSpan, hint: Messages.valueHint)
    }
    switch t.kind {
    case .integer(let v):
      cursor.advance()
      return Expr(.literal(.int(v)), t.span)
    case .decimal(let v):
      cursor.advance()
      return Expr(.literal(.double(v)), t.span)
    case .money(let m):
      cursor.advance()
      return Expr(.literal(.money(m)), t.span)
    case .percent(let p):
      cursor.advance()
      return Expr(.literal(.percent(p)), t.span)
    case .date(let d):
      cursor.advance()
      return Expr(.literal(.date(d)), t.span)
    case .string(let s):
      cursor.advance()
      return Expr(.literal(.string(s)), t.span)
    case .error(let message):
      throw Diagnostic(message, span: t.span, hint: Messages.hint(forLexError: t))
    case .variable(let name):
      cursor.advance()
      if let col = qualifiedColumn() {
        return Expr(.qualified(.variable(name), column: col.text), t.span.union(col.span))
      }
      return Expr(.variable(name), t.span)
    case .punct(.lparen):
      return try parenthesised()
    case .identifier:
      return try identifier(t)
    default:
      throw Diagnostic(Messages.expectedValue(t), span: t.span, hint: Messages.valueHint)
    }
  }

  /// `.column` right after a table part (no space), consumed when present.
  private mutating func qualifiedColumn() -> Token? {
    guard let dot = cursor.peek, dot.is(.dot), !dot.spaceBefore, let col = cursor.peek(1),
      col.kind == .identifier || col.kind.isLiteral, !col.spaceBefore
    else { return nil }
    cursor.advance()
    cursor.advance()
    if case .string(let s) = col.kind { return Token(kind: .identifier, span: col.span, text: s, spaceBefore: false) }
    return col
  }

  private mutating func identifier(_ t: Token) throws -> Expr {
    cursor.advance()
    if let open = cursor.peek, open.is(.lparen), Functions.lookup(t.text) != nil || !open.spaceBefore {
      return try call(t)
    }
    if t.text == "_" {
      if let col = qualifiedColumn() {
        return Expr(.qualified(.last, column: col.text), t.span.union(col.span))
      }
      return Expr(.last, t.span)
    }
    if let col = qualifiedColumn() {
      return Expr(.qualified(.name(t.text), column: col.text), t.span.union(col.span))
    }
    if t.is(Keyword.true) { return Expr(.literal(.bool(true)), t.span) }
    if t.is(Keyword.false) { return Expr(.literal(.bool(false)), t.span) }
    if t.is(Keyword.null) { return Expr(.literal(.null), t.span) }
    return Expr(.name(t.text), t.span)
  }

  private mutating func call(_ name: Token) throws -> Expr {
    guard Functions.lookup(name.text) != nil else {
      throw Diagnostic(
        Messages.unknownFunction(name.text), span: name.span,
        hint: Messages.didYouMean(Suggest.closest(name.text, among: Functions.allNames))
          ?? Messages.functionsList)
    }
    let open = cursor.pos
    guard let close = cursor.matching(open) else {
      throw Diagnostic(Messages.unclosed("("), span: cursor.tokens[open].span)
    }
    let inner = cursor.tokens[(open + 1)..<close]
    let parser = try self.parser.nested(at: cursor.tokens[open].span)
    var args: [Expr] = []
    if !inner.isEmpty {
      for part in StatementSplitter.cut(inner, at: .comma) {
        guard let span = part.span else {
          throw Diagnostic(Messages.emptyArgument, span: cursor.tokens[open].span)
        }
        if part.hasTopLevelPipe {
          args.append(Expr(.pipeline(try parser.pipeline(part)), span))
        } else {
          args.append(try parser.expression(part, after: name.span))
        }
      }
    }
    let span = name.span.union(cursor.tokens[close].span)
    cursor.pos = close + 1
    return try bounded(Expr(.call(name.text, args, nameSpan: name.span), span))
  }

  private mutating func parenthesised() throws -> Expr {
    let open = cursor.pos
    guard let close = cursor.matching(open) else {
      throw Diagnostic(Messages.unclosed("("), span: cursor.tokens[open].span)
    }
    let inner = cursor.tokens[(open + 1)..<close]
    let span = cursor.tokens[open].span.union(cursor.tokens[close].span)
    cursor.pos = close + 1
    guard !inner.isEmpty else {
      throw Diagnostic(Messages.expectedValue(cursor.tokens[close]), span: span, hint: Messages.valueHint)
    }
    let parser = try self.parser.nested(at: cursor.tokens[open].span)
    if inner.hasTopLevelPipe {
      return try bounded(Expr(.pipeline(try parser.pipeline(inner)), span))
    }
    return try parser.expression(inner, after: span)
  }
}

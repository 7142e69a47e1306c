import AwasPluginKit

/// Recursive descent over expression tokens. Precedence, loosest first:
/// `or`, `and`, `not`, comparisons and tests (`in`, `between`, `contains`,
/// `is null`), `+ -`, `* /`, unary `-`, primaries.
struct ExpressionParser {
  var cursor: TokenCursor
  let parser: Parser
  /// Prefix operators (`not`, `-`) being parsed, one inside the other.
  private var prefixes = 0

  init(cursor: TokenCursor, parser: Parser) {
    self.cursor = cursor
    self.parser = parser
  }

  mutating func expression() throws -> Expr { try or() }

  /// `e`, or an error when its operators sit deeper than ``Parser/maxDepth``.
  func bounded(_ e: Expr) throws -> Expr {
    _ = try parser.nested(e.depth - 1, at: e.opSpan ?? e.span)
    return e
  }

  /// Parses the operand of a prefix operator at `op`, counting it against the depth limit.
  private mutating func prefixed(_ op: Token, _ operand: (inout ExpressionParser) throws -> Expr) throws -> Expr {
    prefixes += 1
    defer { prefixes -= 1 }
    _ = try parser.nested(prefixes, at: op.span)
    return try operand(&self)
  }

  private mutating func or() throws -> Expr {
    var l = try and()
    while let t = cursor.peek, t.is(Keyword.or) {
      cursor.advance()
      let r = try and()
      l = try bounded(Expr(.or(l, r), l.span.union(r.span), op: t.span))
    }
    return l
  }

  private mutating func and() throws -> Expr {
    var l = try not()
    while let t = cursor.peek, t.is(Keyword.and) {
      cursor.advance()
      let r = try not()
      l = try bounded(Expr(.and(l, r), l.span.union(r.span), op: t.span))
    }
    return l
  }

  private mutating func not() throws -> Expr {
    if let t = cursor.peek, t.is(Keyword.not) {
      cursor.advance()
      let e = try prefixed(t) { try $0.not() }
      return try bounded(Expr(.not(e), t.span.union(e.span), op: t.span))
    }
    return try comparison()
  }

  private static let compareOps: [Punct: CompareOp] = [
    .eq: .eq, .assign: .eq, .ne: .ne, .lt: .lt, .le: .le, .gt: .gt, .ge: .ge,
  ]

  private mutating func comparison() throws -> Expr {
    let l = try additive()
    guard let t = cursor.peek else { return l }
    if case .punct(let p) = t.kind, let op = Self.compareOps[p] {
      cursor.advance()
      let r = try additive()
      if let again = cursor.peek, case .punct(let p2) = again.kind, Self.compareOps[p2] != nil {
        throw Diagnostic(Messages.chainedComparison, span: again.span, hint: Messages.chainedComparisonHint)
      }
      return try bounded(Expr(.compare(op, l, r), l.span.union(r.span), op: t.span))
    }
    return try predicate(l).map(bounded) ?? l
  }

  /// `[not] in (…)`, `[not] between a and b`, `[not] contains x`,
  /// `is [not] null`, `kosong`, `tidak kosong`.
  private mutating func predicate(_ l: Expr) throws -> Expr? {
    guard let t = cursor.peek, t.kind == .identifier else { return nil }
    let negator = t.is(Keyword.not) || t.text.lowercased() == "tidak"
    var negated = false
    let start = cursor.pos
    if negator {
      guard let n = cursor.peek(1),
        n.is(Keyword.in) || n.is(Keyword.between) || n.is(Keyword.contains) || n.is(Keyword.null)
      else { return nil }
      cursor.advance()
      negated = true
    }
    guard let k = cursor.peek else { return nil }
    if k.is(Keyword.is) {
      cursor.advance()
      if let n = cursor.peek, n.is(Keyword.not) || n.text.lowercased() == "tidak" {
        cursor.advance()
        negated = true
      }
      guard let nul = cursor.peek, nul.is(Keyword.null) else {
        throw Diagnostic(Messages.expected("null", found: cursor.peek), span: cursor.here, hint: Messages.isNullHint)
      }
      cursor.advance()
      return Expr(.isNull(l, negated: negated), l.span.union(nul.span), op: k.span)
    }
    if k.is(Keyword.null) {
      cursor.advance()
      return Expr(.isNull(l, negated: negated), l.span.union(k.span), op: k.span)
    }
    if k.is(Keyword.in) {
      cursor.advance()
      guard let open = cursor.peek, open.is(.lparen) || open.is(.lbracket),
        let close = cursor.matching(cursor.pos)
      else {
        throw Diagnostic(Messages.inNeedsList, span: cursor.here, hint: Messages.inHint)
      }
      let inner = cursor.tokens[(cursor.pos + 1)..<close]
      var items: [Expr] = []
      for part in StatementSplitter.cut(inner, at: .comma) {
        guard !part.isEmpty else {
          throw Diagnostic(Messages.inNeedsList, span: open.span, hint: Messages.inHint)
        }
        items.append(try parser.nested(at: open.span).expression(part, after: open.span))
      }
      let closeSpan = cursor.tokens[close].span
      cursor.pos = close + 1
      return Expr(.inList(l, items, negated: negated), l.span.union(closeSpan), op: k.span)
    }
    if k.is(Keyword.between) {
      cursor.advance()
      let lo = try additive()
      guard cursor.accept(Keyword.and) else {
        throw Diagnostic(Messages.expected("and", found: cursor.peek), span: cursor.here, hint: Messages.betweenHint)
      }
      let hi = try additive()
      return Expr(.between(l, lo, hi, negated: negated), l.span.union(hi.span), op: k.span)
    }
    if k.is(Keyword.contains) {
      cursor.advance()
      let r = try additive()
      return Expr(.contains(l, r, negated: negated), l.span.union(r.span), op: k.span)
    }
    cursor.pos = start
    return nil
  }

  private mutating func additive() throws -> Expr {
    var l = try multiplicative()
    while let t = cursor.peek, t.is(.plus) || t.is(.minus) {
      cursor.advance()
      let r = try multiplicative()
      l = try bounded(Expr(.arithmetic(t.is(.plus) ? .add : .subtract, l, r), l.span.union(r.span), op: t.span))
    }
    return l
  }

  private mutating func multiplicative() throws -> Expr {
    var l = try unary()
    while let t = cursor.peek, t.is(.star) || t.is(.slash) {
      cursor.advance()
      let r = try unary()
      l = try bounded(Expr(.arithmetic(t.is(.star) ? .multiply : .divide, l, r), l.span.union(r.span), op: t.span))
    }
    return l
  }

  private mutating func unary() throws -> Expr {
    if let t = cursor.peek, t.is(.minus) {
      cursor.advance()
      let e = try prefixed(t) { try $0.unary() }
      if case .literal(let v) = e.kind, let n = Evaluator.negate(v) {
        return Expr(.literal(n), t.span.union(e.span))
      }
      return try bounded(Expr(.negate(e), t.span.union(e.span), op: t.span))
    }
    if let t = cursor.peek, t.is(.plus) {
      cursor.advance()
      return try prefixed(t) { try $0.unary() }
    }
    return try primary()
  }
}

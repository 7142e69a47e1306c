import AwasPluginKit

extension Parser {
  /// One stage after `|`: a stage keyword, or a command that takes a table.
  func stage(_ seg: ArraySlice<Token>) throws -> Stage {
    let first = seg.first!
    let span = seg.span ?? first.span
    var c = TokenCursor(seg, after: first.span)
    c.advance()
    func make(_ kind: Stage.Kind) -> Stage { Stage(kind: kind, nameSpan: first.span, span: span) }

    if first.kind == .identifier, let k = Keyword.lookup(first.text), Keyword.stages.contains(k) {
      switch k {
      case .where:
        guard !c.atEnd else {
          throw Diagnostic(Messages.whereNeedsCondition, span: c.endSpan, hint: Messages.whereHint)
        }
        return make(.filter(try expression(c.rest, after: first.span)))
      case .sort:
        let items = try sortItems(&c)
        guard !items.isEmpty else {
          throw Diagnostic(Messages.sortNeedsColumn, span: c.endSpan, hint: Messages.sortHint)
        }
        return make(.sort(items))
      case .head, .tail:
        let n = c.atEnd ? nil : try expression(c.rest, after: first.span)
        return make(k == .head ? .head(n) : .tail(n))
      case .select:
        let items = try selectItems(&c)
        guard !items.isEmpty else {
          throw Diagnostic(Messages.selectNeedsColumn, span: c.endSpan, hint: Messages.selectHint)
        }
        return make(.select(items))
      case .count:
        if let extra = c.peek {
          throw Diagnostic(Messages.unexpected(extra), span: extra.span, hint: Messages.countHint)
        }
        return make(.count)
      case .distinct:
        var names: [NameRef] = []
        while !c.atEnd {
          names.append(try columnName(&c, hint: Messages.distinctHint))
          _ = c.accept(.comma)
        }
        return make(.distinct(names))
      default: break
      }
    }
    if first.kind == .identifier, let spec = context.command(first.text) {
      guard spec.acceptsInput else {
        throw Diagnostic(
          Messages.commandTakesNoInput(first.text), span: first.span,
          hint: Messages.commandTakesNoInputHint)
      }
      return make(.command(command(seg)))
    }
    let candidates = Keyword.stages.flatMap(\.names.all)
    throw Diagnostic(
      Messages.unknownStage(first.text), span: first.span,
      hint: Messages.didYouMean(Suggest.closest(first.text, among: candidates)) ?? Messages.stagesList)
  }

  private func sortItems(_ c: inout TokenCursor) throws -> [SortItem] {
    var items: [SortItem] = []
    while !c.atEnd {
      let name = try columnName(&c, hint: Messages.sortHint)
      var descending = false
      if c.accept(Keyword.desc) {
        descending = true
      } else {
        _ = c.accept(Keyword.asc)
      }
      items.append(SortItem(column: name, descending: descending))
      _ = c.accept(.comma)
    }
    return items
  }

  private func selectItems(_ c: inout TokenCursor) throws -> [SelectItem] {
    var items: [SelectItem] = []
    while !c.atEnd {
      var name: String?
      if let t = c.peek, t.kind == .identifier, c.peek(1)?.is(.assign) == true {
        c.advance()
        c.advance()
        name = t.text
      }
      let start = c.pos
      var p = ExpressionParser(cursor: c, parser: self)
      let e = try p.expression()
      c = p.cursor
      let label = c.tokens[start..<c.pos].enumerated().map { i, t in
        (i > 0 && t.spaceBefore ? " " : "") + t.text
      }.joined()
      items.append(SelectItem(name: name, expr: e, label: label))
      if !c.accept(.comma), let t = c.peek, t.kind != .identifier, !t.kind.isLiteral,
        !t.is(.lparen)
      {
        throw Diagnostic(Messages.unexpected(t), span: t.span, hint: Messages.selectHint)
      }
    }
    return items
  }

  /// A column name, `table.column` (the table part dropped) or a quoted name.
  private func columnName(_ c: inout TokenCursor, hint: Text) throws -> NameRef {
    guard let t = c.peek else { throw Diagnostic(Messages.expectedColumn(nil), span: c.endSpan, hint: hint) }
    switch t.kind {
    case .identifier:
      c.advance()
      if c.peek?.is(.dot) == true, let col = c.peek(1), col.kind == .identifier {
        c.advance()
        c.advance()
        return NameRef(name: col.text, span: col.span)
      }
      return NameRef(name: t.text, span: t.span)
    case .string(let s):
      c.advance()
      return NameRef(name: s, span: t.span)
    default:
      throw Diagnostic(Messages.expectedColumn(t), span: t.span, hint: hint)
    }
  }
}

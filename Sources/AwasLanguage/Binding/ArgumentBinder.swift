import AwasPluginKit

/// A command call bound to its declaration.
struct BoundCommand {
  /// The command and the subcommands chosen, outermost first.
  var chain: [CommandSpec]
  /// The command path as typed (`periksa benford`), for messages.
  var display: String
  var arguments: Arguments
  /// The words given for each parameter key (for pointing at them later).
  var spans: [String: Span]
  /// The piped table, or a variable's table a column argument named.
  var input: Table?

  var leaf: CommandSpec { chain[chain.count - 1] }
  var path: [String] { chain.map(\.names.en) }
}

/// Binds a command's words to its ``ParameterSpec``s shell-style:
/// subcommands, positional arguments, `--name value`, `--name=value`, `--flag`.
struct ArgumentBinder {
  let interpreter: Interpreter
  let call: CommandCall
  var input: Table?
  var language: Language { interpreter.state.language }

  /// A parameter's value as given: one word, or part of a comma list.
  struct Item {
    var text: String?
    var value: SessionValue?
    var span: Span
  }

  mutating func bind() throws -> BoundCommand {
    guard var spec = interpreter.registry.command(call.name) else {
      throw interpreter.unknownName(call.name, span: call.nameSpan)
    }
    var chain = [spec]
    var display = call.name
    let words = call.words
    var k = 0
    while k < words.count, !words[k].quoted, let lit = words[k].literal, !lit.hasPrefix("-"),
      let sub = spec.subcommand(lit)
    {
      spec = sub
      chain.append(sub)
      display += " " + lit
      k += 1
    }
    if spec.action == nil {
      let names = spec.subcommands.flatMap(\.names.all)
      if k < words.count, let lit = words[k].literal, !lit.hasPrefix("-") {
        throw Diagnostic(
          Messages.unknownSubcommand(display, lit), span: words[k].span,
          hint: Messages.didYouMean(Suggest.closest(lit, among: names)) ?? Messages.subcommandsList(spec, language))
      }
      throw Diagnostic(
        Messages.needsSubcommand(display), span: k > 0 ? words[k - 1].span : call.nameSpan,
        hint: Messages.subcommandsList(spec, language))
    }

    // Words → parameters.
    var given: [String: [Word]] = [:]
    var spans: [String: Span] = [:]
    var flags: [String: Bool] = [:]
    let positional = spec.parameters.filter(\.positional)
    var pi = 0
    while k < words.count {
      let w = words[k]
      if let (name, inline) = ArgumentBinder.option(w) {
        guard let p = spec.parameter(name) else {
          let all = spec.parameters.flatMap { $0.names.all.map { "--" + $0 } }
          throw Diagnostic(
            Messages.unknownParameter(display, "--" + name), span: w.span,
            hint: Messages.didYouMean(Suggest.closest("--" + name, among: all))
              ?? Messages.usage(Usage.line(display, spec, language)))
        }
        if case .flag = p.kind {
          var on = true
          if let inline {
            guard let b = ValueParser.bool(try interpreter.text(of: inline)) else {
              throw Diagnostic(Messages.badValue(p, inline.display, language), span: inline.span, hint: ParameterKind.bool.expectation)
            }
            on = b
          }
          flags[p.key] = on
          spans[p.key] = w.span
          k += 1
          continue
        }
        let value: Word
        if let inline {
          value = inline
        } else {
          guard k + 1 < words.count, ArgumentBinder.option(words[k + 1]) == nil else {
            throw Diagnostic(
              Messages.missingValue(p, language), span: w.span, hint: Messages.expectedKind(p.kind))
          }
          value = words[k + 1]
          k += 1
        }
        if given[p.key] != nil, !p.kind.isList {
          throw Diagnostic(Messages.givenTwice(p, language), span: value.span)
        }
        given[p.key, default: []].append(value)
        spans[p.key] = spans[p.key].map { $0.union(value.span) } ?? value.span
        k += 1
        continue
      }
      guard pi < positional.count else {
        let subs = spec.subcommands.flatMap(\.names.all)
        let near = w.literal.flatMap { Suggest.closest($0, among: subs) }
        throw Diagnostic(
          Messages.unexpectedArgument(w.display), span: w.span,
          hint: Messages.didYouMean(near) ?? Messages.usage(Usage.line(display, spec, language)))
      }
      let p = positional[pi]
      given[p.key, default: []].append(w)
      spans[p.key] = spans[p.key].map { $0.union(w.span) } ?? w.span
      if !(p.kind.isList && pi == positional.count - 1) { pi += 1 }
      k += 1
    }

    // Tables first: a column without a table part may be in one of them.
    var args: [String: Argument] = [:]
    for p in spec.parameters where p.kind.isTable {
      if let ws = given[p.key] {
        args[p.key] = try convert(items(ws, list: false)[0], p)
      }
    }
    for p in spec.parameters where args[p.key] == nil {
      if case .flag = p.kind {
        if let on = flags[p.key] {
          args[p.key] = .flag(on)
        } else if let d = p.defaultValue, let b = ValueParser.bool(d) {
          args[p.key] = .flag(b)
        }
        continue
      }
      if let ws = given[p.key] {
        if case .list(let inner) = p.kind {
          var element = p
          element.kind = inner
          args[p.key] = .list(try items(ws, list: true).map { try convert($0, element) })
        } else {
          args[p.key] = try convert(items(ws, list: false)[0], p)
        }
      } else if let d = p.defaultValue {
        args[p.key] = try defaultArgument(d, p, spec: spec, display: display)
      } else if p.required {
        throw Diagnostic(
          Messages.missingRequired(display, p, language), span: call.span,
          hint: Messages.usage(Usage.line(display, spec, language)))
      }
    }
    try checkRequirements(chain, display: display)
    return BoundCommand(chain: chain, display: display, arguments: Arguments(args), spans: spans, input: input)
  }

  /// `--name` or `--name=value` (value as a word), or nil for other words.
  static func option(_ w: Word) -> (String, Word?)? {
    guard !w.startsQuoted, case .text(let head)? = w.pieces.first, head.hasPrefix("--"), head.count > 2 else {
      return nil
    }
    let body = head.dropFirst(2)
    guard let eq = body.firstIndex(of: "=") else {
      return w.pieces.count == 1 ? (String(body), nil) : nil
    }
    let name = String(body[..<eq])
    let rest = String(body[body.index(after: eq)...])
    var pieces = Array(w.pieces.dropFirst())
    if !rest.isEmpty { pieces.insert(.text(rest), at: 0) }
    let valueStart = w.span.start + 2 + name.utf8.count + 1
    let value = Word(
      pieces: pieces.isEmpty ? [.text("")] : pieces, span: Span(min(valueStart, w.span.end), w.span.end),
      quoted: w.quoted, startsQuoted: false)
    return (name, value)
  }

  /// The items of the words: one per word, or (for lists) one per comma part.
  private func items(_ words: [Word], list: Bool) throws -> [Item] {
    var out: [Item] = []
    for w in words {
      if w.pieces.count == 1, case .variable(let n, _) = w.pieces[0] {
        if let v = interpreter.variable(n) {
          out.append(Item(text: interpreter.argumentTexts[n], value: v, span: w.span))
          continue
        }
        _ = try interpreter.table(.variable(n), span: w.span)  // throws the right error
      }
      let text = try interpreter.text(of: w)
      guard list, !w.quoted else {
        out.append(Item(text: text, value: nil, span: w.span))
        continue
      }
      var offset = w.span.start
      let exact = w.literal != nil && text.utf8.count == w.span.end - w.span.start
      for part in text.split(separator: ",", omittingEmptySubsequences: false) {
        let len = part.utf8.count
        let span = exact ? Span(offset, offset + len) : w.span
        offset += len + 1
        let trimmed = String(part).trimmingSpaces()
        if !trimmed.isEmpty { out.append(Item(text: trimmed, value: nil, span: span)) }
      }
    }
    return out
  }

  private mutating func defaultArgument(_ d: String, _ p: ParameterSpec, spec: CommandSpec, display: String) throws -> Argument {
    if case .list(let inner) = p.kind {
      var element = p
      element.kind = inner
      return .list(try d.split(separator: ",").map {
        try convert(Item(text: String($0).trimmingSpaces(), value: nil, span: call.nameSpan), element)
      })
    }
    return try convert(Item(text: d, value: nil, span: call.nameSpan), p)
  }
}

extension ParameterKind {
  var isList: Bool { if case .list = self { return true } else { return false } }
  var isTable: Bool { if case .table = self { return true } else { return false } }
}

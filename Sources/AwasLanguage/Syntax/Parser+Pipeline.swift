import AwasPluginKit

extension Parser {
  /// Output formats that `> PATH` and `save PATH` write.
  static let outputExtensions = ["csv", "json", "md", "txt", "tsv"]
  /// Extensions that look like an output file but cannot be written.
  static let otherFileExtensions = ["xlsx", "xls", "ods", "html", "htm", "pdf", "doc", "docx", "xml", "parquet"]

  func pipeline(_ tokens: ArraySlice<Token>) throws -> Pipeline {
    guard let span = tokens.span else { throw Diagnostic(Messages.emptyStatement) }
    var body = tokens
    var output: Word?
    if let (path, cut) = try redirection(tokens) {
      output = path
      body = tokens[tokens.startIndex..<cut]
    }
    let segments = StatementSplitter.cut(body, at: .pipe)
    for (i, seg) in segments.enumerated() where seg.isEmpty {
      let at = i == 0 ? body.first!.span : (segments[i - 1].last?.span ?? body.first!.span)
      throw Diagnostic(
        i == 0 ? Messages.pipeWithoutSource : Messages.pipeWithoutStage, span: at,
        hint: Messages.pipelineHint)
    }
    let source = try pipelineSource(segments[0])
    var stages: [Stage] = []
    for (i, seg) in segments.dropFirst().enumerated() {
      let first = seg.first!
      if first.is(Keyword.save) {
        guard i == segments.count - 2 else {
          throw Diagnostic(Messages.saveMustBeLast, span: first.span)
        }
        let words = Parser.words(seg.dropFirst())
        guard words.count == 1, let w = words.first else {
          throw Diagnostic(Messages.saveNeedsPath, span: seg.span ?? first.span, hint: Messages.saveHint)
        }
        if output != nil { throw Diagnostic(Messages.twoOutputs, span: w.span) }
        try Parser.checkOutputExtension(w)
        output = w
        continue
      }
      stages.append(try stage(seg))
    }
    return Pipeline(source: source, stages: stages, output: output, span: span)
  }

  /// `… > PATH` at the end: the path word and where the pipeline proper ends.
  private func redirection(_ tokens: ArraySlice<Token>) throws -> (Word, Int)? {
    var depth = 0
    var last: Int?
    for k in tokens.indices {
      switch tokens[k].kind {
      case .punct(.lparen), .punct(.lbracket), .punct(.lbrace): depth += 1
      case .punct(.rparen), .punct(.rbracket), .punct(.rbrace): depth = max(0, depth - 1)
      case .punct(.gt) where depth == 0: last = k
      default: break
      }
    }
    guard let gt = last, gt > tokens.startIndex, gt + 1 < tokens.endIndex else { return nil }
    let after = tokens[(gt + 1)...]
    guard after.dropFirst().allSatisfy({ !$0.spaceBefore }) else { return nil }
    let word = Parser.words(after)[0]
    let ext = Parser.fileExtension(word.display)
    if let ext, Parser.outputExtensions.contains(ext) { return (word, gt) }
    if let ext, Parser.otherFileExtensions.contains(ext) {
      throw Diagnostic(Messages.cannotSaveAs(ext), span: word.span, hint: Messages.saveHint)
    }
    return nil
  }

  static func fileExtension(_ path: String) -> String? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    let ext = path[path.index(after: dot)...].lowercased()
    return ext.isEmpty ? nil : ext
  }

  static func checkOutputExtension(_ w: Word) throws {
    let ext = fileExtension(w.display) ?? ""
    guard outputExtensions.contains(ext) else {
      throw Diagnostic(Messages.cannotSaveAs(ext), span: w.span, hint: Messages.saveHint)
    }
  }

  // MARK: source

  private func pipelineSource(_ seg: ArraySlice<Token>) throws -> Pipeline.Source {
    let first = seg.first!
    if first.kind == .identifier, context.command(first.text) != nil {
      return .command(command(seg))
    }
    if first.kind == .identifier, seg.count > 2, seg[seg.startIndex + 1].is(.assign) {
      throw Diagnostic(Messages.assignNeedsLet(first.text), span: first.span, hint: Messages.assignHint(first.text))
    }
    let known = first.kind == .identifier && context.isKnownName(first.text)
    if first.kind == .identifier, seg.count > 1, Parser.looksLikeArgument(seg, at: seg.startIndex + 1),
      Keyword.lookup(first.text) == nil, Functions.lookup(first.text) == nil,
      !(known && seg[seg.startIndex + 1].kind == .punct(.dot))
    {
      // `pinjaman where …` or `periksaa benford …`: not an expression.
      if known {
        throw Diagnostic(
          Messages.missingPipe(first.text), span: seg[seg.startIndex + 1].span,
          hint: Messages.missingPipeHint(first.text, seg[seg.startIndex + 1].text))
      }
      throw Diagnostic(
        Messages.unknownCommand(first.text), span: first.span,
        hint: Messages.didYouMean(Suggest.closest(first.text, among: context.candidates())))
    }
    if let k = Keyword.lookup(first.text), first.kind == .identifier, Keyword.stages.contains(k) {
      let looksLikeStage = seg.count == 1 || k != .count
      if looksLikeStage {
        throw Diagnostic(Messages.stageWithoutSource(first.text), span: first.span, hint: Messages.pipelineHint)
      }
    }
    return .expression(try expression(seg, after: first.span))
  }

  /// Whether the token at `k` reads as a command argument rather than an operator.
  static func looksLikeArgument(_ seg: ArraySlice<Token>, at k: Int) -> Bool {
    let t = seg[k]
    switch t.kind {
    case .identifier:
      let operators: [Keyword] = [.and, .or, .in, .between, .contains, .is, .null, .not]
      return !operators.contains { t.is($0) } && t.text.lowercased() != "tidak"
    case .integer, .decimal, .money, .percent, .date, .string, .variable:
      return true
    case .punct(.minus):
      return k + 1 < seg.endIndex && seg[k + 1].is(.minus) && !seg[k + 1].spaceBefore
    case .punct(.dot), .punct(.slash):
      return !t.spaceBefore
    default:
      return false
    }
  }

  /// A command and its words.
  func command(_ seg: ArraySlice<Token>) -> CommandCall {
    let name = seg.first!
    return CommandCall(
      name: name.text, nameSpan: name.span, words: Parser.words(seg.dropFirst()),
      span: seg.span ?? name.span)
  }

  /// Groups tokens written without space between them into words.
  static func words(_ tokens: ArraySlice<Token>) -> [Word] {
    var out: [Word] = []
    for t in tokens {
      let piece: Word.Piece
      var quoted = false
      switch t.kind {
      case .string(let s):
        piece = .text(s)
        quoted = true
      case .variable(let n): piece = .variable(n, t.span)
      default: piece = .text(t.text)
      }
      if !t.spaceBefore, var w = out.last {
        if case .text(let a)? = w.pieces.last, case .text(let b) = piece {
          w.pieces[w.pieces.count - 1] = .text(a + b)
        } else {
          w.pieces.append(piece)
        }
        w.span = w.span.union(t.span)
        w.quoted = w.quoted || quoted
        out[out.count - 1] = w
      } else {
        out.append(Word(pieces: [piece], span: t.span, quoted: quoted, startsQuoted: quoted))
      }
    }
    return out
  }
}

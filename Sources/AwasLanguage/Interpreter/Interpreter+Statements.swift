import AwasPluginKit

extension Interpreter {
  /// Runs one parsed statement; returns what it showed, for the session log.
  func run(_ s: Statement, source: SourceText, outcome: inout RunOutcome) throws -> CommandOutput? {
    switch s.kind {
    case .pipeline(let p):
      let result = try evaluate(p, outcome: &outcome)
      return try present(result, pipeline: p)
    case .bind(let name, _, let value):
      let result = try evaluate(value, outcome: &outcome)
      if let out = value.output, let t = result.table { try save(t, to: out) }
      state.variables[name] = result.value
      return nil
    case .set(let name, let value):
      return try runSet(name: name, value: value, span: s.span, outcome: &outcome)
    case .source(let path, let arguments):
      try runSource(path, arguments: arguments, outcome: &outcome)
      return nil
    case .ifElse(var condition, var then, var otherwise):
      // `else if` chains are followed here, one branch after another, not by
      // nesting: a chain of any length runs at its `if`'s level.
      while true {
        let v = try evaluator(nil).condition(condition, keyword: Keyword.if.names(state.language))
        let block = v.t[0] ? then : otherwise
        if let block, block.elseIf {
          var p = parser
          p.depth = block.depth
          if case .ifElse(let c, let t, let o) = try p.statement(block.tokens).kind {
            (condition, then, otherwise) = (c, t, o)
            continue
          }
        }
        if let block, !execute(block.tokens, source: source, topLevel: false, depth: block.depth, outcome: &outcome) {
          throw StopRun()
        }
        return nil
      }
    case .assert(let condition, let message):
      let v = try evaluator(nil).condition(condition, keyword: Keyword.assert.names(state.language))
      if v.t[0] { return nil }
      var text = source.slice(condition.span)
      if let message {
        let m = try evaluator(nil).scalar(message)
        text = m.isNull ? text : ValueFormatter.display(m, state.language)
      }
      outcome.exceptions += 1
      host.show(Diagnostic(.warning, Messages.assertionFailed(text), span: condition.span, source: source))
      return CommandOutput(blocks: [.text(text)], exceptions: 1)
    }
  }

  /// Shows a top-level pipeline's result, numbering tables.
  private func present(_ result: PipelineResult, pipeline: Pipeline) throws -> CommandOutput? {
    switch result.value {
    case .value(let v)?:
      if let path = pipeline.output {
        // A single value saved to a file is a one-row table with a `nilai`/`value` column.
        let name = state.language == .en ? "value" : "nilai"
        try save(Table(name: name, columns: [Column.from(name, v.type ?? .string, [v])]), to: path)
        return CommandOutput(blocks: [.text(ValueFormatter.display(v, state.language))])
      }
      host.show(v)
      return CommandOutput(blocks: [.text(ValueFormatter.display(v, state.language))])
    case .table(let t)?:
      let number = state.record(t)
      var output = result.output ?? CommandOutput.table(t)
      if output.primaryTable == nil { output.value = t }
      if let path = pipeline.output {
        try save(t, to: path)
        // The table went to the file; what else the command said (a sample's
        // seed and interval, notes) is still shown.
        var rest = output
        var dropped = false
        rest.blocks = output.blocks.filter { b in
          guard !dropped, case .table = b else { return true }
          dropped = true
          return false
        }
        rest.value = nil
        if !rest.blocks.isEmpty || !rest.findings.isEmpty { host.show(rest, result: nil) }
      } else {
        host.show(output, result: number)
      }
      return output
    case nil:
      if let output = result.output {
        if let path = pipeline.output {
          throw Diagnostic(Messages.nothingToSave, span: path.span, hint: Messages.saveHint)
        }
        host.show(output, result: nil)
      }
      return result.output
    }
  }

  /// Writes `table` to the path of `word` through the host.
  func save(_ table: Table, to word: Word) throws {
    let path = try text(of: word)
    do {
      try host.save(table, to: path)
    } catch let e as UserError {
      throw Diagnostic(e.message, span: word.span, hint: e.hint)
    } catch {
      throw Diagnostic(Messages.cannotWrite(path, error), span: word.span, hint: Messages.saveHint)
    }
  }

  func evaluator(_ table: Table?) -> Evaluator { Evaluator(scope: self, table: table) }
}

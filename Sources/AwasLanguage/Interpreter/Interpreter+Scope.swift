import AwasPluginKit

extension Interpreter: EvalScope {
  func variable(_ name: String) -> SessionValue? {
    if let n = Int(name) { return state.results[n].map { .table($0) } }
    return state.variables[name]
  }

  /// The table `ref` names: a variable, a numbered result, `_`, or a table of
  /// the open dataset (in that order).
  func table(_ ref: TableRef, span: Span) throws -> Table {
    switch ref {
    case .last:
      guard let t = state.last else {
        throw Diagnostic(Messages.noResultYet, span: span, hint: Messages.resultsHint)
      }
      return t
    case .variable(let n):
      if let k = Int(n) {
        guard let t = state.results[k] else {
          throw Diagnostic(Messages.noSuchResult(k, last: state.lastResult), span: span, hint: Messages.resultsHint)
        }
        return t
      }
      switch state.variables[n] {
      case .table(let t)?: return t
      case .value?: throw Diagnostic(Messages.variableIsValue(n), span: span)
      case nil:
        if n.hasPrefix("arg"), Int(n.dropFirst(3)) != nil {
          throw Diagnostic(Messages.noScriptArgument(n), span: span, hint: Messages.scriptArgumentsHint(argumentTexts.count))
        }
        throw Diagnostic(
          Messages.unknownVariable(n), span: span,
          hint: Messages.didYouMean(Suggest.closest(n, among: state.variableNames)))
      }
    case .name(let n):
      if case .table(let t)? = state.variables[n] { return t }
      if case .value? = state.variables[n] { throw Diagnostic(Messages.variableIsValue(n), span: span) }
      guard let d = state.dataset else {
        throw Diagnostic.noDataset(at: span)
      }
      guard let t = d.table(n) else {
        let near = Suggest.closest(n, among: d.tableNames + state.variableNames)
        throw Diagnostic(
          Messages.noSuchTable(n), span: span,
          hint: Messages.didYouMean(near) ?? Messages.tablesList(d.tableNames))
      }
      return t
    }
  }

  func runPipeline(_ p: Pipeline) throws -> Table {
    var outcome = RunOutcome()
    let result = try evaluate(p, outcome: &outcome)
    guard let t = result.table else { throw Diagnostic(Messages.producedNoTable(""), span: p.span) }
    return t
  }

  var asOf: Day? { state.dataset?.asOf }

  func isTable(_ name: String) -> Bool { state.dataset?.table(name) != nil }
}

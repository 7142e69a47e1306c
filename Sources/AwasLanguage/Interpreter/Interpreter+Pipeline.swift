import AwasPluginKit

/// What a pipeline produced: a table or a value, and the output of the
/// command that ended it (if a command did).
struct PipelineResult {
  var value: SessionValue?
  var output: CommandOutput?
  var table: Table? { value?.table }
}

extension Interpreter {
  func evaluate(_ p: Pipeline, outcome: inout RunOutcome) throws -> PipelineResult {
    var current: SessionValue?
    var lastOutput: CommandOutput?
    var findings: [Finding] = []
    var producer: String
    switch p.source {
    case .command(let call):
      let out = try invoke(call, input: nil, outcome: &outcome)
      lastOutput = out
      current = out.primaryTable.map { .table($0) }
      producer = call.name
    case .expression(let e):
      current = try sourceValue(e, outcome: &outcome)
      producer = ""
    }
    var i = 0
    while i < p.stages.count {
      let stage = p.stages[i]
      guard case .table(let t)? = current else {
        throw Diagnostic(
          current == nil ? Messages.producedNoTable(producer) : Messages.stageNeedsTable,
          span: stage.nameSpan, hint: Messages.pipelineHint)
      }
      if let out = lastOutput {
        findings += out.findings
        lastOutput = nil
      }
      switch stage.kind {
      case .filter(let e):
        current = .table(try filter(t, e, keyword: Keyword.where.names(state.language)))
      case .sort(let items):
        if i + 1 < p.stages.count, case .head(let n) = p.stages[i + 1].kind {
          current = .table(try topN(t, items, count(n, stage: p.stages[i + 1])))
          i += 1
        } else {
          current = .table(try sort(t, items))
        }
      case .head(let n):
        current = .table(t.gather(range: 0..<(try count(n, stage: stage))))
      case .tail(let n):
        let k = min(try count(n, stage: stage), t.rowCount)
        current = .table(t.gather(range: (t.rowCount - k)..<t.rowCount))
      case .select(let items):
        current = .table(try select(t, items))
      case .count:
        let label = state.language == .en ? "count" : "jumlah"
        current = .table(Table(name: t.name, columns: [Column.int64(label, .int, [Int64(t.rowCount)])]))
      case .distinct(let names):
        current = .table(try distinct(t, names))
      case .command(let call):
        let out = try invoke(call, input: t, outcome: &outcome)
        lastOutput = out
        current = out.primaryTable.map { .table($0) }
        producer = call.name
      }
      i += 1
    }
    if !findings.isEmpty {
      if lastOutput != nil {
        lastOutput!.findings = findings + lastOutput!.findings
      } else if let t = current?.table {
        lastOutput = CommandOutput(blocks: [.table(t, title: nil)], findings: findings, value: t)
      }
    }
    return PipelineResult(value: current, output: lastOutput)
  }

  /// The value a pipeline starts from: a table, a variable, a result, or a
  /// scalar expression.
  private func sourceValue(_ e: Expr, outcome: inout RunOutcome) throws -> SessionValue {
    switch e.kind {
    case .name(let n):
      if let v = state.variables[n] { return v }
      if let t = state.dataset?.table(n) { return .table(t) }
      throw unknownName(n, span: e.span)
    case .variable(let n):
      if let v = state.variables[n] { return v }
      return .table(try table(.variable(n), span: e.span))
    case .last:
      return .table(try table(.last, span: e.span))
    case .pipeline(let inner):
      guard let v = try evaluate(inner, outcome: &outcome).value else {
        throw Diagnostic(Messages.producedNoTable(""), span: e.span)
      }
      return v
    case .qualified(let ref, let column):
      let t = try table(ref, span: e.span)
      guard let c = t.column(column) else {
        throw Diagnostic(
          Messages.noSuchColumn(column, table: t.name), span: e.span,
          hint: Messages.didYouMean(Suggest.closest(column, among: t.columnNames)) ?? Messages.columnsList(t))
      }
      return .table(Table(name: t.name, columns: [c], rowCount: t.rowCount))
    default:
      return .value(try evaluator(nil).scalar(e))
    }
  }

  /// The error for a name that is not a variable, table or command.
  func unknownName(_ n: String, span: Span) -> Diagnostic {
    let near = Suggest.closest(n, among: nameCandidates())
    let hint = Messages.didYouMean(near) ?? (state.dataset == nil ? UserError.noDataset.hint : nil)
    return Diagnostic(Messages.unknownName(n), span: span, hint: hint)
  }

  /// `head N` / `tail N`: N must be a whole number ≥ 0 (default 10).
  private func count(_ e: Expr?, stage: Stage) throws -> Int {
    guard let e else { return 10 }
    let v = try evaluator(nil).scalar(e)
    guard case .int(let n) = v, n >= 0 else {
      throw Diagnostic(Messages.countNotWhole, span: e.span, hint: Messages.pipelineHint)
    }
    return Int(clamping: n)
  }
}

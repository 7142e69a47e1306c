import AwasPluginKit

extension Interpreter {
  /// Binds and runs a command, applies its effects and counts its exceptions.
  func invoke(_ call: CommandCall, input: Table?, outcome: inout RunOutcome) throws -> CommandOutput {
    var binder = ArgumentBinder(interpreter: self, call: call, input: input)
    let bound = try binder.bind()
    guard let action = bound.leaf.action else {
      throw Diagnostic(Messages.needsSubcommand(bound.display), span: call.nameSpan)
    }
    let invocation = Invocation(
      path: bound.path, arguments: bound.arguments, input: bound.input, context: context())
    do {
      return try run(action, invocation, call: call, bound: bound, outcome: &outcome)
    } catch {
      // A failed `open` or `use` leaves nothing selected for the rest of the
      // run: the statements after it (a script with `on-error continue`) must
      // not run on the cooperative selected before and report it under the
      // new name. The selection returns when the run ends.
      if bound.leaf.selectsDataset { state.holdSelection() }
      throw error
    }
  }

  private func run(
    _ action: @Sendable (Invocation) throws -> CommandOutput, _ invocation: Invocation, call: CommandCall,
    bound: BoundCommand, outcome: inout RunOutcome
  ) throws -> CommandOutput {
    let output: CommandOutput
    do {
      output = try action(invocation)
    } catch let e as UserError {
      throw Diagnostic(e.message, span: span(for: e.argument, call: call, bound: bound), hint: e.hint)
    } catch let d as Diagnostic {
      throw d
    } catch DatasetError.notADataset(let path, let reason) {
      throw Diagnostic(Messages.notADataset(path, reason), span: span(for: path, call: call, bound: bound))
    } catch {
      throw Diagnostic(Messages.commandFailed(bound.display, error), span: call.nameSpan)
    }
    outcome.exceptions += output.exceptions
    for effect in output.effects { try apply(effect, at: call.nameSpan) }
    return output
  }

  /// Where a user error about `argument` points: the words given for that
  /// parameter, a word that reads `argument`, or the command name.
  private func span(for argument: String?, call: CommandCall, bound: BoundCommand) -> Span {
    // The whole command path (`check duplicates`), not just its first word.
    let path = call.words.prefix(bound.chain.count - 1).map(\.span).reduce(call.nameSpan) { $0.union($1) }
    guard let a = argument else { return path }
    if let s = bound.spans[a] { return s }
    if let p = bound.leaf.parameter(a), let s = bound.spans[p.key] { return s }
    if let w = call.words.first(where: { $0.display == a }) { return w.span }
    if let w = call.words.first(where: { $0.display.contains(a) }) { return w.span }
    return path
  }

  /// The context a command runs in.
  func context() -> Context {
    var c = Context(
      dataset: state.dataset, language: state.language, settings: state.settings,
      output: host.outputOptions, progress: host.progress, prompter: host.prompter,
      workspace: workspace, services: services)
    c.lastResult = state.last
    return c
  }

  /// The workspace of the session: `set workspace`, else `.awas` in the open
  /// dataset's folder; nil when neither applies.
  public var workspace: Workspace? {
    if let w = state.settings.string("workspace"), !w.isEmpty {
      return Workspace(path: ArgumentBinder.expandHome(w))
    }
    guard let d = state.dataset else { return nil }
    return Workspace(path: URL(fileURLWithPath: d.folder).appendingPathComponent(".awas").path)
  }

  /// Applies an effect a command asked for.
  func apply(_ effect: Effect, at span: Span) throws {
    switch effect {
    case .openDataset(let d):
      state.forgetHeldSelection()
      state.region = nil
      state.dataset = state.settings.date("asof").map { d.recomputed(asOf: $0) } ?? d
    case .openRegion(let region):
      state.forgetHeldSelection()
      state.region = RegionSession(region)
      state.dataset = nil
    case .selectDataset(let name):
      try select(name, at: span)
      state.forgetHeldSelection()
    case .setSetting(let key, let value):
      try applySetting(key, value, at: span)
    case .quit:
      quitRequested = true
    case .clearScreen:
      host.perform(.clearScreen)
    }
  }

  /// Selects a member of the open region, loading it the first time.
  private func select(_ name: String, at span: Span) throws {
    guard var session = state.region else {
      throw Diagnostic(Messages.noRegion, span: span, hint: Messages.noRegionHint)
    }
    guard let member = session.region.member(named: name) else {
      let names = session.region.members.map(\.name)
      throw Diagnostic(
        Messages.unknownMember(name), span: span,
        hint: Messages.didYouMean(Suggest.closest(name, among: session.region.memberNames)) ?? Messages.membersList(names))
    }
    var dataset = session.loaded[member.name]
    if dataset == nil {
      let progress = host.progress
      do {
        dataset = try RegionLoader.load(member) { done, total in
          progress.report(member.name, done: Int(done), total: Int(total))
        }
      } catch DatasetError.notADataset(let p, let reason) {
        throw Diagnostic(Messages.notADataset(p, reason), span: span)
      } catch let e as UserError {
        throw Diagnostic(e.message, span: span, hint: e.hint)
      }
      session.loaded[member.name] = dataset
      if let d = dataset, !d.issues.isEmpty {
        host.show(CommandOutput(blocks: d.issueSummary(state.language, name: member.name).map { .text($0) }), result: nil)
      }
    }
    if let asOf = state.settings.date("asof"), let d = dataset { dataset = d.recomputed(asOf: asOf) }
    session.selected = member.name
    state.region = session
    state.dataset = dataset
  }


  /// The text of a word with its variables substituted.
  func text(of word: Word) throws -> String {
    var out = ""
    for piece in word.pieces {
      switch piece {
      case .text(let t): out += t
      case .variable(let n, let span):
        if let raw = argumentTexts[n] {
          out += raw
          continue
        }
        switch variable(n) {
        case .value(let v)?: out += ValueFormatter.plain(v)
        case .table?: throw Diagnostic(Messages.tableInWord("$" + n), span: span)
        case nil: _ = try table(.variable(n), span: span)
        }
      }
    }
    return out
  }
}

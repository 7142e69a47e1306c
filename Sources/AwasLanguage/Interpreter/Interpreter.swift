import AwasPluginKit

/// Runs awas statements against a session: parses each statement just before
/// it runs, evaluates pipelines and expressions, binds and dispatches
/// commands, applies their effects, and reports through the host.
///
///     let interpreter = Interpreter(registry: registry, host: shell, settings: Settings(), language: .id)
///     let outcome = interpreter.run(SourceText(name: "<baris>", text: "pinjaman | where dpd > 90"))
public final class Interpreter {
  /// The commands and settings statements may use.
  public let registry: CommandRegistry
  /// Where results, diagnostics and effects go.
  public let host: any InterpreterHost
  /// The session so far: dataset, variables, results, settings, language.
  public internal(set) var state: SessionState
  let services: Services

  /// Folders of the scripts being run, innermost last (for `source` paths).
  var folders: [String] = []
  /// How deep `source` has nested.
  var sourceDepth = 0
  /// The nesting level (``Parser/depth``) of the statements running now; a
  /// sourced script starts one level in, so blocks and scripts share one limit.
  var nesting = 0
  /// The most nested `source` allowed (a script sourcing itself stops here).
  static let maxSourceDepth = 16
  /// Raw text of the script arguments, for substitution into command words.
  var argumentTexts: [String: String] = [:]
  /// Set by a `quit` effect; the run stops after the statement.
  var quitRequested = false

  /// A session with no dataset open. Settings missing from `settings` take
  /// their declared defaults; `lang` is set to `language`.
  public init(registry: CommandRegistry, host: any InterpreterHost, settings: Settings, language: Language) {
    self.registry = registry
    self.host = host
    self.services = registry.services
    var s = settings
    for spec in registry.settings + Interpreter.coreSettings where s[spec.key] == nil && !spec.defaultValue.isNull {
      s[spec.key] = spec.defaultValue
    }
    s["lang"] = .string(language.rawValue)
    state = SessionState(settings: s, language: language)
  }

  /// Binds `$arg1`, `$arg2`… to `args` and `$args` to their count. An
  /// argument that reads as a number, amount or date becomes that value.
  public func setScriptArguments(_ args: [String]) {
    for key in state.variables.keys where key.hasPrefix("arg") && Int(key.dropFirst(3)) != nil {
      state.variables[key] = nil
      argumentTexts[key] = nil
    }
    for (i, a) in args.enumerated() {
      let key = "arg\(i + 1)"
      state.variables[key] = .value(ValueParser.literal(a) ?? .string(a))
      argumentTexts[key] = a
    }
    state.variables["args"] = .value(.int(Int64(args.count)))
  }

  /// Parses and runs every statement of `source`. Stops at the first error
  /// unless the setting `on-error` is `continue`, and at `quit`.
  public func run(_ source: SourceText) -> RunOutcome {
    var outcome = RunOutcome()
    quitRequested = false
    folders.append(Interpreter.folder(of: source))
    defer {
      folders.removeLast()
      // A failed `open` or `use` cleared the selection for this run only.
      if folders.isEmpty { state.releaseHeldSelection() }
    }
    _ = execute(Lexer.tokenize(source.text), source: source, topLevel: true, outcome: &outcome)
    if quitRequested { host.perform(.quit) }
    outcome.quit = quitRequested
    return outcome
  }

  /// Whether `text` is a complete statement: no open quote, bracket or
  /// brace, and no trailing `|`. The shell asks for another line otherwise.
  public static func isComplete(_ text: String) -> Bool {
    var depth = 0
    var last: Token?
    for t in Lexer.tokenize(text) {
      switch t.kind {
      case .punct(.lparen), .punct(.lbracket), .punct(.lbrace): depth += 1
      case .punct(.rparen), .punct(.rbracket), .punct(.rbrace): depth = max(0, depth - 1)
      case .error(let m) where m == Messages.unterminatedString: return false
      case .comment, .newline: continue
      default: break
      }
      last = t
    }
    return depth == 0 && last?.is(.pipe) != true
  }

  /// Whether errors should let the run go on (`set on-error continue`).
  var continueOnError: Bool { state.settings.string("on-error") == "continue" }

  /// Runs the statements in `tokens`. Returns false when the run must stop.
  func execute(
    _ tokens: [Token], source: SourceText, topLevel: Bool, depth: Int = 0, outcome: inout RunOutcome
  ) -> Bool {
    var parser = self.parser
    parser.depth = depth
    let outer = nesting
    nesting = depth
    defer { nesting = outer }
    for statement in StatementSplitter.split(tokens) {
      if host.progress.isCancelled { return false }
      let started = DispatchTime.now().uptimeNanoseconds
      var output: CommandOutput?
      var failure: Diagnostic?
      var stop = false
      do {
        let parsed = try parser.statement(statement)
        output = try run(parsed, source: source, outcome: &outcome)
      } catch let d as Diagnostic {
        var d = d
        if d.source == nil { d.source = source }
        if state.dataset == nil, let region = state.region, d.isNoDataset {
          // A region is open but none of its cooperatives is selected.
          d.hint = Messages.selectMemberHint(region.region.members.map(\.name))
        }
        host.show(d)
        outcome.errors += 1
        failure = d
      } catch is StopRun {
        stop = true
      } catch {
        let d = Diagnostic(Messages.internalError(error), span: statement.first?.span, source: source)
        host.show(d)
        outcome.errors += 1
        failure = d
      }
      if topLevel {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let span = statement[...].span ?? Span(0, 0)
        host.didRun(StatementRecord(text: source.slice(span), output: output, error: failure, seconds: seconds))
      }
      if quitRequested { return false }
      if stop || (failure != nil && !continueOnError) { return false }
    }
    return true
  }

  var parser: Parser {
    Parser(
      context: ParseContext(
        command: { [registry] in registry.command($0) },
        isKnownName: { [unowned self] in state.variables[$0] != nil || state.dataset?.table($0) != nil },
        candidates: { [unowned self] in nameCandidates() }))
  }

  /// Names that could start a statement: commands, tables, variables, keywords.
  func nameCandidates() -> [String] {
    registry.allCommandNames + (state.dataset?.tableNames ?? []) + state.variableNames
      + Keyword.statements.flatMap(\.names.all)
  }

  static func folder(of source: SourceText) -> String {
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: source.name, isDirectory: &isDir), !isDir.boolValue {
      return URL(fileURLWithPath: source.name).deletingLastPathComponent().path
    }
    return FileManager.default.currentDirectoryPath
  }
}

/// Thrown when a nested run (a block, a sourced script) stopped after
/// reporting its own error; the outer run stops too without reporting again.
struct StopRun: Error {}

extension SourceText {
  /// The text of `span`.
  func slice(_ span: Span) -> String {
    let bytes = Array(text.utf8)
    let lo = max(0, min(span.start, bytes.count)), hi = max(lo, min(span.end, bytes.count))
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }
}

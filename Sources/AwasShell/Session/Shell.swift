import AwasLanguage
import AwasPluginKit
import CEditShim

#if canImport(Glibc)
  import Glibc
#endif

/// The awas shell: wires the interpreter to the terminal (or to a script),
/// renders results, and keeps history. Only this type touches the terminal.
public final class Shell: InterpreterHost {
  let options: ShellOptions
  let link = ShellLink()
  let registry: CommandRegistry
  private(set) var interpreter: Interpreter!
  private var editor: LineEditor?
  private var history: HistoryStore?
  private var quitRequested = false
  private var lastEditor = "emacs"
  let interactive: Bool
  private let terminalProgress: TerminalProgress
  /// This run of the shell, named in the audit log.
  let session = UUID().uuidString
  var workspacePath: String?
  var logWarned = false
  private var summaryToStderr = false

  /// Creates a shell with the built-in commands and `plugins`.
  public init(options: ShellOptions, plugins: [any Plugin], interactive: Bool) {
    self.options = options
    self.interactive = interactive
    var registry = CommandRegistry()
    registry.addBuiltins(CoreCommands.all(link), settings: Interpreter.coreSettings + CoreSettings.all)
    for p in plugins { registry.add(p) }
    self.registry = registry
    link.registry = registry
    link.version = options.version
    terminalProgress = TerminalProgress(enabled: Terminal.isTTY(STDERR_FILENO), unicode: Terminal.unicodeAllowed())
    var settings = Settings()
    for s in registry.settings { settings[s.key] = s.defaultValue }
    if let f = options.format { settings["format"] = .string(f) }
    settings["lang"] = .string(options.language.rawValue)
    interpreter = Interpreter(registry: registry, host: self, settings: settings, language: options.language)
    link.replay = { [unowned self] statements in self.replay(statements) }
  }

  // MARK: - Running

  /// Runs `text` (from `-c`, a script or standard input) and returns the exit status:
  /// 0 clean, 1 an error, 2 a check reported exceptions.
  public func run(_ text: String, name: String) -> Int32 {
    let outcome = interpreter.run(SourceText(name: name, text: text))
    return Shell.exitStatus(outcome)
  }

  static func exitStatus(_ o: RunOutcome) -> Int32 {
    if o.errors > 0 { return 1 }
    if o.exceptions > 0 { return 2 }
    return 0
  }

  /// Opens `--data DIR` before anything else; false if it failed.
  public func openInitialDataset() -> Bool {
    guard let path = options.dataPath else { return true }
    let quoted = "\"" + path.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    // In scripts, what `open` prints goes to standard error: standard output
    // carries only the results the script asked for.
    summaryToStderr = !interactive
    defer { summaryToStderr = false }
    return interpreter.run(SourceText(name: "--data", text: "open \(quoted)")).errors == 0
  }

  /// Runs standard input (not a terminal) as one script, exactly as a script
  /// file runs: pipelines may continue on the next line, errors name their
  /// line, and the first error stops it (unless `set on-error continue`).
  public func runStandardInput() -> Int32 {
    var text = ""
    while let line = readLine(strippingNewline: false) { text += line }
    return run(text, name: "<stdin>")
  }

  /// Reads statements line by line, running each as soon as it is complete
  /// (a terminal without a line editor).
  func runLines() -> Int32 {
    var total = RunOutcome()
    var pending = ""
    var lineNo = 0
    while let line = readLine(strippingNewline: true) {
      lineNo += 1
      pending = pending.isEmpty ? line : pending + "\n" + line
      guard Interpreter.isComplete(pending) else { continue }
      let o = interpreter.run(SourceText(name: "<stdin>", text: pending))
      pending = ""
      total.errors += o.errors
      total.exceptions += o.exceptions
      if o.quit || (o.errors > 0 && !continueOnError) { break }
    }
    if !pending.isEmpty {
      let o = interpreter.run(SourceText(name: "<stdin>", text: pending))
      total.errors += o.errors
      total.exceptions += o.exceptions
    }
    return Shell.exitStatus(total)
  }

  private var continueOnError: Bool { interpreter.state.settings.string("on-error") == "continue" }

  /// The interactive loop on libedit. Returns the exit status.
  public func runInteractive() -> Int32 {
    setlocale(LC_CTYPE, "")
    if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    ces_install_sigint()
    let history = HistoryStore(path: options.historyPath)
    self.history = history
    guard let editor = LineEditor(program: "awas", history: history) else {
      Terminal.err("awas: cannot start the line editor; reading plain lines.\n")
      return runLines()
    }
    self.editor = editor
    editor.completer = { [unowned self] line in self.completer().complete(line) }
    editor.lister = { cs in Completion.list(cs, width: Terminal.size().columns) }
    greet()
    while !quitRequested {
      link.history = history.entries
      switch editor.readStatement(prompt: prompt(), continuation: continuationPrompt(), isComplete: Interpreter.isComplete) {
      case .endOfInput:
        quitRequested = true
      case .cancelled:
        continue
      case .statement(let text):
        if text.trimmingSpaces().isEmpty { continue }
        _ = ces_take_sigint()
        let o = interpreter.run(SourceText(name: "<baris>", text: text))
        if o.quit { quitRequested = true }
      }
    }
    history.compact()
    self.editor = nil
    return 0
  }

  private func greet() {
    let lang = interpreter.state.language
    let text = lang == .en
      ? "awas \(options.version) — type `help` for commands, Tab to complete, Ctrl-D to leave."
      : "awas \(options.version) — ketik `bantuan` untuk daftar perintah, Tab untuk melengkapi, Ctrl-D untuk keluar."
    Terminal.out(text + "\n")
  }

  // MARK: - Prompt

  func prompt() -> String {
    var label = "awas"
    if let r = interpreter.state.region, interpreter.state.dataset == nil {
      label += " (\((r.region.folder as NSString).lastPathComponent))"
    } else if let d = interpreter.state.dataset {
      let base = (d.folder as NSString).lastPathComponent
      label += " (\(base)" + (d.asOf != d.info.tanggalLaporan ? " @\(d.asOf)" : "") + ")"
    }
    guard Terminal.colorAllowed() else { return label + "> " }
    let esc = "\u{1}"
    return "\(esc)\u{1B}[1;32m\(esc)\(label)\(esc)\u{1B}[0m\(esc)> "
  }

  func continuationPrompt() -> String {
    String(repeating: " ", count: max(0, "awas".count - 1)) + "…> "
  }

  func completer() -> Completer {
    var world = CompletionWorld(registry: registry)
    world.language = interpreter.state.language
    if let d = interpreter.state.dataset {
      world.tables = d.tables.map { t in .init(name: t.name, columns: t.columns.map { ($0.name, $0.type) }) }
    }
    world.variables = interpreter.state.variableNames
    let ctx = Context(dataset: interpreter.state.dataset, language: interpreter.state.language, settings: interpreter.state.settings)
    world.topics = registry.plugins.flatMap { $0.explainTopics(ctx) }
    return Completer(world: world)
  }

  // MARK: - InterpreterHost

  var printer: Printer {
    let s = interpreter.state.settings
    let size = Terminal.size()
    return Printer(
      format: OutputFormat(rawValue: s.string("format") ?? "table") ?? .table,
      language: interpreter.state.language,
      maskPersonal: !(s.bool("show-nik") ?? false),
      width: Terminal.isTTY(STDOUT_FILENO) ? size.columns : 120,
      maxRows: s.int("max-rows") ?? 200,
      color: Terminal.colorAllowed(),
      unicode: Terminal.unicodeAllowed())
  }

  public func show(_ output: CommandOutput, result: Int?) {
    recordFindings(output)
    let r = printer.render(output, result: interactive ? result : nil)
    if !r.stderr.isEmpty { Terminal.err(r.stderr) }
    if !r.stdout.isEmpty { summaryToStderr ? Terminal.err(r.stdout) : page(r.stdout) }
  }

  public func show(_ value: Value) {
    Terminal.out(printer.render(value) + "\n")
  }

  public func show(_ diagnostic: Diagnostic) {
    let text = DiagnosticRenderer.render(diagnostic, language: interpreter.state.language, color: Terminal.colorAllowed(fd: STDERR_FILENO))
    Terminal.err(text.hasSuffix("\n") ? text : text + "\n")
  }

  public func save(_ table: Table, to path: String) throws {
    try OutputFile.save(table, to: path, printer: printer, dataset: interpreter.state.dataset)
    let lang = interpreter.state.language
    Terminal.err(lang == .en ? "Saved \(table.rowCount) rows to \(path).\n" : "\(table.rowCount) baris disimpan ke \(path).\n")
  }

  public func perform(_ effect: Effect) {
    switch effect {
    case .quit: quitRequested = true
    case .clearScreen: if Terminal.isTTY(STDOUT_FILENO) { Terminal.out("\u{1B}[H\u{1B}[2J") }
    default: break
    }
  }

  public func didRun(_ record: StatementRecord) {
    logStatement(record)
    let s = interpreter.state.settings
    if s.bool("timer") == true {
      let lang = interpreter.state.language
      Terminal.err("(\(ValueFormatter.number(record.seconds, decimals: 3, lang)) \(lang == .en ? "s" : "dtk"))\n")
    }
    if let editor, let mode = s.string("editor"), mode != lastEditor {
      editor.setEditor(mode)
      lastEditor = mode
    }
  }

  public var outputOptions: OutputOptions {
    OutputOptions(
      width: Terminal.isTTY(STDOUT_FILENO) ? Terminal.size().columns : 120,
      color: Terminal.colorAllowed(), unicode: Terminal.unicodeAllowed(), interactive: interactive)
  }

  public var progress: any ProgressReporter { terminalProgress }

  public var prompter: (any Prompter)? {
    if let editor { return EditorPrompter(editor: editor) }
    return Terminal.isTTY(STDIN_FILENO) ? StdinPrompter() : nil
  }

  // MARK: - Paging

  /// Prints `text`, through `$PAGER` when interactive and longer than the screen.
  private func page(_ text: String) {
    let pagerOn = interpreter.state.settings.bool("pager") ?? true
    guard interactive, pagerOn, Terminal.isTTY(STDOUT_FILENO),
      text.utf8.lazy.filter({ $0 == 10 }).count > Terminal.size().rows - 2
    else {
      Terminal.out(text)
      return
    }
    let env = ProcessInfo.processInfo.environment
    let command = env["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -FRX"
    guard let pipe = popen(command, "w") else {
      Terminal.out(text)
      return
    }
    fputs(text, pipe)
    pclose(pipe)
  }
}

/// Questions asked through the line editor (interactive shell).
final class EditorPrompter: Prompter, @unchecked Sendable {
  // The editor is only used from the shell's thread.
  let editor: LineEditor
  init(editor: LineEditor) { self.editor = editor }
  func ask(_ prompt: String) -> String? { editor.readLine(prompt: prompt) }
  func say(_ text: String) { Terminal.out(text.hasSuffix("\n") ? text : text + "\n") }
}

/// Questions asked on a terminal without the line editor (a script run by a person).
struct StdinPrompter: Prompter {
  func ask(_ prompt: String) -> String? {
    Terminal.out(prompt)
    return readLine(strippingNewline: true)
  }
  func say(_ text: String) { Terminal.out(text.hasSuffix("\n") ? text : text + "\n") }
}

extension Shell {
  /// Binds `$arg1`, `$arg2`… for a script.
  public func setScriptArguments(_ args: [String]) { interpreter.setScriptArguments(args) }
}

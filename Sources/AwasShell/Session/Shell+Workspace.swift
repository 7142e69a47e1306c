import AwasLanguage
import AwasPluginKit

/// Findings and the audit log follow the open dataset's workspace.
extension Shell {
  /// The workspace of the open dataset: `set workspace`, else `.awas` in its folder.
  func currentWorkspace() -> Workspace? { interpreter.workspace }

  /// Loads the findings and opens the log of the dataset now open, when it changed.
  func syncWorkspace() {
    let ws = currentWorkspace()
    guard ws?.path != workspacePath else { return }
    link.log?.flush()
    workspacePath = ws?.path
    link.findings = FindingStore(workspace: ws)
    link.log = ws.map { AuditLog(workspace: $0, session: session) }
    link.datasetName = interpreter.state.dataset?.info.nama
    logWarned = false
  }

  /// Records the findings of an output in the dataset's store.
  func recordFindings(_ output: CommandOutput) {
    syncWorkspace()
    guard !output.findings.isEmpty else { return }
    do {
      try link.findings.record(output.findings, dataset: link.datasetName)
    } catch {
      warnOnce(error)
    }
  }

  /// Appends a statement to the audit log.
  func logStatement(_ record: StatementRecord) {
    syncWorkspace()
    guard let log = link.log else { return }
    let rules = Dictionary(uniqueKeysWithValues: registry.plugins.map { ($0.name, $0.version) })
    if let failure = log.takeFailure() { warnOnce(failure) }
    log.enqueue(
      statement: record.text.trimmingSpaces(), output: record.output, error: record.error,
      dataset: interpreter.state.dataset, rules: rules.merging(["awas": options.version]) { a, _ in a },
      seconds: record.seconds)
  }

  /// Waits for the audit log's queued entries; call before the process ends.
  public func finish() {
    link.log?.flush()
    if let failure = link.log?.takeFailure() { warnOnce(failure) }
  }

  private func warnOnce(_ error: Error) {
    guard !logWarned else { return }
    logWarned = true
    let lang = interpreter.state.language
    let detail = (error as? UserError).map { $0.message(lang) } ?? "\(error)"
    Terminal.err(
      (lang == .en ? "warning: the workspace cannot be written; findings and the log are not kept: "
        : "peringatan: folder kerja tidak dapat ditulis; temuan dan log tidak disimpan: ") + detail
        + (lang == .en ? " (choose another with `set workspace FOLDER`)\n" : " (pilih lain dengan `atur folder-kerja FOLDER`)\n"))
  }

  /// Re-runs `statements` in a fresh session and returns each result's digest.
  func replay(_ statements: [String]) -> [String] {
    let host = ReplayHost()
    var settings = Settings()
    for s in registry.settings { settings[s.key] = s.defaultValue }
    let fresh = Interpreter(registry: registry, host: host, settings: settings, language: interpreter.state.language)
    return statements.map { text in
      host.outputs = []
      host.error = nil
      _ = fresh.run(SourceText(name: "replay", text: text))
      if let e = host.error { return AuditLog.sha256(Data(("error:" + e.message.en).utf8)) }
      return AuditLog.digest(host.outputs.last)
    }
  }
}

/// Captures what a replayed statement produced, showing nothing.
final class ReplayHost: InterpreterHost {
  var outputs: [CommandOutput] = []
  var error: Diagnostic?
  func show(_ output: CommandOutput, result: Int?) { outputs.append(output) }
  func show(_ value: Value) { outputs.append(.text(ValueFormatter.plain(value))) }
  func show(_ diagnostic: Diagnostic) { error = diagnostic }
  func save(_ table: Table, to path: String) throws {}
  func perform(_ effect: Effect) {}
  func didRun(_ record: StatementRecord) {}
  var outputOptions: OutputOptions { OutputOptions() }
  var progress: any ProgressReporter { SilentProgress() }
  var prompter: (any Prompter)? { nil }
}

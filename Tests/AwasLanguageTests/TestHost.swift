import Foundation
import Testing

@testable import AwasLanguage
@testable import AwasPluginKit

/// A host that records everything the interpreter shows.
final class TestHost: InterpreterHost {
  var outputs: [(output: CommandOutput, result: Int?)] = []
  var values: [Value] = []
  var diagnostics: [Diagnostic] = []
  var saved: [(table: Table, path: String)] = []
  var performed: [String] = []
  var records: [StatementRecord] = []
  var saveError: (any Error)?

  func show(_ output: CommandOutput, result: Int?) { outputs.append((output, result)) }
  func show(_ value: Value) { values.append(value) }
  func show(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
  func save(_ table: Table, to path: String) throws {
    if let saveError { throw saveError }
    saved.append((table, path))
  }
  func perform(_ effect: Effect) {
    switch effect {
    case .quit: performed.append("quit")
    case .clearScreen: performed.append("clear")
    default: performed.append("other")
    }
  }
  func didRun(_ record: StatementRecord) { records.append(record) }

  var outputOptions: OutputOptions { OutputOptions() }
  var progress: any ProgressReporter { SilentProgress() }
  var prompter: (any Prompter)? { nil }

  /// The diagnostics rendered without colour.
  func rendered(_ language: Language = .id) -> [String] {
    diagnostics.map { DiagnosticRenderer.render($0, language: language, color: false) }
  }

  /// The primary table of the last output.
  var lastTable: Table? { outputs.last?.output.primaryTable }

  /// The texts of all text blocks shown.
  var texts: [String] {
    outputs.flatMap { o in
      o.output.blocks.compactMap { b -> String? in if case .text(let s) = b { return s } else { return nil } }
    }
  }
}

/// Records the invocations commands receive (thread-safe; actions are `@Sendable`).
final class Recorder: @unchecked Sendable {
  private let lock = NSLock()
  private var _invocations: [Invocation] = []

  func record(_ i: Invocation) {
    lock.lock()
    _invocations.append(i)
    lock.unlock()
  }

  var invocations: [Invocation] {
    lock.lock()
    defer { lock.unlock() }
    return _invocations
  }

  var last: Invocation? { invocations.last }
}

/// An interpreter over the fixture dataset with the test commands.
struct Session {
  let host = TestHost()
  let recorder = Recorder()
  let interpreter: Interpreter

  init(language: Language = .id, dataset: Dataset? = Fixtures.dataset, settings: Settings = Settings()) {
    interpreter = Interpreter(
      registry: Fixtures.registry(recorder), host: host, settings: settings, language: language)
    if let dataset { try? interpreter.apply(.openDataset(dataset), at: Span(0, 0)) }
  }

  @discardableResult
  func run(_ text: String, name: String = "<baris>") -> RunOutcome {
    interpreter.run(SourceText(name: name, text: text))
  }

  /// Runs `text` and returns the table it showed last.
  func table(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Table? {
    let before = host.outputs.count
    let outcome = run(text)
    #expect(outcome.errors == 0, "\(host.rendered())", sourceLocation: sourceLocation)
    guard host.outputs.count > before else { return nil }
    return host.lastTable
  }

  /// Runs `text` and returns the value it showed last.
  func value(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Value? {
    let outcome = run(text)
    #expect(outcome.errors == 0, "\(host.rendered())", sourceLocation: sourceLocation)
    return host.values.last
  }

  /// Runs `text`, which must fail, and returns the rendered error.
  func error(_ text: String, language: Language? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    let before = host.diagnostics.count
    let outcome = run(text)
    #expect(outcome.errors > 0, "expected an error from \(text)", sourceLocation: sourceLocation)
    guard host.diagnostics.count > before, let d = host.diagnostics.last else { return "" }
    return DiagnosticRenderer.render(d, language: language ?? interpreter.state.language, color: false)
  }
}

extension Table {
  /// The cells of column `name` as display-independent values.
  func values(_ name: String) -> [Value] {
    guard let c = column(name) else { return [] }
    return (0..<rowCount).map { c.value(at: $0) }
  }

  /// The cells of column `name` as plain text (nulls empty).
  func strings(_ name: String) -> [String] { values(name).map(ValueFormatter.plain) }
}

/// `body` inside `n` nested `if ya { … }` blocks.
func nestedIfs(_ n: Int, _ body: String) -> String {
  String(repeating: "if ya { ", count: n) + body + String(repeating: " }", count: n)
}

/// The English error for nesting beyond the limit, as rendered.
let nestedTooDeepError = "error: expression or block nested more than 100 levels deep"

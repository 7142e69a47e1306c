import AwasPluginKit

// TEMPORARY STUB on main — replaced by the real interpreter from the `lang` branch.
public struct SessionState {
  public var dataset: Dataset?
  public var settings: Settings
  public var language: Language
  public var variableNames: [String] = []
}

public final class Interpreter {
  public private(set) var state: SessionState
  let registry: CommandRegistry
  weak var host: (any InterpreterHost)?

  public init(registry: CommandRegistry, host: any InterpreterHost, settings: Settings, language: Language) {
    self.registry = registry
    self.host = host
    self.state = SessionState(dataset: nil, settings: settings, language: language)
  }

  public func run(_ source: SourceText) -> RunOutcome { RunOutcome() }
  public func setScriptArguments(_ args: [String]) {}
  public static func isComplete(_ text: String) -> Bool { true }
}

public enum DiagnosticRenderer {
  public static func render(_ d: Diagnostic, language: Language, color: Bool) -> String { d.message(language) }
}

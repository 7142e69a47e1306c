import AwasPluginKit

/// What the interpreter needs from the program around it (the shell, or a test):
/// a place to show results and diagnostics, and the terminal-facing services.
public protocol InterpreterHost: AnyObject {
  /// Shows a command's or pipeline's output. `result` is its number (`$3`) when
  /// it produced a table.
  func show(_ output: CommandOutput, result: Int?)
  /// Shows the value of a scalar expression (`1 + 2`, `sum(pinjaman.sisa)`).
  func show(_ value: Value)
  func show(_ diagnostic: Diagnostic)
  /// Writes `table` to `path` (`… > hasil.csv`); the format follows the extension.
  func save(_ table: Table, to path: String) throws
  /// Performs effects the interpreter does not own (`quit`, `clearScreen`).
  func perform(_ effect: Effect)
  /// Called after every top-level statement, for timing and the session log.
  func didRun(_ record: StatementRecord)

  var outputOptions: OutputOptions { get }
  var progress: any ProgressReporter { get }
  var prompter: (any Prompter)? { get }
}

/// One statement as it ran.
public struct StatementRecord: Sendable {
  public var text: String
  public var output: CommandOutput?
  public var error: Diagnostic?
  public var seconds: Double
  public init(text: String, output: CommandOutput?, error: Diagnostic?, seconds: Double) {
    self.text = text
    self.output = output
    self.error = error
    self.seconds = seconds
  }
}

/// The result of running a source: how many statements failed, the exceptions
/// checks reported, and whether the user asked to quit.
public struct RunOutcome: Sendable, Equatable {
  public var errors: Int
  public var exceptions: Int
  public var quit: Bool
  public init(errors: Int = 0, exceptions: Int = 0, quit: Bool = false) {
    self.errors = errors
    self.exceptions = exceptions
    self.quit = quit
  }
}

/// The read-only world a command runs in: the dataset, settings, language,
/// output options, and the channels back to the shell (progress, questions,
/// the workspace, services of other plugins).
public struct Context: Sendable {
  /// The open dataset, or nil when none is open.
  public var dataset: Dataset?
  public var language: Language
  public var settings: Settings
  public var output: OutputOptions
  public var progress: any ProgressReporter
  /// Asks the user a question; nil in scripts without an answer source.
  public var prompter: (any Prompter)?
  /// The dataset's workspace (`.awas/`), for answers and findings; nil when none is open.
  public var workspace: Workspace?
  public var services: Services
  /// The table of the last result (`_`), for commands that act on it
  /// (`finding add`); set by the interpreter.
  public var lastResult: Table?

  public init(
    dataset: Dataset? = nil, language: Language = .id, settings: Settings = Settings(),
    output: OutputOptions = OutputOptions(), progress: any ProgressReporter = SilentProgress(),
    prompter: (any Prompter)? = nil, workspace: Workspace? = nil, services: Services = Services()
  ) {
    self.dataset = dataset
    self.language = language
    self.settings = settings
    self.output = output
    self.progress = progress
    self.prompter = prompter
    self.workspace = workspace
    self.services = services
  }

  /// The open dataset, or a user error saying that one must be opened.
  public func requireDataset() throws -> Dataset {
    guard let dataset else { throw UserError.noDataset }
    return dataset
  }

  /// A table of the open dataset, or a user error naming what is missing.
  public func table(_ name: String) throws -> Table {
    let d = try requireDataset()
    guard let t = d.table(name) else { throw UserError.missingTable(name, in: d) }
    return t
  }

  /// The text of `t` in the session's language.
  public func text(_ t: Text) -> String { t(language) }
}

/// How results will be shown.
public struct OutputOptions: Sendable {
  /// Terminal width in columns.
  public var width: Int
  /// Whether ANSI colours may be used.
  public var color: Bool
  /// Whether block characters (▇, ░) may be used; ASCII otherwise.
  public var unicode: Bool
  /// Whether a person is at a terminal (progress bars, questions).
  public var interactive: Bool
  public init(width: Int = 100, color: Bool = false, unicode: Bool = true, interactive: Bool = false) {
    self.width = width
    self.color = color
    self.unicode = unicode
    self.interactive = interactive
  }
}

/// Receives progress of long work; the shell shows a bar on a terminal.
public protocol ProgressReporter: Sendable {
  /// Reports `done` of `total` units of the task `label`.
  func report(_ label: String, done: Int, total: Int)
  /// Whether the user asked to stop (Ctrl-C). Long loops should check it.
  var isCancelled: Bool { get }
}

/// A reporter that shows nothing.
public struct SilentProgress: ProgressReporter {
  public init() {}
  public func report(_ label: String, done: Int, total: Int) {}
  public var isCancelled: Bool { false }
}

/// Asks the user a question and returns the answer line (nil on end of input).
public protocol Prompter: Sendable {
  func ask(_ prompt: String) -> String?
  /// Prints text for the user (a question's explanation).
  func say(_ text: String)
}

/// Capabilities that plugins offer each other through the kit, never by import.
public struct Services: Sendable {
  /// The health assessment, when the health plugin is present.
  public var health: (any HealthScoring)?
  public init(health: (any HealthScoring)? = nil) { self.health = health }
}

/// The health assessment as a service (for what-if analysis in other plugins).
public protocol HealthScoring: Sendable {
  /// Scores `dataset` with `settings`; the total and the category label.
  func score(_ dataset: Dataset, settings: Settings, language: Language) throws -> HealthScore
}

/// The headline of a health assessment.
public struct HealthScore: Sendable {
  public var total: Double
  public var category: Text
  public var complete: Bool
  public init(total: Double, category: Text, complete: Bool) {
    self.total = total
    self.category = category
    self.complete = complete
  }
}

extension Context {
  /// Whether results go to a program (`--format json|csv`): tables only, no
  /// notes on standard output.
  public var machineOutput: Bool { ["json", "csv"].contains(settings.string("format") ?? "") }
}

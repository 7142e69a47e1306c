/// A command as a value: names, parameters, help, examples, requirements and
/// the action. Help, completion, argument validation and "this dataset lacks
/// column X" all come from this declaration.
public struct CommandSpec: Sendable {
  public typealias Action = @Sendable (Invocation) throws -> CommandOutput

  public var names: Names
  public var summary: Text
  /// Longer help: what the figures mean, which rule applies.
  public var discussion: Text?
  public var parameters: [ParameterSpec]
  public var subcommands: [CommandSpec]
  public var examples: [Example]
  /// Tables and columns the command reads; checked before it runs.
  public var requirements: [Requirement]
  /// Whether the command takes a table from a pipeline (`… | summarize --by petugas`).
  public var acceptsInput: Bool
  /// The regulation or method the command implements.
  public var citation: Text?
  /// Whether the command selects the dataset the commands after it work on
  /// (`open`, `use`). When it fails, the statements after it in the same run
  /// see no dataset (a script must not go on with the one selected before),
  /// and the earlier selection returns when the run ends (a typo at the
  /// prompt does not close the cooperative that was open).
  public var selectsDataset: Bool
  /// Nil for a command that only groups subcommands.
  public var action: Action?

  public init(
    _ names: Names, summary: Text, discussion: Text? = nil, parameters: [ParameterSpec] = [],
    subcommands: [CommandSpec] = [], examples: [Example] = [], requirements: [Requirement] = [],
    acceptsInput: Bool = false, citation: Text? = nil, selectsDataset: Bool = false, action: Action? = nil
  ) {
    self.names = names
    self.summary = summary
    self.discussion = discussion
    self.parameters = parameters
    self.subcommands = subcommands
    self.examples = examples
    self.requirements = requirements
    self.acceptsInput = acceptsInput
    self.citation = citation
    self.selectsDataset = selectsDataset
    self.action = action
  }

  /// The subcommand called `name` in either language.
  public func subcommand(_ name: String) -> CommandSpec? {
    subcommands.first { $0.names.matches(name) }
  }

  /// The parameter called `--name` in either language.
  public func parameter(_ name: String) -> ParameterSpec? {
    parameters.first { $0.names.matches(name) }
  }
}

/// A usage example shown in help.
public struct Example: Sendable {
  public var line: String
  public var note: Text
  public init(_ line: String, _ note: Text = "") {
    self.line = line
    self.note = note
  }
}

/// A table (and columns) a command needs from the open dataset.
public struct Requirement: Sendable, Hashable {
  public var table: String
  public var columns: [String]
  public init(_ table: String, columns: [String] = []) {
    self.table = table
    self.columns = columns
  }
}

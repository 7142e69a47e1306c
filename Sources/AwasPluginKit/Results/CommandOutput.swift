/// What a command returns: blocks to show, findings, a count of exceptions,
/// and (for built-in commands) effects on the session.
public struct CommandOutput: Sendable {
  public var blocks: [OutputBlock]
  public var findings: [Finding]
  /// Exceptions a check reported; more than zero makes a script exit with status 2.
  public var exceptions: Int
  /// The table that pipes onward and binds to `_`; by default the first table block.
  public var value: Table?
  public var effects: [Effect]

  public init(
    blocks: [OutputBlock] = [], findings: [Finding] = [], exceptions: Int = 0,
    value: Table? = nil, effects: [Effect] = []
  ) {
    self.blocks = blocks
    self.findings = findings
    self.exceptions = exceptions
    self.value = value
    self.effects = effects
  }

  /// A result that is one table.
  public static func table(_ t: Table, title: String? = nil) -> CommandOutput {
    CommandOutput(blocks: [.table(t, title: title)], value: t)
  }

  /// A result that is one line of text.
  public static func text(_ s: String) -> CommandOutput { CommandOutput(blocks: [.text(s)]) }

  /// The table that pipes onward: `value`, else the first table block.
  public var primaryTable: Table? {
    if let value { return value }
    for b in blocks { if case .table(let t, _) = b { return t } }
    return nil
  }
}

/// One piece of a result, rendered in order.
public enum OutputBlock: Sendable {
  case table(Table, title: String?)
  case text(String)
  /// A heading line (bold on a terminal).
  case heading(String)
  /// Label/value pairs, aligned.
  case fields([(String, String)])
  case chart(Chart)
}

/// A change to the session that a built-in command asks for.
public enum Effect: Sendable {
  case openDataset(Dataset)
  /// Open a *wilayah* folder: several datasets, loaded when selected.
  case openRegion(Region)
  case selectDataset(String)
  case setSetting(String, Value)
  case quit
  case clearScreen
}

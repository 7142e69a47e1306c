/// A plugin: a named set of commands, settings and explainable topics.
///
/// A plugin is a value the executable lists once; the shell reads everything
/// else from the declarations. See docs/plugins.md.
public protocol Plugin: Sendable {
  /// Short name, also the prefix of its settings and explain topics (`risk`).
  var name: String { get }
  var version: String { get }
  var summary: Text { get }
  var commands: [CommandSpec] { get }
  var settings: [SettingSpec] { get }
  /// Topics for `explain <topic>` (`health.likuiditas`); complete names.
  func explainTopics(_ context: Context) -> [ExplainTopic]
  /// Explains a topic, or returns nil if it is not this plugin's.
  func explain(_ topic: String, _ context: Context) throws -> CommandOutput?
  /// Services this plugin offers to others.
  func provide(_ services: inout Services)
}

extension Plugin {
  public var settings: [SettingSpec] { [] }
  public func explainTopics(_ context: Context) -> [ExplainTopic] { [] }
  public func explain(_ topic: String, _ context: Context) throws -> CommandOutput? { nil }
  public func provide(_ services: inout Services) {}
}

/// A topic `explain` knows about.
public struct ExplainTopic: Sendable, Hashable {
  public var name: String
  public var summary: Text
  public init(_ name: String, _ summary: Text) {
    self.name = name
    self.summary = summary
  }
}

import AwasPluginKit

/// The governance plugin (skeleton; see docs/plugins.md).
public struct GovernancePlugin: Plugin {
  public init() {}
  public let name = "governance"
  public let version = "0.1.0"
  public let summary = Text("governance", en: "governance")
  public var commands: [CommandSpec] { [] }
}

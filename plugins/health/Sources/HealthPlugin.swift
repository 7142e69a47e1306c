import AwasPluginKit

/// The health plugin (skeleton; see docs/plugins.md).
public struct HealthPlugin: Plugin {
  public init() {}
  public let name = "health"
  public let version = "0.1.0"
  public let summary = Text("health", en: "health")
  public var commands: [CommandSpec] { [] }
}

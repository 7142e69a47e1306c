import AwasPluginKit

/// The risk plugin (skeleton; see docs/plugins.md).
public struct RiskPlugin: Plugin {
  public init() {}
  public let name = "risk"
  public let version = "0.1.0"
  public let summary = Text("risk", en: "risk")
  public var commands: [CommandSpec] { [] }
}

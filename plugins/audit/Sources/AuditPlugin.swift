import AwasPluginKit

/// The audit plugin (skeleton; see docs/plugins.md).
public struct AuditPlugin: Plugin {
  public init() {}
  public let name = "audit"
  public let version = "0.1.0"
  public let summary = Text("audit", en: "audit")
  public var commands: [CommandSpec] { [] }
}

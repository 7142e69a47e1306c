/// Every command, setting and explain topic known to the session: the
/// built-ins and those of each plugin. Help, completion and dispatch read it.
public struct CommandRegistry: Sendable {
  public private(set) var commands: [CommandSpec] = []
  public private(set) var settings: [SettingSpec] = []
  public private(set) var plugins: [any Plugin] = []
  /// Which plugin (by name) declared each top-level command, by `names.en`.
  public private(set) var owner: [String: String] = [:]

  public init() {}

  /// Adds commands that belong to no plugin (the shell's built-ins).
  public mutating func addBuiltins(_ commands: [CommandSpec], settings: [SettingSpec]) {
    for c in commands { owner[c.names.en] = "core" }
    self.commands += commands
    self.settings += settings
  }

  public mutating func add(_ plugin: any Plugin) {
    plugins.append(plugin)
    for c in plugin.commands { owner[c.names.en] = plugin.name }
    commands += plugin.commands
    settings += plugin.settings
  }

  /// The top-level command called `name` in either language.
  public func command(_ name: String) -> CommandSpec? {
    commands.first { $0.names.matches(name) }
  }

  /// The setting called `name` in either language.
  public func setting(_ name: String) -> SettingSpec? {
    settings.first { $0.names.matches(name) }
  }

  /// Every name of every top-level command (both languages).
  public var allCommandNames: [String] { commands.flatMap(\.names.all) }

  /// Services the plugins offer each other.
  public var services: Services {
    var s = Services()
    for p in plugins { p.provide(&s) }
    return s
  }
}

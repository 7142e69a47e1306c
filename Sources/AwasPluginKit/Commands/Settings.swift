/// A declared setting (`set <name> <value>`): name in both languages, the
/// kind of value, the default and help. Plugins declare theirs with a prefix
/// (`health.cadangan-risiko`).
public struct SettingSpec: Sendable {
  /// `names.en` is the canonical key.
  public var names: Names
  public var kind: ParameterKind
  public var defaultValue: Value
  public var help: Text
  public init(_ names: Names, _ kind: ParameterKind, default defaultValue: Value, help: Text) {
    self.names = names
    self.kind = kind
    self.defaultValue = defaultValue
    self.help = help
  }
  public var key: String { names.en }
}

/// The current value of every setting, by canonical key.
public struct Settings: Sendable {
  public var values: [String: Value]

  public init(_ values: [String: Value] = [:]) { self.values = values }

  public subscript(key: String) -> Value? {
    get { values[key] }
    set { values[key] = newValue }
  }

  public func string(_ key: String) -> String? {
    switch values[key] {
    case .string(let s)?: return s
    case let v?: return ValueFormatter.plain(v)
    case nil: return nil
    }
  }
  public func bool(_ key: String) -> Bool? {
    if case .bool(let b)? = values[key] { return b }
    return nil
  }
  public func int(_ key: String) -> Int? {
    if case .int(let i)? = values[key] { return Int(i) }
    return nil
  }
  public func date(_ key: String) -> Day? {
    if case .date(let d)? = values[key] { return d }
    return nil
  }
  public func ratio(_ key: String) -> Double? {
    if case .percent(let p)? = values[key] { return p }
    return values[key]?.numeric
  }
}

/// The names of a command, parameter, choice or setting: Indonesian, English,
/// and any further aliases. Every name is accepted in either language.
public struct Names: Sendable, Hashable {
  public var id: String
  public var en: String
  public var aliases: [String]

  public init(_ id: String, en: String? = nil, aliases: [String] = []) {
    self.id = id
    self.en = en ?? id
    self.aliases = aliases
  }

  /// Every accepted spelling, Indonesian first, without repeats.
  public var all: [String] {
    var out: [String] = []
    for n in [id, en] + aliases where !out.contains(n) { out.append(n) }
    return out
  }

  /// The primary name in `language`.
  public func callAsFunction(_ language: Language) -> String { language == .en ? en : id }

  /// Whether `name` is one of these names (case-insensitive).
  public func matches(_ name: String) -> Bool {
    let n = name.lowercased()
    return all.contains { $0.lowercased() == n }
  }
}

import AwasPluginKit

/// The governance checklist: RAT, annual report, terms, dual roles, family ties,
/// certificates, insider loans, public-accountant audit; questions where data
/// cannot tell (docs/governance.md).
public struct GovernancePlugin: Plugin {
  public init() {}
  public let name = "governance"
  public let version = "1.0.0"
  public let summary = Text("Daftar periksa tata kelola koperasi", en: "Cooperative governance checklist")

  public var commands: [CommandSpec] { [GovernanceCommands.governance] }

  public var settings: [SettingSpec] {
    [SettingSpec(
      Names("tatakelola.aturan", en: "governance.rules"), .path(directory: false), default: .null,
      help: Text("daftar periksa hasil suntingan (salinan Rules/tatakelola.toml); kosong = bawaan",
                 en: "an edited checklist (a copy of Rules/tatakelola.toml); empty = built-in"))]
  }

  public func explainTopics(_ context: Context) -> [ExplainTopic] {
    guard let list = try? GovChecklist.select(context.settings) else { return [] }
    return list.items.map { ExplainTopic("governance.\($0.id)", $0.label) }
  }

  public func explain(_ topic: String, _ context: Context) throws -> CommandOutput? {
    let t = topic.trimmingSpaces()
    guard let prefix = ["governance.", "tatakelola."].first(where: { t.lowercased().hasPrefix($0) }) else { return nil }
    let key = String(t.dropFirst(prefix.count))
    let list = try GovChecklist.select(context.settings)
    guard let item = list.item(key) else {
      let near = Suggest.closest("governance." + key, among: list.items.map { "governance.\($0.id)" })
        ?? list.items.first { !key.isEmpty && $0.id.contains(key.lowercased()) }.map { "governance.\($0.id)" }
      throw UserError(
        Text("Tidak ada butir `\(key)`.", en: "There is no item `\(key)`."),
        hint: near.map { Text("Maksud Anda `\($0)`?", en: "Did you mean `\($0)`?") }, argument: topic)
    }
    return try GovernanceCommands.explain(item, list, context)
  }
}

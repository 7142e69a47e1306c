import AwasPluginKit

/// The health assessment of savings-and-loan cooperatives (Perdep 06/2016 for
/// KSP/USP, 07/2016 for KSPPS/USPPS), rule by rule from data files, with the
/// Manajemen questionnaire and `explain` for every component (docs/health.md).
public struct HealthPlugin: Plugin {
  public init() {}
  public let name = "health"
  public let version = "1.0.0"
  public let summary = Text("Penilaian kesehatan KSP/USP dan KSPPS/USPPS", en: "Health assessment of KSP/USP and KSPPS/USPPS")

  public var commands: [CommandSpec] { [HealthCommands.health] }
  public var settings: [SettingSpec] { HealthSettings.specs }

  public func explainTopics(_ context: Context) -> [ExplainTopic] {
    guard let (scheme, _) = try? HealthRules.select(for: context.dataset, settings: context.settings) else { return [] }
    return HealthExplain.topics(scheme)
  }

  public func explain(_ topic: String, _ context: Context) throws -> CommandOutput? {
    guard let key = HealthExplain.key(topic) else { return nil }
    let (scheme, lists) = try HealthRules.select(for: context.dataset, settings: context.settings)
    let runner = try context.dataset.map { try HealthRunner(dataset: $0, settings: context.settings, workspace: context.workspace) }
    guard let out = try HealthExplain.explain(key, runner: runner, scheme: scheme, checklists: lists, context.language) else {
      let near = Suggest.closest("health." + key, among: HealthExplain.topics(scheme).map(\.name))
      throw UserError(
        Text("Tidak ada penjelasan untuk `\(topic)`.", en: "Nothing to explain for `\(topic)`."),
        hint: near.map { Text("Maksud Anda `\($0)`?", en: "Did you mean `\($0)`?") }
          ?? Text("Ketik `jelaskan` untuk daftar topik.", en: "Type `explain` for the list of topics."),
        argument: topic)
    }
    return out
  }

  public func provide(_ services: inout Services) { services.health = HealthService() }
}

/// ``HealthScoring`` for other plugins (the risk plugin's stress test rescoring a shocked dataset).
/// Answers are read from the dataset's default workspace (`<folder>/.awas`) when it exists;
/// otherwise the Manajemen aspect counts as incomplete.
struct HealthService: HealthScoring {
  func score(_ dataset: Dataset, settings: Settings, language: Language) throws -> HealthScore {
    let folder = URL(fileURLWithPath: dataset.folder).appendingPathComponent(".awas").path
    let ws = FileManager.default.fileExists(atPath: folder) ? Workspace(path: folder) : nil
    let a = try HealthRunner(dataset: dataset, settings: settings, workspace: ws).current()
    return HealthScore(total: a.total.double, category: a.category?.label ?? "-", complete: a.complete)
  }
}

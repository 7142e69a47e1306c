import AwasPluginKit

/// The loan-risk plugin (`risk` / `risiko`): collectibility, portfolio at
/// risk, provisioning, concentration, roll rates, vintages and stress tests
/// on the derived loan columns of the dataset. See docs/loan-risk.md.
public struct RiskPlugin: Plugin {
  public init() { self.init(statusSource: { LoanBookStatusProvider(dataset: $0) }) }

  /// A plugin whose multi-date analyses get loan status from `statusSource`
  /// (tests; later a faster multi-date engine).
  init(statusSource: @escaping LoanStatusSource) { self.statusSource = statusSource }

  let statusSource: LoanStatusSource

  public let name = "risk"
  public let version = "1.0.0"
  public let summary = Text("Risiko pinjaman", en: "Loan risk")

  public var commands: [CommandSpec] { [RiskCommands(source: statusSource).risk] }

  public var settings: [SettingSpec] { RiskSettings.specs }

  public func explainTopics(_ context: Context) -> [ExplainTopic] { RiskExplain.topics(context.language) }

  public func explain(_ topic: String, _ context: Context) throws -> CommandOutput? {
    try RiskExplain.explain(topic, context)
  }
}

import AwasPluginKit

/// The audit plugin: ACL/IDEA-style analytics aimed at a cooperative's
/// ledgers — digit tests, gaps, duplicates, near-duplicate members, NIK
/// structure, weekend and holiday postings, round amounts, journal balance,
/// reconciliation, stratification, ageing, summaries, statistics and
/// sampling. Each check returns findings and counts its exceptions; the
/// findings store and the audit log belong to the shell.
/// See docs/audit-checks.md.
public struct AuditPlugin: Plugin {
  public init() {}
  public let name = "audit"
  public let version = "1.0.0"
  public let summary = Text("Analitik audit", en: "Audit analytics")

  /// The subcommands of `check` (`periksa`).
  static var checks: [AuditCheck] {
    [
      BenfordCheck.check, GapsCheck.check, DuplicatesCheck.check, FuzzyCheck.check, NIKCheck.check,
      WeekendCheck.check, RoundCheck.check, JournalCheck.check, ReconcileCheck.check,
    ]
  }

  /// Top-level commands other than `check` and `sample`.
  static var tools: [AuditCheck] {
    [BenfordDrill.check, StratifyCommand.check, AgeCommand.check, SummarizeCommand.check, StatsCommand.check]
  }

  /// `sample` selects (MUS or random); `sample size` and `sample evaluate` are its subcommands.
  static var sampling: AuditCheck {
    var s = SampleSelectCommand.check
    s.subcommands = [SampleSizeCommand.check.spec, SampleEvaluateCommand.check.spec]
    return s
  }

  static var checkCommand: CommandSpec {
    CommandSpec(
      Names("periksa", en: "check"),
      summary: Text("uji audit atas buku koperasi", en: "audit checks on the cooperative's books"),
      discussion: Text(
        "Tiap uji mengembalikan tabel hasil dan temuan; bila ada pengecualian, skrip keluar dengan status 2. `jelaskan check.NAMA` menerangkan metode, rumus dan ambangnya.",
        en: "Each check returns a result table and findings; when it finds exceptions a script exits with status 2. `explain check.NAME` shows its method, formulas and thresholds."),
      subcommands: checks.map(\.spec),
      examples: checks.flatMap(\.examples).prefix(6).map { $0 })
  }

  public var commands: [CommandSpec] { [Self.checkCommand] + Self.tools.map(\.spec) + [Self.sampling.spec] }

  public var settings: [SettingSpec] { AuditSettings.all }

  static var allChecks: [AuditCheck] {
    checks + tools + [SampleSelectCommand.check, SampleSizeCommand.check, SampleEvaluateCommand.check]
  }

  public func explainTopics(_ context: Context) -> [ExplainTopic] {
    Self.allChecks.map(\.explainTopic)
  }

  public func explain(_ topic: String, _ context: Context) throws -> CommandOutput? {
    Self.allChecks.first { $0.answers(topic) }?.explain(context)
  }
}

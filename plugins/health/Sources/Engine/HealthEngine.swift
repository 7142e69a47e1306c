import AwasPluginKit

/// What an engine needs besides the scheme: figures for one period and the answers.
struct EngineInput: Sendable {
  var figures: FigureBook
  var period: BalancePeriod
  var asOf: Day
  var checklists: [String: Checklist]
  /// Answers by checklist id; nil when answers do not apply to this period.
  var answers: [String: AnswerSheet]?
}

/// The boundary between a scheme's data and the arithmetic that scores it.
/// `2016` scores Perdep 06/2016 and 07/2016; the Juknis 15/2021 KKPKK
/// (skor 1–4 per indicator, aspect percentages) will be a second engine
/// behind the same protocol, named `kkpkk2021` in its rules file.
protocol HealthEngine: Sendable {
  var id: String { get }
  func assess(_ scheme: Scheme, _ input: EngineInput) -> Assessment
}

enum Engines {
  static let all: [any HealthEngine] = [Engine2016()]

  static func engine(for scheme: Scheme) throws -> any HealthEngine {
    if let e = all.first(where: { $0.id == scheme.engine }) { return e }
    throw UserError(
      Text(
        "Skema \(scheme.id) memakai mesin `\(scheme.engine)` yang belum tersedia.",
        en: "Scheme \(scheme.id) uses engine `\(scheme.engine)`, which is not available yet."),
      hint: Text(
        "Mesin yang ada: \(all.map(\.id).joined(separator: ", ")).",
        en: "Available engines: \(all.map(\.id).joined(separator: ", "))."))
  }
}

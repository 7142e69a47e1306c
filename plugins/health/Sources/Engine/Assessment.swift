import AwasPluginKit

/// One component scored (or not, with the reasons).
struct ComponentResult: Sendable {
  var component: Component
  var numerator: FormulaResult?
  var denominator: FormulaResult?
  var ratio: RatioValue?
  var scale: Scale?
  /// Index of the band the ratio fell in.
  var band: Int?
  var nilai: Decimal4?
  /// nil when the component cannot be scored; for a partly answered
  /// questionnaire, the score of the answers so far.
  var skor: Decimal4?
  var complete: Bool
  var notes: [Text] = []
  /// Options that decided this component: `penyebut-2c=pb`.
  var choices: [(option: String, alternative: String)] = []
  /// For a questionnaire group: yes, no, open, total.
  var tally: (yes: Int, no: Int, open: Int, total: Int)?

  /// The weight not earned for certain because the component is incomplete.
  var weightInDoubt: Decimal4 {
    if complete { return .zero }
    if let t = tally, t.total > 0 {
      return Decimal4(raw: FixedMath.mulDiv(Int64(t.open), component.weight.raw, Int64(t.total)) ?? 0)
    }
    return component.weight
  }
}

struct AspectResult: Sendable {
  var aspect: Aspect
  var skor: Decimal4
  var complete: Bool
  /// skor / weight × 100, two decimals.
  var percent: Decimal4?
  /// The category the aspect percentage reaches [uncertain: inferred from theses].
  var category: Category?
}

/// A scheme applied to one period of a dataset.
struct Assessment: Sendable {
  var scheme: Scheme
  var options: ResolvedOptions
  var period: BalancePeriod
  var asOf: Day
  var components: [ComponentResult]
  var aspects: [AspectResult]
  var total: Decimal4
  var category: Category?
  var complete: Bool
  /// Points that incomplete components could still add.
  var weightInDoubt: Decimal4
  /// The category the total could reach at most (when incomplete).
  var bestCategory: Category?
  var notes: [Text] = []

  func result(_ id: String) -> ComponentResult? {
    components.first { $0.component.id.lowercased() == id.lowercased() }
  }
  func aspect(_ id: String) -> AspectResult? { aspects.first { $0.aspect.id == id } }
  var incompleteCount: Int { components.filter { !$0.complete }.count }
  var openQuestions: Int { components.compactMap(\.tally?.open).reduce(0, +) }
}

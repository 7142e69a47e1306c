import AwasPluginKit

/// Resolves every name a formula may use, for one period: named inputs of the
/// scheme, `pinjaman.*` loan figures, and `pos` sums of neraca/phu.
struct FigureBook: Sendable {
  let scheme: Scheme
  let options: ResolvedOptions
  let ledger: PosLedger
  /// Nil with a reason when loan figures for this period cannot be had.
  let loans: LoanFigures?
  let loansUnavailable: Text?
  let policy: [String: Value]

  init(
    scheme: Scheme, options: ResolvedOptions, dataset: Dataset, period: BalancePeriod, loanDataset: Dataset?,
    loansUnavailable: Text? = nil
  ) {
    self.scheme = scheme
    self.options = options
    ledger = PosLedger(dataset: dataset, period: period)
    let year = period == .current ? dataset.info.tahunBuku : dataset.info.tahunBuku - 1
    loans = loanDataset.map { LoanFigures(dataset: $0, year: year) }
    self.loansUnavailable = loansUnavailable
    policy = dataset.info.kebijakan
  }

  /// The value of `name`.
  func resolve(_ name: String) -> FigureValue {
    if let def = scheme.inputs[name] {
      let (terms, choice) = def.formula.resolve(options)
      guard let terms else {
        return .missing(Text(
          "masukan \(name): alternatif `\(choice?.alternative ?? "")` tidak ada", en: "input \(name): no alternative `\(choice?.alternative ?? "")`"))
      }
      let r = evaluate(terms)
      guard let total = r.total else { return .missing(r.missing.first ?? "") }
      return .amount(total, .formula(name, r))
    }
    if name.hasPrefix("pinjaman.") {
      guard let loans else {
        return .missing(loansUnavailable ?? Text("angka pinjaman tidak tersedia", en: "loan figures are unavailable"))
      }
      return loans.value(name, weights: scheme.classWeights)
    }
    switch ledger.lookup(name) {
    case .found(let m, let lines): return .amount(m, .accounts(lines))
    case .absent:
      let table = PosVocabulary.entry(name)?.statement.rawValue ?? "neraca"
      return .absent(Text(
        "tidak ada akun dengan pos \(name) di \(table).csv", en: "no account with pos \(name) in \(table).csv"))
    case .unavailable(let why): return .missing(why)
    }
  }

  func evaluate(_ terms: [FigureTerm]) -> FormulaResult {
    FigureFormula.evaluate(terms, policy: policy, resolve: resolve)
  }
}

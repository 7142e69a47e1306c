import AwasPluginKit

/// Status at many dates from the loan engine's `LoanBook`: the repayments are
/// grouped once, then each date costs one pass over the loans (no dataset is
/// rebuilt). Falls back to ``RecomputingStatusProvider`` when the dataset has
/// no repayments to build a book from.
struct LoanBookStatusProvider: LoanStatusProvider {
  let dataset: Dataset

  func forEachStatus(
    at dates: [Day], progress: any ProgressReporter, _ body: (LoanSnapshot) throws -> Void
  ) throws {
    guard let book = LoanBook(dataset), book.hasRepayments else {
      try RecomputingStatusProvider(dataset: dataset).forEachStatus(at: dates, progress: progress, body)
      return
    }
    let rules = try (try? CollectibilityRules.forDataset(dataset)) ?? CollectibilityRules.standard()
    let table = try Portfolio.pinjaman(dataset)
    for (k, day) in dates.enumerated() {
      if progress.isCancelled { throw UserError.cancelled }
      progress.report("\(day)", done: k, total: dates.count)
      let s = book.status(asOf: day, rules: rules)
      var unknown = Bitset(count: s.count)
      var aged = Bitset(count: s.count)
      for i in 0..<s.count {
        if s.unknownSisa[i] || s.notDisbursed[i] { unknown[i] = true }
        if !s.unaged[i] && !s.notDisbursed[i] { aged[i] = true }
      }
      let state = Portfolio.states(table, asOf: day, sisa: (s.sisa, unknown))
      try body(LoanSnapshot(asOf: day, sisa: s.sisa, dpd: s.dpd, aged: aged, state: state))
    }
    progress.report("", done: dates.count, total: dates.count)
  }
}

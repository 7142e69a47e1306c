import AwasPluginKit

/// The loans' status at one as-of date: what the multi-date analyses
/// (`risk rollrate`, `risk vintage`) need. Row `i` is row `i` of the base
/// dataset's `pinjaman` table.
struct LoanSnapshot: Sendable {
  let asOf: Day
  /// Outstanding principal in sen (0 where unknown).
  let sisa: ContiguousArray<Int64>
  /// Days past due (0 where unknown; see `aged`).
  let dpd: ContiguousArray<Int64>
  let aged: Bitset
  /// ``LoanState`` raw values.
  let state: ContiguousArray<UInt8>

  init(asOf: Day, sisa: ContiguousArray<Int64>, dpd: ContiguousArray<Int64>, aged: Bitset, state: ContiguousArray<UInt8>) {
    precondition(sisa.count == dpd.count && dpd.count == state.count && aged.count == state.count)
    self.asOf = asOf
    self.sisa = sisa
    self.dpd = dpd
    self.aged = aged
    self.state = state
  }

  /// Reads the derived columns of a dataset recomputed for `asOf`.
  init(_ dataset: Dataset) throws {
    let t = try Portfolio.pinjaman(dataset)
    let s = try Portfolio.int64Column(t, "sisa"), d = try Portfolio.int64Column(t, "dpd")
    var aged = Bitset(count: t.rowCount)
    for i in 0..<t.rowCount where !(d.nulls?[i] ?? false) { aged[i] = true }
    self.init(asOf: dataset.asOf, sisa: s.values, dpd: d.values, aged: aged,
              state: Portfolio.states(t, asOf: dataset.asOf, sisa: s))
  }

  var count: Int { state.count }
}

/// The seam between the risk plugin and the loan engine for status at many
/// dates. Today ``RecomputingStatusProvider`` recomputes the whole dataset per
/// date (`Dataset.recomputed(asOf:)`); a multi-date engine can take its place
/// without any change to the roll-rate or vintage code.
protocol LoanStatusProvider: Sendable {
  /// Calls `body` with the loans' status at each of `dates`, in order.
  /// Stops early when `progress.isCancelled`.
  func forEachStatus(
    at dates: [Day], progress: any ProgressReporter, _ body: (LoanSnapshot) throws -> Void
  ) throws
}

/// Status at each date from `Dataset.recomputed(asOf:)`, one date at a time
/// (only one recomputed dataset is alive at once).
struct RecomputingStatusProvider: LoanStatusProvider {
  let dataset: Dataset

  func forEachStatus(
    at dates: [Day], progress: any ProgressReporter, _ body: (LoanSnapshot) throws -> Void
  ) throws {
    for (k, day) in dates.enumerated() {
      if progress.isCancelled { throw UserError.cancelled }
      progress.report("\(day)", done: k, total: dates.count)
      try body(LoanSnapshot(dataset.recomputed(asOf: day)))
    }
    progress.report("", done: dates.count, total: dates.count)
  }
}

/// Makes the status provider for a dataset; the plugin holds one so tests
/// (and later a faster engine) can supply another.
typealias LoanStatusSource = @Sendable (Dataset) -> any LoanStatusProvider

extension UserError {
  static let cancelled = UserError(Text("Dihentikan.", en: "Stopped."))
}

import AwasPluginKit

/// A month-to-month transition matrix between dpd buckets, pooled over the
/// consecutive pairs of as-of dates: for each loan active at the earlier date,
/// the bucket it was in and the state it reached at the next date (a bucket,
/// repaid, or unknown). Weights are the outstanding at the earlier date.
struct RollRateMatrix: Sendable {
  let buckets: AgingBuckets
  let dates: [Day]
  /// [from bucket][to state]: loans.
  var counts: [[Int64]]
  /// [from bucket][to state]: outstanding at the earlier date, in sen.
  var weights: [[Int64]]
  /// Written-off loans, left out at every date (no write-off date in the data).
  var writtenOff: Int64 = 0
  /// Active loans with unknown dpd at an earlier date, left out.
  var unaged: Int64 = 0

  /// Column index of "repaid" and "unknown" among the to-states.
  var repaidState: Int { buckets.count }
  var unknownState: Int { buckets.count + 1 }
  var stateCount: Int { buckets.count + 2 }

  init(buckets: AgingBuckets, dates: [Day]) {
    self.buckets = buckets
    self.dates = dates
    counts = Array(repeating: Array(repeating: 0, count: buckets.count + 2), count: buckets.count)
    weights = counts
  }

  /// Pools the transitions between each pair of consecutive `dates`.
  static func compute(
    _ provider: any LoanStatusProvider, dates: [Day], buckets: AgingBuckets, progress: any ProgressReporter
  ) throws -> RollRateMatrix {
    var m = RollRateMatrix(buckets: buckets, dates: dates)
    var previous: (bucket: ContiguousArray<Int8>, sisa: ContiguousArray<Int64>)?
    try provider.forEachStatus(at: dates, progress: progress) { snap in
      let n = snap.count
      // This date's bucket per loan: ≥ 0 a bucket, -1 repaid, -2 unknown, -3 left out.
      var bucket = ContiguousArray<Int8>(repeating: -3, count: n)
      var writtenOff: Int64 = 0
      for i in 0..<n {
        switch LoanState(rawValue: snap.state[i]) {
        case .active?: bucket[i] = snap.aged[i] ? Int8(buckets.bucket(snap.dpd[i])) : -2
        case .closed?: bucket[i] = -1
        case .writtenOff?: writtenOff += 1
        case .unknown?: bucket[i] = -2
        default: break
        }
      }
      m.writtenOff = max(m.writtenOff, writtenOff)
      if let prev = previous {
        guard prev.bucket.count == n else {
          throw UserError(Text("Jumlah pinjaman berubah antar tanggal.", en: "The number of loans changed between dates."))
        }
        for i in 0..<n {
          let from = Int(prev.bucket[i])
          if from == -2 { m.unaged += 1 }
          guard from >= 0 else { continue }
          let now = Int(bucket[i])
          let to = now >= 0 ? now : (now == -1 ? m.repaidState : m.unknownState)
          m.counts[from][to] += 1
          m.weights[from][to] = Money.sum(m.weights[from][to], prev.sisa[i])
        }
      }
      previous = (bucket, snap.sisa)
    }
    return m
  }

  /// Loans and outstanding that started in bucket `from`.
  func rowTotals(_ from: Int) -> (loans: Int64, sen: Int64) {
    (counts[from].reduce(0, +), weights[from].reduce(0, Money.sum))
  }

  /// Share of bucket `from`'s outstanding that reached state `to`.
  func weightedShare(_ from: Int, _ to: Int) -> Double? { RiskMath.ratio(weights[from][to], rowTotals(from).sen) }

  /// Share of bucket `from`'s loans that reached state `to`.
  func countShare(_ from: Int, _ to: Int) -> Double? { RiskMath.ratio(counts[from][to], rowTotals(from).loans) }

  /// Whether any loan reached the unknown state (the column is shown only then).
  var hasUnknown: Bool { counts.contains { $0[unknownState] > 0 } }
}

import AwasPluginKit

/// Cumulative default curves by disbursement quarter: for each quarter's
/// loans, the share of the disbursed amount (plafon) that has ever been more
/// than `defaultDpd` days past due (or written off), at each as-of date after
/// the quarter ended.
struct VintageCurves: Sendable {
  struct Point: Sendable {
    var date: Day
    /// Months from the end of the quarter to `date`.
    var months: Int
    var defaultedLoans: Int64
    var defaultedPlafon: Int64
  }

  struct Cohort: Sendable {
    /// `2025Q1`.
    var label: String
    var quarterEnd: Day
    var loans: Int64 = 0
    var plafon: Int64 = 0
    var points: [Point] = []

    func share(_ p: Point) -> Double? { RiskMath.ratio(p.defaultedPlafon, plafon) }
  }

  var cohorts: [Cohort]
  let defaultDpd: Int64
  /// Loans disbursed before the first cohort (their start was not observed), left out.
  var earlier: Int64 = 0

  static func compute(
    _ provider: any LoanStatusProvider, table: Table, dates: [Day], defaultDpd: Int64, reportDate: Day,
    progress: any ProgressReporter
  ) throws -> VintageCurves {
    guard let cairCol = table.column("tanggal_cair"), let cair = cairCol.days else {
      throw UserError.missingColumn("tanggal_cair", table: table)
    }
    guard let plafonCol = table.column("plafon"), let plafon = plafonCol.int64s else {
      throw UserError.missingColumn("plafon", table: table)
    }
    let n = table.rowCount
    guard let first = dates.first, let last = dates.last else { return VintageCurves(cohorts: [], defaultDpd: defaultDpd) }
    // Quarters from the one holding the first date to the one holding the last.
    let firstQ = quarterIndex(first), lastQ = quarterIndex(last)
    var cohorts = (firstQ...max(firstQ, lastQ)).map { q in
      Cohort(label: "\(q / 4)Q\(q % 4 + 1)", quarterEnd: quarterEnd(q))
    }
    var cohortOf = ContiguousArray<Int32>(repeating: -1, count: n)
    var vintage = VintageCurves(cohorts: [], defaultDpd: defaultDpd)
    for i in 0..<n where !cairCol.isNull(i) && !plafonCol.isNull(i) {
      let d = Day(serial: cair[i])
      guard d <= last else { continue }
      let q = quarterIndex(d)
      if q < firstQ { vintage.earlier += 1; continue }
      let c = q - firstQ
      cohortOf[i] = Int32(c)
      cohorts[c].loans += 1
      cohorts[c].plafon = Money.sum(cohorts[c].plafon, max(0, plafon[i]))
    }
    var ever = Bitset(count: n)
    try provider.forEachStatus(at: dates, progress: progress) { snap in
      guard snap.count == n else {
        throw UserError(Text("Jumlah pinjaman berubah antar tanggal.", en: "The number of loans changed between dates."))
      }
      let writtenOffKnown = snap.asOf >= reportDate
      var loans = [Int64](repeating: 0, count: cohorts.count), amount = loans
      for i in 0..<n {
        let c = Int(cohortOf[i])
        guard c >= 0 else { continue }
        if !ever[i] {
          let st = snap.state[i]
          let late = (st == LoanState.active.rawValue || st == LoanState.writtenOff.rawValue)
            && snap.aged[i] && snap.dpd[i] > defaultDpd
          if late || (writtenOffKnown && st == LoanState.writtenOff.rawValue) { ever[i] = true }
        }
        if ever[i] {
          loans[c] += 1
          amount[c] = Money.sum(amount[c], max(0, plafon[i]))
        }
      }
      for c in cohorts.indices where snap.asOf >= cohorts[c].quarterEnd {
        cohorts[c].points.append(Point(
          date: snap.asOf, months: AsOfDates.months(from: cohorts[c].quarterEnd, to: snap.asOf),
          defaultedLoans: loans[c], defaultedPlafon: amount[c]))
      }
    }
    vintage.cohorts = cohorts.filter { $0.loans > 0 }
    return vintage
  }

  /// year × 4 + quarter (0–3).
  static func quarterIndex(_ d: Day) -> Int { d.year * 4 + (d.month - 1) / 3 }

  /// The last day of quarter `q`.
  static func quarterEnd(_ q: Int) -> Day {
    Day(year: q / 4, month: (q % 4) * 3 + 3, day: 1)?.endOfMonth ?? Day(serial: 0)
  }
}

import AwasPluginKit

/// The as-of dates of a multi-date analysis: `--dates a,b,c`, or the month
/// ends from `--from` to `--to` (the last date itself when it is not a month end).
enum AsOfDates {
  /// At most this many dates (each one recomputes every loan).
  static let maximum = 240

  /// - Parameters:
  ///   - months: how many month ends to take by default, ending at the as-of date.
  static func resolve(_ args: Arguments, dataset: Dataset, defaultMonths months: Int) throws -> [Day] {
    var dates: [Day]
    let listed = args.list("dates").compactMap { a -> Day? in
      if case .value(.date(let d)) = a { return d }
      if case .value(.string(let s)) = a { return Day(iso: s) }
      return nil
    }
    if !listed.isEmpty {
      dates = Array(Set(listed)).sorted()
    } else {
      let to = args.date("to") ?? dataset.asOf
      let from = args.date("from") ?? to.adding(months: -(months - 1)).endOfMonth
      guard from <= to else {
        throw UserError(
          Text("`--dari` (\(from)) jatuh setelah `--sampai` (\(to)).", en: "`--from` (\(from)) is after `--to` (\(to))."),
          argument: "from")
      }
      dates = monthEnds(from: from, to: to)
    }
    let report = dataset.info.tanggalLaporan
    if let late = dates.first(where: { $0 > report }) {
      throw UserError(
        Text("Tanggal \(late) jatuh setelah tanggal laporan \(report); angsuran sesudahnya tidak ada di data.", en: "Date \(late) is after the reporting date \(report); later repayments are not in the data."),
        hint: Text("Pilih tanggal sampai \(report).", en: "Choose dates up to \(report)."), argument: "to")
    }
    guard dates.count <= maximum else {
      throw UserError(
        Text("\(dates.count) tanggal terlalu banyak (paling banyak \(maximum)).", en: "\(dates.count) dates are too many (at most \(maximum))."),
        argument: "from")
    }
    return dates
  }

  /// Month ends from the month of `from` to `to`; `to` is added when it is not a month end.
  static func monthEnds(from: Day, to: Day) -> [Day] {
    var out: [Day] = []
    var d = from.endOfMonth
    while d <= to {
      out.append(d)
      d = d.adding(months: 1).endOfMonth
    }
    if out.last != to && to >= from { out.append(to) }
    return out
  }

  /// Months from `a` to `b` by calendar month (Jan 31 → Feb 28 is 1).
  static func months(from a: Day, to b: Day) -> Int { (b.year - a.year) * 12 + (b.month - a.month) }
}

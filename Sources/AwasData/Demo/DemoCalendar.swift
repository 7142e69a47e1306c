/// Working days of the demo cooperative: Monday to Friday, except Indonesian
/// national holidays and *cuti bersama* (joint leave days).
///
/// Every date the demo writes (except the planted Sunday and holiday journal
/// postings) is a working day, so a check for postings on weekends or holidays
/// finds exactly the planted ones. The closed days come from the same list the
/// audit check reads (`Rules/libur.toml`, ``HolidayCalendar``); outside the years
/// it covers, the fixed-date holidays below apply.
struct DemoCalendar {
  /// The shipped holiday list (empty if it cannot be read).
  static let list: HolidayCalendar? = try? HolidayCalendar.standard.get()

  /// Holidays on the same date every year: Tahun Baru, Hari Buruh, Hari Lahir
  /// Pancasila, Hari Kemerdekaan, Natal.
  static let fixedHolidays: [(month: Int, day: Int)] = [(1, 1), (5, 1), (6, 1), (8, 17), (12, 25)]

  let first: Int32
  private var working: [Bool]

  /// A calendar for the days from `from` to `to` (inclusive).
  init(from: Day, to: Day) {
    first = from.serial
    let n = Int(to.serial - from.serial) + 1
    working = [Bool](repeating: false, count: max(0, n))
    let closed = Set(Self.list?.days.keys.map { $0 } ?? [])
    for i in 0..<n {
      let d = Day(serial: from.serial + Int32(i))
      guard d.isoWeekday <= 5, !closed.contains(d.serial) else { continue }
      let (_, m, dd) = d.components
      if Self.fixedHolidays.contains(where: { $0.month == m && $0.day == dd }) { continue }
      working[i] = true
    }
  }

  /// Whether `d` is a working day (false outside the calendar's range).
  @inline(__always)
  func isWorking(_ d: Int32) -> Bool {
    let i = Int(d - first)
    return i >= 0 && i < working.count && working[i]
  }

  /// The working day on or before `d` (not before the range's start).
  func onOrBefore(_ d: Int32) -> Int32 {
    var x = d
    while !isWorking(x) && x > first { x -= 1 }
    return x
  }

  /// The working day on or after `d` (may run past the range's end).
  func onOrAfter(_ d: Int32) -> Int32 {
    var x = d
    let end = first + Int32(working.count)
    while !isWorking(x) && x < end { x += 1 }
    return x
  }

  /// Whether `d` is a national holiday (for the planted holiday posting).
  static func isHoliday(_ d: Day) -> Bool {
    let (_, m, dd) = d.components
    if let h = list?.days[d.serial] { return h.kind == .national }
    return fixedHolidays.contains(where: { $0.month == m && $0.day == dd })
  }
}

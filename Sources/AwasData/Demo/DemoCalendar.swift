/// Working days of the demo cooperative: Monday to Friday, except Indonesian
/// national holidays and *cuti bersama* (joint leave days).
///
/// Every date the demo writes (except the planted Sunday and holiday journal
/// postings) is a working day, so a check for postings on weekends or holidays
/// finds exactly the planted ones. The holiday list covers 2024 and 2025 in
/// full (SKB 3 Menteri) and the fixed-date holidays of every year.
struct DemoCalendar {
  /// National holidays of 2024 and 2025 (the book years the journal and the
  /// previous-year figures cover).
  static let holidays: [String] = [
    // 2024
    "2024-01-01", "2024-02-08", "2024-02-10", "2024-03-11", "2024-03-29", "2024-03-31",
    "2024-04-10", "2024-04-11", "2024-05-01", "2024-05-09", "2024-05-23", "2024-06-01",
    "2024-06-17", "2024-07-07", "2024-08-17", "2024-09-16", "2024-12-25",
    // 2025
    "2025-01-01", "2025-01-27", "2025-01-29", "2025-03-29", "2025-03-31", "2025-04-01",
    "2025-04-18", "2025-04-20", "2025-05-01", "2025-05-12", "2025-05-29", "2025-06-01",
    "2025-06-06", "2025-06-27", "2025-08-17", "2025-09-05", "2025-12-25",
  ]

  /// Cuti bersama of 2024 and 2025: offices close, so the demo posts nothing.
  static let jointLeave: [String] = [
    "2024-02-09", "2024-03-12", "2024-04-08", "2024-04-09", "2024-04-12", "2024-04-15",
    "2024-05-10", "2024-05-24", "2024-06-18", "2024-12-26",
    "2025-01-28", "2025-03-28", "2025-04-02", "2025-04-03", "2025-04-04", "2025-04-07",
    "2025-05-13", "2025-05-30", "2025-06-09", "2025-12-26",
  ]

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
    var closed = Set<Int32>()
    for text in Self.holidays + Self.jointLeave {
      if let d = Day(iso: text) { closed.insert(d.serial) }
    }
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
    return holidays.contains(d.description)
      || fixedHolidays.contains(where: { $0.month == m && $0.day == dd })
  }
}

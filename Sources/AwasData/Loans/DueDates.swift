/// The due dates of one loan's installments: installment k falls due on the
/// disbursement date plus k calendar months, counted from the disbursement date
/// each time and clamped to the month's end (as ``Day/adding(months:)``).
struct DueDates: Sendable {
  /// year × 12 + (month − 1) of the disbursement date.
  let monthIndex: Int32
  /// Day of the month of the disbursement date.
  let day: Int32

  init(_ cair: Day) {
    let (y, m, d) = cair.components
    monthIndex = Int32(y * 12 + m - 1)
    day = Int32(d)
  }

  /// The due date of installment `k` (1-based), as a day serial.
  @inline(__always)
  func serial(_ k: Int) -> Int32 {
    let t = Int(monthIndex) + k
    let y = t / 12, m = t % 12 + 1
    let d = min(Int(day), Day.daysIn(month: m, year: y))
    return Int32(Day.daysFromCivil(y, m, d))
  }

  /// How many installments fall due on or before the date `asOf`
  /// (unbounded: the caller caps it at the tenor).
  @inline(__always)
  func countDue(asOf: AsOfDate) -> Int {
    let months = Int(asOf.monthIndex - monthIndex)
    if months <= 0 { return 0 }
    let dueDay = min(Int(day), asOf.daysInMonth)
    return asOf.day >= dueDay ? months : months - 1
  }
}

/// Walks a loan's due dates in order without calendar conversions: keeps the
/// first day of the current month and adds month lengths.
struct DueDateWalker {
  private var monthStart: Int32
  private var year: Int
  private var month: Int
  private let day: Int

  init(_ d: DueDates) {
    let t = Int(d.monthIndex)
    year = t / 12
    month = t % 12 + 1
    monthStart = Int32(Day.daysFromCivil(year, month, 1))
    day = Int(d.day)
  }

  /// The next installment's due date (the first call gives installment 1).
  @inline(__always)
  mutating func next() -> Int32 {
    monthStart += Int32(Day.daysIn(month: month, year: year))
    month += 1
    if month > 12 {
      month = 1
      year += 1
    }
    return monthStart + Int32(min(day, Day.daysIn(month: month, year: year)) - 1)
  }
}

/// An as-of date broken into the parts that due-date arithmetic needs.
struct AsOfDate: Sendable {
  let serial: Int32
  let monthIndex: Int32
  let day: Int
  let daysInMonth: Int

  init(_ d: Day) {
    let (y, m, dd) = d.components
    serial = d.serial
    monthIndex = Int32(y * 12 + m - 1)
    day = dd
    daysInMonth = Day.daysIn(month: m, year: y)
  }
}

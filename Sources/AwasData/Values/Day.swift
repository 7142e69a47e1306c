/// A calendar date (proleptic Gregorian), stored as days since 1970-01-01.
///
/// Dates in a cooperative's books have no time of day and no time zone, so a
/// plain day count is exact and cheap to store in a column (`Int32`).
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before).
  public var serial: Int32

  public init(serial: Int32) { self.serial = serial }

  /// Creates a date from its components, or nil if they do not name a real day.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year),
      (1...9999).contains(year)
    else { return nil }
    serial = Int32(Day.daysFromCivil(year, month, day))
  }

  public static func < (a: Day, b: Day) -> Bool { a.serial < b.serial }

  /// (year, month, day) of this date.
  public var components: (year: Int, month: Int, day: Int) { Day.civil(Int(serial)) }
  public var year: Int { components.year }
  public var month: Int { components.month }
  public var day: Int { components.day }

  /// Day of the week, 1 = Monday … 7 = Sunday (ISO 8601).
  public var isoWeekday: Int {
    let w = (Int(serial) + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
    return (w < 0 ? w + 7 : w) + 1
  }

  /// Adds whole days.
  public func adding(days: Int) -> Day { Day(serial: serial + Int32(days)) }

  /// The earliest and latest dates awas reads or computes (years 1–9999).
  public static let earliest = Day(year: 1, month: 1, day: 1)!
  public static let latest = Day(year: 9999, month: 12, day: 31)!

  /// Moves `days` later (earlier when `back`), or nil when the result or the
  /// count falls outside ``earliest``…``latest``.
  public func adding(days: Int64, back: Bool) -> Day? {
    let span = Int64(Day.latest.serial) - Int64(Day.earliest.serial)
    guard days >= -span, days <= span else { return nil }
    let to = Int64(serial) + (back ? -days : days)
    guard to >= Int64(Day.earliest.serial), to <= Int64(Day.latest.serial) else { return nil }
    return Day(serial: Int32(to))
  }

  /// Days from `self` to `other` (positive when `other` is later).
  public func days(to other: Day) -> Int { Int(other.serial) - Int(serial) }

  /// Adds calendar months, clamping to the end of the target month:
  /// 31 Jan + 1 month = 28 (or 29) Feb; 31 Jan + 2 months = 31 Mar.
  public func adding(months: Int) -> Day {
    let (y, m, d) = components
    let total = y * 12 + (m - 1) + months
    let ny = total / 12, nm = total % 12 + 1
    let nd = min(d, Day.daysIn(month: nm, year: ny))
    return Day(serial: Int32(Day.daysFromCivil(ny, nm, nd)))
  }

  /// The last day of this date's month.
  public var endOfMonth: Day {
    let (y, m, _) = components
    return Day(serial: Int32(Day.daysFromCivil(y, m, Day.daysIn(month: m, year: y))))
  }

  /// ISO 8601 text, `YYYY-MM-DD`.
  public var description: String {
    let (y, m, d) = components
    return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
  }

  /// Parses `YYYY-MM-DD`.
  public init?(iso text: some StringProtocol) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Howard Hinnant's days_from_civil.
  @inline(__always)
  static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// Howard Hinnant's civil_from_days.
  static func civil(_ z0: Int) -> (year: Int, month: Int, day: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}

private func pad(_ n: Int, _ width: Int) -> String {
  let s = String(n)
  return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

import Testing

@testable import AwasData

@Suite struct DayTests {
  @Test func civilRoundTrip() {
    #expect(Day(year: 1970, month: 1, day: 1)?.serial == 0)
    #expect(Day(year: 2025, month: 12, day: 31)?.serial == 20453)
    for serial in stride(from: -700_000, through: 2_900_000, by: 997) {
      let d = Day(serial: Int32(serial))
      let (y, m, dd) = d.components
      #expect(Day(year: y, month: m, day: dd) == d)
    }
  }

  @Test func invalidDatesAreRejected() {
    #expect(Day(year: 2025, month: 2, day: 29) == nil)
    #expect(Day(year: 2024, month: 2, day: 29) != nil)
    #expect(Day(year: 1900, month: 2, day: 29) == nil)
    #expect(Day(year: 2000, month: 2, day: 29) != nil)
    #expect(Day(year: 2025, month: 13, day: 1) == nil)
    #expect(Day(year: 2025, month: 4, day: 31) == nil)
    #expect(Day(iso: "2025-1-01") == nil)
    #expect(Day(iso: "2025-01-01") == Day(year: 2025, month: 1, day: 1))
  }

  @Test func monthArithmeticClampsToTheMonthEnd() {
    let jan31 = Day(year: 2025, month: 1, day: 31)!
    #expect(jan31.adding(months: 1) == Day(year: 2025, month: 2, day: 28))
    #expect(jan31.adding(months: 2) == Day(year: 2025, month: 3, day: 31))
    #expect(Day(year: 2024, month: 1, day: 31)!.adding(months: 1) == Day(year: 2024, month: 2, day: 29))
    #expect(Day(year: 2025, month: 11, day: 30)!.adding(months: 3) == Day(year: 2026, month: 2, day: 28))
    #expect(Day(year: 2025, month: 3, day: 31)!.adding(months: -1) == Day(year: 2025, month: 2, day: 28))
    #expect(jan31.endOfMonth == jan31)
  }

  @Test func weekdays() {
    #expect(Day(year: 2025, month: 12, day: 28)!.isoWeekday == 7)  // a Sunday
    #expect(Day(year: 1970, month: 1, day: 1)!.isoWeekday == 4)  // a Thursday
    #expect(Day(year: 1969, month: 12, day: 29)!.isoWeekday == 1)
  }
}

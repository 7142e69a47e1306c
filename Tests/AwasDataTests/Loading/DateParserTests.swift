import Testing

@testable import AwasData

private func parse(_ text: String, _ style: CSVFormat.DateStyle = .dmySlash) -> String {
  var bytes = Array(text.utf8)
  bytes.append(0)
  return bytes.withUnsafeBufferPointer { b in
    switch DateParser(style: style).parse(b.baseAddress!, 0, b.count - 1) {
    case .value(let d): return Day(serial: d).description
    case .empty: return "empty"
    case .failed(.excelSerial(let day)): return "excel \(day)"
    case .failed(let f): return "\(f)"
    }
  }
}

@Suite("Date parser")
struct DateParserTests {
  @Test(arguments: [
    ("2025-12-31", "2025-12-31"),
    ("2025/12/31", "2025-12-31"),
    ("2025-1-5", "2025-01-05"),
    ("31/12/2025", "2025-12-31"),
    ("31-12-2025", "2025-12-31"),
    ("31.12.2025", "2025-12-31"),
    ("1/2/2025", "2025-02-01"),
    ("31 Desember 2025", "2025-12-31"),
    ("31 desember 2025", "2025-12-31"),
    ("31 DESEMBER 2025", "2025-12-31"),
    ("17 Agustus 1945", "1945-08-17"),
    ("17 Agu 2025", "2025-08-17"),
    ("17 Agt 2025", "2025-08-17"),
    ("1 Okt 2025", "2025-10-01"),
    ("5 Des. 2025", "2025-12-05"),
    ("3 Mei 2024", "2024-05-03"),
    ("9 Pebruari 2024", "2024-02-09"),
    ("30 Nopember 2024", "2024-11-30"),
    ("29 Feb 2024", "2024-02-29"),
    ("31-Des-2025", "2025-12-31"),
    ("31-Dec-2025", "2025-12-31"),
    ("2025-12-31 00:00:00", "2025-12-31"),
    ("2025-12-31T00:00:00", "2025-12-31"),
    ("31/12/2025 0:00", "2025-12-31"),
    ("  2025-12-31 ", "2025-12-31"),
    ("", "empty"),
    ("45657", "excel 2024-12-31"),
    ("45658", "excel 2025-01-01"),
    ("45657.75", "excel 2024-12-31"),
    ("31/12/25", "twoDigitYear"),
    ("31 Des 25", "twoDigitYear"),
    ("29/02/2025", "noSuchDay"),
    ("2025-02-30", "noSuchDay"),
    ("2025-13-01", "garbage"),
    ("32/01/2025", "garbage"),
    ("31 Desembre 2025", "garbage"),
    ("kemarin", "garbage"),
    ("20251231", "garbage"),
    ("2025-12-31 pagi", "garbage"),
  ])
  func dates(_ text: String, _ expected: String) {
    #expect(parse(text) == expected)
  }

  @Test func dayFirstIsRejectedWhenTheFormatIsISO() {
    #expect(parse("31/12/2025", .iso) == "dayFirstButISO")
    #expect(parse("2025-12-31", .iso) == "2025-12-31")
    #expect(parse("31 Desember 2025", .iso) == "2025-12-31")
  }

  @Test func isoFastPathAgreesWithDay() {
    let parser = DateParser(style: .iso)
    func fast(_ text: String) -> Int32? { Array(text.utf8).withUnsafeBufferPointer { parser.iso($0.baseAddress!) } }
    // Inside the table of month starts (1900–2155), at its edges and outside it.
    let days = [
      (1970, 1, 1), (2000, 2, 29), (2024, 12, 31), (1899, 12, 30), (1899, 12, 31), (1900, 1, 1), (2100, 3, 1),
      (2155, 12, 31), (2156, 1, 1), (1, 1, 1), (9999, 12, 31), (2024, 2, 29), (2025, 4, 30),
    ]
    for (y, m, d) in days {
      let day = Day(year: y, month: m, day: d)!
      #expect(fast(day.description) == day.serial, "\(day)")
    }
    // Every day of 2024 and 2025, in order.
    var day = Day(year: 2024, month: 1, day: 1)!
    while day.year < 2026 {
      #expect(fast(day.description) == day.serial, "\(day)")
      day = day.adding(days: 1)
    }
    // No such day, not that shape, not digits (also bytes just beside '0' and '9').
    let bad = [
      "2023-02-29", "1900-02-29", "2100-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00",
      "0000-01-01", "2025/01/01", "2025-1-011", "2025-01-3:", "2025-01-/1", "20x5-01-01", "2025-0a-01",
      "2025 01 01", "2025-01-1 ",
    ]
    #expect(bad.filter { fast($0) != nil } == [])
  }
}

import Testing

@testable import AwasData

@Suite struct ValueFormatterTests {
  @Test(arguments: [
    (Int64(125_000_050), "Rp 1.250.000,50", "Rp 1,250,000.50", "1250000.5"),
    (Int64(-100), "Rp -1", "Rp -1", "-1"),
    (Int64(5), "Rp 0,05", "Rp 0.05", "0.05"),
    (Int64(0), "Rp 0", "Rp 0", "0"),
  ])
  func money(sen: Int64, id: String, en: String, plain: String) {
    #expect(ValueFormatter.money(Money(sen: sen), .id) == id)
    #expect(ValueFormatter.money(Money(sen: sen), .en) == en)
    #expect(ValueFormatter.plainMoney(Money(sen: sen)) == plain)
  }

  @Test func numbersAndPercent() {
    #expect(ValueFormatter.display(.percent(0.12345), .id) == "12,35%")
    #expect(ValueFormatter.display(.percent(0.12345), .en) == "12.35%")
    #expect(ValueFormatter.display(.double(1.5), .id) == "1,5")
    // Beyond 64-bit integers a real is written with the digits it has, not a crash.
    #expect(ValueFormatter.number(1.5e19, decimals: 2, .en) == "15000000000000000000.00")
    #expect(ValueFormatter.display(.int(-1_234_567), .id) == "-1.234.567")
    #expect(ValueFormatter.display(.bool(true), .id) == "ya")
    #expect(ValueFormatter.display(.null, .en) == "-")
    #expect(ValueFormatter.number(-0.004, decimals: 2, .en) == "0.00")
  }

  @Test func shortPercents() {
    #expect(ValueFormatter.percent(0.975, .id) == "97,5%")
    #expect(ValueFormatter.percent(0.975, .en) == "97.5%")
    #expect(ValueFormatter.percent(0.95, .en) == "95%")
    #expect(ValueFormatter.percent(0.1234, .en, decimals: 2) == "12.34%")
  }
}

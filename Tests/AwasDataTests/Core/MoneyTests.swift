import Testing

@testable import AwasData

@Suite struct MoneyTests {
  @Test func rupiahAndSenAreExact() {
    #expect(Money(rupiah: 1_250_000).sen == 125_000_000)
    #expect(Money(rupiah: -3).sen == -300)
    #expect((Money(rupiah: 2) + Money(sen: 50) - Money(sen: 1)).sen == 249)
  }

  @Test func amountsBeyondSenSaturateInsteadOfTrapping() {
    // A number typed by mistake (`--unit 99999999999999999`) is the largest amount, not a crash.
    #expect(Money(rupiah: 99_999_999_999_999_999).sen == Int64.max)
    #expect(Money(rupiah: -99_999_999_999_999_999).sen == Int64.min)
    #expect(Money(rupiah: 92_233_720_368_547_758).sen == 9_223_372_036_854_775_800)
    let big = Money(sen: Int64.max - 10)
    #expect((big + Money(sen: 100)).sen == Int64.max)
    #expect((Money(sen: Int64.min + 10) - Money(sen: 100)).sen == Int64.min)
    #expect((Money(sen: Int64.min + 10) + Money(sen: -100)).sen == Int64.min)
    #expect((Money(sen: 5) - Money(sen: Int64.min)).sen == Int64.max)
    #expect((-Money(sen: Int64.min)).sen == Int64.max)
    var total = big
    total += big
    #expect(total.sen == Int64.max && total > big)
  }

  @Test func rawSenHelpersHoldAtTheLimit() {
    #expect(Money.sum(.max - 1, 5) == .max && Money.sum(.min + 1, -5) == .min && Money.sum(-5, .max) == .max - 5)
    #expect(Money.difference(.min + 1, 5) == .min && Money.difference(5, .min) == .max && Money.difference(7, 9) == -2)
    #expect(Money.magnitude(.min) == .max && Money.magnitude(-7) == 7)
  }

  /// A total of mixed signs stays exact past 64 bits, and only its reading is held.
  @Test func senTotalsAreExactUntilRead() {
    var t = SenTotal()
    t += .max
    t += .max
    #expect(t.sen == .max)
    t -= .max
    t -= 5
    #expect(t.sen == .max - 5)  // a merely saturating sum would read -5 here
    t.subtract(magnitudeOf: .min)
    #expect(t.sen == -6)
    var n = SenTotal()
    n += .min
    n += .min
    #expect(n.sen == .min)
  }
}

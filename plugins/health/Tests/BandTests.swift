import AwasPluginKit
import Testing

@testable import AwasHealthPlugin

@Suite struct BandTests {
  struct Case: Sendable, CustomStringConvertible {
    var range: String
    var x: String
    var inside: Bool
    var description: String { "\(x) in \(range)" }
  }

  static let cases: [Case] = [
    Case(range: "(0, 20]", x: "20", inside: true), Case(range: "(0, 20]", x: "20.01", inside: false),
    Case(range: "(0, 20]", x: "0", inside: false), Case(range: "(0, 20]", x: "0.01", inside: true),
    Case(range: "[4, 6)", x: "4", inside: true), Case(range: "[4, 6)", x: "6", inside: false),
    Case(range: "[4, 6)", x: "5.99", inside: true), Case(range: "(-inf, 0]", x: "-1000", inside: true),
    Case(range: "(80, inf)", x: "80", inside: false), Case(range: "(80, inf)", x: "80.01", inside: true),
    Case(range: "[0, 0]", x: "0", inside: true), Case(range: "[7.5, 10)", x: "7.49", inside: false),
  ]

  @Test(arguments: cases) func intervalEdges(_ c: Case) throws {
    let iv = try Interval.parse(c.range).get()
    #expect(iv.contains(pct(c.x)) == c.inside)
  }

  @Test func infinitiesFallInTheOpenEndedBands() throws {
    let iv = try Interval.parse("(80, inf)").get()
    #expect(iv.contains(.plusInfinity))
    #expect(!iv.contains(.minusInfinity))
  }

  @Test(arguments: [
    ("(0, 20", "range `(0, 20` is not valid; write for example `(0, 20]`, `[4, 6)`, `(-inf, 0]`, `(80, inf)`"),
    ("[-inf, 0]", "`-inf` takes `(`"), ("(20, 10]", "range `(20, 10]` is empty"), ("(5, 5]", "range `(5, 5]` is empty"),
  ])
  func badIntervalsSayWhatIsWrong(_ text: String, _ message: String) {
    guard case .failure(let e) = Interval.parse(text) else {
      Issue.record("accepted \(text)")
      return
    }
    #expect(e.text.en == message)
  }

  @Test func coverageFindsGapsAndOverlaps() throws {
    func iv(_ s: String...) throws -> [Interval] { try s.map { try Interval.parse($0).get() } }
    #expect(coverageProblem(try iv("(-inf, 0]", "(0, inf)")) == nil)
    #expect(coverageProblem(try iv("(-inf, 21]", "(21, 25]", "(26, 30]", "(30, inf)"))?.text.en == "gap between (21, 25] and (26, 30]")
    #expect(coverageProblem(try iv("(-inf, 10]", "[10, inf)"))?.text.en == "(-inf, 10] and [10, inf) overlap")
    #expect(coverageProblem(try iv("(-inf, 10)", "(10, inf)"))?.text.en == "gap between (-inf, 10) and (10, inf)")
    #expect(coverageProblem(try iv("(0, inf)"))?.text.en == "values below (0, inf) are not covered")
  }

  @Test func linearScalesRoundAsWritten() {
    let nagara = Scale.Linear(a: d("100"), b: d("-2"), min: .zero, max: .hundred, roundX: .round, roundResult: .none)
    // docs/reference.md §9 6.2: 4.19 → 92, 1.56 → 96, 0.72 → 98.
    #expect([pct("4.19"), pct("1.56"), pct("0.72")].map(nagara.nilai) == [d("92"), d("96"), d("98")])
    let linear2c = Scale.Linear(a: .zero, b: d("1"), min: .zero, max: .hundred, roundX: .none, roundResult: .round)
    // 31.24 → 31, 80.90 → 81, 197.12 → 100, 0.5 → 1 (half away from zero), ∞ → 100.
    #expect([pct("31.24"), pct("80.9"), pct("197.12"), pct("0.5"), .plusInfinity].map(linear2c.nilai)
      == [d("31"), d("81"), d("100"), d("1"), d("100")])
  }

  @Test func ratiosRoundHalfAwayFromZeroOnce() {
    // 1/8 = 12.5% exactly; 1/3 = 33.333…% → 33.33; 2/3 → 66.67; 1/200 000 = 0.0005% → 0.00 (bp 0.05 → 0).
    #expect(FixedMath.mulDiv(1, 10_000, 8) == 1250)
    #expect(FixedMath.mulDiv(1, 10_000, 3) == 3333)
    #expect(FixedMath.mulDiv(2, 10_000, 3) == 6667)
    #expect(FixedMath.mulDiv(-2, 10_000, 3) == -6667)
    #expect(FixedMath.mulDiv(1, 10_000, 200_000) == 0)
    #expect(FixedMath.mulDiv(1, 10_000, 20_000) == 1)
    // No overflow on 128 bits: Rp 90 trillion in sen × 10 000.
    #expect(FixedMath.mulDiv(9_000_000_000_000_000, 10_000, 9_000_000_000_000_000) == 10_000)
    #expect(FixedMath.mulDiv(1, 1, 0) == nil)
  }
}

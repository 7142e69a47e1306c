import Testing

@testable import AwasData

@Suite struct TableTests {
  let t = Table(name: "p", columns: [
    Column.string("id", ["a", "b", "c", "d", "e"]),
    Column.int64("dpd", .int, [30, nil, 0, 120, 30]),
    Column.money("sisa", [Money(rupiah: 5), Money(rupiah: 1), nil, Money(rupiah: 9), Money(rupiah: 7)]),
    Column.double("r", .double, [0.5, -1.5, 2, nil, -0.25]),
  ])

  func ids(_ t: Table?) -> [String] { (0..<(t?.rowCount ?? 0)).compactMap { t?.column("id")?.string(at: $0) } }

  @Test func sortIsStableWithNullsLast() {
    #expect(ids(t.sorted(by: [SortKey("dpd")])) == ["c", "a", "e", "d", "b"])
    #expect(ids(t.sorted(by: [SortKey("dpd", descending: true)])) == ["d", "a", "e", "c", "b"])
    #expect(ids(t.sorted(by: [SortKey("r")])) == ["b", "e", "a", "c", "d"])
    #expect(ids(t.sorted(by: [SortKey("r", descending: true)])) == ["c", "a", "e", "b", "d"])
    #expect(ids(t.sorted(by: [SortKey("dpd"), SortKey("sisa", descending: true)])) == ["c", "e", "a", "d", "b"])
    #expect(ids(t.sorted(by: [SortKey("id", descending: true)])) == ["e", "d", "c", "b", "a"])
    #expect(t.sorted(by: [SortKey("nope")]) == nil)
  }

  @Test func sortTextColumns() {
    let words = (0..<100).map { "w\(($0 * 37) % 100)" }
    let big = Table(name: "w", columns: [Column.string("id", words)])
    guard case .text = big.columns[0].storage else {
      Issue.record("expected plain text storage for unique values")
      return
    }
    #expect(ids(big.sorted(by: [SortKey("id")])) == words.sorted())
  }

  @Test func filterGatherSelect() {
    var mask = Bitset(count: 5)
    mask[1] = true
    mask[4] = true
    let f = t.filter(mask)
    #expect(ids(f) == ["b", "e"])
    #expect(f.column("dpd")?.isNull(0) == true)
    #expect(f.column("sisa")?.value(at: 1) == .money(Money(rupiah: 7)))
    #expect(t.selecting(["SISA", "id"])?.columnNames == ["sisa", "id"])
    #expect(t.head(2).rowCount == 2)
    #expect(t.column("Sisa")?.name == "sisa")
  }

  @Test func builderMakesTypedColumns() {
    var b = TableBuilder("x", [("k", .string), ("v", .money)])
    b.append([.string("a"), .money(Money(sen: 10))])
    b.append([.null, .null])
    let x = b.build()
    #expect(x.rowCount == 2)
    #expect(x.column("v")?.int64s == [10, 0])
    #expect(x.column("v")?.nonNullCount == 1)
  }
}

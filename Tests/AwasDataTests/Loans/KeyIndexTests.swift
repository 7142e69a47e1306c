import Testing

@testable import AwasData

@Suite("KeyIndex: matching repayments to loans")
struct KeyIndexTests {
  /// Loan numbers of 2 to 30 bytes (the index keeps 16 inline), some repeated
  /// and some empty; the expected row of each is its first occurrence.
  static let loans: [String?] = (0..<5_000).map { i in
    if i % 997 == 0 { return nil }
    if i % 499 == 0 { return "" }
    if i % 250 == 7 { return "L\(i - 1)" }  // repeats the previous loan's number
    switch i % 3 {
    case 0: return "L\(i)"
    case 1: return "PINJAMAN/2025/KSP-SEJAHTERA/\(i)"
    default: return "P-\(i)-ABCDEFGHIJKLMNO"  // exactly around 16 bytes
    }
  }

  static func expected(_ probe: [String?]) -> [Int32] {
    var first: [String: Int32] = [:]
    for (i, k) in loans.enumerated() { if let k, !k.isEmpty, first[k] == nil { first[k] = Int32(i) } }
    return probe.map { $0.flatMap { first[$0] } ?? -1 }
  }

  /// Every loan number several times, plus unknown ones, in a scrambled order.
  static let probe: [String?] = {
    var p: [String?] = []
    for i in 0..<loans.count { p.append(loans[i]); p.append(loans[(i * 7919) % loans.count]) }
    p += ["X1", "PINJAMAN/2025/KSP-SEJAHTERA/99999", "L", nil, ""]
    var order = Array(p.indices)
    var s: UInt64 = 7
    for i in stride(from: order.count - 1, to: 0, by: -1) {
      s = s &* 6364136223846793005 &+ 1442695040888963407
      order.swapAt(i, Int((s >> 33) % UInt64(i + 1)))
    }
    return order.map { p[$0] }
  }()

  @Test(arguments: [false, true], [false, true])
  func resolvesLikeADictionary(loanDictionary: Bool, probeDictionary: Bool) throws {
    let index = try #require(KeyIndex(column: Fixture.text("no_pinjaman", Self.loans, dictionary: loanDictionary)))
    // Scrambled (batched lookups) and in loan order (sequential lookups).
    for probe in [Self.probe, Self.loans + Self.loans] {
      let rows = index.resolve(Fixture.text("no_pinjaman", probe, dictionary: probeDictionary))
      #expect(rows.map(Array.init) == Self.expected(probe))
    }
  }

  @Test(arguments: [false, true])
  func foreignKeyDictionariesListingTheKeysInRowOrder(loanDictionary: Bool) throws {
    // As the loader builds angsuran.no_pinjaman: the values begin with every
    // loan's key in row order (repeats and empty keys included), then the
    // unknown ones; codes point anywhere. Repeated keys still resolve to their
    // first row, empty ones to -1.
    let index = try #require(KeyIndex(column: Fixture.text("no_pinjaman", Self.loans, dictionary: loanDictionary)))
    let values = Self.loans.map { $0 ?? "" } + ["X1", "L", "PINJAMAN/2025/KSP-SEJAHTERA/99999"]
    let codes = ContiguousArray((0..<12_000).map { Int32(($0 * 7919) % values.count) })
    let column = Column(name: "no_pinjaman", type: .string, storage: .dictionary(codes: codes, values: values))
    let rows = try #require(index.resolve(column))
    #expect(Array(rows) == Self.expected(codes.map { values[Int($0)] }))
    let positions = try #require(index.resolve(column, positions: true))
    #expect(positions.count == codes.count)
  }

  @Test func largeForeignKeyDictionariesResolveLikeOneByOne() throws {
    // Over 65,536 values, so the own-position check is split over the cores;
    // repeated and empty keys and unknown values among them.
    let keys: [String?] = (0..<70_000).map { i in i % 1_001 == 0 ? "" : (i % 5_003 == 7 ? "K\(i - 1)" : "K\(i)") }
    let index = try #require(KeyIndex(column: Fixture.text("no_pinjaman", keys, dictionary: false)))
    let values = keys.map { $0 ?? "" } + ["X1", "K70000"]
    var first: [String: Int32] = [:]
    for (i, k) in keys.enumerated() { if let k, !k.isEmpty, first[k] == nil { first[k] = Int32(i) } }
    let codes = ContiguousArray((0..<200_000).map { Int32(($0 &* 7919) % values.count) })
    let rows = try #require(
      index.resolve(Column(name: "no_pinjaman", type: .string, storage: .dictionary(codes: codes, values: values))))
    #expect(Array(rows) == codes.map { first[values[Int($0)]] ?? -1 })
    #expect(rows.contains(-1) && rows.contains(69_999))
  }

  @Test func aForeignKeyOfKnownUniqueKeysResolvesToItsOwnCodes() throws {
    let keys: [String?] = (0..<1_000).map { "P\($0)" }
    let index = try #require(KeyIndex(column: Fixture.text("no_pinjaman", keys, dictionary: false)))
    let codes = ContiguousArray((0..<5_000).map { Int32(($0 * 7) % 1_000) })
    let values = keys.map { $0! }
    let rows = try #require(
      index.resolve(Column(name: "k", type: .string, storage: .dictionary(codes: codes, values: values))))
    #expect(rows == codes)
    // An unknown value among them: that row is -1, the others keep their loan.
    let more = try #require(
      index.resolve(Column(name: "k", type: .string, storage: .dictionary(codes: codes + [1_000], values: values + ["X"]))))
    #expect(more.last == -1 && Array(more.prefix(5_000)) == Array(codes))
  }

  @Test func largeIndexesAreBuiltInTwoTables() throws {
    // From 65,536 keys the index is built as two tables on two cores.
    let keys: [String?] = (0..<70_000).map { $0 % 1_000 == 5 ? nil : "K\($0 * 7)" }
    let index = try #require(KeyIndex(column: Fixture.text("k", keys, dictionary: false)))
    let probe: [String?] = (0..<1_000).map { "K\($0 * 70 * 7)" } + ["K1", "K5", "K7005", nil]
    let rows = try #require(index.resolve(Fixture.text("k", probe, dictionary: false)))
    let expected: [Int32] = (0..<1_000).map { Int32($0 * 70) } + [-1, -1, -1, -1]
    #expect(Array(rows) == expected)
    #expect(index.find("K489993") == 69_999)
  }

  @Test func findsSingleKeys() throws {
    let index = try #require(KeyIndex(column: Fixture.text("k", Self.loans, dictionary: false)))
    #expect(index.find("L3") == 3)
    #expect(index.find("L756") == 756)  // row 757 repeats it: the first wins
    #expect(index.find("L256") == 257)  // only on row 257 (row 256 is long)
    #expect(index.find("PINJAMAN/2025/KSP-SEJAHTERA/4") == 4)
    #expect(index.find("PINJAMAN/2025/KSP-SEJAHTERA/5") == -1)  // 5 % 3 == 2
    #expect(index.find("") == -1)
    #expect(KeyIndex(column: Column.int64("x", .int, [1])) == nil)
  }

  @Test func keysInIncreasingOrderAreSearchedWithoutAHashTable() throws {
    // Zero-padded numbers as exported: already in byte order, so unique.
    let keys: [String?] = (0..<20_000).map { "P" + String(repeating: "0", count: 7 - String($0 * 3).count) + String($0 * 3) }
    let index = try #require(KeyIndex(column: Fixture.text("no_pinjaman", keys, dictionary: false)))
    #expect(index.sorted && index.slots.count == 0)
    #expect(index.find("P0000000") == 0)
    #expect(index.find("P0059997") == 19_999)
    #expect(index.find("P0000300") == 100)
    for missing in ["P0000001", "P000030", "P00003000", "", "Q", "A", "P0059998"] { #expect(index.find(missing) == -1) }
    #expect(index.ownPositions(Fixture.text("no_pinjaman", keys, dictionary: false)).map(Array.init) == (0..<20_000).map(Int32.init))
    // A few cells are found by halving, many by a hash table made for them: the same answers.
    let probe: [String?] = (0..<9_000).map { i -> String? in
      let k = (i * 7_919) % 30_000
      return i % 101 == 0 ? nil : (k < 20_000 ? keys[k] : "P\(k)")
    }
    let row = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1!, Int32($0)) })
    for cells in [Array(probe.prefix(3_000)), probe] {
      let expected = cells.map { c in c.flatMap { row[$0] } ?? -1 }
      #expect(index.resolve(Fixture.text("k", cells, dictionary: false)).map(Array.init) == expected)
      #expect(index.resolve(Fixture.text("k", cells, dictionary: true)).map(Array.init) == expected)
    }
  }

  @Test func keysOutOfOrderRepeatedOrEmptyAreHashed() throws {
    for keys in [["A1", "A3", "A2"], ["A1", "A2", "A2"], ["A1", "", "A3"], ["B", "A"]] as [[String?]] {
      let index = try #require(KeyIndex(column: Fixture.text("k", keys, dictionary: false)))
      #expect(!index.sorted)
      #expect(index.find("A1") == (keys.contains("A1") ? 0 : -1))
    }
    let withNull = try #require(KeyIndex(column: Fixture.text("k", ["A1", nil, "A3"], dictionary: false)))
    #expect(!withNull.sorted && withNull.find("A3") == 2)
  }
}

import Testing

@testable import AwasLanguage
@testable import AwasPluginKit

@Suite struct PipelineTests {
  func ids(_ query: String, column: String = "no_pinjaman", sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    Session().table(query, sourceLocation: sourceLocation)?.strings(column) ?? ["<no table>"]
  }

  @Test(arguments: [
    // comparisons; a null dpd (P005) is never selected
    ("dpd > 50", ["P002", "P004"]),
    ("dpd <= 0", ["P001", "P003"]),
    ("dpd != 0", ["P002", "P004", "P006"]),
    ("not dpd > 50", ["P001", "P003", "P006"]),
    // three-valued logic
    ("dpd > 50 or berisiko", ["P002", "P004"]),
    ("dpd > 50 or sisa == 0", ["P002", "P003", "P004"]),
    ("dpd < 50 and berisiko == false", ["P001", "P003", "P006"]),
    ("not (dpd > 50 and berisiko)", ["P001", "P003", "P006"]),
    ("not (plafon > 100jt and dpd > 0)", ["P001", "P002", "P003", "P004", "P005", "P006"]),
    ("plafon < 100jt or dpd > 0", ["P001", "P002", "P003", "P004", "P005", "P006"]),
    ("null or dpd > 100", ["P002"]),
    ("berisiko", ["P002", "P004"]),
    ("not berisiko", ["P001", "P003", "P006"]),
    // nulls
    ("dpd is null", ["P005"]),
    ("dpd == null", ["P005"]),
    ("dpd != null", ["P001", "P002", "P003", "P004", "P006"]),
    ("petugas kosong", ["P003"]),
    ("petugas tidak kosong", ["P001", "P002", "P004", "P005", "P006"]),
    ("berisiko is not null and not berisiko", ["P001", "P003", "P006"]),
    // money: an int compares as rupiah
    ("sisa > 10000000", ["P002", "P004", "P006"]),
    ("sisa > 10jt", ["P002", "P004", "P006"]),
    ("sisa >= Rp 12.500.000", ["P002", "P004", "P006"]),
    ("sisa == 12,5jt", ["P006"]),
    ("sisa > plafon / 2", ["P002", "P004", "P006"]),
    ("plafon - sisa == 5jt", ["P001", "P002", "P003", "P004"]),
    ("sisa * 2% > 250rb", ["P002", "P004"]),
    // percent, dates
    ("bunga >= 1,5%", ["P001", "P002", "P003", "P005"]),
    ("tanggal_cair >= 2025-01-01", ["P001", "P004", "P006"]),
    ("tanggal_cair > \"2025-03-01\"", ["P004", "P006"]),
    ("days(tanggal_cair, 2025-12-31) > 365", ["P002", "P003", "P005"]),
    ("year(tanggal_cair) == 2025 and month(tanggal_cair) <= 3", ["P001", "P004"]),
    // between, in, contains
    ("dpd between 30 and 120", ["P002", "P004", "P006"]),
    ("dpd not between 30 and 120", ["P001", "P003"]),
    ("status in (\"lunas\", \"hapus_buku\")", ["P003", "P005"]),
    ("status not in (\"lunas\", \"hapus_buku\")", ["P001", "P002", "P004", "P006"]),
    ("petugas in (\"Budi\", null)", ["P001", "P003", "P004"]),  // `== null` means `is null`
    ("petugas contains \"SIT\"", ["P002", "P006"]),
    ("petugas not contains \"u\"", ["P002", "P005", "P006"]),
    ("sisa > avg(sisa)", ["P004"]),
    ("sisa > avg(pinjaman.sisa) / 2", ["P002", "P004", "P006"]),
  ])
  func filter(_ condition: String, _ expected: [String]) {
    #expect(ids("pinjaman | where " + condition) == expected)
  }

  @Test func containsIsCaseInsensitiveOnUnicode() {
    #expect(ids("anggota | where nama contains \"siti\"", column: "no_anggota") == ["A01", "A05"])
    #expect(ids("anggota | where nama memuat \"JOSÉ\"", column: "no_anggota") == ["A02"])
    #expect(ids("anggota | where desa == \"Lalang\"", column: "no_anggota") == ["A01", "A02"])
  }

  @Test func plainTextColumns() {
    // More than 64 distinct values: stored end to end, not interned.
    let keys = (0..<100).map { "K" + String(format: "%03d", $0) }
    let t = Table(name: "bukti", columns: [Column.string("no_bukti", keys), Column.int64("n", .int, (0..<100).map { Int64($0) })])
    guard case .text = t.columns[0].storage else { Issue.record("expected plain text storage"); return }
    let s = Session(dataset: Dataset(folder: "/tmp", info: Fixtures.info, tables: [t]))
    #expect(s.table("bukti | where no_bukti == \"K042\"")?.strings("no_bukti") == ["K042"])
    #expect(s.table("bukti | where no_bukti > \"K097\"")?.strings("no_bukti") == ["K098", "K099"])
    #expect(s.table("bukti | where no_bukti contains \"09\" | count")?.strings("jumlah") == ["11"])
    #expect(s.table("bukti | select x = lower(no_bukti) | head 1")?.strings("x") == ["k000"])
  }

  @Test func sortMultiKeyNullsLast() {
    #expect(ids("pinjaman | sort petugas, sisa desc") == ["P005", "P004", "P001", "P002", "P006", "P003"])
    #expect(ids("pinjaman | sort dpd desc") == ["P002", "P004", "P006", "P001", "P003", "P005"])
    #expect(ids("pinjaman | urut dpd") == ["P001", "P003", "P006", "P004", "P002", "P005"])
    #expect(ids("pinjaman | sort tanggal_cair desc | head 2") == ["P006", "P004"])
    #expect(ids("pinjaman | sort berisiko desc, no_pinjaman") == ["P002", "P004", "P001", "P003", "P006", "P005"])
  }

  @Test func headTail() {
    #expect(ids("pinjaman | head 2") == ["P001", "P002"])
    #expect(ids("pinjaman | tail 2") == ["P005", "P006"])
    #expect(ids("pinjaman | ambil 0") == [])
    #expect(ids("pinjaman | head 100").count == 6)
    #expect(ids("pinjaman | akhir") == ["P001", "P002", "P003", "P004", "P005", "P006"])
  }

  @Test func select() {
    let s = Session()
    let t = s.table("pinjaman | select no_pinjaman sisa dpd | head 2")
    #expect(t?.columnNames == ["no_pinjaman", "sisa", "dpd"])
    let c = s.table("pinjaman | pilih no_pinjaman, pokok = plafon - sisa, bagian = sisa / plafon, plafon * 2%")
    #expect(c?.columnNames == ["no_pinjaman", "pokok", "bagian", "plafon * 2%"])
    let pokok: [Int64?] = [5_000_000, 5_000_000, 5_000_000, 5_000_000, nil, 2_500_000]
    #expect(c?.values("pokok") == pokok.map { $0.map { Value.money(Money(rupiah: $0)) } ?? .null })
    #expect(c?.values("bagian") == [.double(0.5), .double(0.75), .double(0), .double(0.9), .null, .double(12.5 / 15)])
    #expect(c?.values("plafon * 2%").first == .money(Money(rupiah: 200_000)))
    let u = s.table("pinjaman | select PETUGAS, x = upper(petugas), n = 1 | head 1")
    #expect(u?.columnNames == ["petugas", "x", "n"])
    #expect(u?.values("x") == [.string("BUDI")])
    #expect(u?.values("n") == [.int(1)])
  }

  @Test func countAndDistinct() {
    let s = Session()
    #expect(s.table("pinjaman | where dpd > 50 | count")?.values("jumlah") == [.int(2)])
    #expect(s.table("pinjaman | distinct petugas")?.strings("petugas") == ["Budi", "Siti", "", "Ani"])
    let d = s.table("pinjaman | unik status, petugas")
    #expect(d?.rowCount == 4)
    #expect(d?.columnNames == ["status", "petugas"])
    #expect(s.table("pinjaman | distinct no_anggota")?.strings("no_anggota") == ["A01", "A02", "A03", "A04", "A05"])
    #expect(s.table("pinjaman | select status | distinct")?.rowCount == 3)
    let en = Session(language: .en)
    #expect(en.table("pinjaman | count")?.values("count") == [.int(6)])
  }

  /// `sort … | head n` (top-N) gives exactly what a full sort then head gives.
  @Test(arguments: [1, 7, 50, 250])
  func topNMatchesFullSort(_ n: Int) {
    var rng = SplitMix(seed: UInt64(n))
    let rows = 4_000
    let a = (0..<rows).map { _ -> Int64? in rng.next() % 10 == 0 ? nil : Int64(rng.next() % 300) }
    let b = (0..<rows).map { _ in Money(sen: Int64(rng.next() % 1_000_000)) }
    let g = (0..<rows).map { _ -> String? in ["x", "y", "z", nil][Int(rng.next() % 4)] }
    let t = Table(name: "t", columns: [
      Column.int64("id", .int, (0..<rows).map { Int64($0) }), Column.int64("a", .int, a),
      Column.money("b", b), Column.string("g", g),
    ])
    let s = Session(dataset: Dataset(folder: "/tmp", info: Fixtures.info, tables: [t]))
    for keys in ["a desc", "a", "a, b desc", "g desc, a", "b"] {
      let fast = s.table("t | sort \(keys) | head \(n)")?.strings("id")
      let full = s.table("t | sort \(keys) | tail \(rows) | head \(n)")?.strings("id")
      #expect(fast != nil && fast == full, "sort \(keys) | head \(n)")
      #expect(fast?.count == n)
    }
  }
}

/// A small deterministic generator for test data.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite struct GatherTests {
  /// `Table.gather` agrees with copying cell by cell, on every kind of column.
  @Test func gatherMatchesCellByCell() {
    var rng = SplitMix(seed: 9)
    let n = 300
    let text = (0..<n).map { i -> String? in i % 7 == 0 ? nil : (i % 11 == 0 ? "" : "id-\(i)-é") }
    let t = Table(name: "t", columns: [
      Column.string("text", text),
      Column.string("dict", (0..<n).map { ["a", "b", nil][$0 % 3] }),
      Column.int64("i", .int, (0..<n).map { $0 % 5 == 0 ? nil : Int64($0) }),
      Column.double("d", .percent, (0..<n).map { $0 % 4 == 0 ? nil : Double($0) / 100 }),
      Column.date("day", (0..<n).map { $0 % 6 == 0 ? nil : Day(serial: Int32($0)) }),
      Column.bool("b", (0..<n).map { $0 % 9 == 0 ? nil : $0 % 2 == 0 }),
    ])
    guard case .text = t.columns[0].storage else { Issue.record("expected plain text"); return }
    let rows = ContiguousArray((0..<500).map { _ in Int32(rng.next() % UInt64(n)) })
    let a = t.gather(rows)
    #expect(a.rowCount == 500)
    for c in t.columnNames {
      let source = t.values(c)
      #expect(a.values(c) == rows.map { source[Int($0)] }, "\(c)")
    }
    #expect(t.gather(range: 298..<400).rowCount == 2)
    #expect(t.gather(ContiguousArray()).rowCount == 0)
  }
}

@Suite struct SorterTests {
  /// AwasData's radix sort agrees with a plain stable comparison sort (nulls last,
  /// text by UTF-8 bytes) on every kind of key, both directions.
  @Test(arguments: [["i"], ["d-"], ["text", "i-"], ["dict-", "day"], ["b-", "text-"], ["day-", "dict", "i"]])
  func sorterMatchesAComparisonSort(_ spec: [String]) {
    var rng = SplitMix(seed: 3)
    let n = 2_000
    let t = Table(name: "t", columns: [
      Column.string("text", (0..<n).map { _ in rng.next() % 9 == 0 ? nil : "k\(rng.next() % 700)" }),
      Column.string("dict", (0..<n).map { _ in ["b", "a", "é", nil, "ab"][Int(rng.next() % 5)] }),
      Column.int64("i", .int, (0..<n).map { _ in rng.next() % 8 == 0 ? nil : Int64(rng.next() % 100) - 50 }),
      Column.double("d", .double, (0..<n).map { _ in rng.next() % 8 == 0 ? nil : Double(Int64(rng.next() % 1000) - 500) / 7 }),
      Column.date("day", (0..<n).map { _ in rng.next() % 8 == 0 ? nil : Day(serial: Int32(rng.next() % 30)) }),
      Column.bool("b", (0..<n).map { _ in rng.next() % 5 == 0 ? nil : rng.next() % 2 == 0 }),
    ])
    let keys = spec.map { s in s.hasSuffix("-") ? SortKey(String(s.dropLast()), descending: true) : SortKey(s) }
    func less(_ a: Value, _ b: Value) -> Bool {
      switch (a, b) {
      case (.int(let x), .int(let y)): return x < y
      case (.double(let x), .double(let y)): return x < y
      case (.date(let x), .date(let y)): return x < y
      case (.bool(let x), .bool(let y)): return !x && y
      case (.string(let x), .string(let y)): return x.utf8.lexicographicallyPrecedes(y.utf8)
      default: return false
      }
    }
    let reference = (0..<n).sorted { i, j in
      for k in keys {
        let c = t.column(k.column)!
        let a = c.value(at: i), b = c.value(at: j)
        if a.isNull != b.isNull { return b.isNull }
        if a.isNull { continue }
        if less(a, b) { return !k.descending }
        if less(b, a) { return k.descending }
      }
      return i < j
    }
    #expect(t.sortedRows(by: keys).map(Array.init) == reference.map(Int32.init))
  }

  @Test func textSortsByCodePoints() {
    let s = Session()
    #expect(s.table("anggota | sort nama")?.strings("nama") == ["Ani", "Budi Santoso", "Hj. Siti", "José Ramos", "Siti Aminah"])
    #expect(s.table("anggota | sort desa desc, nama")?.strings("no_anggota") == ["A03", "A05", "A02", "A01", "A04"])
  }
}

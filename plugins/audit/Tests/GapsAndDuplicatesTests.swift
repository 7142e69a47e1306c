import AwasPluginKit
import Testing

@testable import AwasAuditPlugin

@Suite struct GapsTests {
  static let receipts: [String?] = [
    "KW-2025-000001", "KW-2025-000002", "KW-2025-000003", "KW-2025-000006", "KW-2025-000007", "KW-2025-000007",
    "KW-2025-000008", "KW-2024-000100", "KW-2024-000103", "BATAL", nil,
  ]

  @Test func parsesPrefixNumberAndSuffix() {
    #expect(ReceiptNumber.parse("KW-2025-000123") == ReceiptNumber(prefix: "KW-2025-", number: 123, width: 6, suffix: ""))
    #expect(ReceiptNumber.parse("A12B") == ReceiptNumber(prefix: "A", number: 12, width: 2, suffix: "B"))
    #expect(ReceiptNumber.parse("BATAL") == nil)
    #expect(ReceiptNumber.format(prefix: "KW-", 7, width: 4, suffix: "") == "KW-0007")
  }

  @Test(arguments: [false, true])
  func gapsPerPrefixWithRepeats(asText: Bool) throws {
    let receipts = asText ? textColumn("no_bukti", Self.receipts) : Column.string("no_bukti", Self.receipts)
    let t = Table(name: "angsuran", columns: [receipts])
    let out = try run(["check", "gaps"], ["column": col("angsuran.no_bukti")], dataset: dataset([t]))
    let gaps = try #require(out.primaryTable)
    #expect(gaps.strings("sebelum") == ["KW-2025-000003", "KW-2024-000100"])
    #expect(gaps.strings("sesudah") == ["KW-2025-000006", "KW-2024-000103"])
    #expect(gaps.values("jumlah_hilang") == [.int(2), .int(2)])
    #expect(gaps.strings("nomor_hilang") == ["KW-2025-000004 … KW-2025-000005", "KW-2024-000101 … KW-2024-000102"])
    let repeats = out.blocks.compactMap { b -> Table? in if case .table(let t, _) = b, t.name == "nomor-ulang" { return t } else { return nil } }.first
    #expect(repeats?.strings("nomor") == ["KW-2025-000007"])
    #expect(repeats?.values("kali") == [.int(2)])
    #expect(out.exceptions == 3)
    #expect(out.findings.count == 2)
    #expect(out.findings.contains { $0.severity == .high && $0.evidence.first?.keys == ["KW-2025-000007"] })
  }

  @Test func journalVouchersMayRepeat() throws {
    let t = Table(name: "jurnal", columns: [Column.string("no_bukti", ["JU-1", "JU-1", "JU-2", "JU-4"])])
    let out = try run(["check", "gaps"], ["column": col("jurnal.no_bukti")], dataset: dataset([t]))
    #expect(out.exceptions == 1)  // JU-3 missing; the repeat of JU-1 is normal
    #expect(out.primaryTable?.strings("nomor_hilang") == ["JU-3"])
  }

  @Test func integerColumns() throws {
    let t = Table(name: "x", columns: [Column.int64("n", .int, [5, 1, 2, 9, nil])])
    let out = try run(["check", "gaps"], ["column": col("x.n")], dataset: dataset([t]))
    #expect(out.primaryTable?.values("jumlah_hilang") == [.int(2), .int(3)])
  }
}

@Suite struct DuplicatesTests {
  static func angsuran(textKeys: Bool) -> Table {
    let pinjaman: [String?] = ["P1", "P1", "P2", "P2", "P2", "P3", nil, nil]
    return Table(name: "angsuran", columns: [
      textKeys ? textColumn("no_bukti", ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B7"]) : Column.string("no_bukti", ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B7"]),
      textKeys ? textColumn("no_pinjaman", pinjaman) : Column.string("no_pinjaman", pinjaman),
      Column.date("tanggal", [day(2025, 1, 5), day(2025, 1, 5), day(2025, 2, 1), day(2025, 2, 1), day(2025, 2, 1), day(2025, 1, 5), day(2025, 3, 1), day(2025, 3, 1)]),
      Column.money("pokok", [rp(100_000), rp(100_000), rp(200_000), rp(200_000), rp(200_000), rp(100_000), nil, nil]),
    ])
  }

  @Test(arguments: [false, true])
  func groupsSharingTheKey(textKeys: Bool) throws {
    let t = Self.angsuran(textKeys: textKeys)
    let out = try run(["check", "duplicates"], ["table": .table(t), "on": .list([col("no_pinjaman"), col("tanggal"), col("pokok")])], dataset: dataset([t]))
    let r = try #require(out.primaryTable)
    #expect(r.values("kelompok") == [1, 1, 2, 2, 2, 3, 3].map { Value.int($0) })
    #expect(r.values("jumlah") == [2, 2, 3, 3, 3, 2, 2].map { Value.int($0) })
    #expect(r.strings("no_bukti") == ["B1", "B2", "B3", "B4", "B5", "B7", "B7"])
    #expect(out.exceptions == 3)
    // Excess: 1 × 100.000 + 2 × 200.000 (the null group adds nothing).
    #expect(out.findings.first?.amount == rp(500_000))
    #expect(out.findings.first?.evidence.first?.keys == ["B1", "B2", "B3", "B4", "B5", "B7"])
  }

  @Test func duplicateReceiptNumbersAndWholeRows() throws {
    let t = Self.angsuran(textKeys: true)
    let byReceipt = try run(["check", "duplicates"], ["on": .list([col("no_bukti")])], input: t, dataset: dataset([t]))
    #expect(byReceipt.exceptions == 1)
    #expect(byReceipt.primaryTable?.values("baris") == [.int(7), .int(8)])
    let all = try run(["check", "duplicates"], ["all": .flag(true)], input: t, dataset: dataset([t]))
    #expect(all.exceptions == 1)
  }

  /// 50 000 rows, keys i mod 20 000 (as int and as text): enough rows for the
  /// hash partitions; 20 000 groups, of 3 rows (i < 10 000) or 2.
  @Test func manyRowsAcrossPartitions() {
    let n = 50_000
    let ints = Column.int64("k", .int, (0..<n).map { Int64($0 % 20_000) })
    let texts = textColumn("t", (0..<n).map { "K\($0 % 20_000)" })
    for column in [ints, texts] {
      let groups = RowKeys(columns: [column], rowCount: n).duplicateGroups()
      #expect(groups.count == 20_000)
      #expect(groups[0] == [0, 20_000, 40_000])
      #expect(groups[10_000] == [10_000, 30_000])
      #expect(groups.reduce(0) { $0 + $1.count } == n)
    }
  }

  @Test func noKeyIsAUserError() {
    let t = Self.angsuran(textKeys: false)
    #expect(throws: UserError.self) { try run(["check", "duplicates"], [:], input: t, dataset: dataset([t])) }
  }
}

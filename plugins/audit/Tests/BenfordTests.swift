import AwasPluginKit
import Testing

@testable import AwasAuditPlugin

/// A money column whose first digits have exactly the given counts
/// (digit d appears counts[d-1] times, as Rp d.234.000).
func benfordTable(_ counts: [Int], officer: String = "A") -> Table {
  var amounts: [Money?] = []
  var officers: [String?] = []
  var receipts: [String?] = []
  for (i, c) in counts.enumerated() {
    for _ in 0..<c {
      amounts.append(rp(Int64(i + 1) * 1_000_000 + 234_000))
      officers.append(officer)
      receipts.append("KW-\(receipts.count + 1)")
    }
  }
  return Table(name: "angsuran", columns: [
    Column.string("no_bukti", receipts), Column.money("pokok", amounts), Column.string("petugas", officers),
  ])
}

@Suite struct BenfordMathTests {
  @Test func expectedProportionsMatchTheReference() {
    let first = DigitTest.first.digits.map { (DigitTest.first.expected($0) * 1e5).rounded() / 1e5 }
    #expect(first == [0.30103, 0.17609, 0.12494, 0.09691, 0.07918, 0.06695, 0.05799, 0.05115, 0.04576])
    let second = DigitTest.second.digits.map { (DigitTest.second.expected($0) * 1e5).rounded() / 1e5 }
    #expect(second == [0.11968, 0.11389, 0.10882, 0.10433, 0.10031, 0.09668, 0.09337, 0.09035, 0.08757, 0.085])
    #expect((DigitTest.firstTwo.expected(10) * 1e5).rounded() / 1e5 == 0.04139)
    #expect((DigitTest.firstTwo.expected(99) * 1e5).rounded() / 1e5 == 0.00436)
    #expect(abs(DigitTest.firstTwo.digits.map(DigitTest.firstTwo.expected).reduce(0, +) - 1) < 1e-12)
  }

  @Test func leadingDigitsByIntegerArithmetic() {
    let cases: [(UInt64, Int)] = [
      (10, 10), (99, 99), (100, 10), (999, 99), (1000, 10), (123_456, 12), (9_999_999_999, 99),
      (10_000_000_000_000_000_000, 10), (UInt64.max, 18),
    ]
    for (m, ft) in cases { #expect(LeadingDigits.firstTwo(m) == ft, "\(m)") }
    // Every boundary 10^k − 1, 10^k, 10^k + 1 and a spread of values, against decimal text.
    var probes: [UInt64] = []
    for k in 2...19 {
      let p = LeadingDigits.pow10[k]
      probes += [p - 1, p, p + 1, p / 2 + 7, p - p / 10, p + p / 10 - 1]
    }
    var g = SplitMix64(seed: 5)
    for _ in 0..<10_000 { probes.append(g.next() >> (g.next() % 60)) }
    for m in probes where m >= 10 {
      #expect(LeadingDigits.firstTwo(m) == Int(String(String(m).prefix(2))), "\(m)")
    }
    #expect(LeadingDigits.firstTwo(10.0) == 10)
    #expect(LeadingDigits.firstTwo(99.99) == 99)
    #expect(LeadingDigits.firstTwo(1000.0) == 10)
    #expect(LeadingDigits.firstTwo(0.5e6) == 50)
  }

  /// 1000 values: digit counts 301,176,125,97,79,67,58,51,46 — the rounded
  /// Benford proportions. |AP−EP| per digit (×1e-5): 3.00, 9.13, 6.13, 9.00,
  /// 18.12, 5.32, 0.81, 15.25, 24.25 → Σ = 91.01e-5 → MAD = 0.00010112.
  @Test func madOnKnownCounts() throws {
    let counts = [301, 176, 125, 97, 79, 67, 58, 51, 46]
    let s = BenfordStatistics(test: .first, counts: counts, cutoffs: try ConformityTable.of(.first))
    #expect(s.n == 1000)
    let expectedMAD = (3.00 + 9.13 + 6.13 + 9.00 + 18.12 + 5.32 + 0.81 + 15.25 + 24.25) * 1e-5 / 9
    // Exact: Σ|AP − log10(1+1/d)| / 9 with the unrounded EP.
    let exact = counts.enumerated().map { abs(Double($0.element) / 1000 - log10(1 + 1 / Double($0.offset + 1))) }.reduce(0, +) / 9
    #expect(abs(s.mad - exact) < 1e-15)
    #expect(abs(s.mad - expectedMAD) < 1e-7)
    #expect(s.verdict == .close)
  }

  /// Z on digit 1 with N = 1000, AP = 0.35: (0.04897 − 0.0005)/√(0.30103·0.69897/1000) = 3.3415.
  @Test func zWithContinuityCorrection() {
    let ep = log10(2.0)
    let z = BenfordStatistics.zStatistic(ap: 0.35, ep: ep, n: 1000)
    let hand = (abs(0.35 - ep) - 0.0005) / (ep * (1 - ep) / 1000).squareRoot()
    #expect(abs(z - hand) < 1e-12)
    #expect(abs(z - 3.3415) < 1e-4)
    // The correction is dropped when it exceeds |AP − EP|.
    let tiny = BenfordStatistics.zStatistic(ap: ep + 0.0001, ep: ep, n: 1000)
    #expect(abs(tiny - 0.0001 / (ep * (1 - ep) / 1000).squareRoot()) < 1e-9)
  }

  @Test(arguments: [
    (DigitTest.first, 0.006, Conformity.close), (.first, 0.0060001, .acceptable), (.first, 0.012, .acceptable),
    (.first, 0.0120001, .marginal), (.first, 0.015, .marginal), (.first, 0.0150001, .nonconformity),
    (.second, 0.008, .close), (.second, 0.010, .acceptable), (.second, 0.012, .marginal), (.second, 0.0121, .nonconformity),
    (.firstTwo, 0.0012, .close), (.firstTwo, 0.0018, .acceptable), (.firstTwo, 0.0022, .marginal),
    (.firstTwo, 0.00221, .nonconformity),
  ])
  func verdictAtEachCutOff(_ test: DigitTest, _ mad: Double, _ verdict: Conformity) throws {
    #expect(try ConformityTable.of(test).verdict(mad) == verdict)
  }
}

@Suite struct BenfordCommandTests {
  @Test func conformingDataHasNoFinding() throws {
    let t = benfordTable([301, 176, 125, 97, 79, 67, 58, 51, 46])
    let out = try run(["check", "benford"], ["column": col("angsuran.pokok")], dataset: dataset([t]))
    let table = try #require(out.primaryTable)
    #expect(table.rowCount == 9)
    #expect(table.values("jumlah").first == .int(301))
    #expect(out.findings.isEmpty)
    #expect(out.exceptions == 0)
    #expect(table.metadata[BenfordMeta.test] == "1")
  }

  @Test func excessSevensAreFlaggedAndDrillDown() throws {
    // 1000 values, 150 of them start with 7 instead of 58: MAD well above 0.015.
    let t = benfordTable([250, 150, 110, 90, 70, 60, 150, 50, 70])
    let ds = dataset([t])
    let out = try run(["check", "benford"], ["column": col("angsuran.pokok")], dataset: ds)
    let table = try #require(out.primaryTable)
    let flagged = zip(table.values("digit"), table.values("menonjol")).filter { $0.1 == .bool(true) }.map(\.0)
    #expect(flagged.contains(.int(7)))
    #expect(out.findings.count == 1)
    #expect(out.exceptions == 1)
    // Excess digits: 7 (150 vs 58 expected) and 9 (70 vs 46): their 220 rows are the evidence.
    #expect(out.findings[0].title.id.hasSuffix("digit berlebih: 7, 9"))
    #expect(out.findings[0].evidence.first?.keys.count == 220)
    let rows = try run(["rows"], ["digits": .list([.value(.int(7))])], input: table, dataset: ds)
    let drilled = try #require(rows.primaryTable)
    #expect(drilled.rowCount == 150)
    #expect(drilled.values("pokok").allSatisfy { $0 == .money(rp(7_234_000)) })
  }

  @Test func smallAndNegativeValuesAreSeparated() throws {
    let t = Table(name: "x", columns: [
      Column.int64("v", .int, [5, 9, 10, 12, -15, -200, nil, 0, 99]),
    ])
    let out = try run(["check", "benford"], ["column": col("x.v")], dataset: dataset([t]))
    let table = try #require(out.primaryTable)
    #expect(table.values("jumlah").map { if case .int(let i) = $0 { return i } else { return -1 } }.reduce(0, +) == 3)
    let fields = out.blocks.compactMap { b -> [(String, String)]? in if case .fields(let f) = b { return f } else { return nil } }.first ?? []
    #expect(fields.contains { $0.0.hasPrefix("Dikecualikan") && $0.1 == "3" })
    #expect(fields.contains { $0.0.hasPrefix("Negatif") && $0.1.hasPrefix("2") })
  }

  @Test func rankingByGroupFindsTheOddOfficer() throws {
    let good = benfordTable([301, 176, 125, 97, 79, 67, 58, 51, 46], officer: "Ani")
    let bad = benfordTable([100, 100, 100, 100, 100, 100, 250, 100, 50], officer: "Budi")
    let t = Table(name: "angsuran", columns: zip(good.columns, bad.columns).map { a, b in
      Column.from(a.name, a.type, (0..<a.count).map { a.value(at: $0) } + (0..<b.count).map { b.value(at: $0) })
    })
    let ds = dataset([t])
    let out = try run(["check", "benford"], ["column": col("angsuran.pokok"), "by": col("petugas")], dataset: ds)
    let ranking = try #require(out.blocks.compactMap { b -> Table? in
      if case .table(let t, _) = b, t.metadata[BenfordMeta.kind] == "groups" { return t } else { return nil }
    }.first)
    #expect(ranking.strings("petugas") == ["Budi", "Ani"])
    let groupFindings = out.findings.filter { $0.title.en.contains("petugas = Budi") }
    #expect(groupFindings.count == 1)
    #expect(!out.findings.contains { $0.title.en.contains("petugas = Ani") })
    // Drill down from the ranking, keeping only Budi's rows with first digit 7.
    let rows = try run(["rows"], ["digits": .list([.value(.int(7))]), "group": .value(.string("Budi"))], input: out.primaryTable, dataset: ds)
    #expect(rows.primaryTable?.rowCount == 250)
  }

  /// Instalments are not Benford-distributed: ten officers collect amounts with
  /// uniform first digits (100 of each); Dodi has 200 sevens. Against Benford
  /// every officer fails. Against the others pooled: Dodi's sevens 200/1000 = 0,2
  /// vs 900/8100 = 0,1111, other digits 0,1 vs 0,1111 → MAD = (0,0889 + 8 × 0,0111)/9
  /// = 0,0198 (nonconformity); Ani's peers have 1000/8200 sevens → MAD ≈ 0,0024 (close).
  @Test func groupsComparedWithTheirPeers() throws {
    var officers: [String?] = [], amounts: [Money?] = []
    let names = ["Ani", "Budi", "Citra", "Dodi", "Eka", "Fajar", "Gita", "Hadi", "Indah", "Joko"]
    for o in names {
      for d in 1...9 {
        let n = o == "Dodi" && d == 7 ? 200 : 100
        for _ in 0..<n { officers.append(o); amounts.append(rp(Int64(d) * 1_000_000 + 234_000)) }
      }
    }
    let t = Table(name: "angsuran", columns: [Column.string("petugas", officers), Column.money("pokok", amounts)])
    let args: [String: Argument] = ["column": col("angsuran.pokok"), "by": col("petugas")]
    func groupFindings(_ out: CommandOutput) -> [String] {
      out.findings.compactMap { f in names.first { f.title.en.contains("petugas = \($0):") } }.sorted()
    }
    let benford = try run(["check", "benford"], args, dataset: dataset([t]))
    #expect(groupFindings(benford) == names.sorted())
    let peers = try run(["check", "benford"], args, dataset: dataset([t]), settings: ["audit.benford.group-basis": .string("peers")])
    #expect(groupFindings(peers) == ["Dodi"])
    let ranking = try #require(peers.blocks.compactMap { b -> Table? in
      if case .table(let t, _) = b, t.metadata[BenfordMeta.kind] == "groups" { return t } else { return nil }
    }.first)
    #expect(ranking.strings("petugas").first == "Dodi")
    #expect(peers.findings.first { $0.title.en.contains("Dodi") }?.title.en.contains("with the other groups") == true)
  }

  @Test func secondAndFirstTwoDigitTests() throws {
    // Second digits 2, 2, 2, 4, 4, 7 and first-two 12, 12, 12, 34, 34, 97.
    let t = Table(name: "x", columns: [Column.money("v", [rp(12_500), rp(1_290), rp(123), rp(34), rp(3_400_000), rp(97_000)])])
    let out = try run(["check", "benford"], ["column": col("x.v"), "digits": .choice("2")], dataset: dataset([t]))
    let table = try #require(out.primaryTable)
    #expect(table.rowCount == 10)
    #expect(table.values("jumlah") == [0, 0, 3, 0, 2, 0, 0, 1, 0, 0].map { Value.int($0) })
    let two = try run(["check", "benford"], ["column": col("x.v"), "digits": .choice("12")], dataset: dataset([t]))
    let tt = try #require(two.primaryTable)
    #expect(tt.rowCount == 90)
    #expect(tt.values("jumlah")[12 - 10] == .int(3))
    #expect(tt.values("jumlah")[34 - 10] == .int(2))
    #expect(tt.values("jumlah")[97 - 10] == .int(1))
  }
}

import AwasPluginKit
import Testing

@testable import AwasRiskPlugin

@Suite struct RiskMathTests {
  @Test func mulDivRoundsHalfUpOnce() {
    #expect(RiskMath.mulDiv(1_000, 50, 10_000) == 5)       // 5.0
    #expect(RiskMath.mulDiv(1_001, 50, 10_000) == 5)       // 5.005 → 5
    #expect(RiskMath.mulDiv(1_010, 50, 10_000) == 5)       // 5.05 → 5
    #expect(RiskMath.mulDiv(1_100, 50, 10_000) == 6)       // 5.5 → 6
    #expect(RiskMath.mulDiv(-1_100, 50, 10_000) == -6)     // away from zero
    // 10^17 sen × 10,000 does not fit 64 bits; the 128-bit product does.
    #expect(RiskMath.mulDiv(100_000_000_000_000_000, 10_000, 10_000) == 100_000_000_000_000_000)
  }

  @Test func exceedsComparesExactly() {
    // 6,000,001 > 10% of 60,000,000; 6,000,000 is not.
    #expect(RiskMath.exceeds(6_000_001, basisPoints: 1_000, of: 60_000_000))
    #expect(!RiskMath.exceeds(6_000_000, basisPoints: 1_000, of: 60_000_000))
  }

  @Test func ratioOfZeroIsUnknown() {
    #expect(RiskMath.ratio(1, 0) == nil)
    #expect(RiskMath.ratio(1, 4) == 0.25)
  }
}

@Suite struct GroupingTests {
  @Test func internerFindsEqualBytes() {
    var k = KeyInterner(capacity: 2)
    var ids: [Int32] = []
    for s in ["a", "b", "a", "", "ccc", "b"] + (0..<100).map({ "x\($0)" }) {
      var t = s
      ids.append(t.withUTF8 { k.intern($0) })
    }
    #expect(Array(ids.prefix(6)) == [0, 1, 0, 2, 3, 1])
    #expect(k.count == 104)
    #expect(k.label(3) == "ccc")
    var q = "x42"
    #expect(q.withUTF8 { k.find($0) } == 46)
    var missing = "zz"
    #expect(missing.withUTF8 { k.find($0) } == nil)
  }

  @Test func partitionedGroupingMatchesTheInterner() {
    // 300 rows over about 210 keys, some longer than 15 bytes (compared byte by byte), some null.
    let values: [String?] = (0..<300).map { i in
      i % 37 == 0 ? nil : (i % 3 == 0 ? "anggota-dengan-nomor-panjang-\(i % 40)" : "A\(i % 250)")
    }
    let c = Column.string("no_anggota", values)
    guard case .text = c.storage else {
      Issue.record("expected text storage")
      return
    }
    let small = GroupCodes(c, partitionedFrom: Int.max), large = GroupCodes(c, partitionedFrom: 0)
    #expect(small.groupCount == large.groupCount)
    for i in 0..<300 {
      #expect(small.label(small.codes[i]) == large.label(large.codes[i]), "row \(i)")
      #expect((small.codes[i] < 0) == (values[i] == nil))
    }
    // Rows with equal keys share a group in the partitioned path too.
    #expect(large.codes[1] == large.codes[251] && large.codes[3] == large.codes[123])
    #expect(large.codes[1] != large.codes[2])
    // First appearance orders the groups for ties.
    #expect(large.rank(large.codes[1]) == 1 && large.rank(large.codes[251]) == 1)
  }

  @Test func joinByKeyAcrossStorages() {
    let target = Column.string("no_anggota", ["A1", "A2", "A3"])
    let keys = Column.string("no_anggota", ["A3", nil, "A9", "A1"])
    #expect(KeyJoin.rows(keys, in: target) == [2, -1, -1, 0])
  }

  @Test func agingBucketLabels() {
    let b = AgingBuckets([30, 60])
    #expect(b.labels == ["0", "1-30", "31-60", ">60"])
    #expect([0, 1, 30, 31, 60, 61, -5].map { b.bucket($0) } == [0, 1, 1, 2, 2, 3, 0])
  }
}

@Suite struct DeclarationTests {
  @Test func commandsHaveBothNames() throws {
    let risk = RiskPlugin().commands[0]
    #expect(risk.names.id == "risiko" && risk.names.en == "risk")
    let subs = risk.subcommands.map(\.names.en)
    #expect(subs == ["collectibility", "aging", "par", "provision", "concentration", "rollrate", "vintage", "stress"])
    #expect(risk.subcommand("kolektibilitas") != nil && risk.subcommand("umur") != nil && risk.subcommand("ppap") != nil)
    for s in risk.subcommands {
      #expect(!s.summary.id.isEmpty && !s.summary.en.isEmpty && s.summary.id != s.summary.en, "\(s.names.en)")
    }
  }

  @Test func settingsArePrefixedAndHaveDefaults() throws {
    let settings = RiskPlugin().settings
    #expect(settings.allSatisfy { $0.key.hasPrefix("risk.") && $0.names.id.hasPrefix("risk.") })
    // The declared defaults are the ones the commands fall back on.
    var values = Settings()
    for s in settings { values[s.key] = s.defaultValue }
    let read = try RiskSettings(values), fallback = try RiskSettings(Settings())
    #expect(read.agingBounds == fallback.agingBounds)
    #expect(read.rateSet == fallback.rateSet && read.scheme == fallback.scheme)
    #expect(read.insiderLimit == fallback.insiderLimit && read.borrowerLimit == fallback.borrowerLimit)
    #expect(read.modalVariant == fallback.modalVariant && read.defaultDpd == fallback.defaultDpd)
  }
}

@Suite struct ExplainTests {
  @Test func topicsInBothLanguages() {
    let ctx = Context()
    let id = RiskPlugin().explainTopics(ctx).map(\.name)
    #expect(id.contains("risk.par30") && id.contains("risk.npl") && id.contains("risk.ppap") && id.contains("risk.kolektibilitas"))
    let en = RiskPlugin().explainTopics(Context(language: .en)).map(\.name)
    #expect(en.contains("risk.collectibility") && en.contains("risk.provision"))
  }

  @Test func par30WithTheDatasetsValues() throws {
    let out = try #require(try RiskPlugin().explain("risk.par30", Context(dataset: fixtureDataset(), language: .en)))
    let text = out.texts.joined(separator: "\n")
    #expect(text.contains("Formula: Σ sisa of active loans with dpd > 30"))
    #expect(text.contains("Numerator: Rp 32,000,000 (6 loans)"))
    #expect(text.contains("Denominator: gross outstanding: Rp 45,000,000 (9 loans)"))
    #expect(text.contains("Result: 71.11%"))
    #expect(text.contains("docs/reference.md §1"))
  }

  @Test func ppapAndOwnCapitalInIndonesian() throws {
    let ctx = Context(dataset: fixtureDataset(), language: .id)
    let ppap = try #require(try RiskPlugin().explain("risk.provision", ctx)).texts.joined(separator: "\n")
    #expect(ppap.contains("Wajib: Rp 6.830.000"))
    #expect(ppap.contains("Kekurangan: Rp 4.830.000"))
    let ms = try #require(try RiskPlugin().explain("risk.modal-sendiri", ctx)).texts.joined(separator: "\n")
    #expect(ms.contains("Jumlah: Rp 60.000.000"))
  }

  @Test func otherTopicsAreNotOurs() throws {
    #expect(try RiskPlugin().explain("health.likuiditas", Context()) == nil)
  }
}

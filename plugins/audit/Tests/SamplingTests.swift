import AwasPluginKit
import Testing

@testable import AwasAuditPlugin

@Suite struct RandomNumberTests {
  /// The reference outputs of splitmix64 (Vigna's splitmix64.c).
  @Test func splitMixReferenceVectors() {
    var a = SplitMix64(seed: 0)
    #expect(a.next() == 0xE220_A839_7B1D_CDAF)
    var b = SplitMix64(seed: 1_234_567)
    #expect([b.next(), b.next(), b.next()] == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423])
  }

  @Test func uniformStaysInRangeAndIsReproducible() {
    var g = SplitMix64(seed: 42)
    for m: UInt64 in [1, 2, 3, 7, 1000, UInt64.max / 3 + 1] {
      for _ in 0..<100 { #expect(g.uniform(m) < m) }
    }
    // The start of a monetary-unit sample: 1 + first draw mod J (seed 7, J = 14.500 sen).
    #expect(SampleMath.randomStart(interval: 14_500, seed: 7) == 7_488)
    #expect(SampleMath.randomStart(interval: 14_500, seed: 7) == SampleMath.randomStart(interval: 14_500, seed: 7))
  }

  @Test func randomSampleWithoutReplacement() throws {
    let rows = SampleMath.randomRows(count: 100, n: 30, seed: 11)
    #expect(rows.count == 30)
    #expect(Set(rows).count == 30)
    #expect(rows.allSatisfy { (0..<100).contains($0) })
    #expect(rows == SampleMath.randomRows(count: 100, n: 30, seed: 11))
    #expect(rows != SampleMath.randomRows(count: 100, n: 30, seed: 12))
    let t = Table(name: "angsuran", columns: [Column.string("no_bukti", (1...100).map { "B\($0)" })])
    let out = try run(["sample"], ["table": .table(t), "random": .value(.int(30)), "seed": .value(.int(11))], dataset: dataset([t]))
    let r = try #require(out.primaryTable)
    #expect(r.rowCount == 30)
    #expect(Set(r.strings("no_bukti")) == Set(rows.map { "B\($0 + 1)" }))
    #expect(r.metadata["audit.sample.seed"] == "11")
  }
}

@Suite struct MonetaryUnitSamplingTests {
  /// A hand-worked population (rupiah): 50, 0, 300, 120, −30, 80.
  /// P = 50 + 300 + 120 + 30 + 80 = 580; n = 4 → J = 145; fixed start s = 100.
  /// Running total: row 0 (0, 50], row 2 (50, 350], row 3 (350, 470],
  /// row 4 (470, 500], row 5 (500, 580]. Points 100, 245, 390, 535:
  /// row 2 twice (300 ≥ J: top stratum), row 3 once, row 5 once; the zero
  /// (row 1) and the negative (row 4) are not hit.
  static let population = Table(name: "pinjaman", columns: [
    Column.string("no_pinjaman", ["A", "B", "C", "D", "E", "F"]),
    Column.money("sisa", [rp(50), rp(0), rp(300), rp(120), rp(-30), rp(80)]),
  ])

  @Test func selectionByHand() {
    let values: [Int64?] = [5_000, 0, 30_000, 12_000, -3_000, 8_000]
    let hits = SampleMath.musSelect(values, interval: 14_500, start: 10_000)
    #expect(hits == [
      .init(row: 2, point: 10_000, hits: 2, topStratum: true), .init(row: 3, point: 39_000, hits: 1, topStratum: false),
      .init(row: 5, point: 53_500, hits: 1, topStratum: false),
    ])
  }

  /// A population whose total just fits: the points after the last one would
  /// pass the largest total, and the selection ends there instead of trapping.
  @Test func selectionNearTheLargestTotal() {
    let big = Int64.max / 2
    let hits = SampleMath.musSelect([big, big], interval: big, start: big)
    #expect(hits == [
      .init(row: 0, point: big, hits: 1, topStratum: true), .init(row: 1, point: 2 * big, hits: 1, topStratum: true),
    ])
  }

  @Test func commandWithFixedStart() throws {
    let t = Self.population
    let out = try run(
      ["sample"], ["table": .table(t), "mus": col("sisa"), "size": .value(.int(4)), "start": .value(.money(rp(100)))],
      dataset: dataset([t]))
    let r = try #require(out.primaryTable)
    #expect(r.strings("no_pinjaman") == ["C", "D", "F"])
    #expect(r.values("mus_kena") == [.int(2), .int(1), .int(1)])
    #expect(r.values("strata_atas") == [.bool(true), .bool(false), .bool(false)])
    #expect(r.metadata["audit.sample.interval"] == "14500")
    #expect(r.metadata["audit.sample.population"] == "58000")
  }

  @Test func recordsAtLeastTheIntervalAreAlwaysSelected() {
    // Whatever the start, a record ≥ J holds a selection point.
    let values: [Int64?] = [10, 500, 7, 1_000, 3, 250, 0, 40]
    for s in 1...250 {
      let rows = Set(SampleMath.musSelect(values, interval: 250, start: Int64(s)).map(\.row))
      #expect(rows.isSuperset(of: [1, 3, 5]))
      #expect(!rows.contains(6))
    }
  }

  @Test func seededSamplesRepeat() throws {
    let t = Self.population
    let args: [String: Argument] = ["table": .table(t), "mus": col("sisa"), "size": .value(.int(3)), "seed": .value(.int(7))]
    let a = try run(["sample"], args, dataset: dataset([t])).primaryTable
    let b = try run(["sample"], args, dataset: dataset([t])).primaryTable
    #expect(a?.strings("no_pinjaman") == b?.strings("no_pinjaman"))
    #expect(a?.metadata["audit.sample.start"] == b?.metadata["audit.sample.start"])
    #expect(a?.metadata["audit.sample.seed"] == "7")
  }
}

@Suite struct SampleSizeTests {
  /// AICPA statistical sample sizes for tests of controls at 5% risk:
  /// tolerable 5% → 59 (0 expected) and 93 (1%); tolerable 10% → 29 and 46.
  @Test(arguments: [(0.05, 0.0, 59), (0.05, 0.01, 93), (0.10, 0.0, 29), (0.10, 0.01, 46)])
  func attributeSizes(_ tolerable: Double, _ expected: Double, _ n: Int) {
    #expect(SampleMath.attributeSize(confidence: 0.95, tolerable: tolerable, expected: expected)?.n == n)
  }

  /// MUS: n = 3,00 / (0,05 − 0,01 × 1,6) = 88,2 → 89; without expected misstatement 3,00 / 0,05 = 60.
  @Test func musSizes() throws {
    let out = try run(["sample", "size"], ["tolerable": .value(.percent(0.05)), "expected": .value(.percent(0.01))], dataset: nil)
    let r = try #require(out.primaryTable)
    #expect(r.values("ukuran") == [.int(93), .int(89)])
    let none = try run(["sample", "size"], ["tolerable": .value(.percent(0.05)), "expected": .value(.percent(0)), "population": .value(.money(rp(2_400_000)))], dataset: nil)
    let n = try #require(none.primaryTable)
    #expect(n.values("ukuran") == [.int(59), .int(60)])
    #expect(n.values("interval")[1] == .money(rp(40_000)))
  }

  /// Every factor in keandalan.toml is the Poisson upper limit rounded up to 0,01.
  @Test func factorTableMatchesThePoissonDistribution() throws {
    let rf = try ReliabilityFactors.shared.get()
    #expect(rf.levels == [0.8, 0.85, 0.9, 0.95, 0.975, 0.99])
    for (key, row) in rf.factors {
      let c = Double(key) / 1000
      for (k, f) in row.enumerated() {
        let computed = (Poisson.upperLimit(k: k, confidence: c) * 100 - 1e-6).rounded(.up) / 100
        #expect(abs(f - computed) < 1e-9, "\(c) k=\(k)")
      }
    }
    #expect(try rf.factor(0, confidence: 0.95) == 3.00)
    #expect(try rf.factor(1, confidence: 0.95) == 4.75)
    #expect(try rf.factor(0, confidence: 0.90) == 2.31)
  }
}

@Suite struct StringerBoundTests {
  /// Hand-worked: J = 12.300, 95% (RF 3,00 / 4,75 / 6,30). Item 15.000 → 12.500 is
  /// top stratum (2.500 as found); 10.000 → 4.000 taints 60% (7.380); 3.000 → 2.000
  /// taints 33⅓% (4.100). BP = 36.900; IA = 0,75 × 7.380 + 0,55 × 4.100 = 7.790.
  /// UML = 2.500 + 7.380 + 4.100 + 36.900 + 7.790 = 58.670.
  @Test func handWorkedEvaluation() throws {
    let rf = try ReliabilityFactors.shared.get()
    let items = [
      StringerBound.Item(book: 1_500_000, audited: 1_250_000), StringerBound.Item(book: 1_000_000, audited: 400_000),
      StringerBound.Item(book: 300_000, audited: 200_000), StringerBound.Item(book: 700_000, audited: 700_000),
    ]
    let e = try StringerBound.evaluate(items, interval: 1_230_000) { try rf.factor($0, confidence: 0.95) }
    #expect(abs(e.overstatement.projectedMisstatement - 1_398_000) < 0.5)
    #expect(abs(e.overstatement.basicPrecision - 3_690_000) < 0.5)
    #expect(abs(e.overstatement.incrementalAllowance - 779_000) < 0.5)
    #expect(abs(e.overstatement.upperLimit - 5_867_000) < 0.5)
    #expect(e.understatement.count == 0)
  }

  /// Textbook: PPS sampling problem (Ch. 16 P7, 10% risk of incorrect acceptance)
  /// as worked in the course notes "L12 Notes Part 13" (coursehero.com/file/6455584):
  /// BV 2.500.000, n = 59, J = 42.373; misstatements 71.330 → 60.631 (top stratum),
  /// 3.555 → 1.422 (60%), 30.081 → 21.057 (30%), 18.996 → 17.096 (10%).
  /// The book gets UML 172.988 with factors rounded to one decimal (2,3 → 3,9 → 5,3 → 6,7
  /// for the increments, 2,31 for basic precision). With the table's 2,31 / 3,89 / 5,33 / 6,69:
  /// BP 97.881,63 + PM 42.373,47 + IA 21.864,60 + 10.699 = 172.818,70.
  @Test func textbookEvaluation() throws {
    let rf = try ReliabilityFactors.shared.get()
    let items = [
      StringerBound.Item(book: 7_133_000, audited: 6_063_100), StringerBound.Item(book: 1_899_600, audited: 1_709_600),
      StringerBound.Item(book: 3_008_100, audited: 2_105_700), StringerBound.Item(book: 355_500, audited: 142_200),
    ]
    let e = try StringerBound.evaluate(items, interval: 4_237_300) { try rf.factor($0, confidence: 0.90) }
    #expect(abs(e.overstatement.upperLimit / 100 - 172_818.70) < 0.01)
    #expect(abs(e.overstatement.upperLimit / 100 - 172_988) < 200)  // the book's one-decimal factors
    // With the book's own increments the book's figure comes back (to rounding of the taints).
    let book = [2.31, 3.91, 5.31, 6.71]  // 2,31 + 1,6 + 1,4 + 1,4
    let b = StringerBound.evaluate(items, interval: 4_237_300) { book[$0] }
    #expect(abs(b.overstatement.upperLimit / 100 - 172_988) < 2)
  }

  @Test func evaluateCommandWithAFileAndAThreshold() throws {
    let path = NSTemporaryDirectory() + "awas-eval-\(getpid()).csv"
    try "no;nilai_buku;nilai_audit\nA;15.000;12.500\nB;10.000;4.000\nC;3.000;2.000\nD;7.000;7.000\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let out = try run(
      ["sample", "evaluate"],
      ["file": .path(path), "interval": .value(.money(rp(12_300))), "confidence": .value(.percent(0.95)), "tolerable-misstatement": .value(.money(rp(50_000)))],
      dataset: nil)
    let r = try #require(out.primaryTable)
    #expect(r.values("batas_atas")[0] == .money(rp(58_670)))
    #expect(out.exceptions == 1)  // 58.670 > 50.000
  }

  @Test func quotedFieldsMayHoldLineBreaksAndDelimiters() throws {
    let path = NSTemporaryDirectory() + "awas-eval-q-\(getpid()).csv"
    // CRLF line ends, a key over two lines, a delimiter and a doubled quote inside quotes.
    try "\u{FEFF}no;nilai_buku;nilai_audit\r\n\"A\r\nbaris dua\";15.000;12.500\r\n\"B; \"\"kutip\"\"\";\"10.000\";4.000\r\n\r\nC;3.000;2.000"
      .write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let csv = try SimpleCSV.read(path)
    #expect(csv.header == ["no", "nilai_buku", "nilai_audit"])
    #expect(csv.rows == [["A\r\nbaris dua", "15.000", "12.500"], ["B; \"kutip\"", "10.000", "4.000"], ["C", "3.000", "2.000"]])
    // The line each row starts on: A spans lines 2-3, line 5 is blank.
    #expect(csv.lines == [2, 4, 6])
  }

  @Test func aBadAmountNamesItsLineColumnAndText() throws {
    let path = NSTemporaryDirectory() + "awas-eval-bad-\(getpid()).csv"
    // Blank lines and a quoted line break before the bad row: it is on line 7.
    try "no,nilai_buku,nilai_audit\n\nA,15.000,12.500\n\"B\nb\",10.000,4.000\n\nC,3.000,dua ribu\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let args: [String: Argument] = ["file": .path(path), "interval": .value(.money(rp(12_300)))]
    let e = try #require(throws: UserError.self) { try run(["sample", "evaluate"], args, dataset: nil) }
    #expect(e.message.en == "Line 7 of the file: `dua ribu` in column nilai_audit is not an amount.")
    #expect(e.message.id == "Baris 7 berkas: `dua ribu` di kolom nilai_audit bukan jumlah.")
    #expect(e.hint?.en.contains("1.250.000") == true)
    try "no,nilai_buku,nilai_audit\nA,,12.500\n".write(toFile: path, atomically: true, encoding: .utf8)
    let empty = try #require(throws: UserError.self) { try run(["sample", "evaluate"], args, dataset: nil) }
    #expect(empty.message.en == "Line 2 of the file: an empty cell in column nilai_buku is not an amount.")
  }

  @Test func amountsInTheResultsFile() {
    #expect(SimpleCSV.money("1.250.000") == 125_000_000)
    #expect(SimpleCSV.money("1.250.000,50") == 125_000_050)
    #expect(SimpleCSV.money("Rp 1,250,000.5") == 125_000_050)
    #expect(SimpleCSV.money("(1.000)") == -100_000)
    #expect(SimpleCSV.money("12,5") == 1_250)
    #expect(SimpleCSV.money("abc") == nil)
    // Too large for sen: not an amount, and no trap.
    #expect(SimpleCSV.money("92233720368547759") == nil)
    #expect(SimpleCSV.money("92233720368547758,08") == nil)
    // Exactly the largest sen, but beyond the loader's limit for a money cell (Rp 100 trillion).
    #expect(SimpleCSV.money("92233720368547758,07") == nil)
    #expect(SimpleCSV.money("100.000.000.000.000") == 10_000_000_000_000_000)
    #expect(SimpleCSV.money("-100.000.000.000.000") == -10_000_000_000_000_000)
    #expect(SimpleCSV.money("100.000.000.000.000,01") == nil)
  }
}

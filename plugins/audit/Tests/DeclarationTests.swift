import AwasPluginKit
import Testing

@testable import AwasAuditPlugin

@Suite struct DeclarationTests {
  static func allSpecs() -> [CommandSpec] {
    var out: [CommandSpec] = []
    func walk(_ c: CommandSpec) {
      out.append(c)
      c.subcommands.forEach(walk)
    }
    AuditPlugin().commands.forEach(walk)
    return out
  }

  @Test func helpTextIsInTheInterfaceLanguage() throws {
    // Capitalised like the other plugins' headings.
    #expect(AuditPlugin().summary.en == "Audit analytics" && AuditPlugin().summary.id == "Analitik audit")
    // Formulas may carry words: each language has its own.
    let z = try #require(BenfordCheck.check.formulas.first { $0.en.hasPrefix("Z = ") })
    #expect(z.en.hasSuffix("(1/(2N) dropped when > |AP − EP|)"))
    #expect(z.id.hasSuffix("(1/(2N) tidak dipakai bila > |AP − EP|)"))
    #expect(BenfordDrill.check.method.en.contains("(e.g. after `where flagged`)"))
    // The sampling factors cite their source in both languages.
    let source = try ReliabilityFactors.shared.get().source
    #expect(source.en.hasPrefix("AICPA Audit Guide: Audit Sampling (2017), appendix tables"))
    #expect(source.id.hasPrefix("AICPA Audit Guide: Audit Sampling (2017), tabel lampiran"))
  }

  @Test func commandsHaveBothLanguagesAndHelp() throws {
    let specs = Self.allSpecs()
    #expect(specs.count == 1 + 9 + 5 + 1 + 2)
    for c in specs {
      #expect(!c.summary.id.isEmpty && !c.summary.en.isEmpty && c.summary.id != "", "\(c.names.en)")
      for p in c.parameters {
        #expect(!p.help.id.isEmpty && !p.help.en.isEmpty, "\(c.names.en) --\(p.names.en)")
      }
      if c.action != nil && c.names.en != "check" { #expect(c.citation != nil, "\(c.names.en)") }
    }
    let check = try #require(AuditPlugin().commands.first { $0.names.en == "check" })
    #expect(check.names.id == "periksa")
    #expect(check.subcommands.map(\.names.en) == ["benford", "gaps", "duplicates", "fuzzy", "nik", "weekend", "round", "journal", "reconcile"])
    #expect(check.subcommands.map(\.names.id) == ["benford", "celah", "ganda", "mirip", "nik", "libur", "bulat", "jurnal", "rekonsiliasi"])
    let top = AuditPlugin().commands.map(\.names.en)
    #expect(top == ["check", "rows", "stratify", "age", "summarize", "stats", "sample"])
  }

  @Test func settingsAreUniqueAndPrefixed() {
    let s = AuditPlugin().settings
    #expect(Set(s.map(\.key)).count == s.count)
    #expect(s.allSatisfy { $0.names.id.hasPrefix("audit.") && $0.names.en.hasPrefix("audit.") })
  }

  @Test func explainComesFromTheDeclaration() throws {
    let p = AuditPlugin()
    let topics = p.explainTopics(Context()).map(\.name)
    for t in ["check.benford", "check.gaps", "check.duplicates", "check.fuzzy", "check.nik", "check.weekend", "check.round", "check.journal", "check.reconcile", "stratify", "age", "summarize", "stats", "sample.mus", "sample.size", "sample.evaluate"] {
      #expect(topics.contains(t), "\(t)")
    }
    let out = try #require(try p.explain("check.benford", Context(settings: Settings(["audit.benford.z": .double(2.576)]))))
    let thresholds = try #require(out.primaryTable)
    #expect(thresholds.strings("pengaturan") == ["audit.benford.z", "audit.benford.mad", "audit.benford.n-min", "audit.benford.dasar-kelompok"])
    #expect(thresholds.strings("nilai").first == "2,58")
    let text = out.blocks.compactMap { b -> String? in if case .text(let s) = b { return s } else { return nil } }.joined()
    #expect(text.contains("1/(2N)"))
    #expect(try p.explain("periksa.celah", Context()) != nil)
    #expect(try p.explain("check.mirip", Context(language: .en)) != nil)
    #expect(try p.explain("sample.size", Context()) != nil)
    #expect(try p.explain("nothing.here", Context()) == nil)
  }

  @Test func englishLabels() throws {
    let t = Table(name: "angsuran", columns: [Column.string("no_bukti", ["A-1", "A-3"])])
    let out = try run(["check", "gaps"], ["column": col("angsuran.no_bukti")], dataset: dataset([t]), language: .en)
    let r = try #require(out.primaryTable)
    #expect(r.columnNames == ["prefix", "before", "after", "missing", "missing_numbers"])
    #expect(out.findings.first?.title.en == "angsuran.no_bukti: 1 number missing in 1 gap")
  }

  @Test func missingDataIsAUserErrorNotACrash() {
    #expect(throws: UserError.self) { try run(["check", "benford"], ["column": col("angsuran.pokok")], dataset: nil) }
    #expect(throws: UserError.self) { try run(["check", "benford"], ["column": col("angsuran.pokok")], dataset: dataset([])) }
    let t = Table(name: "angsuran", columns: [Column.string("no_bukti", ["A"])])
    #expect(throws: UserError.self) { try run(["check", "benford"], ["column": col("angsuran.no_bukti")], dataset: dataset([t])) }
    #expect(throws: UserError.self) { try run(["check", "journal"], [:], dataset: dataset([t])) }
    #expect(throws: UserError.self) { try run(["rows"], ["digits": .list([.value(.int(7))])], input: t, dataset: dataset([t])) }
  }

  @Test func extremeNumbersGiveErrorsNotCrashes() throws {
    let big = Table(name: "x", columns: [Column.int64("v", .money, [Int64.max, 1, Int64.min])])
    #expect(throws: UserError.self) { try run(["stats"], ["column": col("x.v")], dataset: dataset([big])) }
    #expect(throws: UserError.self) { try run(["sample"], ["table": .table(big), "mus": col("v"), "size": .value(.int(2))], dataset: dataset([big])) }
    let ints = Table(name: "x", columns: [Column.int64("v", .int, [Int64.min, Int64.max, 0])])
    let gaps = try run(["check", "gaps"], ["column": col("x.v")], dataset: dataset([ints]))
    #expect(gaps.primaryTable?.rowCount == 2)
    let benford = try run(["check", "benford"], ["column": col("x.v")], dataset: dataset([ints]))
    #expect(benford.primaryTable?.values("jumlah").first == .int(0))  // 9223… and −9223…: first digit 9
  }
}

import AwasPluginKit

/// `check benford TABLE.COLUMN [--digits 1|2|12] [--by COLUMN]`.
enum BenfordCheck {
  static let check = AuditCheck(
    topic: "check.benford", findingID: "audit.benford",
    names: Names("benford"),
    summary: Text("uji digit Benford: digit pertama, kedua, dua digit pertama", en: "Benford digit tests: first, second, first-two digits"),
    method: Text(
      "Menghitung proporsi digit awal nilai ≥ 10 (≤ −10 diuji terpisah; nilai lebih kecil dikecualikan, konvensi IDEA) dan membandingkannya dengan hukum Benford. Z per digit menandai digit yang menonjol; MAD memberi putusan kesesuaian menurut batas Nigrini; χ² dan KS sebagai pembanding. Dengan --menurut, tiap kelompok (mis. petugas) diuji dan diurutkan menurut MAD. `$n | baris 7` menampilkan baris di balik digit 7.",
      en: "Counts the leading digits of values ≥ 10 (≤ −10 tested separately; smaller values are excluded, the IDEA convention) and compares their proportions with Benford's law. Z per digit flags the digits that stand out; the MAD gives the conformity verdict by Nigrini's cut-offs; χ² and KS are shown alongside. With --by, each group (e.g. officer) is tested and ranked by MAD. `$n | rows 7` lists the rows behind digit 7."),
    formulas: [
      "EP(d) = log10(1 + 1/d)   (d = 1..9; 10..99)",
      "EP₂(d) = Σ_{k=1..9} log10(1 + 1/(10k + d))   (d = 0..9)",
      Text(
        "Z = (|AP − EP| − 1/(2N)) / √(EP(1 − EP)/N)   (1/(2N) tidak dipakai bila > |AP − EP|)",
        en: "Z = (|AP − EP| − 1/(2N)) / √(EP(1 − EP)/N)   (1/(2N) dropped when > |AP − EP|)"),
      "MAD = Σ|AP − EP| / k;   χ² = Σ (O − N·EP)² / (N·EP);   KS = max |ΣAP − ΣEP|, critical 1.36/√N",
    ],
    parameters: [
      ParameterSpec(
        Names("kolom", en: "column"), .column(types: [.money, .int, .double]), positional: true, required: true,
        help: Text("kolom angka yang diuji, mis. angsuran.pokok", en: "the numeric column tested, e.g. angsuran.pokok")),
      ParameterSpec(
        Names("digit", en: "digits"),
        .choice([
          Choice("1", Text("digit pertama", en: "first digit")), Choice("2", Text("digit kedua", en: "second digit")),
          Choice("12", Text("dua digit pertama", en: "first two digits")),
        ]),
        default: "1", help: Text("uji yang dijalankan", en: "which test")),
      ParameterSpec(
        Names("menurut", en: "by"), .column(),
        help: Text("uji per kelompok dan urutkan menurut MAD (mis. petugas)", en: "test each group and rank by MAD (e.g. petugas)")),
    ],
    settings: [AuditSettings.benfordZ, AuditSettings.benfordMAD, AuditSettings.benfordMinN, AuditSettings.benfordGroupBasis],
    citation: Text(
      "Nigrini (2012), Benford's Law, Wiley: Z, MAD dan batas kesesuaian (Tabel 7.1); docs/reference.md §7",
      en: "Nigrini (2012), Benford's Law, Wiley: Z, MAD and conformity cut-offs (Table 7.1); docs/reference.md §7"),
    examples: [
      Example("periksa benford angsuran.pokok"),
      Example("check benford angsuran.pokok --digits 12 --by petugas"),
      Example("$1 | rows 7", Text("baris di balik digit 7", en: "the rows behind digit 7")),
    ],
    acceptsInput: true,
    explainExtra: { ctx in cutoffBlocks(ctx) },
    action: { inv in try run(inv) })

  static func cutoffBlocks(_ ctx: Context) -> [OutputBlock] {
    let L = Labels(language: ctx.language)
    var b = TableBuilder(
      L("batas-mad", "mad-cutoffs"),
      [(L("uji", "test"), .string), (L("sangat_sesuai", "close"), .double), (L("sesuai", "acceptable"), .double),
       (L("marginal", "marginal"), .double), ("chi2_95", .double)])
    for t in DigitTest.allCases {
      guard let c = try? ConformityTable.of(t) else { continue }
      b.append([.string(t.label(ctx.language)), .double(c.close), .double(c.acceptable), .double(c.marginal), .double(c.chi2Critical95)])
    }
    return [.table(b.build(), title: L("Batas MAD Nigrini (benford.toml)", "Nigrini's MAD cut-offs (benford.toml)"))]
  }

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let ctx = inv.context, lang = inv.language, L = inv.labels
    let input = try inv.inputColumn("column", types: [.money, .int, .double])
    let test = DigitTest(rawValue: inv.arguments.string("digits") ?? "1") ?? .first
    let cutoffs = try ConformityTable.of(test)
    let zCritical = ctx.settingDouble(AuditSettings.benfordZ)
    let byColumn = try inv.optionalColumn("by", of: input.table)
    var grouping: Grouping?
    if let byColumn { grouping = input.table.grouping(by: [byColumn.name]) }
    let counts = DigitCounts.count(input.column, groupOf: grouping?.groupOfRow, groups: grouping?.count ?? 1)
    let stats = BenfordStatistics(test: test, counts: counts.counts(test, group: nil), cutoffs: cutoffs)

    var out = CommandOutput()
    let token = BenfordSources.shared.store(input.table)
    var meta: [String: String] = [
      BenfordMeta.test: test.rawValue, BenfordMeta.table: input.table.name,
      BenfordMeta.column: input.column.name, BenfordMeta.token: token, BenfordMeta.kind: "digits",
    ]
    if let byColumn { meta[BenfordMeta.by] = byColumn.name }
    var digitsTable = digitTable(stats, zCritical: zCritical, L)
    digitsTable.metadata = meta
    out.blocks.append(.heading("Benford — \(input.label) — \(test.label(lang))"))
    out.blocks.append(.table(digitsTable, title: nil))
    out.value = digitsTable
    out.blocks.append(.chart(.bars(chart(stats, lang))))

    let negatives = BenfordStatistics(test: test, counts: counts.counts(test, group: nil, negatives: true), cutoffs: cutoffs)
    out.blocks.append(.fields(summaryFields(stats, negatives: negatives, counts: counts, cutoffs: cutoffs, zCritical: zCritical, input: input, lang)))

    let level: Conformity = ["marginal"].contains(ctx.settingString(AuditSettings.benfordMAD)) ? .marginal : .nonconformity
    let minN = ctx.settingInt(AuditSettings.benfordMinN)
    if stats.n >= minN && stats.verdict >= level {
      out.findings.append(overallFinding(stats, input: input, zCritical: zCritical, lang))
    }
    if let grouping, let byColumn {
      let peers = ["peers", "rekan"].contains(ctx.settingString(AuditSettings.benfordGroupBasis))
      let ranking = groupRanking(counts, grouping: grouping, test: test, cutoffs: cutoffs, zCritical: zCritical, byName: byColumn.name, peers: peers, L)
      var rankTable = ranking.table
      var rmeta = meta
      rmeta[BenfordMeta.kind] = "groups"
      rankTable.metadata = rmeta
      out.blocks.append(.table(rankTable, title: L("Kelompok menurut MAD (terbesar dulu)", "Groups by MAD (largest first)")))
      for r in ranking.groups where r.stats.n >= minN && r.verdict >= level {
        out.findings.append(groupFinding(r, grouping: grouping, byName: byColumn.name, input: input, zCritical: zCritical, peers: peers))
      }
    }
    out.exceptions = out.findings.count
    return out
  }
}

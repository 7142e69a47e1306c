import AwasPluginKit

/// `sample size --confidence 95 --tolerable 5% --expected 1% [--population P]`.
enum SampleSizeCommand {
  static let check = AuditCheck(
    topic: "sample.size", findingID: "audit.sample",
    names: Names("ukuran", en: "size"),
    summary: Text("ukuran sampel atribut dan MUS", en: "attribute and MUS sample size"),
    method: Text(
      "Atribut (uji pengendalian): n terkecil dengan P(X ≤ k; n, tingkat toleransi) ≤ 1 − keyakinan, k = ⌈n × tingkat harapan⌉ (binomial; sama dengan tabel AICPA). MUS (uji rincian): n = ⌈RF₀ / (toleransi − harapan × EF)⌉ dengan RF₀ faktor keyakinan untuk nol salah saji dan EF faktor ekspansi dari keandalan.toml. Dengan --populasi, interval J = P / n dan salah saji tertoleransi dalam rupiah juga dicetak.",
      en: "Attribute (tests of controls): the smallest n with P(X ≤ k; n, tolerable rate) ≤ 1 − confidence, k = ⌈n × expected rate⌉ (binomial; agrees with the AICPA tables). MUS (tests of details): n = ⌈RF₀ / (tolerable − expected × EF)⌉ with RF₀ the confidence factor for zero misstatements and EF the expansion factor from keandalan.toml. With --population, the interval J = P / n and the tolerable misstatement in rupiah are printed too."),
    formulas: [
      "n_attr = min { n : Σ_{i ≤ ⌈nE⌉} C(n,i) T^i (1−T)^(n−i) ≤ 1 − c }",
      "n_MUS = ⌈RF₀(c) / (T − E × EF(c))⌉",
    ],
    parameters: [
      ParameterSpec(Names("keyakinan", en: "confidence"), .percent, help: Text("tingkat keyakinan (bawaan audit.sampel.keyakinan)", en: "confidence level (default audit.sample.confidence)")),
      ParameterSpec(Names("toleransi", en: "tolerable"), .percent, required: true, help: Text("tingkat salah saji/deviasi tertoleransi", en: "tolerable misstatement/deviation rate")),
      ParameterSpec(Names("harapan", en: "expected"), .percent, default: "0%", help: Text("tingkat salah saji/deviasi yang diharapkan", en: "expected misstatement/deviation rate")),
      ParameterSpec(Names("populasi", en: "population"), .money, help: Text("nilai buku populasi (untuk interval MUS)", en: "the population book value (for the MUS interval)")),
    ],
    settings: [AuditSettings.sampleConfidence],
    citation: Text(
      "AICPA Audit Guide: Audit Sampling (2017), tabel ukuran sampel statistik dan faktor MUS (keandalan.toml)",
      en: "AICPA Audit Guide: Audit Sampling (2017), statistical sample-size tables and MUS factors (keandalan.toml)"),
    examples: [Example("sampel ukuran --keyakinan 95 --toleransi 5% --harapan 1%"), Example("sample size --tolerable 5% --population 2,5M")],
    action: { inv in try run(inv) })

  static func confidence(_ inv: Invocation) -> Double {
    var c = inv.arguments.ratio("confidence") ?? inv.arguments.double("confidence") ?? inv.context.settingRatio(AuditSettings.sampleConfidence)
    if c > 1 { c /= 100 }  // `--confidence 95` read as a number
    return c
  }

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let L = inv.labels, lang = inv.language
    let c = confidence(inv)
    guard let t = inv.arguments.ratio("tolerable"), t > 0, t < 1 else {
      throw UserError(Text("Beri --toleransi, mis. 5%.", en: "Give --tolerable, e.g. 5%."), argument: "tolerable")
    }
    let e = inv.arguments.ratio("expected") ?? 0
    guard e >= 0, e < t else {
      throw UserError(Text("--harapan harus di bawah --toleransi.", en: "--expected must be below --tolerable."), argument: "expected")
    }
    let rf = try ReliabilityFactors.shared.get()
    var b = TableBuilder(
      L("ukuran-sampel", "sample-size"),
      [(L("metode", "method"), .string), (L("ukuran", "size"), .int), (L("faktor", "factor"), .double),
       (L("keterangan", "note"), .string), ("interval", .money)])
    let population = inv.arguments.money("population")
    if let a = SampleMath.attributeSize(confidence: c, tolerable: t, expected: e) {
      b.append([.string(L("atribut", "attribute")), .int(Int64(a.n)), .null, .string(L("deviasi diharapkan: \(a.k)", "expected deviations: \(a.k)")), .null])
    }
    let rf0 = try rf.factor(0, confidence: c)
    let ef = e == 0 ? 1 : try rf.expansionFactor(confidence: c)
    if let n = SampleMath.musSize(rf0: rf0, expansion: ef, tolerable: t, expected: e) {
      let interval: Value = population.map { .money(Money(sen: $0.sen / Int64(n))) } ?? .null
      b.append([.string("MUS"), .int(Int64(n)), .double(rf0), .string("EF \(ValueFormatter.number(ef, decimals: 2, lang))"), interval])
    }
    let table = b.build()
    var out = CommandOutput()
    out.blocks.append(.heading(L("Ukuran sampel", "Sample size")))
    out.blocks.append(.table(table, title: nil))
    out.value = table
    var fields: [(String, String)] = [
      (L("Keyakinan", "Confidence"), ValueFormatter.percent(c, lang)),
      (L("Toleransi", "Tolerable"), ValueFormatter.percent(t, lang, decimals: 2)),
      (L("Harapan", "Expected"), ValueFormatter.percent(e, lang, decimals: 2)),
    ]
    if let p = population {
      fields.append((L("Salah saji tertoleransi", "Tolerable misstatement"), ValueFormatter.money(Money(sen: Int64((Double(p.sen) * t).rounded())), lang)))
    }
    fields.append((L("Sumber faktor", "Factor source"), rf.source(lang)))
    out.blocks.append(.fields(fields))
    return out
  }
}

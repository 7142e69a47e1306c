import AwasPluginKit

extension BenfordCheck {
  /// One row per tested digit: count, observed, expected, difference, Z, flagged.
  static func digitTable(_ s: BenfordStatistics, zCritical: Double, _ L: Labels) -> Table {
    var b = TableBuilder(
      "benford",
      [("digit", .int), (L("jumlah", "count"), .int), (L("teramati", "observed"), .percent),
       (L("diharapkan", "expected"), .percent), (L("selisih", "difference"), .percent), ("z", .double),
       (L("menonjol", "flagged"), .bool)])
    for (i, d) in s.test.digits.enumerated() {
      b.append([
        .int(Int64(d)), .int(Int64(s.counts[i])), .percent(s.observed[i]), .percent(s.expected[i]),
        .percent(s.observed[i] - s.expected[i]), .double((s.z[i] * 1000).rounded() / 1000), .bool(s.z[i] > zCritical),
      ])
    }
    return b.build()
  }

  static func chart(_ s: BenfordStatistics, _ lang: Language) -> BarChart {
    BarChart(
      title: Text("teramati (batang) dan diharapkan (|)", en: "observed (bars) and expected (|)")(lang),
      labels: s.test.digits.map(String.init),
      values: s.observed.map { $0 * 100 },
      valueLabels: s.observed.map { ValueFormatter.number($0 * 100, decimals: 1, lang) + "%" },
      reference: s.expected.map { $0 * 100 })
  }

  static func num(_ d: Double, _ places: Int, _ lang: Language) -> String {
    ValueFormatter.number(d, decimals: places, lang)
  }

  static func summaryFields(
    _ s: BenfordStatistics, negatives: BenfordStatistics, counts: DigitCounts, cutoffs: ConformityTable,
    zCritical: Double, input: ColumnInput, _ lang: Language
  ) -> [(String, String)] {
    let L = Labels(language: lang)
    var f: [(String, String)] = []
    f.append((L("Kolom", "Column"), input.label))
    f.append((L("N diuji (≥ 10)", "N tested (≥ 10)"), ValueFormatter.grouped(Int64(s.n), lang)))
    f.append((L("Dikecualikan (|nilai| < 10)", "Excluded (|value| < 10)"), ValueFormatter.grouped(Int64(counts.small), lang)))
    if counts.nulls > 0 { f.append((L("Kosong", "Empty"), ValueFormatter.grouped(Int64(counts.nulls), lang))) }
    if negatives.n > 0 {
      f.append((
        L("Negatif (≤ −10, diuji terpisah)", "Negative (≤ −10, tested separately)"),
        "\(ValueFormatter.grouped(Int64(negatives.n), lang)); MAD \(num(negatives.mad, 4, lang)) — \(negatives.verdict.label(lang))"))
    }
    f.append((
      "MAD",
      "\(num(s.mad, 4, lang)) — \(s.verdict.label(lang)) " + L(
        "(batas: ≤ \(num(cutoffs.close, 4, lang)) / ≤ \(num(cutoffs.acceptable, 4, lang)) / ≤ \(num(cutoffs.marginal, 4, lang)))",
        "(cut-offs: ≤ \(num(cutoffs.close, 4, lang)) / ≤ \(num(cutoffs.acceptable, 4, lang)) / ≤ \(num(cutoffs.marginal, 4, lang)))")))
    f.append((
      "χ²",
      "\(num(s.chiSquare, 3, lang)) " + L("(kritis 95%: \(num(cutoffs.chi2Critical95, 3, lang)))", "(critical 95%: \(num(cutoffs.chi2Critical95, 3, lang)))")
        + (s.chiSquare > cutoffs.chi2Critical95 ? L(" — melebihi", " — exceeded") : "")))
    f.append(("KS", "\(num(s.ks, 4, lang)) " + L("(kritis 1,36/√N = \(num(s.ksCritical, 4, lang)))", "(critical 1.36/√N = \(num(s.ksCritical, 4, lang)))")))
    let flagged = s.flagged(critical: zCritical)
    f.append((
      L("Z kritis", "Critical Z"),
      num(zCritical, 3, lang) + "; " + L("digit menonjol: ", "flagged digits: ")
        + (flagged.isEmpty ? "-" : flagged.map(String.init).joined(separator: ", "))))
    return f
  }

  /// Groups ranked by MAD (largest first), with each group's statistics.
  static func groupRanking(
    _ counts: DigitCounts, grouping: Grouping, test: DigitTest, cutoffs: ConformityTable, zCritical: Double,
    byName: String, _ L: Labels
  ) -> (table: Table, stats: [(Int, BenfordStatistics)]) {
    var stats: [(Int, BenfordStatistics)] = []
    for g in 0..<grouping.count {
      let s = BenfordStatistics(test: test, counts: counts.counts(test, group: g), cutoffs: cutoffs)
      if s.n > 0 { stats.append((g, s)) }
    }
    stats.sort { a, b in a.1.mad != b.1.mad ? a.1.mad > b.1.mad : a.1.n > b.1.n }
    var b = TableBuilder(
      "benford-" + L("kelompok", "groups"),
      [(byName, .string), ("n", .int), ("mad", .double), (L("putusan", "verdict"), .string), ("chi2", .double),
       (L("digit_menonjol", "flagged_digits"), .string)])
    for (g, s) in stats {
      b.append([
        .string(ValueFormatter.plain(grouping.keys[g].first ?? .null)), .int(Int64(s.n)), .double((s.mad * 1e6).rounded() / 1e6),
        .string(s.verdict.label(L.language)), .double((s.chiSquare * 1000).rounded() / 1000),
        .string(s.flagged(critical: zCritical).map(String.init).joined(separator: ",")),
      ])
    }
    return (b.build(), stats)
  }

  /// Rows whose tested digit is in `digits` (and whose group is `group`, when given).
  static func rows(
    _ column: Column, test: DigitTest, digits: Set<Int>, negatives: Bool = false,
    groupOf: ContiguousArray<Int32>? = nil, group: Int? = nil, limit: Int = Int.max
  ) -> [Int] {
    var out: [Int] = []
    for r in 0..<column.count {
      if let group, let groupOf, Int(groupOf[r]) != group { continue }
      let code = LeadingDigits.code(column, row: r)
      guard code != 0, (code < 0) == negatives else { continue }
      if digits.contains(test.digit(firstTwo: abs(code))) {
        out.append(r)
        if out.count >= limit { break }
      }
    }
    return out
  }

  static func overallFinding(_ s: BenfordStatistics, input: ColumnInput, zCritical: Double, _ lang: Language) -> Finding {
    let excess = s.excess(critical: zCritical)
    let rowList = rows(input.column, test: s.test, digits: Set(excess), limit: EvidenceKeys.limit)
    let mad = ValueFormatter.number(s.mad, decimals: 4, .en)
    let digits = excess.map(String.init).joined(separator: ", ")
    return .audit(
      check, s.verdict == .nonconformity ? .medium : .low,
      Text(
        "\(input.label): \(s.test.label.id) \(s.verdict.label.id) dengan Benford (MAD \(mad), N \(s.n))" + (digits.isEmpty ? "" : "; digit berlebih: \(digits)"),
        en: "\(input.label): \(s.test.label.en) shows \(s.verdict.label.en) with Benford (MAD \(mad), N \(s.n))" + (digits.isEmpty ? "" : "; excess digits: \(digits)")),
      evidence: excess.isEmpty ? [] : [EvidenceKeys.evidence(input.table, rows: rowList)],
      recommendation: Text(
        "Periksa bukti transaksi dengan digit berlebih (`$n | baris DIGIT`); tanyakan cara angka itu dibuat.",
        en: "Examine the vouchers of the excess digits (`$n | rows DIGIT`); ask how those amounts arise."))
  }

  static func groupFinding(
    _ s: BenfordStatistics, group g: Int, grouping: Grouping, byName: String, input: ColumnInput, zCritical: Double
  ) -> Finding {
    let name = ValueFormatter.plain(grouping.keys[g].first ?? .null)
    let excess = s.excess(critical: zCritical)
    let rowList = rows(
      input.column, test: s.test, digits: Set(excess.isEmpty ? s.test.digits : excess), groupOf: grouping.groupOfRow,
      group: g, limit: EvidenceKeys.limit)
    let mad = ValueFormatter.number(s.mad, decimals: 4, .en)
    let digits = excess.map(String.init).joined(separator: ", ")
    return .audit(
      check, s.verdict == .nonconformity ? .high : .medium,
      Text(
        "\(input.label) \(byName) = \(name): \(s.test.label.id) \(s.verdict.label.id) dengan Benford (MAD \(mad), N \(s.n))" + (digits.isEmpty ? "" : "; digit berlebih: \(digits)"),
        en: "\(input.label) \(byName) = \(name): \(s.test.label.en) shows \(s.verdict.label.en) with Benford (MAD \(mad), N \(s.n))" + (digits.isEmpty ? "" : "; excess digits: \(digits)")),
      evidence: [EvidenceKeys.evidence(input.table, rows: rowList)],
      recommendation: Text(
        "Uji petik transaksi kelompok ini ke bukti fisik dan konfirmasi ke anggota; bandingkan dengan kelompok lain.",
        en: "Vouch this group's transactions to source documents and confirm with members; compare with the other groups."))
  }
}

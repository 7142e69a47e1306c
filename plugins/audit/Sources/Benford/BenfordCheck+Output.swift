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

  /// One group of a `--by` test.
  struct GroupResult {
    var group: Int
    /// Against Benford's law.
    var stats: BenfordStatistics
    /// MAD against the other groups pooled.
    var peerMAD: Double
    /// The MAD and verdict of the chosen basis (`audit.benford.group-basis`).
    var mad: Double
    var verdict: Conformity
  }

  /// MAD of `counts` against the proportions of `reference`.
  static func mad(_ counts: [Int], against reference: [Int]) -> Double {
    let n = Double(counts.reduce(0, +)), m = Double(reference.reduce(0, +))
    guard n > 0, m > 0, !counts.isEmpty else { return 0 }
    var sum = 0.0
    for i in counts.indices { sum += abs(Double(counts[i]) / n - Double(reference[i]) / m) }
    return sum / Double(counts.count)
  }

  /// Groups ranked by the MAD of the chosen basis (largest first).
  static func groupRanking(
    _ counts: DigitCounts, grouping: Grouping, test: DigitTest, cutoffs: ConformityTable, zCritical: Double,
    byName: String, peers: Bool, _ L: Labels
  ) -> (table: Table, groups: [GroupResult]) {
    let all = counts.counts(test, group: nil)
    var groups: [GroupResult] = []
    for g in 0..<grouping.count {
      let own = counts.counts(test, group: g)
      let s = BenfordStatistics(test: test, counts: own, cutoffs: cutoffs)
      guard s.n > 0 else { continue }
      let rest = zip(all, own).map { $0 - $1 }
      let peerMAD = mad(own, against: rest)
      let chosen = peers ? peerMAD : s.mad
      groups.append(GroupResult(group: g, stats: s, peerMAD: peerMAD, mad: chosen, verdict: cutoffs.verdict(chosen)))
    }
    groups.sort { a, b in a.mad != b.mad ? a.mad > b.mad : a.stats.n > b.stats.n }
    var b = TableBuilder(
      "benford-" + L("kelompok", "groups"),
      [(byName, .string), ("n", .int), ("mad", .double), (L("mad_rekan", "mad_peers"), .double), (L("putusan", "verdict"), .string),
       ("chi2", .double), (L("digit_menonjol", "flagged_digits"), .string)])
    for r in groups {
      b.append([
        .string(ValueFormatter.plain(grouping.keys[r.group].first ?? .null)), .int(Int64(r.stats.n)),
        .double((r.stats.mad * 1e6).rounded() / 1e6), .double((r.peerMAD * 1e6).rounded() / 1e6),
        .string(r.verdict.label(L.language)), .double((r.stats.chiSquare * 1000).rounded() / 1000),
        .string(r.stats.flagged(critical: zCritical).map(String.init).joined(separator: ",")),
      ])
    }
    return (b.build(), groups)
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
    _ r: GroupResult, grouping: Grouping, byName: String, input: ColumnInput, zCritical: Double, peers: Bool
  ) -> Finding {
    let s = r.stats
    let name = ValueFormatter.plain(grouping.keys[r.group].first ?? .null)
    let excess = s.excess(critical: zCritical)
    let rowList = rows(
      input.column, test: s.test, digits: Set(excess.isEmpty ? s.test.digits : excess), groupOf: grouping.groupOfRow,
      group: r.group, limit: EvidenceKeys.limit)
    let mad = ValueFormatter.number(r.mad, decimals: 4, .en)
    let digits = excess.map(String.init).joined(separator: ", ")
    let basis = peers ? Text("kelompok lain", en: "the other groups") : Text("Benford", en: "Benford")
    return .audit(
      check, r.verdict == .nonconformity ? .high : .medium,
      Text(
        "\(input.label) \(byName) = \(name): \(s.test.label.id) \(r.verdict.label.id) dengan \(basis.id) (MAD \(mad), N \(s.n))" + (digits.isEmpty ? "" : "; digit berlebih: \(digits)"),
        en: "\(input.label) \(byName) = \(name): \(s.test.label.en) shows \(r.verdict.label.en) with \(basis.en) (MAD \(mad), N \(s.n))" + (digits.isEmpty ? "" : "; excess digits: \(digits)")),
      evidence: [EvidenceKeys.evidence(input.table, rows: rowList)],
      recommendation: Text(
        "Uji petik transaksi kelompok ini ke bukti fisik dan konfirmasi ke anggota; bandingkan dengan kelompok lain.",
        en: "Vouch this group's transactions to source documents and confirm with members; compare with the other groups."))
  }
}

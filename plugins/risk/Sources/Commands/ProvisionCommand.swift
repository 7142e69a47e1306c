import AwasPluginKit

/// `risk provision` (`risk ppap`): the allowance each class requires against
/// the allowance booked in the balance sheet; a shortfall is a finding.
enum ProvisionCommand {
  static func run(_ inv: Invocation) throws -> CommandOutput {
    let run = try RiskRun(inv)
    let p = try run.portfolio()
    let (rules, rates) = try PPAPRules.selected(run.settings, override: inv.arguments.string("rates"))
    let sheet = BalanceSheet(run.dataset)
    let f = ProvisionFigures(rates: rates, byClass: ClassTotals.compute(p), booked: sheet?.bookedAllowance)
    let lang = run.lang

    var t = TableBuilder("ppap", [
      ("kelas", .string), ("nama", .string), ("pinjaman", .int), ("saldo", .money), ("agunan_dikurangkan", .money),
      ("dasar", .money), ("tarif", .percent), ("wajib", .money),
    ], primaryKey: "kelas")
    for k in LoanClass.shown(p.scheme) {
      let c = f.byClass[Int(k.rawValue)]
      let base = f.base(k)
      t.append([
        .string(k.code), .string(k.label(lang)), .int(c.loans), .sen(c.outstanding), .sen(c.outstanding - base),
        .sen(base), .percent(rates.ratio(k)), .sen(f.required(k)),
      ])
    }
    let table = t.build()

    let required = f.totalRequired
    var s = FigureTable("ppap_ringkasan", lang)
    s.add("ppap_wajib", Text("PPAP wajib", en: "Required allowance"), sen: required)
    s.add("ppap_tercatat", Text("PPAP tercatat (neraca: penyisihan_piutang)", en: "Allowance booked (neraca: penyisihan_piutang)"), sen: f.booked)
    s.add("cakupan", Text("Tercatat / wajib", en: "Booked / required"), ratio: f.booked.flatMap { RiskMath.ratio($0, required) })
    s.add("ppap_kurang", Text("Kekurangan", en: "Shortfall"), sen: f.shortfall)
    if f.unclassified.loans > 0 {
      s.add("tanpa_kelas", Text("Saldo tanpa kelas (tanpa tarif)", en: "Outstanding without a class (no rate)"), count: f.unclassified.loans, sen: f.unclassified.outstanding)
    }
    let summary = s.build()

    var out = CommandOutput(blocks: [run.heading(Text("Penyisihan penghapusan pinjaman (PPAP)", en: "Loan-loss allowance (PPAP)"))])
    out.blocks.append(.table(table, title: nil))
    out.blocks.append(.table(summary, title: nil))
    out.value = table
    var notes = [
      run.t(Text("Tarif: ", en: "Rates: ") + rates.title + Text(" (\(rules.origin))", en: " (\(rules.origin))")),
      run.t(Text("Sumber: ", en: "Source: ") + rates.source),
      run.t(Text("Ketidakpastian: ", en: "Uncertainty: ") + rates.uncertainty),
      run.schemeNote,
    ]
    if f.booked == nil {
      notes.append(run.t(Text(
        "Neraca tidak memuat pos `penyisihan_piutang`: PPAP tercatat tidak dapat dibandingkan.",
        en: "The balance sheet has no `penyisihan_piutang` account: the booked allowance cannot be compared.")))
    }
    out.blocks.append(.text(notes.joined(separator: "\n")))
    if let gap = f.shortfall, gap > 0 {
      out.exceptions = 1
      out.findings.append(finding(gap: gap, required: required, booked: f.booked ?? 0, rates: rates, run: run))
    }
    return out
  }

  /// Severity by the share of the requirement missing: ≥ 50% high, ≥ 10% medium, else low.
  static func finding(gap: Int64, required: Int64, booked: Int64, rates: PPAPRateSet, run: RiskRun) -> Finding {
    let severity: Severity = gap * 2 >= required ? .high : (gap * 10 >= required ? .medium : .low)
    let r = Text.money(required), b = Text.money(booked), g = Text.money(gap)
    return Finding(
      check: "risk.ppap", severity: severity,
      title: Text("PPAP kurang \(g.id): tercatat \(b.id), wajib \(r.id)", en: "Allowance short by \(g.en): booked \(b.en), required \(r.en)"),
      rule: Text("PPAPWD: ", en: "PPAPWD: ") + rates.title + Text(" — ", en: " — ") + rates.source,
      evidence: [Evidence(table: "neraca", keyColumn: "pos", keys: ["penyisihan_piutang"])],
      amount: Money(sen: gap),
      recommendation: Text(
        "Bentuk tambahan penyisihan \(g.id) sebagai beban tahun berjalan, atau jelaskan dasar tarif yang dipakai koperasi.",
        en: "Book the additional allowance of \(g.en) as an expense of the year, or explain the basis of the rates the cooperative uses."))
  }
}

extension Text {
  /// An amount formatted in each language: `Rp 1.250.000` / `Rp 1,250,000`.
  static func money(_ sen: Int64) -> Text {
    Text(ValueFormatter.money(Money(sen: sen), .id), en: ValueFormatter.money(Money(sen: sen), .en))
  }

  /// A ratio as a percentage in each language: `4,25%` / `4.25%`.
  static func percent(_ r: Double?) -> Text {
    guard let r else { return "-" }
    return Text(ValueFormatter.display(.percent(r), .id), en: ValueFormatter.display(.percent(r), .en))
  }
}

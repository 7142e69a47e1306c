import AwasPluginKit

/// `risk stress` (`risk stres`): what-if shocks and their effect on PAR,
/// required allowance, SHU and (through the health plugin) the health score.
enum StressCommand {
  static func run(_ inv: Invocation) throws -> CommandOutput {
    let run = try RiskRun(inv)
    let scenario = try scenario(inv.arguments)
    let before = try run.portfolio()
    let (_, rates) = try PPAPRules.selected(run.settings)
    let (dpd, klass, aged, moved) = scenario.apply(before)
    let stressed = StressScenario.stressedDataset(run.dataset, before, dpd: dpd, klass: klass, aged: aged)
    let after = try Portfolio(stressed, scheme: run.settings.scheme)

    let sheet = BalanceSheet(run.dataset)
    let booked = sheet?.bookedAllowance
    let p0 = ParTotals.compute(before).total, p1 = ParTotals.compute(after).total
    let f0 = ProvisionFigures(rates: rates, byClass: ClassTotals.compute(before), booked: booked)
    let f1 = ProvisionFigures(rates: rates, byClass: ClassTotals.compute(after), booked: booked)
    // The extra expense the shock calls for, beyond any shortfall that existed.
    let b = booked ?? 0
    func over(_ required: Int64) -> Int64 { max(0, Money.difference(required, b)) }
    let expense = over(f1.totalRequired) - over(f0.totalRequired)
    let shu0 = BookAdjustment.shu(run.dataset, sheet: sheet)

    var ratios = TableBuilder("stres", [("kode", .string), ("keterangan", .string), ("sebelum", .percent), ("sesudah", .percent), ("selisih", .percent)], primaryKey: "kode")
    func ratioRow(_ code: String, _ label: Text, _ a: Double?, _ z: Double?) {
      ratios.append([.string(code), .string(run.t(label)), .ratio(a), .ratio(z), .ratio(a.flatMap { x in z.map { $0 - x } })])
    }
    ratioRow("par1", "PAR1", p0.par1Ratio, p1.par1Ratio)
    ratioRow("par30", "PAR30", p0.par30Ratio, p1.par30Ratio)
    ratioRow("par90", "PAR90", p0.par90Ratio, p1.par90Ratio)
    ratioRow("npl", "NPL", p0.nplRatio, p1.nplRatio)
    ratioRow("ppap_wajib_persen", Text("PPAP wajib / saldo", en: "Required allowance / outstanding"),
             RiskMath.ratio(f0.totalRequired, p0.outstanding), RiskMath.ratio(f1.totalRequired, p1.outstanding))
    let ratioTable = ratios.build()

    var money = TableBuilder("stres_rupiah", [("kode", .string), ("keterangan", .string), ("sebelum", .money), ("sesudah", .money), ("selisih", .money)], primaryKey: "kode")
    func moneyRow(_ code: String, _ label: Text, _ a: Int64?, _ z: Int64?) {
      money.append([.string(code), .string(run.t(label)), a.map(Value.sen) ?? .null, z.map(Value.sen) ?? .null,
                    a.flatMap { x in z.map { .sen($0 - x) } } ?? .null])
    }
    moneyRow("par30_saldo", Text("Saldo PAR30", en: "PAR30 outstanding"), p0.par30, p1.par30)
    moneyRow("npl_saldo", Text("Saldo NPL (KL + D + M)", en: "NPL outstanding (KL + D + M)"), p0.npl, p1.npl)
    for k in LoanClass.shown(before.scheme) where k != .lancar {
      moneyRow("saldo_\(k.code)", Text("Saldo ", en: "Outstanding ") + k.label,
               f0.byClass[Int(k.rawValue)].outstanding, f1.byClass[Int(k.rawValue)].outstanding)
    }
    moneyRow("ppap_wajib", Text("PPAP wajib", en: "Required allowance"), f0.totalRequired, f1.totalRequired)
    moneyRow("ppap_tercatat", Text("PPAP tercatat", en: "Allowance booked"), booked, booked)
    moneyRow("ppap_kurang", Text("Kekurangan PPAP", en: "Allowance shortfall"), f0.shortfall, f1.shortfall)
    moneyRow("beban_tambahan", Text("Tambahan beban penyisihan", en: "Additional allowance expense"), 0, expense)
    moneyRow("shu", Text("SHU tahun berjalan", en: "SHU of the year"), shu0, shu0.map { Money.difference($0, expense) })
    let moneyTable = money.build()

    var out = CommandOutput(blocks: [run.heading(Text("Uji tekanan (what-if)", en: "Stress test (what-if)"))])
    out.blocks.append(.fields(moved.map { m in movedField(m, run, scenario.basis) }))
    out.blocks.append(.table(ratioTable, title: nil))
    out.blocks.append(.table(moneyTable, title: nil))
    out.value = ratioTable
    let health = try HealthEffect.compute(inv, base: run.dataset, stressed: stressed, expense: expense)
    out.blocks.append(contentsOf: health.blocks)
    out.blocks.append(.text(notes(run, scenario, rates: rates, applied: health.applied).joined(separator: "\n")))
    return out
  }

  /// The shocks from `--macet`, `--diragukan`, `--kl`, `--par30` (ratios) and `--basis`.
  static func scenario(_ args: Arguments) throws -> StressScenario {
    let specs: [(key: String, target: LoanClass?, name: Names)] = [
      ("macet", .macet, Names("macet")), ("doubtful", .diragukan, Names("diragukan", en: "doubtful")),
      ("substandard", .kurangLancar, Names("kl", en: "substandard")), ("par30", nil, Names("par30")),
    ]
    var shocks: [StressScenario.Shock] = []
    for s in specs {
      guard let r = args.ratio(s.key) ?? args.double(s.key).map({ $0 / 100 }) else { continue }
      guard r > 0, r <= 1 else {
        throw UserError(
          Text("`--\(s.name.id)` harus antara 0% dan 100%.", en: "`--\(s.name.en)` must be between 0% and 100%."),
          hint: Text("Contoh: `risiko stres --\(s.name.id) 10%`.", en: "Example: `risk stress --\(s.name.en) 10%`."), argument: s.key)
      }
      shocks.append(.init(target: s.target, share: r, name: s.name))
    }
    guard !shocks.isEmpty else {
      throw UserError(
        Text("Sebutkan guncangannya: `--macet`, `--diragukan`, `--kl` atau `--par30`.", en: "Name the shock: `--macet`, `--doubtful`, `--substandard` or `--par30`."),
        hint: Text("Contoh: `risiko stres --macet 10%` memindahkan 10% saldo ke Macet.", en: "Example: `risk stress --macet 10%` moves 10% of the outstanding into Macet."),
        argument: "macet")
    }
    let basis: StressScenario.Basis = ["loans", "pinjaman"].contains(args.string("basis")?.lowercased() ?? "") ? .loans : .outstanding
    return StressScenario(shocks: shocks, basis: basis)
  }

  static func movedField(_ m: StressScenario.Moved, _ run: RiskRun, _ basis: StressScenario.Basis) -> (String, String) {
    let target = m.shock.target.map { run.t($0.label) } ?? "> 30 \(run.t(Text("hari", en: "days")))"
    let label = "\(m.shock.name(run.lang)) +\(run.percent(m.shock.share)) → \(target)"
    var value = run.t(Text("\(run.number(m.loans)) pinjaman, \(run.money(m.sen))", en: "\(run.number(m.loans)) loans, \(run.money(m.sen))"))
    if !m.reached {
      value += run.t(Text(" (tidak cukup pinjaman yang lebih baik untuk dipindahkan)", en: " (not enough better loans to move)"))
    }
    _ = basis
    return (label, value)
  }

  static func notes(_ run: RiskRun, _ s: StressScenario, rates: PPAPRateSet, applied: [String]) -> [String] {
    var lines = [run.t(Text(
      "Pinjaman dipindahkan dari kelas terbaik lebih dulu (Lancar), berselang rata menurut urutan baris, sampai bagian \(s.basis == .outstanding ? "saldo" : "jumlah pinjaman") tercapai; hari tunggakannya dinaikkan ke batas bawah kelas baru.",
      en: "Loans are moved from the best class first (Lancar), evenly spaced in row order, until the share of \(s.basis == .outstanding ? "outstanding" : "loans") is reached; their days past due are raised to the new class's lower bound."))]
    lines.append(run.t(Text(
      "SHU sesudah = SHU − tambahan beban penyisihan (kenaikan kekurangan PPAP karena guncangan). Tarif: ",
      en: "SHU after = SHU − additional allowance expense (the rise in the allowance shortfall the shock causes). Rates: ") + rates.title))
    if !applied.isEmpty {
      lines.append(run.t(Text("Skor kesehatan sesudah memakai: \(applied.joined(separator: ", ")).", en: "Health score after uses: \(applied.joined(separator: ", ")).")))
    }
    return lines
  }
}

/// The health score before and after, through `context.services.health`.
enum HealthEffect {
  static func compute(_ inv: Invocation, base: Dataset, stressed: Dataset, expense: Int64) throws -> (blocks: [OutputBlock], applied: [String]) {
    let lang = inv.language
    guard let health = inv.context.services.health else {
      return ([.text(Text("Skor kesehatan tidak tersedia: plugin kesehatan tidak dimuat.", en: "The health score is unavailable: the health plugin is not loaded.")(lang))], [])
    }
    let (booked, applied) = BookAdjustment.book(expense, in: stressed)
    do {
      let s0 = try health.score(base, settings: inv.context.settings, language: lang)
      let s1 = try health.score(booked, settings: inv.context.settings, language: lang)
      var t = TableBuilder("stres_kesehatan", [
        ("kode", .string), ("skor_sebelum", .double), ("skor_sesudah", .double), ("selisih", .double),
        ("predikat_sebelum", .string), ("predikat_sesudah", .string), ("lengkap", .bool),
      ], primaryKey: "kode")
      t.append([.string("kesehatan"), .double(s0.total), .double(s1.total), .double(s1.total - s0.total),
                .string(s0.category(lang)), .string(s1.category(lang)), .bool(s0.complete && s1.complete)])
      return ([.table(t.build(), title: nil)], applied)
    } catch let e as UserError {
      return ([.text(Text("Skor kesehatan tidak dapat dihitung: ", en: "The health score cannot be computed: ")(lang) + e.message(lang))], applied)
    }
  }
}

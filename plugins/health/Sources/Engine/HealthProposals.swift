import AwasPluginKit

/// Answers the data can propose for pre-fillable questions of the Manajemen
/// questionnaire (docs/reference.md §2.6, items marked `*`). A proposal is shown and
/// must be accepted; it never counts as an answer by itself.
enum HealthProposals {
  /// Every `isian` key a checklist may use, with what it compares.
  static let keys: [String: Text] = [
    "ms-tumbuh": Text("pertumbuhan modal sendiri ≥ pertumbuhan aset", en: "own-capital growth ≥ asset growth"),
    "modal-anggota-10": Text("simpanan pokok + wajib naik ≥ 10%", en: "principal + compulsory deposits up ≥ 10%"),
    "cadangan-seperempat-shu": Text("kenaikan cadangan umum ≥ ¼ SHU tahun lalu", en: "general reserve increase ≥ ¼ of last year's SHU"),
    "simpanan-10": Text("simpanan sukarela + berjangka naik ≥ 10%", en: "voluntary + time deposits up ≥ 10%"),
    "lancar-90": Text("pinjaman lancar ≥ 90% pinjaman", en: "current loans ≥ 90% of loans"),
    "ppap-macet": Text("penyisihan piutang ≥ pinjaman macet", en: "allowance ≥ loans in macet"),
    "macet-tertagih": Text("≥ ⅓ pinjaman macet tahun lalu tertagih", en: "≥ ⅓ of last year's macet loans collected"),
  ]

  /// Proposals for the items of `checklist` that name a known key and whose figures are known.
  static func proposals(_ checklist: Checklist, runner: HealthRunner) -> [String: Proposal] {
    let now = FigureBook(
      scheme: runner.scheme, options: runner.options, dataset: runner.dataset, period: .current, loanDataset: runner.dataset)
    let before = FigureBook(
      scheme: runner.scheme, options: runner.options, dataset: runner.dataset, period: .previous, loanDataset: nil)
    var out: [String: Proposal] = [:]
    for item in checklist.items {
      guard let key = item.prefill, let p = proposal(key, now: now, before: before, runner: runner) else { continue }
      out[item.id] = p
    }
    return out
  }

  static func amount(_ book: FigureBook, _ terms: [String]) -> Money? {
    book.evaluate(terms.compactMap { try? FigureTerm.parse($0).get() }).total
  }

  /// Whether `a1/a0 ≥ b1/b0` (growth of a at least growth of b), exactly; nil when a base is not positive.
  static func growsFaster(_ a0: Money, _ a1: Money, _ b0: Money, _ b1: Money) -> Bool? {
    guard a0.sen > 0, b0.sen > 0 else { return nil }
    let l = a1.sen.multipliedFullWidth(by: b0.sen), r = b1.sen.multipliedFullWidth(by: a0.sen)
    return (l.high, l.low) >= (r.high, r.low)
  }

  static func pct(_ x: Money, _ base: Money) -> String {
    guard base.sen != 0, let bp = FixedMath.mulDiv((x - base).sen, 10_000, base.sen) else { return "-" }
    return "\(Decimal4(raw: bp * 100))%"
  }

  static func proposal(_ key: String, now: FigureBook, before: FigureBook, runner: HealthRunner) -> Proposal? {
    switch key {
    case "ms-tumbuh":
      guard let m1 = amount(now, ["modal_sendiri"]), let m0 = amount(before, ["modal_sendiri"]),
        let t1 = amount(now, ["total_aset"]), let t0 = amount(before, ["total_aset"]),
        let yes = growsFaster(m0, m1, t0, t1)
      else { return nil }
      return Proposal(value: yes, reason: Text(
        "modal sendiri \(pct(m1, m0)), aset \(pct(t1, t0))", en: "own capital \(pct(m1, m0)), assets \(pct(t1, t0))"))
    case "modal-anggota-10", "simpanan-10":
      let terms = key == "simpanan-10" ? ["?simpanan_sukarela", "?simpanan_berjangka"] : ["simpanan_pokok", "simpanan_wajib"]
      guard let x1 = amount(now, terms), let x0 = amount(before, terms), x0.sen > 0 else { return nil }
      let yes = FixedMath.mulDiv(x0.sen, 110, 100).map { x1.sen >= $0 } ?? false
      return Proposal(value: yes, reason: Text("naik \(pct(x1, x0)) (syarat ≥ 10%)", en: "up \(pct(x1, x0)) (needs ≥ 10%)"))
    case "cadangan-seperempat-shu":
      guard let c1 = amount(now, ["?cadangan_umum"]), let c0 = amount(before, ["?cadangan_umum"]),
        let shu = amount(before, ["shu_tahun_berjalan"]), shu.sen > 0
      else { return nil }
      let yes = (Int128(c1.sen) - Int128(c0.sen)) * 4 >= Int128(shu.sen)
      return Proposal(value: yes, reason: Text(
        "cadangan naik \((c1 - c0).text(.id)); ¼ SHU tahun lalu \(Money(sen: shu.sen / 4).text(.id))",
        en: "reserve up \((c1 - c0).text(.en)); ¼ of last year's SHU \(Money(sen: shu.sen / 4).text(.en))"))
    case "lancar-90":
      guard case .amount(let l, _)? = now.loans?.value("pinjaman.lancar", weights: [:]),
        case .amount(let all, _)? = now.loans?.value("pinjaman.sisa", weights: [:]), all.sen > 0
      else { return nil }
      let yes = Int128(l.sen) * 10 >= Int128(all.sen) * 9
      return Proposal(value: yes, reason: Text(
        "lancar \(Decimal4(raw: (FixedMath.mulDiv(l.sen, 10_000, all.sen) ?? 0) * 100))% dari pinjaman",
        en: "lancar \(Decimal4(raw: (FixedMath.mulDiv(l.sen, 10_000, all.sen) ?? 0) * 100))% of loans"))
    case "ppap-macet":
      guard let ppap = amount(now, ["?penyisihan_piutang"]),
        case .amount(let m, _)? = now.loans?.value("pinjaman.m", weights: [:])
      else { return nil }
      return Proposal(value: ppap >= m, reason: Text(
        "penyisihan \(ppap.text(.id)), macet \(m.text(.id))", en: "allowance \(ppap.text(.en)), macet \(m.text(.en))"))
    case "macet-tertagih":
      return collectedMacet(runner)
    default:
      return nil
    }
  }

  /// ≥ ⅓ of the loans in macet at last year end collected since: Σ (sisa then − sisa now) ≥ ⅓ Σ sisa then.
  static func collectedMacet(_ runner: HealthRunner) -> Proposal? {
    let year = runner.dataset.info.tahunBuku - 1
    guard let end = Day(year: year, month: 12, day: 31), case (let d?, nil) = HealthRunner.loansAt(end, runner.dataset),
      let then = d.table("pinjaman"), let now = runner.dataset.table("pinjaman"),
      let id0 = then.column("no_pinjaman"), let id1 = now.column("no_pinjaman"), let k0 = then.column("kolektibilitas"),
      let s0 = then.column("sisa")?.int64s, let s1 = now.column("sisa")?.int64s
    else { return nil }
    var nowById: [String: Int64] = [:]
    for r in 0..<now.rowCount { if let id = id1.string(at: r) { nowById[id] = s1[r] } }
    var macet = SenTotal(), collected = SenTotal()
    let cair = then.column("tanggal_cair")
    for r in 0..<then.rowCount where k0.string(at: r) == "macet" {
      if let days = cair?.days, cair?.isNull(r) == false, days[r] > end.serial { continue }
      guard let id = id0.string(at: r) else { continue }
      macet += s0[r]
      collected += max(0, Money.difference(s0[r], nowById[id] ?? 0))
    }
    guard macet.exact > 0 else { return nil }
    return Proposal(value: collected.exact * 3 >= macet.exact, reason: Text(
      "tertagih \(Money(sen: collected.sen).text(.id)) dari macet \(Money(sen: macet.sen).text(.id)) per \(end)",
      en: "collected \(Money(sen: collected.sen).text(.en)) of \(Money(sen: macet.sen).text(.en)) in macet at \(end)"))
  }
}

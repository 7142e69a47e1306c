import AwasPluginKit

/// The findings of `risk concentration`.
enum ConcentrationFindings {
  static func make(
    _ p: Portfolio, _ e: BorrowerExposure, overLimit: [Int32], borrowerLimit: Int64?, insiderOver: Bool,
    insiderTotal: Int64, insiderLimit: Int64?, limits: ConcentrationLimits
  ) -> [Finding] {
    var out: [Finding] = []
    var wanted = Set(overLimit.prefix(findingLimit).map(Int.init))
    if insiderOver { for m in 0..<e.insider.count where e.insider[m] { wanted.insert(m) } }
    let loansOf = loanIds(p, e, members: wanted)
    if insiderOver, let limit = insiderLimit {
      let keys = (0..<e.outstanding.count).filter { e.insider[$0] }.flatMap { loansOf[$0] ?? [] }
      let pct = Text.percent(limits.insiderRatio)
      let total = Text.money(insiderTotal), lim = Text.money(limit)
      out.append(Finding(
        check: "risk.insider-limit", severity: .high,
        title: Text("Pinjaman orang dalam \(total.id) melebihi batas \(pct.id) modal sendiri (\(lim.id))",
                    en: "Insider loans of \(total.en) exceed the limit of \(pct.en) of modal sendiri (\(lim.en))"),
        rule: limits.insiderFromPolicy
          ? Text("Kebijakan koperasi (koperasi.toml: batas_pinjaman_orang_dalam_persen)", en: "Cooperative policy (koperasi.toml: batas_pinjaman_orang_dalam_persen)")
          : Text("Permenkop UKM 8/2023 Ps 44(1): pinjaman orang dalam ≤ 10% modal sendiri", en: "Permenkop UKM 8/2023 art. 44(1): insider loans ≤ 10% of modal sendiri"),
        evidence: [Evidence(table: "pinjaman", keyColumn: "no_pinjaman", keys: keys)],
        amount: Money(sen: insiderTotal - limit),
        recommendation: Text(
          "Hentikan pinjaman baru kepada orang dalam sampai di bawah batas; periksa persetujuan pengurus dan pengawas atas pinjaman ini.",
          en: "Stop new insider loans until below the limit; check the pengurus and pengawas approval of these loans.")))
    }
    if let limit = borrowerLimit {
      let lim = Text.money(limit)
      for m in overLimit.prefix(findingLimit) {
        let id = e.members.label(m), sen = e.outstanding[Int(m)]
        let amount = Text.money(sen)
        out.append(Finding(
          check: "risk.borrower-limit", severity: e.insider[Int(m)] ? .high : .medium,
          title: Text("Anggota \(id): pinjaman \(amount.id) melebihi batas per peminjam \(lim.id)",
                      en: "Member \(id): loans of \(amount.en) exceed the per-borrower limit of \(lim.en)"),
          rule: borrowerRule,
          evidence: [Evidence(table: "pinjaman", keyColumn: "no_pinjaman", keys: loansOf[Int(m)] ?? [])],
          amount: Money(sen: sen - limit), recommendation: borrowerAdvice))
      }
    }
    if let limit = borrowerLimit, overLimit.count > findingLimit {
      let rest = overLimit.dropFirst(findingLimit)
      let excess = rest.reduce(Int64(0)) { Money.sum($0, Money.difference(e.outstanding[Int($1)], limit)) }
      out.append(Finding(
        check: "risk.borrower-limit", severity: .medium,
        title: Text("\(rest.count) anggota lain melebihi batas per peminjam \(Text.money(limit).id) (lihat tabel konsentrasi_pelanggaran)",
                    en: counted(rest.count, "more member exceeds", "more members exceed") + " the per-borrower limit of \(Text.money(limit).en) (see table konsentrasi_pelanggaran)"),
        rule: borrowerRule,
        evidence: [Evidence(table: "anggota", keyColumn: "no_anggota", keys: rest.map { e.members.label($0) })],
        amount: Money(sen: excess), recommendation: borrowerAdvice))
    }
    return out
  }

  /// Per-member findings beyond this many are summed into one.
  static let findingLimit = 200

  static let borrowerRule = Text(
    "Batas per peminjam: kebijakan koperasi (batas_pinjaman_per_anggota) dan/atau Permenkop 8/2023 Ps 45 (15% modal sendiri) [tidak pasti]",
    en: "Per-borrower limit: cooperative policy (batas_pinjaman_per_anggota) and/or Permenkop 8/2023 art. 45 (15% of modal sendiri) [uncertain]")

  static let borrowerAdvice = Text(
    "Periksa analisis dan persetujuan pinjaman anggota ini; jangan tambah pinjaman sampai di bawah batas.",
    en: "Review this member's credit analysis and approvals; no further loans until below the limit.")

  /// Loan numbers of the active loans of `members`.
  static func loanIds(_ p: Portfolio, _ e: BorrowerExposure, members: Set<Int>) -> [Int: [String]] {
    var out: [Int: [String]] = [:]
    guard !members.isEmpty else { return out }
    let codes = e.memberOfRow
    for i in 0..<p.count where p.isActive(i) {
      let m = Int(codes[i])
      if m >= 0 && members.contains(m) { out[m, default: []].append(p.id(i)) }
    }
    return out
  }
}

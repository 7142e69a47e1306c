import AwasPluginKit

/// Public-accountant audit, auditor rotation and the capital mix (neraca, rat.csv).
enum CapitalChecks {
  /// Whether an audit is required, or why not (nil decision = unknown).
  static func auditRequired(_ c: GovContext, _ item: GovItem) -> (Bool?, Text) {
    let from = Int(c.checklist.item("audit-akuntan-publik")?.number("mulai_tahun", default: 2025) ?? item.number("mulai_tahun", default: 2025))
    let threshold = Money(rupiah: c.checklist.item("audit-akuntan-publik")?.number("batas_rupiah", default: 5_000_000_000) ?? 5_000_000_000)
    if c.info.tahunBuku < from {
      return (false, Text("tahun buku \(c.info.tahunBuku) sebelum \(from)", en: "book year \(c.info.tahunBuku) is before \(from)"))
    }
    let (ms, why) = c.figure("modal_sendiri")
    guard let ms else { return (nil, Text("modal sendiri tidak diketahui: ", en: "own capital unknown: ") + (why ?? "")) }
    if ms < threshold {
      return (false, Text("modal sendiri \(ms.text(.id)) < \(threshold.text(.id))", en: "own capital \(ms.text(.en)) < \(threshold.text(.en))"))
    }
    return (true, Text("modal sendiri \(ms.text(.id)) ≥ \(threshold.text(.id))", en: "own capital \(ms.text(.en)) ≥ \(threshold.text(.en))"))
  }

  static func audit(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let year = c.info.tahunBuku
    let (required, why) = auditRequired(c, item)
    guard let required else { return .ask(why, fill: ["tahun": "\(year)"]) }
    if !required { return .notApplicable(why, fill: ["tahun": "\(year)"]) }
    let (rat, ratWhy) = c.table("rat", needs: ["tahun_buku", "akuntan_publik"])
    guard let rat, let tb = rat.column("tahun_buku"), let ap = rat.column("akuntan_publik") else {
      return .ask(why + Text("; ", en: "; ") + (ratWhy ?? ""), fill: ["tahun": "\(year)"])
    }
    guard let r = (0..<rat.rowCount).first(where: { RATChecks.yearOf(tb, $0) == year }), let v = ap.yesNo(r) else {
      return .ask(why + Text("; rat.csv belum mencatat audit tahun buku \(year)", en: "; rat.csv does not record the \(year) audit yet"),
                  fill: ["tahun": "\(year)"])
    }
    if v { return .pass(why + Text("; diaudit akuntan publik", en: "; audited by a public accountant"), fill: ["tahun": "\(year)"]) }
    return .fail(
      why + Text("; tidak diaudit akuntan publik", en: "; not audited by a public accountant"), rat, rows: [r], key: "tahun_buku",
      fill: ["tahun": "\(year)"])
  }

  static func rotation(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let (required, why) = auditRequired(c, item)
    if required == false { return .notApplicable(Text("audit akuntan publik tidak wajib: ", en: "no public-accountant audit required: ") + why) }
    return .ask(Text("data tidak memuat nama auditor", en: "the data holds no auditor names"))
  }

  static func capitalMix(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let (ta, w1) = c.figure("total_aset"), (borrowed, w2) = c.figure("modal_pinjaman"), (penyertaan, w3) = c.figure("modal_penyertaan")
    guard let ta, let borrowed, let penyertaan else { return .ask(w1 ?? w2 ?? w3 ?? "") }
    let pb = (Decimal4(exactly: item.number("pinjaman_persen", default: 40)) ?? Decimal4(40)), pp = (Decimal4(exactly: item.number("penyertaan_persen", default: 25)) ?? Decimal4(25))
    var bad: [Text] = []
    if !LoanChecks.within(borrowed, pb, of: ta) {
      bad.append(Text("modal pinjaman \(borrowed.text(.id)) > \(pb.text(.id))% aset \(ta.text(.id))", en: "borrowed capital \(borrowed.text(.en)) > \(pb)% of assets \(ta.text(.en))"))
    }
    if !LoanChecks.within(penyertaan, pp, of: ta) {
      bad.append(Text("modal penyertaan \(penyertaan.text(.id)) > \(pp.text(.id))% aset \(ta.text(.id))", en: "participation capital \(penyertaan.text(.en)) > \(pp)% of assets \(ta.text(.en))"))
    }
    if bad.isEmpty {
      return .pass(Text("modal pinjaman \(borrowed.text(.id)), penyertaan \(penyertaan.text(.id)); aset \(ta.text(.id))",
                        en: "borrowed \(borrowed.text(.en)), participation \(penyertaan.text(.en)); assets \(ta.text(.en))"))
    }
    let joined = Text(bad.map(\.id).joined(separator: "; "), en: bad.map(\.en).joined(separator: "; "))
    let (n, _) = c.table("neraca", needs: ["pos"])
    let rows = n.map { t in (0..<t.rowCount).filter { ["hutang_jangka_pendek", "hutang_jangka_panjang", "modal_penyertaan"].contains(t.column("pos")?.string(at: $0) ?? "") } } ?? []
    return .fail(joined, n, rows: rows, key: "kode_akun")
  }
}

/// Every data check by the name a checklist's `cek` uses, with the parameters it reads.
enum GovChecks {
  struct Spec: Sendable {
    var params: [String]
    var run: @Sendable (GovContext, GovItem) -> ItemOutcome
  }

  static let inputsUsed = ["modal_sendiri", "total_aset", "modal_pinjaman", "modal_penyertaan"]

  static let registry: [String: Spec] = [
    "rat-tahunan": Spec(params: ["bulan"], run: RATChecks.held),
    "rat-tenggat": Spec(params: ["bulan"], run: RATChecks.onTime),
    "laporan-tahunan": Spec(params: ["bulan"], run: RATChecks.report),
    "masa-jabatan": Spec(params: ["tahun", "organ"], run: OfficerChecks.term),
    "rangkap-jabatan": Spec(params: [], run: OfficerChecks.dualRole),
    "hubungan-keluarga": Spec(params: [], run: OfficerChecks.family),
    "sertifikat-manajer": Spec(params: [], run: OfficerChecks.manager),
    "sertifikat-pengurus": Spec(params: [], run: OfficerChecks.boardCertificates),
    "pinjaman-orang-dalam": Spec(params: ["persen"], run: LoanChecks.insiderLimit),
    "orang-dalam-disetujui": Spec(params: [], run: LoanChecks.insiderApproval),
    "pinjaman-non-anggota": Spec(params: [], run: LoanChecks.membersOnly),
    "bmpp": Spec(params: ["persen"], run: LoanChecks.perBorrower),
    "batas-kebijakan": Spec(params: [], run: LoanChecks.policyLimit),
    "audit-akuntan-publik": Spec(params: ["mulai_tahun", "batas_rupiah"], run: CapitalChecks.audit),
    "rotasi-auditor": Spec(params: [], run: CapitalChecks.rotation),
    "komposisi-modal": Spec(params: ["pinjaman_persen", "penyertaan_persen"], run: CapitalChecks.capitalMix),
  ]
}

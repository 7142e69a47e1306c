import AwasPluginKit

/// Insider loans, members only, per-borrower limits (pinjaman.csv with its derived columns).
enum LoanChecks {
  /// Rows of loans outstanding: not written off, sisa > 0.
  static func outstanding(_ t: Table) -> [Int] {
    let st = t.column("status"), sisa = t.column("sisa")
    return (0..<t.rowCount).filter { r in
      (st?.string(at: r)?.lowercased() ?? "aktif") != "hapus_buku" && (sisa?.money(r)?.sen ?? 0) > 0
    }
  }

  static func sum(_ t: Table, _ rows: [Int]) -> Money {
    let s = t.column("sisa")
    return rows.reduce(Money.zero) { $0 + (s?.money($1) ?? .zero) }
  }

  /// `amount ≤ pct% × base`, exactly.
  static func within(_ amount: Money, _ pct: Decimal4, of base: Money) -> Bool {
    guard let limit = FixedMath.percent(pct, of: base.sen) else { return false }
    return amount.sen <= limit
  }

  static func insiderLimit(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let (t, why) = c.table("pinjaman", needs: ["sisa", "orang_dalam"])
    guard let t, let od = t.column("orang_dalam") else { return .ask(why ?? "") }
    let (ms, msWhy) = c.figure("modal_sendiri")
    guard let ms else { return .ask(Text("modal sendiri tidak diketahui: ", en: "own capital unknown: ") + (msWhy ?? "")) }
    let key = "batas_pinjaman_orang_dalam_persen"
    let policy = FigureFormula.policyPercent(c.info.kebijakan[key])
    if policy == nil, let bad = c.info.kebijakan[key].map(ValueFormatter.plain) {
      return .ask(Text(
        "koperasi.toml [kebijakan] \(key) = \(bad) bukan persen 0–100; perbaiki atau jawab sendiri",
        en: "koperasi.toml [kebijakan] \(key) = \(bad) is not a percent from 0 to 100; correct it or answer yourself"))
    }
    let pct = policy ?? (Decimal4(exactly: item.number("persen", default: 10)) ?? Decimal4(10))
    let rows = outstanding(t).filter { od.yesNo($0) == true }
    let total = sum(t, rows)
    let limit = Money(sen: FixedMath.percent(pct, of: ms.sen) ?? 0)
    let source = policy == nil ? "" : " (kebijakan)"
    let sourceEn = policy == nil ? "" : " (policy)"
    if within(total, pct, of: ms) {
      return .pass(Text(
        "pinjaman orang dalam \(total.text(.id)) ≤ \(pct.text(.id))%\(source) × MS \(ms.text(.id)) = \(limit.text(.id))",
        en: "insider loans \(total.text(.en)) ≤ \(pct)%\(sourceEn) × MS \(ms.text(.en)) = \(limit.text(.en))"))
    }
    return .fail(
      Text("pinjaman orang dalam \(total.text(.id)) > \(pct.text(.id))%\(source) × MS \(ms.text(.id)) = \(limit.text(.id)); lebih \((total - limit).text(.id))",
           en: "insider loans \(total.text(.en)) > \(pct)%\(sourceEn) × MS \(ms.text(.en)) = \(limit.text(.en)); excess \((total - limit).text(.en))"),
      t, rows: rows, key: "no_pinjaman", amount: total - limit)
  }

  static func insiderApproval(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let (t, why) = c.table("pinjaman", needs: ["sisa", "orang_dalam"])
    guard let t, let od = t.column("orang_dalam") else { return .ask(why ?? "", fill: ["jumlah": "?"]) }
    let rows = outstanding(t).filter { od.yesNo($0) == true }
    if rows.isEmpty { return .notApplicable(Text("tidak ada pinjaman orang dalam", en: "no insider loans"), fill: ["jumlah": "0"]) }
    guard let ok = t.column("disetujui") else {
      return .ask(Text("\(rows.count) pinjaman orang dalam; pinjaman.csv tidak punya kolom disetujui", en: "\(counted(rows.count, "insider loan", "insider loans")); pinjaman.csv has no column disetujui"),
                  fill: ["jumlah": "\(rows.count)"])
    }
    let refused = rows.filter { ok.yesNo($0) == false }
    if !refused.isEmpty {
      return .fail(
        Text("\(refused.count) pinjaman orang dalam tanpa persetujuan", en: "\(counted(refused.count, "insider loan", "insider loans")) without approval"),
        t, rows: refused, key: "no_pinjaman", amount: sum(t, refused), fill: ["jumlah": "\(rows.count)"])
    }
    let unknown = rows.filter { ok.yesNo($0) == nil }
    if !unknown.isEmpty {
      return .ask(Text("persetujuan kosong untuk \(unknown.count) pinjaman orang dalam", en: "approval is empty for \(counted(unknown.count, "insider loan", "insider loans"))"),
                  fill: ["jumlah": "\(unknown.count)"])
    }
    return .pass(
      Text(
        "\(rows.count) pinjaman orang dalam, semua disetujui",
        en: rows.count == 1 ? "1 insider loan, approved" : "\(rows.count) insider loans, all approved"),
      fill: ["jumlah": "\(rows.count)"])
  }

  static func membersOnly(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let (t, why) = c.table("pinjaman", needs: ["sisa", "no_anggota"])
    guard let t, let no = t.column("no_anggota") else { return .ask(why ?? "") }
    let (a, aWhy) = c.table("anggota", needs: ["no_anggota"])
    guard let a, let an = a.column("no_anggota") else { return .ask(aWhy ?? "") }
    let masuk = a.column("tanggal_masuk"), keluar = a.column("tanggal_keluar"), cair = t.column("tanggal_cair")
    var members: [String: (Day?, Day?)] = [:]
    for r in 0..<a.rowCount { if let k = an.string(at: r) { members[k] = (masuk?.day(r), keluar?.day(r)) } }
    let rows = outstanding(t).filter { r in
      guard let id = no.string(at: r), let m = members[id] else { return true }
      guard let d = cair?.day(r) else { return false }
      if let start = m.0, start > d { return true }
      if let end = m.1, end <= d { return true }
      return false
    }
    if rows.isEmpty { return .pass(Text("semua pinjaman kepada anggota", en: "all loans are to members")) }
    return .fail(Text("\(rows.count) pinjaman kepada bukan anggota, sisa \(sum(t, rows).text(.id))", en: "\(counted(rows.count, "loan", "loans")) to non-members, outstanding \(sum(t, rows).text(.en))"),
                 t, rows: rows, key: "no_pinjaman", amount: sum(t, rows))
  }

  static func perBorrower(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let (t, why) = c.table("pinjaman", needs: ["sisa", "no_anggota"])
    guard let t, let no = t.column("no_anggota") else { return .ask(why ?? "") }
    let (ms, msWhy) = c.figure("modal_sendiri")
    guard let ms else { return .ask(Text("modal sendiri tidak diketahui: ", en: "own capital unknown: ") + (msWhy ?? "")) }
    let pct = (Decimal4(exactly: item.number("persen", default: 15)) ?? Decimal4(15))
    let od = t.column("orang_dalam")
    var rowsBy: [String: [Int]] = [:]
    for r in outstanding(t) where od?.yesNo(r) != true { rowsBy[no.string(at: r) ?? "-", default: []].append(r) }
    let over = rowsBy.filter { !within(sum(t, $0.value), pct, of: ms) }.sorted { $0.key < $1.key }
    if over.isEmpty { return .pass(Text("tidak ada peminjam di atas \(pct.text(.id))% MS", en: "no borrower above \(pct)% of MS")) }
    let rows = over.flatMap(\.value)
    func who(_ l: Language) -> String { over.map { "\($0.key) \(sum(t, $0.value).text(l))" }.joined(separator: ", ") }
    return .fail(Text("di atas \(pct.text(.id))% × MS \(ms.text(.id)): \(who(.id))", en: "above \(pct)% × MS \(ms.text(.en)): \(who(.en))"), t, rows: rows, key: "no_pinjaman")
  }

  static func policyLimit(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    guard let v = c.info.kebijakan["batas_pinjaman_per_anggota"] else {
      return .notApplicable(Text("koperasi.toml tidak menetapkan batas_pinjaman_per_anggota", en: "koperasi.toml sets no batas_pinjaman_per_anggota"))
    }
    guard let limit = FigureFormula.policyAmount(v) else { return .ask(Text("batas_pinjaman_per_anggota bukan angka", en: "batas_pinjaman_per_anggota is not a number")) }
    let (t, why) = c.table("pinjaman", needs: ["plafon", "tanggal_cair"])
    guard let t, let plafon = t.column("plafon"), let cair = t.column("tanggal_cair") else { return .ask(why ?? "") }
    let rows = (0..<t.rowCount).filter { r in
      cair.day(r)?.year == c.info.tahunBuku && (plafon.money(r).map { $0 > limit } ?? false)
    }
    if rows.isEmpty { return .pass(Text("semua plafon tahun \(c.info.tahunBuku) ≤ \(limit.text(.id))", en: "every \(c.info.tahunBuku) loan ≤ \(limit.text(.en))")) }
    return .fail(Text("\(rows.count) pinjaman tahun \(c.info.tahunBuku) di atas batas \(limit.text(.id))", en: "\(counted(rows.count, "loan", "loans")) of \(c.info.tahunBuku) above the limit \(limit.text(.en))"),
                 t, rows: rows, key: "no_pinjaman")
  }
}

import AwasPluginKit

/// `check reconcile`: subsidiary ledgers against the balance sheet.
enum ReconcileCheck {
  static let check = AuditCheck(
    topic: "check.reconcile", findingID: "audit.reconcile",
    names: Names("rekonsiliasi", en: "reconcile"),
    summary: Text("buku pembantu pinjaman dan simpanan dibanding neraca", en: "loan and savings ledgers against the balance sheet"),
    method: Text(
      "Pinjaman: Σ sisa pinjaman berstatus aktif (tanpa hapus_buku) dibanding Σ saldo_kini pos piutang_pinjaman_anggota + piutang_pinjaman_non_anggota. Bila kolom sisa belum ada, sisa = plafon − Σ angsuran.pokok per pinjaman (paling kecil 0). Simpanan: Σ saldo simpanan per jenis dibanding pos simpanan_<jenis>. Bila dataset punya tabel rekonsiliasi (dari mesin pinjaman), tabel itu yang dipakai.",
      en: "Loans: Σ outstanding (sisa) of active loans (written-off excluded) against Σ saldo_kini of pos piutang_pinjaman_anggota + piutang_pinjaman_non_anggota. Without a sisa column, outstanding = plafon − Σ angsuran.pokok per loan (at least 0). Savings: Σ balance per jenis against pos simpanan_<jenis>. When the dataset has a rekonsiliasi table (from the loan engine), that table is used."),
    formulas: [Text("selisih = buku pembantu − neraca; cocok ⇔ |selisih| ≤ toleransi", en: "difference = ledger − balance sheet; matches ⇔ |difference| ≤ tolerance")],
    requirements: [Requirement("neraca", columns: ["pos", "saldo_kini"])],
    settings: [AuditSettings.reconcileTolerance],
    citation: Text("Rekonsiliasi buku pembantu dengan buku besar (SAK EP); docs/dataset.md", en: "Reconciling subsidiary ledgers to the general ledger (SAK EP); docs/dataset.md"),
    examples: [Example("periksa rekonsiliasi"), Example("check reconcile")],
    action: { inv in try run(inv) })

  struct Line {
    var pos: String
    var ledger: Int64
    var balanceSheet: Int64
    var note: String
    var difference: Int64 { Money.difference(ledger, balanceSheet) }
  }

  /// Σ saldo_kini of neraca rows whose pos is in `pos`.
  static func balance(_ neraca: Table, pos: Set<String>) throws -> Int64 {
    guard let p = neraca.column("pos"), let s = neraca.column("saldo_kini"), let v = s.int64s else { return 0 }
    var sum: Int64 = 0
    for r in 0..<neraca.rowCount where !s.isNull(r) {
      if let name = p.text(at: r).map(Table.normalize), pos.contains(name) { sum = try sum.plus(v[r]) }
    }
    return sum
  }

  /// Outstanding principal of active loans, and how it was found.
  static func loansOutstanding(_ ds: Dataset) throws -> (Int64, Text)? {
    guard let pinjaman = ds.table("pinjaman") else { return nil }
    let status = pinjaman.column("status")
    func active(_ r: Int) -> Bool {
      guard let s = status?.text(at: r)?.trimmingSpaces().lowercased() else { return true }
      return s != "hapus_buku" && s != "lunas"
    }
    if let sisa = pinjaman.column("sisa"), let v = sisa.int64s {
      var sum: Int64 = 0
      for r in 0..<pinjaman.rowCount where !sisa.isNull(r) && active(r) { sum = try sum.plus(v[r]) }
      return (sum, Text("Σ pinjaman.sisa (aktif)", en: "Σ pinjaman.sisa (active)"))
    }
    guard let plafon = pinjaman.column("plafon"), let pv = plafon.int64s, let no = pinjaman.column("no_pinjaman") else { return nil }
    let paid = try ds.table("angsuran").flatMap { try LedgerSums.byKey($0, key: "no_pinjaman", amount: "pokok") } ?? [:]
    var sum: Int64 = 0
    for r in 0..<pinjaman.rowCount where !plafon.isNull(r) && active(r) {
      let key = no.text(at: r)?.trimmingSpaces() ?? ""
      sum = try sum.plus(max(0, Money.difference(pv[r], paid[key] ?? 0)))
    }
    return (sum, Text("Σ (plafon − Σ angsuran.pokok) pinjaman aktif", en: "Σ (plafon − Σ angsuran.pokok) of active loans"))
  }

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let ctx = inv.context, L = inv.labels, lang = inv.language
    let ds = try ctx.requireDataset()
    let tolerance = ctx.settingMoney(AuditSettings.reconcileTolerance).sen
    if let given = ds.table("rekonsiliasi") { return fromEngine(given, tolerance: tolerance, inv) }
    let neraca = try ctx.table("neraca")
    var lines: [Line] = []
    if let (sum, how) = try loansOutstanding(ds) {
      lines.append(Line(
        pos: "piutang_pinjaman_*", ledger: sum,
        balanceSheet: try balance(neraca, pos: ["piutang_pinjaman_anggota", "piutang_pinjaman_non_anggota"]), note: how(lang)))
    }
    if let simpanan = ds.table("simpanan"), let byKind = try LedgerSums.byKey(simpanan, key: "jenis", amount: "saldo") {
      var kinds = Set(byKind.keys.map { $0.lowercased() })
      for k in ["pokok", "wajib", "sukarela", "berjangka"] where try balance(neraca, pos: ["simpanan_" + k]) != 0 { kinds.insert(k) }
      for k in kinds.sorted() {
        var ledger: Int64 = 0
        for (key, v) in byKind where key.lowercased() == k { ledger = try ledger.plus(v) }
        lines.append(Line(pos: "simpanan_" + k, ledger: ledger, balanceSheet: try balance(neraca, pos: ["simpanan_" + k]), note: L("Σ simpanan.saldo jenis \(k)", "Σ simpanan.saldo of jenis \(k)")))
      }
    }
    var b = TableBuilder(
      L("rekonsiliasi", "reconciliation"),
      [("pos", .string), (L("buku_pembantu", "ledger"), .money), (L("neraca", "balance_sheet"), .money),
       (L("selisih", "difference"), .money), (L("cocok", "matches"), .bool), (L("dasar", "basis"), .string)])
    for l in lines {
      b.append([.string(l.pos), .money(Money(sen: l.ledger)), .money(Money(sen: l.balanceSheet)), .money(Money(sen: l.difference)), .bool(l.difference.magnitude <= tolerance.magnitude), .string(l.note)])
    }
    let table = b.build()
    var out = CommandOutput()
    out.blocks.append(.heading(L("Rekonsiliasi buku pembantu dan neraca", "Ledgers reconciled to the balance sheet")))
    out.blocks.append(.table(table, title: nil))
    out.value = table
    if lines.isEmpty {
      out.blocks.append(.text(L("Tidak ada pinjaman atau simpanan untuk direkonsiliasi.", "No loans or savings to reconcile.")))
    }
    for l in lines where l.difference.magnitude > tolerance.magnitude {
      out.findings.append(.audit(
        check, .high,
        Text(
          "\(l.pos): buku pembantu \(ValueFormatter.money(Money(sen: l.ledger), .id)) ≠ neraca \(ValueFormatter.money(Money(sen: l.balanceSheet), .id))",
          en: "\(l.pos): ledger \(ValueFormatter.money(Money(sen: l.ledger), .en)) ≠ balance sheet \(ValueFormatter.money(Money(sen: l.balanceSheet), .en))"),
        evidence: [Evidence(table: "neraca", keyColumn: "pos", keys: [l.pos])],
        amount: Money(sen: Money.magnitude(l.difference)),
        recommendation: Text(
          "Telusuri selisih per rekening; perbaiki buku pembantu atau jurnal penyesuaian.",
          en: "Trace the difference account by account; correct the subsidiary ledger or post an adjusting entry.")))
    }
    out.exceptions = out.findings.count
    return out
  }

  /// Uses the loan engine's `rekonsiliasi` table: rows whose `selisih` exceeds the tolerance.
  static func fromEngine(_ t: Table, tolerance: Int64, _ inv: Invocation) -> CommandOutput {
    let L = inv.labels
    var out = CommandOutput.table(t)
    out.blocks.insert(.heading(L("Rekonsiliasi (tabel rekonsiliasi dataset)", "Reconciliation (the dataset's rekonsiliasi table)")), at: 0)
    guard let diff = t.column("selisih"), let v = diff.int64s else { return out }
    let label = t.columns.first { $0.type == .string }
    for r in 0..<t.rowCount where !diff.isNull(r) && v[r].magnitude > tolerance.magnitude {
      let name = label?.text(at: r) ?? String(r + 1)
      out.findings.append(.audit(
        check, .high,
        Text("\(name): selisih \(ValueFormatter.money(Money(sen: v[r]), .id))", en: "\(name): difference \(ValueFormatter.money(Money(sen: v[r]), .en))"),
        evidence: [Evidence(table: t.name, keyColumn: label?.name ?? "#", keys: [name])],
        amount: Money(sen: Money.magnitude(v[r])),
        recommendation: Text("Telusuri selisih ini.", en: "Trace this difference.")))
    }
    out.exceptions = out.findings.count
    return out
  }
}

import AwasPluginKit

/// `check journal`: every voucher balances, and the journal agrees with the
/// balance sheet and income statement account by account.
enum JournalCheck {
  static let check = AuditCheck(
    topic: "check.journal", findingID: "audit.journal",
    names: Names("jurnal", en: "journal"),
    summary: Text("keseimbangan jurnal dan kecocokan dengan neraca", en: "journal balance and agreement with the balance sheet"),
    method: Text(
      "(1) Tiap no_bukti: Σdebet = Σkredit. (2) Neraca saldo: per kode_akun, netto jurnal (Σdebet − Σkredit) dibandingkan dengan saldo di neraca.csv dan phu.csv menurut saldo normalnya: akun bersaldo debet (aset, beban) diharapkan netto = +saldo, akun bersaldo kredit (kontra-aset, kewajiban, ekuitas, pendapatan) = −saldo; sisi ditentukan dari pos, atau digit pertama kode_akun (1, 5–9 debet; 2–4 kredit). Akun neraca dibandingkan dengan saldo_kini (dasar saldo, bila jurnal memuat saldo awal) atau saldo_kini − saldo_lalu (dasar mutasi); otomatis memilih yang lebih banyak cocok. Akun PHU selalu dengan saldo_kini. Akun shu_tahun_berjalan tanpa baris jurnal dibandingkan dengan netto semua akun PHU.",
      en: "(1) Each no_bukti: Σdebet = Σkredit. (2) Trial balance: per kode_akun, the journal net (Σdebet − Σkredit) is compared with the balance in neraca.csv and phu.csv by its normal side: debit-normal accounts (assets, expenses) should net to +saldo, credit-normal ones (contra-assets, liabilities, equity, income) to −saldo; the side comes from pos, or the first digit of kode_akun (1, 5–9 debit; 2–4 credit). Balance-sheet accounts are compared with saldo_kini (balance basis, when the journal holds opening balances) or saldo_kini − saldo_lalu (movement basis); auto picks the one that matches more accounts. Income-statement accounts always with saldo_kini. A shu_tahun_berjalan account with no journal lines is compared with the net of all income-statement accounts."),
    formulas: [
      Text("seimbang ⇔ |Σdebet − Σkredit| ≤ toleransi, per no_bukti", en: "balanced ⇔ |Σdebet − Σkredit| ≤ tolerance, per no_bukti"),
      Text("netto(akun) = Σdebet − Σkredit; diharapkan = +saldo (debet) atau −saldo (kredit)", en: "net(account) = Σdebet − Σkredit; expected = +saldo (debit side) or −saldo (credit side)"),
    ],
    parameters: [
      ParameterSpec(
        Names("dasar", en: "basis"),
        .choice([
          Choice(Names("otomatis", en: "auto"), Text("pilih yang lebih banyak cocok", en: "pick the one matching more accounts")),
          Choice(Names("saldo", en: "balance"), Text("jurnal memuat saldo awal", en: "the journal holds opening balances")),
          Choice(Names("mutasi", en: "movement"), Text("jurnal hanya transaksi tahun berjalan", en: "the journal holds the year's transactions only")),
        ]),
        default: "auto", help: Text("dasar perbandingan akun neraca", en: "the basis for balance-sheet accounts"))
    ],
    requirements: [Requirement("jurnal", columns: ["no_bukti", "kode_akun", "debet", "kredit"])],
    settings: [AuditSettings.journalTolerance],
    citation: Text(
      "Prinsip pembukuan berpasangan; SAK EP (neraca saldo); docs/dataset.md (pos)",
      en: "Double-entry bookkeeping; SAK EP (trial balance); docs/dataset.md (pos)"),
    examples: [Example("periksa jurnal"), Example("check journal --basis movement")],
    action: { inv in try run(inv) })

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let ctx = inv.context, L = inv.labels, lang = inv.language
    let jurnal = try ctx.table("jurnal")
    for c in ["no_bukti", "kode_akun", "debet", "kredit"] where jurnal.column(c) == nil {
      throw UserError.missingColumn(c, table: jurnal)
    }
    let tolerance = ctx.settingMoney(AuditSettings.journalTolerance).sen
    let vouchers = try voucherTotals(jurnal)
    var vb = TableBuilder(
      L("bukti-tidak-seimbang", "unbalanced-vouchers"),
      [("no_bukti", .string), (L("tanggal", "date"), .date), ("debet", .money), ("kredit", .money), (L("selisih", "difference"), .money)])
    var unbalancedKeys: [String] = []
    var unbalancedAmount: Int64 = 0
    for v in vouchers {
      let gap = Money(sen: v.debit) - Money(sen: v.credit)
      guard gap.sen.magnitude > tolerance.magnitude else { continue }
      vb.append([.string(v.key), v.date.map { .date($0) } ?? .null, .money(Money(sen: v.debit)), .money(Money(sen: v.credit)), .money(gap)])
      unbalancedKeys.append(v.key)
      unbalancedAmount = Money.sum(unbalancedAmount, Money.magnitude(gap.sen))
    }
    let vouchersTable = vb.build()
    var out = CommandOutput()
    out.blocks.append(.heading(L("Keseimbangan jurnal", "Journal balance")))
    out.blocks.append(.table(vouchersTable, title: L("Bukti yang tidak seimbang", "Vouchers that do not balance")))
    out.value = vouchersTable
    var fields: [(String, String)] = [
      (L("Bukti", "Vouchers"), ValueFormatter.grouped(Int64(vouchers.count), lang)),
      (L("Tidak seimbang", "Unbalanced"), String(unbalancedKeys.count)),
    ]
    if !unbalancedKeys.isEmpty {
      out.findings.append(.audit(
        check, .high,
        Text("jurnal: \(unbalancedKeys.count) bukti tidak seimbang (debet ≠ kredit)", en: "jurnal: " + counted(unbalancedKeys.count, "voucher does not balance", "vouchers do not balance") + " (debit ≠ credit)"),
        evidence: [Evidence(table: "jurnal", keyColumn: "no_bukti", keys: Array(unbalancedKeys.prefix(EvidenceKeys.limit)))],
        amount: Money(sen: unbalancedAmount),
        recommendation: Text("Perbaiki jurnal yang tidak seimbang dan periksa sebabnya.", en: "Correct the unbalanced entries and find out why they were posted.")))
    }
    var exceptions = unbalancedKeys.count

    if let neraca = ctx.dataset?.table("neraca") {
      let basisArg = inv.arguments.string("basis") ?? "auto"
      let tb = try TrialBalance.compare(jurnal: jurnal, neraca: neraca, phu: ctx.dataset?.table("phu"), basis: basisArg, tolerance: tolerance)
      let tbTable = tb.table(L)
      out.blocks.append(.table(tbTable, title: L("Neraca saldo: jurnal dibanding laporan", "Trial balance: journal against the statements")))
      fields.append((L("Dasar akun neraca", "Balance-sheet basis"), tb.basis == .balance ? L("saldo (saldo_kini)", "balance (saldo_kini)") : L("mutasi (saldo_kini − saldo_lalu)", "movement (saldo_kini − saldo_lalu)")))
      fields.append((L("Akun tidak cocok", "Accounts not matching"), "\(tb.mismatches.count) / \(tb.rows.count)"))
      if !tb.mismatches.isEmpty {
        out.findings.append(.audit(
          check, .high,
          Text("Neraca saldo jurnal tidak cocok dengan laporan pada \(tb.mismatches.count) akun", en: "The journal's trial balance disagrees with the statements on \(counted(tb.mismatches.count, "account", "accounts"))"),
          evidence: [Evidence(table: "neraca", keyColumn: "kode_akun", keys: tb.mismatches.map(\.code))],
          amount: Money(sen: tb.mismatches.reduce(0) { Money.sum($0, Money.magnitude($1.difference)) }),
          recommendation: Text(
            "Telusuri selisih tiap akun dari buku besar ke laporan; pastikan laporan disusun dari jurnal yang sama.",
            en: "Trace each account's difference from the ledger to the statements; make sure the statements come from the same journal.")))
      }
      exceptions += tb.mismatches.count
    } else {
      fields.append((L("Neraca saldo", "Trial balance"), L("dilewati: dataset tidak punya neraca.csv", "skipped: the dataset has no neraca.csv")))
    }
    out.blocks.append(.fields(fields))
    out.exceptions = exceptions
    return out
  }

  struct Voucher {
    var key: String
    var date: Day?
    var debit: Int64 = 0
    var credit: Int64 = 0
  }

  /// Σdebet and Σkredit per no_bukti, in order of first appearance.
  static func voucherTotals(_ jurnal: Table) throws -> [Voucher] {
    guard let key = jurnal.column("no_bukti"), let d = jurnal.column("debet"), let k = jurnal.column("kredit") else { return [] }
    let dv = d.int64s ?? [], kv = k.int64s ?? []
    let dates = jurnal.column("tanggal")
    var index: [String: Int] = [:]
    var out: [Voucher] = []
    for r in 0..<jurnal.rowCount {
      let name = key.text(at: r)?.trimmingSpaces() ?? ""
      let i: Int
      if let j = index[name] { i = j } else {
        i = out.count
        index[name] = i
        let date: Day? = dates.flatMap { c in c.isNull(r) ? nil : c.days.map { Day(serial: $0[r]) } }
        out.append(Voucher(key: name, date: date))
      }
      if !d.isNull(r), r < dv.count { out[i].debit = try out[i].debit.plus(dv[r]) }
      if !k.isNull(r), r < kv.count { out[i].credit = try out[i].credit.plus(kv[r]) }
    }
    return out
  }
}

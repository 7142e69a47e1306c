import AwasPluginKit

/// `check round pinjaman.plafon`: round amounts and amounts just under an approval limit.
enum RoundCheck {
  static let check = AuditCheck(
    topic: "check.round", findingID: "audit.round",
    names: Names("bulat", en: "round"),
    summary: Text("angka bulat dan jumlah tepat di bawah batas persetujuan", en: "round amounts and amounts just under an approval limit"),
    method: Text(
      "Menandai jumlah yang kelipatan satuan bulat (bawaan Rp 1.000.000) dan jumlah yang berada sedikit di bawah batas persetujuan dari koperasi.toml [kebijakan] (kunci batas_persetujuan*, mis. batas_persetujuan_manajer) atau --batas. Jumlah tepat di bawah batas adalah pengecualian (tanda pemecahan pinjaman atau penghindaran persetujuan); angka bulat hanya menjadi pengecualian dengan --bulat-temuan, karena plafon pinjaman memang biasanya bulat.",
      en: "Flags amounts that are multiples of the round unit (default Rp 1,000,000) and amounts a little under an approval limit from koperasi.toml [kebijakan] (keys batas_persetujuan*, e.g. batas_persetujuan_manajer) or --limit. Amounts just under a limit are exceptions (a sign of split loans or avoided approvals); round amounts are exceptions only with --flag-round, since loan ceilings are usually round."),
    formulas: [
      Text("bulat ⇔ jumlah mod satuan = 0", en: "round ⇔ amount mod unit = 0"),
      Text("tepat di bawah batas ⇔ batas × (1 − dekat) ≤ jumlah < batas", en: "just under ⇔ limit × (1 − within) ≤ amount < limit"),
    ],
    parameters: [
      ParameterSpec(
        Names("kolom", en: "column"), .column(types: [.money, .int]), positional: true, required: true,
        help: Text("kolom jumlah, mis. pinjaman.plafon", en: "the amount column, e.g. pinjaman.plafon")),
      ParameterSpec(Names("satuan", en: "unit"), .money, help: Text("kelipatan bulat (bawaan audit.bulat.satuan)", en: "the round multiple (default audit.round.unit)")),
      ParameterSpec(Names("batas", en: "limit"), .money, help: Text("batas persetujuan tambahan", en: "an extra approval limit")),
      ParameterSpec(Names("dekat", en: "within"), .percent, help: Text("jarak di bawah batas (bawaan audit.bulat.dekat-batas)", en: "how far below the limit (default audit.round.within)")),
      ParameterSpec(Names("bulat-temuan", en: "flag-round"), .flag, help: Text("angka bulat juga pengecualian", en: "round amounts are exceptions too")),
    ],
    settings: [AuditSettings.roundUnit, AuditSettings.roundWithin],
    citation: Text(
      "Nigrini (2012) bab 8 (uji angka bulat); kebijakan batas persetujuan koperasi (koperasi.toml)",
      en: "Nigrini (2012) ch. 8 (round-number tests); the cooperative's approval-limit policy (koperasi.toml)"),
    examples: [Example("periksa bulat pinjaman.plafon"), Example("check round jurnal.debet --unit 500rb --flag-round")],
    acceptsInput: true,
    action: { inv in try run(inv) })

  /// Approval limits: the `batas_persetujuan*` amounts of [kebijakan], plus `extra`.
  /// (A lending cap such as `batas_pinjaman_per_anggota` is not an approval limit:
  /// loans near it are checked by `risk concentration`.)
  /// `extraName` names `extra` in the interface's language (`--batas` / `--limit`).
  static func limits(_ info: KoperasiInfo?, extra: Money?, extraName: String = "--batas") -> [(name: String, amount: Money)] {
    var out: [(String, Money)] = []
    for (k, v) in (info?.kebijakan ?? [:]).sorted(by: { $0.key < $1.key }) {
      guard k.hasPrefix("batas_persetujuan"), !k.hasSuffix("_persen") else { continue }
      if let m = FigureFormula.policyAmount(v) { out.append((k, m)) }
    }
    if let extra { out.append((extraName, extra)) }
    return out.filter { $0.1.sen > 0 }
  }

  /// Whether `amount` is within `basisPoints` (1/10 000) below `limit`.
  static func justUnder(_ amount: Int64, limit: Int64, basisPoints: Int64) -> Bool {
    amount < limit && (limit - amount).multipliedReportingOverflow(by: 10_000).partialValue <= limit.multipliedReportingOverflow(by: basisPoints).partialValue
  }

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let ctx = inv.context, L = inv.labels, lang = inv.language
    let input = try inv.inputColumn("column", types: [.money, .int])
    let table = input.table
    let unit = inv.arguments.money("unit") ?? ctx.settingMoney(AuditSettings.roundUnit)
    guard unit.sen > 0 else {
      throw UserError(Text("Satuan bulat harus lebih dari nol.", en: "The round unit must be above zero."), argument: "unit")
    }
    let within = inv.arguments.ratio("within") ?? ctx.settingRatio(AuditSettings.roundWithin)
    let bp = Int64((within * 10_000).rounded())
    let limits = limits(ctx.dataset?.info, extra: inv.arguments.money("limit"), extraName: L("--batas", "--limit"))
    let flagRound = inv.arguments.flag("flag-round")
    guard let values = input.column.int64s else { throw UserError.missingColumn(input.column.name, table: table) }
    let isMoney = input.column.type == .money  // int columns hold rupiah

    var rows: [Int32] = [], round: [Bool?] = [], limitName: [String?] = [], limitAmount: [Money?] = [], below: [Money?] = []
    var roundRows: [Int] = [], underRows: [Int] = []
    var underTotal: Int64 = 0
    for r in 0..<table.rowCount where !input.column.isNull(r) {
      let sen = isMoney ? values[r] : Money(rupiah: values[r]).sen
      guard sen > 0 else { continue }
      let isRound = sen % unit.sen == 0
      let hit = limits.first { justUnder(sen, limit: $0.amount.sen, basisPoints: bp) }
      guard isRound || hit != nil else { continue }
      rows.append(Int32(r))
      round.append(isRound)
      limitName.append(hit?.name)
      limitAmount.append(hit?.amount)
      below.append(hit.map { Money(sen: $0.amount.sen - sen) })
      if isRound { roundRows.append(r) }
      if hit != nil {
        underRows.append(r)
        underTotal = Money.sum(underTotal, sen)
      }
    }
    var cols: [Column] = []
    if let key = EvidenceKeys.keyColumn(of: table) { cols.append(key.gather(rows)) }
    cols += [
      input.column.gather(rows), Column.bool(L("bulat", "round"), round), Column.string(L("batas", "limit"), limitName),
      Column.money(L("nilai_batas", "limit_amount"), limitAmount), Column.money(L("di_bawah_batas", "below_limit_by"), below),
    ]
    let result = Table(name: L("angka-bulat", "round-amounts"), columns: cols, rowCount: rows.count)
    var out = CommandOutput()
    out.blocks.append(.heading(L("Angka bulat dan batas — ", "Round amounts and limits — ") + input.label))
    out.blocks.append(.table(result, title: nil))
    out.value = result
    let n = input.column.nonNullCount
    var fields: [(String, String)] = [
      (L("Satuan bulat", "Round unit"), ValueFormatter.money(unit, lang)),
      (L("Angka bulat", "Round amounts"), "\(roundRows.count) / \(n)"),
      (L("Tepat di bawah batas", "Just under a limit"), String(underRows.count) + L(" (dalam \(ValueFormatter.number(within * 100, decimals: 1, lang))%)", " (within \(ValueFormatter.number(within * 100, decimals: 1, lang))%)")),
    ]
    fields += limits.map { (L("Batas ", "Limit ") + $0.name, ValueFormatter.money($0.amount, lang)) }
    if limits.isEmpty {
      fields.append((L("Batas", "Limits"), L("tidak ada batas_persetujuan* di koperasi.toml [kebijakan]", "no batas_persetujuan* in koperasi.toml [kebijakan]")))
    }
    out.blocks.append(.fields(fields))
    if !underRows.isEmpty {
      out.findings.append(.audit(
        check, .high,
        Text(
          "\(input.label): \(underRows.count) jumlah tepat di bawah batas persetujuan",
          en: "\(input.label): \(counted(underRows.count, "amount", "amounts")) just under an approval limit"),
        evidence: [EvidenceKeys.evidence(table, rows: underRows)], amount: Money(sen: underTotal),
        recommendation: Text(
          "Periksa persetujuan tiap pinjaman ini dan apakah satu kebutuhan dipecah menjadi beberapa pinjaman.",
          en: "Review the approval of each of these loans and whether one need was split into several loans.")))
    }
    if flagRound && !roundRows.isEmpty {
      out.findings.append(.audit(
        check, .low,
        Text("\(input.label): \(roundRows.count) angka bulat", en: "\(input.label): \(counted(roundRows.count, "round amount", "round amounts"))"),
        evidence: [EvidenceKeys.evidence(table, rows: roundRows)],
        recommendation: Text("Minta bukti pendukung jumlah bulat ini.", en: "Ask for the documents behind these round amounts.")))
    }
    out.exceptions = underRows.count + (flagRound ? roundRows.count : 0)
    return out
  }
}

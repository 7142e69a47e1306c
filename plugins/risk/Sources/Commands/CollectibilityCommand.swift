import AwasPluginKit

/// `risk collectibility` (`risk kolektibilitas`): loans and outstanding per
/// class, recomputed beside booked, a cross-tab, and every loan booked in a
/// better class than the recomputed one (a finding each).
enum CollectibilityCommand {
  /// Per-loan findings beyond this many are summed into one finding (all
  /// loans are still listed in the exceptions table).
  static let findingLimit = 200

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let run = try RiskRun(inv)
    let p = try run.portfolio()
    let lang = run.lang
    let classes = LoanClass.shown(p.scheme)
    let totals = ClassTotals.compute(p)
    let grand = totals.reduce(Int64(0)) { Money.sum($0, $1.outstanding) }

    // Booked per class among active loans; index 0 = no booked class.
    var booked = [ClassTotals](repeating: ClassTotals(), count: 6)
    var cross = [[Int64]](repeating: [Int64](repeating: 0, count: 6), count: 6)
    if let b = p.booked {
      for i in 0..<p.count where p.isActive(i) {
        booked[Int(b[i])].loans += 1
        booked[Int(b[i])].outstanding = Money.sum(booked[Int(b[i])].outstanding, p.sisa[i])
        cross[Int(b[i])][Int(p.klass[i])] += 1
      }
    }
    let hasBooked = p.booked != nil

    var t = TableBuilder("kolektibilitas", [
      ("kelas", .string), ("nama", .string), ("pinjaman", .int), ("saldo", .money), ("persen_saldo", .percent),
      ("tercatat_pinjaman", .int), ("tercatat_saldo", .money), ("selisih_saldo", .money),
    ], primaryKey: "kelas")
    var rows = classes.map { (code: $0.code, label: $0.label, index: Int($0.rawValue)) }
    if totals[0].loans > 0 || booked[0].loans > 0 {
      rows.append(("tidak_terklasifikasi", Text("Tanpa kelas", en: "No class"), 0))
    }
    for r in rows {
      let c = totals[r.index], b = booked[r.index]
      t.append([
        .string(r.code), .string(r.label(lang)), .int(c.loans), .sen(c.outstanding), .ratio(RiskMath.ratio(c.outstanding, grand)),
        hasBooked ? .int(b.loans) : .null, hasBooked ? .sen(b.outstanding) : .null,
        hasBooked ? .sen(c.outstanding - b.outstanding) : .null,
      ])
    }
    let main = t.build()

    var out = CommandOutput(blocks: [run.heading(Text("Kolektibilitas pinjaman", en: "Loan collectibility"))])
    out.blocks.append(.table(main, title: nil))
    out.value = main
    out.blocks.append(.text(run.schemeNote))
    guard hasBooked else {
      out.blocks.append(.text(run.t(Text(
        "Kolom `kolektibilitas_tercatat` tidak ada: kelas yang dicatat koperasi tidak dapat dibandingkan.",
        en: "No `kolektibilitas_tercatat` column: the class the cooperative booked cannot be compared."))))
      return out
    }

    // Cross-tab: booked (rows) × recomputed (columns), loans.
    var schema: [(String, ColumnType)] = [("tercatat", .string)]
    schema += classes.map { ($0.code, .int) }
    schema += [("tidak_terklasifikasi", .int), ("jumlah", .int)]
    var x = TableBuilder("kolektibilitas_silang", schema, primaryKey: "tercatat")
    for r in rows {
      let code = r.index == 0 ? "tidak_tercatat" : r.code
      var cells: [Value] = [.string(code)]
      cells += classes.map { .int(cross[r.index][Int($0.rawValue)]) }
      cells += [.int(cross[r.index][0]), .int(cross[r.index].reduce(0, +))]
      x.append(cells)
    }
    out.blocks.append(.heading(run.t(Text("Tercatat (baris) × hitungan ulang (kolom), jumlah pinjaman", en: "Booked (rows) × recomputed (columns), number of loans"))))
    out.blocks.append(.table(x.build(), title: nil))

    let mis = Misclassified.find(p)
    out.exceptions = mis.count
    let list = exceptionTable(p, mis, lang)
    out.blocks.append(.heading(run.t(Text(
      "Kelas tercatat lebih baik dari hitungan ulang: \(mis.count) pinjaman",
      en: "Booked class better than recomputed: \(counted(mis.count, "loan", "loans"))"))))
    if !mis.isEmpty { out.blocks.append(.table(list, title: nil)) }
    out.findings = findings(p, mis, run)
    return out
  }

  /// The misclassified loans, one row each: the table tests and scripts read.
  static func exceptionTable(_ p: Portfolio, _ mis: [Misclassified], _ lang: Language) -> Table {
    var b = TableBuilder("kolektibilitas_pengecualian", [
      ("no_pinjaman", .string), ("no_anggota", .string), ("tercatat", .string), ("hitungan", .string),
      ("selisih_kelas", .int), ("dpd", .int), ("sisa", .money), ("tingkat", .string),
    ], primaryKey: "no_pinjaman")
    let members = p.table.column("no_anggota")
    for m in mis {
      b.append([
        .string(p.id(m.row)), members?.string(at: m.row).map(Value.string) ?? .null,
        .string(m.booked.code), .string(m.recomputed.code), .int(Int64(m.gap)),
        p.aged[m.row] ? .int(p.dpd[m.row]) : .null, .sen(p.sisa[m.row]), .string(m.severity.label(lang)),
      ])
    }
    return b.build()
  }

  static func findings(_ p: Portfolio, _ mis: [Misclassified], _ run: RiskRun) -> [Finding] {
    let rule = Text(
      "Kolektibilitas: Permen KUKM 14/2009 (garis aturan koperasi), docs/reference.md §4",
      en: "Collectibility: Permen KUKM 14/2009 (cooperative rule lineage), docs/reference.md §4")
    let advice = Text(
      "Klasifikasikan ulang pinjaman ini dan sesuaikan PPAP; minta penjelasan pengurus atas perbedaan kelas.",
      en: "Reclassify these loans and adjust the allowance; ask the pengurus to explain the difference.")
    var out: [Finding] = []
    for m in mis.prefix(findingLimit) {
      let id = p.id(m.row)
      out.append(Finding(
        check: "risk.collectibility", severity: m.severity,
        title: Text(
          "Pinjaman \(id) tercatat \(m.booked.label.id), hitungan ulang \(m.recomputed.label.id)",
          en: "Loan \(id) booked \(m.booked.label.en), recomputed \(m.recomputed.label.en)"),
        rule: rule, evidence: [Evidence(table: "pinjaman", keyColumn: "no_pinjaman", keys: [id])],
        amount: Money(sen: p.sisa[m.row]), recommendation: advice))
    }
    if mis.count > findingLimit {
      let rest = mis.dropFirst(findingLimit)
      let sen = rest.reduce(Int64(0)) { Money.sum($0, p.sisa[$1.row]) }
      out.append(Finding(
        check: "risk.collectibility", severity: rest.map(\.severity).max() ?? .medium,
        title: Text(
          "\(rest.count) pinjaman lain tercatat di kelas yang lebih baik dari hitungan ulang",
          en: "\(counted(rest.count, "more loan", "more loans")) booked in a better class than recomputed"),
        rule: rule, evidence: [Evidence(table: "pinjaman", keyColumn: "no_pinjaman", keys: rest.map { p.id($0.row) })],
        amount: Money(sen: sen), recommendation: advice))
    }
    return out
  }
}

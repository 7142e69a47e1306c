import AwasPluginKit

/// `risk concentration` (`risk konsentrasi`): the largest borrowers and loans
/// against modal sendiri, insider loans against their limit, and borrowers
/// above the per-borrower limit.
enum ConcentrationCommand {
  static func run(_ inv: Invocation) throws -> CommandOutput {
    let run = try RiskRun(inv)
    let p = try run.portfolio()
    let top = max(1, inv.arguments.int("top") ?? 10)
    let e = try BorrowerExposure(p, dataset: run.dataset)
    let ms = ModalSendiri(BalanceSheet(run.dataset), variant: run.settings.modalVariant)
    let limits = ConcentrationLimits(info: run.dataset.info, settings: run.settings)
    let borrowerLimit = limits.borrowerLimit(modalSendiri: ms?.total)
    var gross: Int64 = 0
    for i in 0..<p.count where p.isActive(i) { gross = Money.sum(gross, p.sisa[i]) }

    // Borrowers above the per-borrower limit, and insiders when above theirs.
    let overLimit = borrowerLimit.map { e.above($0) } ?? []
    var flagged = [UInt8](repeating: 0, count: e.outstanding.count)  // bit 1: borrower limit, bit 2: insider
    for m in overLimit { flagged[Int(m)] |= 1 }
    let insiderTotal = e.insiderTotal
    let insiderLimit = ms.map { limits.insiderLimit(modalSendiri: $0.total) }
    let insiderOver = insiderLimit.map { insiderTotal > $0 } ?? false
    if insiderOver { for m in 0..<flagged.count where e.insider[m] && e.outstanding[m] > 0 { flagged[m] |= 2 } }

    let topMembers = e.top(top)
    let names = memberNames(run.dataset, Set(topMembers.map { e.members.label($0) }))
    var t = TableBuilder("konsentrasi", [
      ("peringkat", .int), ("no_anggota", .string), ("nama", .string), ("pinjaman", .int), ("saldo", .money),
      ("persen_portofolio", .percent), ("persen_modal_sendiri", .percent), ("orang_dalam", .bool), ("melebihi_batas", .bool),
    ], primaryKey: "no_anggota")
    for (k, m) in topMembers.enumerated() {
      let sen = e.outstanding[Int(m)], id = e.members.label(m)
      t.append([
        .int(Int64(k + 1)), .string(id), names[id].map(Value.string) ?? .null, .int(Int64(e.loans[Int(m)])), .sen(sen),
        .ratio(RiskMath.ratio(sen, gross)), .ratio(ms.flatMap { RiskMath.ratio(sen, $0.total) }),
        e.insiderSource == .none ? .null : .bool(e.insider[Int(m)]), .bool(flagged[Int(m)] & 1 != 0),
      ])
    }
    let table = t.build()

    var out = CommandOutput(blocks: [run.heading(Text("Konsentrasi pinjaman", en: "Loan concentration"))])
    out.blocks.append(.table(table, title: nil))
    out.value = table
    out.blocks.append(.fields(fields(run, ms: ms, limits: limits, insiderTotal: insiderTotal, insiderLimit: insiderLimit, borrowerLimit: borrowerLimit, gross: gross, source: e.insiderSource)))
    out.blocks.append(.heading(run.t(Text("Pinjaman terbesar", en: "Largest loans"))))
    out.blocks.append(.table(largestLoans(p, top, ms: ms?.total), title: nil))

    let breaches = breachTable(p, e, flagged)
    out.blocks.append(.heading(run.t(Text("Pelanggaran batas: \(breaches.rowCount) pinjaman", en: "Limit breaches: \(counted(breaches.rowCount, "loan", "loans"))"))))
    if breaches.rowCount > 0 { out.blocks.append(.table(breaches, title: nil)) }
    var notes = [run.t(e.insiderSource.note)]
    if ms == nil {
      notes.append(run.t(Text("Modal sendiri tidak tersedia: batas terhadap modal sendiri tidak diperiksa.", en: "Modal sendiri is unavailable: limits against it are not checked.")))
    } else if let m = ms {
      notes.append(run.t(Text("Modal sendiri: ", en: "Modal sendiri: ") + m.variant.label))
    }
    out.blocks.append(.text(notes.joined(separator: "\n")))

    out.findings = ConcentrationFindings.make(
      p, e, overLimit: overLimit, borrowerLimit: borrowerLimit, insiderOver: insiderOver,
      insiderTotal: insiderTotal, insiderLimit: insiderLimit, limits: limits)
    out.exceptions = (insiderOver ? 1 : 0) + overLimit.count
    return out
  }

  static func fields(
    _ run: RiskRun, ms: ModalSendiri?, limits: ConcentrationLimits, insiderTotal: Int64, insiderLimit: Int64?,
    borrowerLimit: Int64?, gross: Int64, source: InsiderSource
  ) -> [(String, String)] {
    var f: [(String, String)] = [
      (run.t(Text("Saldo pinjaman bruto", en: "Gross outstanding")), run.money(gross)),
      (run.t(Text("Modal sendiri", en: "Modal sendiri")), ms.map { run.money($0.total) } ?? "-"),
    ]
    if source != .none {
      let pct = ms.flatMap { RiskMath.ratio(insiderTotal, $0.total) }
      f.append((run.t(Text("Pinjaman orang dalam", en: "Insider loans")), "\(run.money(insiderTotal)) (\(run.percent(pct)))"))
      var origin = limits.insiderFromPolicy
        ? Text("kebijakan koperasi", en: "cooperative policy") : Text("Permenkop 8/2023 Ps 44(1)", en: "Permenkop 8/2023 art. 44(1)")
      if let bad = limits.unreadablePolicy {
        origin = origin + Text(
          "; koperasi.toml batas_pinjaman_orang_dalam_persen = \(bad) bukan persen 0–100",
          en: "; koperasi.toml batas_pinjaman_orang_dalam_persen = \(bad) is not a percent from 0 to 100")
      }
      f.append((run.t(Text("Batas orang dalam", en: "Insider limit")),
                "\(run.percent(limits.insiderRatio)) = \(insiderLimit.map(run.money) ?? "-") (\(run.t(origin)))"))
    }
    f.append((run.t(Text("Batas per peminjam", en: "Per-borrower limit")), borrowerLimit.map(run.money) ?? "-"))
    return f
  }

  /// Names of the given members from `anggota`, when it has `nama`.
  static func memberNames(_ d: Dataset, _ ids: Set<String>) -> [String: String] {
    guard !ids.isEmpty, let a = d.table("anggota"), let idc = a.column("no_anggota"), let nama = a.column("nama") else { return [:] }
    var out: [String: String] = [:]
    for r in 0..<a.rowCount {
      if let id = idc.string(at: r), ids.contains(id), let n = nama.string(at: r) { out[id] = n }
    }
    return out
  }

  /// The `n` largest single active loans.
  static func largestLoans(_ p: Portfolio, _ n: Int, ms: Int64?) -> Table {
    var best: [Int] = []
    for i in 0..<p.count where p.isActive(i) {
      let v = p.sisa[i]
      if best.count == n, let last = best.last, p.sisa[last] >= v { continue }
      var pos = best.count
      while pos > 0 && p.sisa[best[pos - 1]] < v { pos -= 1 }
      best.insert(i, at: pos)
      if best.count > n { best.removeLast() }
    }
    let members = p.table.column("no_anggota")
    var b = TableBuilder("pinjaman_terbesar", [
      ("no_pinjaman", .string), ("no_anggota", .string), ("saldo", .money), ("persen_modal_sendiri", .percent),
      ("dpd", .int), ("kelas", .string),
    ], primaryKey: "no_pinjaman")
    for i in best {
      b.append([
        .string(p.id(i)), members?.string(at: i).map(Value.string) ?? .null, .sen(p.sisa[i]),
        .ratio(ms.flatMap { RiskMath.ratio(p.sisa[i], $0) }), p.aged[i] ? .int(p.dpd[i]) : .null,
        LoanClass(rawValue: p.klass[i]).map { .string($0.code) } ?? .null,
      ])
    }
    return b.build()
  }

  /// One row per active loan of a flagged borrower: the table tests and
  /// scripts read. Built from typed columns (it can hold many loans).
  static func breachTable(_ p: Portfolio, _ e: BorrowerExposure, _ flagged: [UInt8]) -> Table {
    let codes = e.memberOfRow
    var rows = ContiguousArray<Int32>()
    var kind = ContiguousArray<Int32>(), own = ContiguousArray<Int64>(), member = ContiguousArray<Int64>()
    for i in 0..<p.count where p.isActive(i) {
      let m = Int(codes[i])
      guard m >= 0, flagged[m] != 0 else { continue }
      rows.append(Int32(i))
      kind.append(Int32(flagged[m]) - 1)
      own.append(p.sisa[i])
      member.append(e.outstanding[m])
    }
    let names = ["batas_anggota", "orang_dalam", "orang_dalam,batas_anggota"]
    let columns: [Column] = [
      (p.table.column("no_pinjaman") ?? Column.string("no_pinjaman", [])).gather(rows).renamed("no_pinjaman"),
      (p.table.column("no_anggota") ?? Column.string("no_anggota", [])).gather(rows).renamed("no_anggota"),
      Column(name: "jenis", type: .string, storage: .dictionary(codes: kind, values: names)),
      Column(name: "saldo", type: .money, storage: .int64(own)),
      Column(name: "saldo_anggota", type: .money, storage: .int64(member)),
    ]
    return Table(name: "konsentrasi_pelanggaran", columns: columns, rowCount: rows.count, primaryKey: "no_pinjaman")
  }
}

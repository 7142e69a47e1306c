import AwasPluginKit

/// `risk aging` (`risk umur`): active loans by days past due, with a bar chart.
enum AgingCommand {
  static func run(_ inv: Invocation) throws -> CommandOutput {
    let run = try RiskRun(inv)
    let p = try run.portfolio()
    let buckets = try bucketsArgument(inv, run.settings)
    var loans = [Int64](repeating: 0, count: buckets.count), sen = loans
    var unaged: (Int64, Int64) = (0, 0)
    for i in 0..<p.count where p.isActive(i) {
      guard p.aged[i] else { unaged.0 += 1; unaged.1 = Money.sum(unaged.1, p.sisa[i]); continue }
      let b = buckets.bucket(p.dpd[i])
      loans[b] += 1
      sen[b] = Money.sum(sen[b], p.sisa[i])
    }
    let total = Money.sum(sen.reduce(0, Money.sum), unaged.1)
    var t = TableBuilder("umur_tunggakan", [
      ("kelompok", .string), ("dpd_dari", .int), ("dpd_sampai", .int), ("pinjaman", .int), ("saldo", .money),
      ("persen_saldo", .percent),
    ], primaryKey: "kelompok")
    for b in 0..<buckets.count {
      let r = buckets.range(b)
      t.append([
        .string(buckets.label(b)), .int(r.from), r.to.map(Value.int) ?? .null, .int(loans[b]), .sen(sen[b]),
        .ratio(RiskMath.ratio(sen[b], total)),
      ])
    }
    if unaged.0 > 0 {
      t.append([.string("tidak_diketahui"), .null, .null, .int(unaged.0), .sen(unaged.1), .ratio(RiskMath.ratio(unaged.1, total))])
    }
    let table = t.build()
    var out = CommandOutput(blocks: [run.heading(Text("Umur tunggakan", en: "Ageing by days past due"))])
    out.blocks.append(.table(table, title: nil))
    out.value = table
    let labels = (0..<buckets.count).map { buckets.label($0) }
    out.blocks.append(.chart(.bars(BarChart(
      title: run.t(Text("Saldo per kelompok hari tunggakan", en: "Outstanding by days past due")),
      labels: labels, values: sen.map { Double($0) / 100 }, valueLabels: sen.map { run.money($0) }))))
    out.blocks.append(.text(run.t(Text(
      "Hari tunggakan (dpd): hari sejak jatuh tempo angsuran tertua yang belum tertutup pokok yang dibayar. Kelompok: `--kelompok` atau `atur risk.kelompok-umur`.",
      en: "Days past due (dpd): days since the due date of the oldest instalment the principal paid does not cover. Buckets: `--buckets` or `set risk.aging-buckets`."))))
    return out
  }

  /// `--buckets 30,60,90` or the setting.
  static func bucketsArgument(_ inv: Invocation, _ settings: RiskSettings) throws -> AgingBuckets {
    let given = inv.arguments.list("buckets").compactMap { a -> String? in
      switch a {
      case .value(.int(let i)): return String(i)
      case .value(let v): return ValueFormatter.plain(v)
      default: return nil
      }
    }
    if !given.isEmpty, let b = try RiskSettings.parseBounds(given.joined(separator: ","), argument: "buckets") {
      return AgingBuckets(b)
    }
    return AgingBuckets(settings.agingBounds)
  }
}

import AwasPluginKit

/// `risk vintage`: cumulative default curves by disbursement quarter.
enum VintageCommand {
  static func run(_ inv: Invocation, source: LoanStatusSource) throws -> CommandOutput {
    let run = try RiskRun(inv)
    let table = try Portfolio.pinjaman(run.dataset)
    let dates = try AsOfDates.resolve(inv.arguments, dataset: run.dataset, defaultMonths: 24)
    let threshold = Int64(inv.arguments.int("dpd") ?? Int(run.settings.defaultDpd))
    let v = try VintageCurves.compute(
      source(run.dataset), table: table, dates: dates, defaultDpd: threshold,
      reportDate: run.dataset.info.tanggalLaporan, progress: inv.context.progress)

    let marks = [3, 6, 12]
    var schema: [(String, ColumnType)] = [
      ("kuartal", .string), ("pinjaman", .int), ("plafon", .money), ("bulan_diamati", .int), ("gagal_pinjaman", .int),
      ("gagal_plafon", .money), ("gagal_persen", .percent),
    ]
    schema += marks.map { ("gagal_bulan_\($0)", .percent) }
    var b = TableBuilder("vintage", schema, primaryKey: "kuartal")
    var curve = TableBuilder("vintage_kurva", [
      ("kuartal", .string), ("bulan_ke", .int), ("tanggal", .date), ("gagal_pinjaman", .int), ("gagal_plafon", .money),
      ("gagal_persen", .percent),
    ])
    var sparks: [Sparkline] = []
    let maxMonths = v.cohorts.flatMap { $0.points.map(\.months) }.max() ?? 0
    for c in v.cohorts {
      let last = c.points.last
      var row: [Value] = [
        .string(c.label), .int(c.loans), .sen(c.plafon), last.map { .int(Int64($0.months)) } ?? .null,
        last.map { .int($0.defaultedLoans) } ?? .null, last.map { .sen($0.defaultedPlafon) } ?? .null,
        .ratio(last.flatMap(c.share)),
      ]
      row += marks.map { k in .ratio(c.points.first { $0.months == k }.flatMap(c.share)) }
      b.append(row)
      var series = [Double?](repeating: nil, count: maxMonths + 1)
      for pt in c.points {
        curve.append([.string(c.label), .int(Int64(pt.months)), .date(pt.date), .int(pt.defaultedLoans), .sen(pt.defaultedPlafon), .ratio(c.share(pt))])
        if pt.months >= 0 && pt.months <= maxMonths { series[pt.months] = c.share(pt).map { $0 * 100 } }
      }
      sparks.append(Sparkline(label: c.label, values: series, note: run.percent(last.flatMap(c.share))))
    }
    let main = b.build()
    var out = CommandOutput(blocks: [run.heading(Text("Vintage: gagal kumulatif per kuartal pencairan", en: "Vintage: cumulative default by disbursement quarter"))])
    out.blocks.append(.table(main, title: nil))
    out.value = main
    if !sparks.isEmpty { out.blocks.append(.chart(.sparklines(sparks))) }
    out.blocks.append(.table(curve.build(), title: nil))
    var notes = [run.t(Text(
      "Gagal: pernah menunggak > \(threshold) hari pada salah satu tanggal (atau hapus buku pada tanggal laporan); persen dari plafon kuartal. Kurva dimulai pada akhir kuartal (bulan ke-0); \(dates.count) tanggal.",
      en: "Default: more than \(threshold) days past due at any of the dates (or written off at the reporting date); percent of the quarter's plafon. Curves start at the quarter's end (month 0); \(dates.count) dates."))]
    if v.earlier > 0 {
      notes.append(run.t(Text("\(v.earlier) pinjaman yang cair sebelum kuartal pertama tidak dihitung.", en: "\(v.earlier) loans disbursed before the first quarter are left out.")))
    }
    out.blocks.append(.text(notes.joined(separator: "\n")))
    return out
  }
}

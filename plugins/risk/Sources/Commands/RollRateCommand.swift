import AwasPluginKit

/// `risk rollrate`: the month-to-month transition matrix between dpd buckets
/// over the as-of dates the user chooses, as a table and a heatmap.
enum RollRateCommand {
  static func run(_ inv: Invocation, source: LoanStatusSource) throws -> CommandOutput {
    let run = try RiskRun(inv)
    _ = try Portfolio.pinjaman(run.dataset)
    let dates = try AsOfDates.resolve(inv.arguments, dataset: run.dataset, defaultMonths: 12)
    guard dates.count >= 2 else {
      throw UserError(
        Text("Perlu paling sedikit dua tanggal.", en: "At least two dates are needed."),
        hint: Text("Contoh: `risk rollrate --dari 2025-01-31 --sampai 2025-12-31`.", en: "Example: `risk rollrate --from 2025-01-31 --to 2025-12-31`."),
        argument: "dates")
    }
    let buckets = try AgingCommand.bucketsArgument(inv, run.settings)
    let m = try RollRateMatrix.compute(source(run.dataset), dates: dates, buckets: buckets, progress: inv.context.progress)
    let table = longTable(m, run.lang)

    var out = CommandOutput(blocks: [run.heading(Text("Perpindahan antar kelompok tunggakan (roll rate)", en: "Roll rates between days-past-due buckets"))])
    out.blocks.append(.table(table, title: nil))
    out.value = table
    out.blocks.append(.chart(.heatmap(heatmap(m, run))))
    var notes = [run.t(Text(
      "\(dates.count) tanggal (\(dates.first.map(String.init(describing:)) ?? "") … \(dates.last.map(String.init(describing:)) ?? "")), \(dates.count - 1) periode digabung. Persen: bagian saldo awal periode (baris = kelompok awal, kolom = keadaan di tanggal berikutnya).",
      en: "\(dates.count) dates (\(dates.first.map(String.init(describing:)) ?? "") … \(dates.last.map(String.init(describing:)) ?? "")), \(counted(dates.count - 1, "period", "periods")) pooled. Percent: share of the outstanding at the start of each period (row = starting bucket, column = state at the next date)."))]
    if m.writtenOff > 0 {
      notes.append(run.t(Text(
        "\(m.writtenOff) pinjaman hapus buku tidak dihitung: data tidak memuat tanggal hapus bukunya.",
        en: "\(m.writtenOff) written-off loans are left out: the data has no write-off date.")))
    }
    if m.unaged > 0 {
      notes.append(run.t(Text("\(m.unaged) pinjaman-periode tanpa hari tunggakan tidak dihitung.", en: "\(m.unaged) loan-periods without days past due are left out.")))
    }
    out.blocks.append(.text(notes.joined(separator: "\n")))
    return out
  }

  /// The label of to-state `s` in the interface's language.
  static func stateLabel(_ m: RollRateMatrix, _ s: Int, _ lang: Language) -> String {
    if s == m.repaidState { return lang == .en ? "repaid" : "lunas" }
    if s == m.unknownState { return lang == .en ? "unknown" : "tidak_diketahui" }
    return m.buckets.label(s)
  }

  /// One row per (from, to) pair with loans: counts and shares.
  static func longTable(_ m: RollRateMatrix, _ lang: Language) -> Table {
    var b = TableBuilder("rollrate", [
      ("dari", .string), ("ke", .string), ("pinjaman", .int), ("saldo", .money), ("persen_saldo", .percent),
      ("persen_pinjaman", .percent),
    ])
    for from in 0..<m.buckets.count {
      for to in 0..<m.stateCount where m.counts[from][to] > 0 {
        b.append([
          .string(m.buckets.label(from)), .string(stateLabel(m, to, lang)), .int(m.counts[from][to]), .sen(m.weights[from][to]),
          .ratio(m.weightedShare(from, to)), .ratio(m.countShare(from, to)),
        ])
      }
    }
    return b.build()
  }

  static func heatmap(_ m: RollRateMatrix, _ run: RiskRun) -> Heatmap {
    let states = (0..<m.stateCount).filter { $0 != m.unknownState || m.hasUnknown }
    let cells = (0..<m.buckets.count).map { from in states.map { to in m.weightedShare(from, to).map { $0 * 100 } } }
    let labels = cells.map { row in row.map { $0.map { ValueFormatter.number($0, decimals: 1, run.lang, trimZeros: false) } ?? "" } }
    return Heatmap(
      title: run.t(Text("% saldo: dari (baris) ke (kolom)", en: "% of outstanding: from (rows) to (columns)")),
      rowLabels: (0..<m.buckets.count).map { m.buckets.label($0) },
      columnLabels: states.map { $0 == m.repaidState ? run.t(Text("lunas", en: "repaid")) : ($0 == m.unknownState ? "?" : m.buckets.label($0)) },
      cells: cells, cellLabels: labels)
  }
}

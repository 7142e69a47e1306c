import AwasPluginKit

/// `risk par`: PAR1/PAR30/PAR90 and NPL, overall or by officer, product,
/// village or disbursement month.
enum ParCommand {
  static let groupings: [Choice] = [
    Choice(Names("petugas", en: "officer"), Text("petugas pinjaman", en: "loan officer")),
    Choice(Names("produk", en: "product"), Text("kolom produk, atau metode", en: "the product column, else metode")),
    Choice(Names("desa", en: "village"), Text("desa peminjam (dari anggota)", en: "borrower's village (from anggota)")),
    Choice(Names("bulan", en: "month"), Text("bulan pencairan", en: "disbursement month")),
  ]

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let run = try RiskRun(inv)
    let p = try run.portfolio()
    let by = inv.arguments.string("by").map(canonical)
    let (groups, column, note) = try by.map { try grouping($0, p, run.dataset) } ?? (nil, "kelompok", nil)
    let (total, byGroup) = ParTotals.compute(p, groups: groups)

    var t = TableBuilder("par", [
      (column, .string), ("pinjaman", .int), ("saldo", .money), ("par1", .percent), ("par30", .percent),
      ("par90", .percent), ("npl", .percent), ("par30_saldo", .money), ("npl_saldo", .money),
    ], primaryKey: column)
    func row(_ label: String, _ x: ParTotals) {
      t.append([
        .string(label), .int(x.loans), .sen(x.outstanding), .ratio(x.par1Ratio), .ratio(x.par30Ratio),
        .ratio(x.par90Ratio), .ratio(x.nplRatio), .sen(x.par30), .sen(x.npl),
      ])
    }
    if let groups {
      let order = (0..<byGroup.count).filter { byGroup[$0].loans > 0 }.map { g -> (String, Int) in
        (g == groups.groupCount ? "-" : groups.label(Int32(g)), g)
      }.sorted { $0.0 < $1.0 }
      for (label, g) in order { row(label, byGroup[g]) }
    } else {
      row(run.t(Text("semua", en: "all")), total)
    }
    let table = t.build()
    var out = CommandOutput(blocks: [run.heading(Text("Portofolio berisiko (PAR) dan NPL", en: "Portfolio at risk (PAR) and NPL"))])
    out.blocks.append(.table(table, title: nil))
    out.value = table
    if groups != nil {
      out.blocks.append(.fields([
        (run.t(Text("Seluruh portofolio", en: "Whole portfolio")), run.money(total.outstanding)),
        ("PAR1", run.percent(total.par1Ratio)), ("PAR30", run.percent(total.par30Ratio)),
        ("PAR90", run.percent(total.par90Ratio)), ("NPL", run.percent(total.nplRatio)),
      ]))
    }
    var notes = [run.t(Text(
      "PARn = saldo pinjaman dengan tunggakan > n hari (termasuk restrukturisasi) / saldo pinjaman bruto; NPL = saldo KL + D + M / saldo bruto (docs/reference.md §1).",
      en: "PARn = outstanding of loans more than n days late (restructured included) / gross outstanding; NPL = outstanding KL + D + M / gross outstanding (docs/reference.md §1)."))]
    if let note { notes.append(run.t(note)) }
    out.blocks.append(.text(notes.joined(separator: "\n")))
    return out
  }

  static func canonical(_ s: String) -> String {
    switch s.lowercased() {
    case "petugas", "officer": return "officer"
    case "produk", "product": return "product"
    case "desa", "village": return "village"
    case "bulan", "month": return "month"
    default: return s.lowercased()
    }
  }

  /// The group of each loan for `by`, the name of the group column, and a note.
  static func grouping(_ by: String, _ p: Portfolio, _ d: Dataset) throws -> (GroupCodes?, String, Text?) {
    let t = p.table
    switch by {
    case "officer":
      guard let c = t.column("petugas") else { throw UserError.missingColumn("petugas", table: t) }
      return (GroupCodes(c), "petugas", nil)
    case "product":
      if let c = t.column("produk") { return (GroupCodes(c), "produk", nil) }
      guard let c = t.column("metode") else { throw UserError.missingColumn("produk", table: t) }
      return (GroupCodes(c), "produk", Text("Produk: kolom `metode` (tidak ada kolom `produk`).", en: "Product: the `metode` column (there is no `produk` column)."))
    case "village":
      guard let anggota = d.table("anggota") else { throw UserError.missingTable("anggota", in: d) }
      guard let ids = anggota.column("no_anggota") else { throw UserError.missingColumn("no_anggota", table: anggota) }
      guard let desa = anggota.column("desa") else { throw UserError.missingColumn("desa", table: anggota) }
      guard let members = t.column("no_anggota") else { throw UserError.missingColumn("no_anggota", table: t) }
      let villages = GroupCodes(desa)
      let rows = KeyJoin.rows(members, in: ids)
      var codes = ContiguousArray<Int32>(repeating: -1, count: p.count)
      for i in 0..<p.count where rows[i] >= 0 { codes[i] = villages.codes[Int(rows[i])] }
      let labels = (0..<villages.groupCount).map { villages.label(Int32($0)) }
      return (GroupCodes(codes: codes, labels: labels), "desa", nil)
    case "month":
      guard let c = t.column("tanggal_cair"), let days = c.days else { throw UserError.missingColumn("tanggal_cair", table: t) }
      var index: [Int: Int32] = [:]
      var labels: [String] = []
      var codes = ContiguousArray<Int32>(repeating: -1, count: p.count)
      for i in 0..<p.count where !c.isNull(i) {
        let d = Day(serial: days[i])
        let key = d.year * 12 + d.month - 1
        if let g = index[key] { codes[i] = g } else {
          let g = Int32(labels.count)
          index[key] = g
          labels.append(String(d.description.prefix(7)))
          codes[i] = g
        }
      }
      return (GroupCodes(codes: codes, labels: labels), "bulan", nil)
    default:
      throw UserError(Text("Pengelompokan `\(by)` tidak dikenal.", en: "Unknown grouping `\(by)`."),
                      hint: Text("Pilih petugas, produk, desa atau bulan.", en: "Choose officer, product, village or month."), argument: "by")
    }
  }
}

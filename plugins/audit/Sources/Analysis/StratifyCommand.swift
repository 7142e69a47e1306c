import AwasPluginKit

/// `stratify TABLE.COLUMN --bands 0,5jt,25jt,100jt`.
enum StratifyCommand {
  static let check = AuditCheck(
    topic: "stratify", findingID: "audit.stratify",
    names: Names("stratifikasi", en: "stratify"),
    summary: Text("jumlah dan subtotal per rentang nilai", en: "count and subtotal per value band"),
    method: Text(
      "Membagi nilai ke rentang [b₀, b₁), [b₁, b₂), …, [bₙ₋₁, bₙ] (rentang terakhir termasuk batas atasnya) dan menghitung jumlah baris, subtotal dan persentasenya. Nilai di bawah b₀ dan di atas bₙ dilaporkan sebagai rentang di luar batas; nilai kosong dihitung terpisah. Jumlah uang dihitung tepat (sen).",
      en: "Puts the values in bands [b₀, b₁), [b₁, b₂), …, [bₙ₋₁, bₙ] (the last band includes its top) and counts rows, subtotals and percentages. Values below b₀ and above bₙ are reported as out-of-range bands; empty values are counted apart. Money sums are exact (sen)."),
    formulas: [Text("% jumlah = n_rentang / n; % nilai = subtotal / Σ nilai", en: "% count = n_band / n; % value = subtotal / Σ value")],
    parameters: [
      ParameterSpec(
        Names("kolom", en: "column"), .column(types: [.money, .int, .double, .percent]), positional: true, required: true,
        help: Text("kolom angka, mis. pinjaman.sisa", en: "a numeric column, e.g. pinjaman.sisa")),
      ParameterSpec(
        Names("rentang", en: "bands"), .list(.money), required: true,
        help: Text("batas rentang naik, mis. 0,5jt,25jt,100jt", en: "ascending band edges, e.g. 0,5jt,25jt,100jt")),
    ],
    citation: Text("ACL `STRATIFY` (docs/reference.md §7)", en: "ACL `STRATIFY` (docs/reference.md §7)"),
    examples: [Example("stratifikasi pinjaman.sisa --rentang 0,5jt,25jt,100jt"), Example("stratify pinjaman.plafon --bands 0,10jt,50jt")],
    acceptsInput: true,
    action: { inv in try run(inv) })

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let L = inv.labels, lang = inv.language
    let input = try inv.inputColumn("column", types: [.money, .int, .double, .percent])
    let nv = NumericValues(column: input.column)
    let edges: [Money] = inv.arguments.list("bands").compactMap { a in
      switch a {
      case .value(.money(let m)): return m
      case .value(.int(let i)): return Money(rupiah: i)
      case .value(.double(let d)): return Money(sen: Int64((d * 100).rounded()))
      default: return nil
      }
    }
    guard edges.count >= 2, zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else {
      throw UserError(
        Text("--rentang perlu paling sedikit dua batas yang naik.", en: "--bands needs at least two ascending edges."),
        hint: Text("Contoh: --rentang 0,5jt,25jt,100jt", en: "For example: --bands 0,5jt,25jt,100jt"), argument: "bands")
    }
    let e = edges.map(nv.storageUnits)
    let n = edges.count - 1
    // Band index: 0 = below, 1…n = bands, n+1 = above.
    var members = [[Int]](repeating: [], count: n + 2)
    var nulls = 0
    for r in 0..<input.table.rowCount {
      guard let x = nv.raw(r) else { nulls += 1; continue }
      let band: Int
      if x < e[0] { band = 0 } else if x > e[n] { band = n + 1 } else {
        var i = 0
        while i < n - 1 && x >= e[i + 1] { i += 1 }
        band = i + 1
      }
      members[band].append(r)
    }
    let allRows = members.flatMap { $0 }
    guard let total = nv.exactSum(allRows) else { throw NumericValues.overflow }
    let totalD = total.numeric ?? 0
    let count = Double(max(allRows.count, 1))
    let boundType: ColumnType = input.column.type == .money ? .money : (input.column.type == .int ? .int : .double)
    func bound(_ m: Money) -> Value {
      switch boundType {
      case .money: return .money(m)
      case .int: return .int(m.rupiah)
      default: return .double(m.rupiahValue)
      }
    }
    func show(_ m: Money) -> String { ValueFormatter.display(bound(m), lang) }
    var b = TableBuilder(
      L("strata", "strata"),
      [(L("rentang", "band"), .string), (L("dari", "from"), boundType), (L("sampai", "to"), boundType), (L("jumlah", "count"), .int),
       (L("persen_jumlah", "count_percent"), .percent), ("subtotal", nv.sumType), (L("persen_nilai", "value_percent"), .percent)])
    for band in 0...(n + 1) {
      let rows = members[band]
      if (band == 0 || band == n + 1) && rows.isEmpty { continue }
      guard let sub = nv.exactSum(rows) else { throw NumericValues.overflow }
      let label: String, from: Value, to: Value
      switch band {
      case 0: (label, from, to) = ("< " + show(edges[0]), .null, bound(edges[0]))
      case n + 1: (label, from, to) = ("> " + show(edges[n]), bound(edges[n]), .null)
      case n: (label, from, to) = ("\(show(edges[n - 1])) – \(show(edges[n]))", bound(edges[n - 1]), bound(edges[n]))
      default: (label, from, to) = ("\(show(edges[band - 1])) – < \(show(edges[band]))", bound(edges[band - 1]), bound(edges[band]))
      }
      b.append([
        .string(label), from, to, .int(Int64(rows.count)), .percent(Double(rows.count) / count), sub,
        .percent(totalD == 0 ? 0 : (sub.numeric ?? 0) / totalD),
      ])
    }
    let table = b.build()
    var out = CommandOutput()
    out.blocks.append(.heading(L("Stratifikasi — ", "Stratification — ") + input.label))
    out.blocks.append(.table(table, title: nil))
    out.value = table
    out.blocks.append(.fields([
      (L("Baris", "Rows"), ValueFormatter.grouped(Int64(allRows.count), lang)),
      (L("Total", "Total"), ValueFormatter.display(total, lang)),
      (L("Kosong", "Empty"), String(nulls)),
      (L("Di luar rentang", "Out of range"), String(members[0].count + members[n + 1].count)),
    ]))
    out.blocks.append(.chart(.bars(BarChart(
      labels: (0..<table.rowCount).map { table.column(L("rentang", "band"))?.text(at: $0) ?? "" },
      values: (0..<table.rowCount).map { Double(table.column(L("jumlah", "count"))?.int64s?[$0] ?? 0) }))))
    return out
  }
}

import AwasPluginKit

/// `stats TABLE.COLUMN`: descriptive statistics of a numeric column.
enum StatsCommand {
  static let check = AuditCheck(
    topic: "stats", findingID: "audit.stats",
    names: Names("statistik", en: "stats"),
    summary: Text("statistik ringkas sebuah kolom angka", en: "descriptive statistics of a numeric column"),
    method: Text(
      "n, kosong, minimum, maksimum, jumlah (tepat untuk uang dan bilangan bulat), rata-rata, median, simpangan baku sampel (n − 1) dan kuartil. Kuartil dan median dengan interpolasi linear (seperti QUARTILE.INC di spreadsheet); uang dibulatkan ke sen terdekat sekali, di akhir.",
      en: "n, empty, minimum, maximum, sum (exact for money and integers), mean, median, sample standard deviation (n − 1) and quartiles. Quartiles and the median by linear interpolation (like QUARTILE.INC in spreadsheets); money is rounded to the nearest sen once, at the end."),
    formulas: [
      Text("Q(p) = x₍ₖ₎ + (h − k)(x₍ₖ₊₁₎ − x₍ₖ₎), h = (n − 1)p, k = ⌊h⌋", en: "Q(p) = x₍ₖ₎ + (h − k)(x₍ₖ₊₁₎ − x₍ₖ₎), h = (n − 1)p, k = ⌊h⌋"),
      "sd = √(Σ(x − x̄)² / (n − 1))",
    ],
    parameters: [
      ParameterSpec(
        Names("kolom", en: "column"), .column(types: [.money, .int, .double, .percent]), positional: true, required: true,
        help: Text("kolom angka, mis. pinjaman.plafon", en: "a numeric column, e.g. pinjaman.plafon"))
    ],
    citation: Text("ACL `STATISTICS`; Hyndman & Fan (1996) definisi 7", en: "ACL `STATISTICS`; Hyndman & Fan (1996) definition 7"),
    examples: [Example("statistik pinjaman.plafon"), Example("stats angsuran.pokok")],
    acceptsInput: true,
    action: { inv in try run(inv) })

  /// Quantile `p` of sorted values by linear interpolation (type 7).
  static func quantile(_ sorted: [Double], _ p: Double) -> Double? {
    guard !sorted.isEmpty else { return nil }
    let h = Double(sorted.count - 1) * p
    let k = Int(h.rounded(.down))
    if k + 1 >= sorted.count { return sorted[sorted.count - 1] }
    return sorted[k] + (h - Double(k)) * (sorted[k + 1] - sorted[k])
  }

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let L = inv.labels
    let input = try inv.inputColumn("column", types: [.money, .int, .double, .percent])
    let type = input.column.type
    let nv = NumericValues(column: input.column)
    var xs: [Double] = []
    var rows: [Int] = []
    for r in 0..<input.table.rowCount { if let x = nv.raw(r) { xs.append(x); rows.append(r) } }
    guard let sum = nv.exactSum(rows) else { throw NumericValues.overflow }
    let n = xs.count
    // Derived figures: money stays money (rounded to the sen once), integers
    // become reals, reals and percentages keep their type.
    let derivedType: ColumnType = type == .int ? .double : type
    func derived(_ x: Double?) -> Value {
      guard let x else { return .null }
      switch type {
      case .money: return .money(Money(sen: Int64(x.rounded(.toNearestOrAwayFromZero))))
      case .percent: return .percent(x)
      default: return .double(x)
      }
    }
    var mean: Double?, sd: Double?
    if n > 0 {
      var m = 0.0, s2 = 0.0
      for (i, x) in xs.enumerated() {  // Welford
        let d = x - m
        m += d / Double(i + 1)
        s2 += d * (x - m)
      }
      mean = m
      if n > 1 { sd = (s2 / Double(n - 1)).squareRoot() }
    }
    var meanValue = derived(mean)
    if type == .money, n > 0, case .money(let total) = sum {
      // Exact mean of sen, rounded half away from zero.
      let q = total.sen / Int64(n), rem = total.sen % Int64(n)
      meanValue = .money(Money(sen: q + (2 * abs(rem) >= Int64(n) ? (total.sen < 0 ? -1 : 1) : 0)))
    }
    xs.sort()
    let valueType = nv.sumType
    var b = TableBuilder(
      L("statistik", "statistics"),
      [("n", .int), (L("kosong", "empty"), .int), ("min", valueType), ("max", valueType), (L("jumlah", "sum"), valueType),
       (L("rata_rata", "mean"), derivedType), ("median", derivedType), ("sd", derivedType), ("q1", derivedType), ("q3", derivedType)])
    b.append([
      .int(Int64(n)), .int(Int64(input.table.rowCount - n)), xs.first.map(nv.cell) ?? .null, xs.last.map(nv.cell) ?? .null, sum,
      meanValue, derived(quantile(xs, 0.5)), derived(sd), derived(quantile(xs, 0.25)), derived(quantile(xs, 0.75)),
    ])
    let table = b.build()
    var out = CommandOutput()
    out.blocks.append(.heading(L("Statistik — ", "Statistics — ") + input.label))
    out.blocks.append(.table(table, title: nil))
    out.value = table
    return out
  }
}

import AwasPluginKit

/// `age TABLE.DATECOLUMN [--cutoff DATE] [--interval 0,30,60,90,120,10000] [--sum COLUMN]`.
enum AgeCommand {
  static let check = AuditCheck(
    topic: "age", findingID: "audit.age",
    names: Names("umur-data", en: "age"),
    summary: Text("umur tanggal terhadap tanggal acuan, per kelompok hari", en: "age of dates at a cut-off, by day buckets"),
    method: Text(
      "Umur = tanggal acuan − tanggal (hari). Baris masuk kelompok [i₀, i₁), [i₁, i₂), … menurut --interval; umur negatif (tanggal sesudah acuan) dan umur ≥ batas terakhir (tanggal yang janggal) dilaporkan terpisah. Tanggal acuan bawaan: tanggal laporan dataset (per-tanggal). Dengan --jumlah, subtotal kolom uang per kelompok.",
      en: "Age = cut-off − date (days). Rows go into buckets [i₀, i₁), [i₁, i₂), … by --interval; negative ages (dates after the cut-off) and ages at or past the last edge (suspect dates) are reported apart. The default cut-off is the dataset's reporting date (as-of). With --sum, a money column is subtotalled per bucket."),
    formulas: [Text("umur = acuan − tanggal (hari)", en: "age = cut-off − date (days)")],
    parameters: [
      ParameterSpec(
        Names("kolom", en: "column"), .column(types: [.date]), positional: true, required: true,
        help: Text("kolom tanggal, mis. angsuran.tanggal", en: "the date column, e.g. angsuran.tanggal")),
      ParameterSpec(Names("acuan", en: "cutoff"), .date, help: Text("tanggal acuan (bawaan: tanggal laporan)", en: "the cut-off date (default: the reporting date)")),
      ParameterSpec(
        Names("interval"), .list(.int(0...1_000_000)), default: "0,30,60,90,120,10000",
        help: Text("batas kelompok dalam hari", en: "bucket edges in days")),
      ParameterSpec(Names("jumlah", en: "sum"), .column(types: [.money, .int, .double]), help: Text("kolom yang disubtotal", en: "the column to subtotal")),
    ],
    citation: Text("ACL `AGE` (docs/reference.md §7)", en: "ACL `AGE` (docs/reference.md §7)"),
    examples: [Example("umur-data angsuran.tanggal"), Example("age pinjaman.tanggal_cair --cutoff 2025-12-31 --sum plafon")],
    acceptsInput: true,
    action: { inv in try run(inv) })

  static func intervals(_ inv: Invocation) -> [Int] {
    let given = inv.arguments.list("interval").compactMap { a -> Int? in
      if case .value(let v) = a, let d = v.numeric { return Int(d) }
      if case .value(.string(let s)) = a { return Int(s) }
      return nil
    }
    if given.isEmpty, let s = inv.arguments.string("interval") {
      return s.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
    return given.isEmpty ? [0, 30, 60, 90, 120, 10_000] : given
  }

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let L = inv.labels, lang = inv.language
    let input = try inv.inputColumn("column", types: [.date])
    guard let days = input.column.days else { throw UserError.missingColumn(input.column.name, table: input.table) }
    guard let cutoff = inv.arguments.date("cutoff") ?? inv.context.dataset?.asOf else {
      throw UserError(Text("Sebutkan --acuan.", en: "Give --cutoff."), argument: "cutoff")
    }
    let edges = intervals(inv)
    guard edges.count >= 2, zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else {
      throw UserError(
        Text("--interval perlu paling sedikit dua batas yang naik.", en: "--interval needs at least two ascending edges."),
        hint: Text("Contoh: --interval 0,30,60,90,120,10000", en: "For example: --interval 0,30,60,90,120,10000"), argument: "interval")
    }
    let sumColumn = try inv.optionalColumn("sum", of: input.table).map(NumericValues.init)
    let n = edges.count - 1
    // 0 = after the cut-off / below the first edge, 1…n = buckets, n+1 = at or past the last edge.
    var members = [[Int]](repeating: [], count: n + 2)
    var nulls = 0
    for r in 0..<input.table.rowCount {
      if input.column.isNull(r) { nulls += 1; continue }
      let age = Int(cutoff.serial) - Int(days[r])
      let b: Int
      if age < edges[0] { b = 0 } else if age >= edges[n] { b = n + 1 } else {
        var i = 0
        while i < n - 1 && age >= edges[i + 1] { i += 1 }
        b = i + 1
      }
      members[b].append(r)
    }
    let counted = members.reduce(0) { $0 + $1.count }
    var schema: [(String, ColumnType)] = [
      (L("kelompok", "bucket"), .string), (L("dari_hari", "from_days"), .int), (L("sampai_hari", "to_days"), .int),
      (L("jumlah", "count"), .int), (L("persen", "percent"), .percent),
    ]
    if let s = sumColumn { schema += [("subtotal", s.sumType), (L("persen_nilai", "value_percent"), .percent)] }
    var b = TableBuilder(L("umur", "ageing"), schema)
    let total = try sumColumn.map { s -> Value in
      guard let t = s.exactSum(members.flatMap { $0 }) else { throw NumericValues.overflow }
      return t
    }
    for i in 0...(n + 1) {
      let rows = members[i]
      if (i == 0 || i == n + 1) && rows.isEmpty { continue }
      let label: String, from: Value, to: Value
      switch i {
      case 0: (label, from, to) = (L("sesudah acuan / < \(edges[0])", "after cut-off / < \(edges[0])"), .null, .int(Int64(edges[0])))
      case n + 1: (label, from, to) = ("≥ \(edges[n])", .int(Int64(edges[n])), .null)
      default: (label, from, to) = ("\(edges[i - 1])–\(edges[i] - 1)", .int(Int64(edges[i - 1])), .int(Int64(edges[i])))
      }
      var row: [Value] = [.string(label), from, to, .int(Int64(rows.count)), .percent(counted == 0 ? 0 : Double(rows.count) / Double(counted))]
      if let s = sumColumn {
        guard let sub = s.exactSum(rows) else { throw NumericValues.overflow }
        let t = total?.numeric ?? 0
        row += [sub, .percent(t == 0 ? 0 : (sub.numeric ?? 0) / t)]
      }
      b.append(row)
    }
    let table = b.build()
    var out = CommandOutput()
    out.blocks.append(.heading(L("Umur — ", "Ageing — ") + input.label))
    out.blocks.append(.table(table, title: nil))
    out.value = table
    var fields: [(String, String)] = [(L("Tanggal acuan", "Cut-off"), cutoff.description), (L("Baris", "Rows"), ValueFormatter.grouped(Int64(counted), lang))]
    if nulls > 0 { fields.append((L("Kosong", "Empty"), String(nulls))) }
    if let total { fields.append(("Total", ValueFormatter.display(total, lang))) }
    out.blocks.append(.fields(fields))
    return out
  }
}

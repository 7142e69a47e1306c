import AwasPluginKit

/// `summarize TABLE --by COL [--sum COL…]` (also `… | summarize --by COL`).
enum SummarizeCommand {
  static let check = AuditCheck(
    topic: "summarize", findingID: "audit.summarize",
    names: Names("ringkas", en: "summarize"),
    summary: Text("jumlah baris dan subtotal per kelompok", en: "row count and subtotals per group"),
    method: Text(
      "Mengelompokkan baris menurut kolom --menurut (kosong adalah satu kelompok) dan menghitung jumlah baris serta jumlah tiap kolom --jumlah; hasil diurutkan menurut kunci. Jumlah uang tepat (sen).",
      en: "Groups the rows by the --by columns (empty is a group of its own) and counts rows and totals each --sum column; the result is sorted by key. Money totals are exact (sen)."),
    parameters: [
      ParameterSpec(Names("tabel", en: "table"), .table, positional: true, help: Text("tabel yang diringkas", en: "the table to summarise")),
      ParameterSpec(Names("menurut", en: "by"), .list(.column()), required: true, help: Text("kolom pengelompok", en: "the grouping columns")),
      ParameterSpec(Names("jumlah", en: "sum"), .list(.column(types: [.money, .int, .double])), help: Text("kolom yang dijumlah", en: "the columns to total")),
    ],
    citation: Text("ACL `SUMMARIZE`", en: "ACL `SUMMARIZE`"),
    examples: [Example("ringkas pinjaman --menurut petugas --jumlah plafon,sisa"), Example("pinjaman | summarize --by status")],
    acceptsInput: true,
    action: { inv in try run(inv) })

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let L = inv.labels
    let table = try inv.inputTable("table")
    let by = inv.arguments.strings("by").map { Invocation.parseRef($0).column }
    guard !by.isEmpty else {
      throw UserError(Text("Sebutkan --menurut.", en: "Give --by."), argument: "by")
    }
    for n in by where table.column(n) == nil { throw UserError.missingColumn(n, table: table) }
    var sums: [NumericValues] = []
    for n in inv.arguments.strings("sum").map({ Invocation.parseRef($0).column }) {
      guard let c = table.column(n) else { throw UserError.missingColumn(n, table: table) }
      guard c.type.isNumeric else {
        throw UserError(Text("Kolom `\(n)` bukan angka.", en: "Column `\(n)` is not numeric."), argument: n)
      }
      sums.append(NumericValues(column: c))
    }
    guard let grouping = table.grouping(by: by) else { throw UserError.missingColumn(by[0], table: table) }
    let order = (0..<grouping.count).sorted { a, b in
      for (x, y) in zip(grouping.keys[a], grouping.keys[b]) where x != y { return Value.keyLess(x, y) }
      return false
    }
    var totals = [[Int64]](repeating: [Int64](repeating: 0, count: sums.count), count: grouping.count)
    var dtotals = [[Double]](repeating: [Double](repeating: 0, count: sums.count), count: grouping.count)
    var counts = [Int](repeating: 0, count: grouping.count)
    for r in 0..<table.rowCount {
      let g = Int(grouping.groupOfRow[r])
      counts[g] += 1
      for (i, s) in sums.enumerated() where !s.column.isNull(r) {
        if let a = s.column.int64s {
          let (v, o) = totals[g][i].addingReportingOverflow(a[r])
          if o { throw NumericValues.overflow }
          totals[g][i] = v
        } else if let x = s.raw(r) {
          dtotals[g][i] += x
        }
      }
    }
    var schema: [(String, ColumnType)] = by.map { n in (table.column(n)?.name ?? n, table.column(n)?.type ?? .string) }
    schema.append((L("jumlah", "count"), .int))
    for s in sums { schema.append((L("jumlah_", "sum_") + s.column.name, s.sumType)) }
    var b = TableBuilder(L("ringkasan", "summary"), schema)
    for g in order {
      var row = grouping.keys[g]
      row.append(.int(Int64(counts[g])))
      for (i, s) in sums.enumerated() {
        switch s.column.type {
        case .money: row.append(.money(Money(sen: totals[g][i])))
        case .int: row.append(.int(totals[g][i]))
        default: row.append(s.cell(dtotals[g][i]))
        }
      }
      b.append(row)
    }
    var result = b.build()
    result.metadata = table.metadata
    return .table(result)
  }
}

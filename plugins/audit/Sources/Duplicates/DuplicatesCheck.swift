import AwasPluginKit

/// `check duplicates TABLE --on c1,c2,… | --all`.
enum DuplicatesCheck {
  static let check = AuditCheck(
    topic: "check.duplicates", findingID: "audit.duplicates",
    names: Names("ganda", en: "duplicates"),
    summary: Text("baris yang sama pada kolom kunci", en: "rows sharing the same key columns"),
    method: Text(
      "Mengelompokkan baris menurut nilai kolom kunci (nilai bertipe, bukan teks; kosong sama dengan kosong) dan melaporkan tiap kelompok berisi dua baris atau lebih, lengkap dengan barisnya. --semua memakai seluruh kolom. Contoh: nomor bukti ganda (`--pada no_bukti`), setoran yang tercatat dua kali (`--pada no_pinjaman,tanggal,pokok`).",
      en: "Groups the rows by the values of the key columns (typed values, not text; empty equals empty) and reports every group of two or more rows, with its rows. --all uses every column. Examples: duplicate receipt numbers (`--on no_bukti`), a payment booked twice (`--on no_pinjaman,tanggal,pokok`)."),
    formulas: [Text("jumlah berlebih = Σ (n_kelompok − 1) × nilai uang kunci", en: "excess amount = Σ (group size − 1) × the money key")],
    parameters: [
      ParameterSpec(Names("tabel", en: "table"), .table, positional: true, help: Text("tabel yang diperiksa", en: "the table to check")),
      ParameterSpec(
        Names("pada", en: "on"), .list(.column()),
        help: Text("kolom kunci, dipisah koma", en: "the key columns, comma-separated")),
      ParameterSpec(Names("semua", en: "all"), .flag, help: Text("seluruh kolom sebagai kunci", en: "every column as the key")),
    ],
    citation: Text("ACL `DUPLICATES` (docs/reference.md §7)", en: "ACL `DUPLICATES` (docs/reference.md §7)"),
    examples: [
      Example("periksa ganda angsuran --pada no_pinjaman,tanggal,pokok"), Example("check duplicates angsuran --on no_bukti"),
    ],
    acceptsInput: true,
    action: { inv in try run(inv) })

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let L = inv.labels, lang = inv.language
    let table = try inv.inputTable("table")
    let names: [String]
    if inv.arguments.flag("all") {
      names = table.columnNames
    } else {
      names = inv.arguments.strings("on").map { Invocation.parseRef($0).column }
    }
    guard !names.isEmpty else {
      throw UserError(
        Text("Sebutkan kolom kunci dengan --pada, atau pakai --semua.", en: "Name the key columns with --on, or use --all."),
        hint: Text("Contoh: `periksa ganda angsuran --pada no_bukti`", en: "For example: `check duplicates angsuran --on no_bukti`"),
        argument: "on")
    }
    var keyColumns: [Column] = []
    for n in names {
      guard let c = table.column(n) else { throw UserError.missingColumn(n, table: table) }
      keyColumns.append(c)
    }
    let groups = RowKeys(columns: keyColumns, rowCount: table.rowCount).duplicateGroups()

    // Result: one row per duplicated row, grouped.
    var rows: [Int32] = [], groupNo: [Int64?] = [], sizes: [Int64?] = [], rowNo: [Int64?] = []
    for (g, members) in groups.enumerated() {
      for r in members {
        rows.append(r)
        groupNo.append(Int64(g + 1))
        sizes.append(Int64(members.count))
        rowNo.append(Int64(r) + 1)
      }
    }
    var cols: [Column] = [Column.int64(L("kelompok", "group"), .int, groupNo), Column.int64(L("jumlah", "count"), .int, sizes)]
    cols += keyColumns.map { $0.gather(rows) }
    if let key = EvidenceKeys.keyColumn(of: table), !keyColumns.contains(where: { $0.name == key.name }) {
      cols.append(key.gather(rows))
    }
    cols.append(Column.int64(L("baris", "row"), .int, rowNo))
    var result = Table(name: L("ganda", "duplicates"), columns: cols, rowCount: rows.count)
    result.metadata = table.metadata
    result.metadata["audit.duplicates.table"] = table.name

    var excess: Int64 = 0
    let moneyKey = keyColumns.first { $0.type == .money }
    if let moneyKey, let amounts = moneyKey.int64s {
      for members in groups { excess = try excess.plus(try amounts[Int(members[0])].times(Int64(members.count - 1))) }
    }
    var out = CommandOutput()
    out.blocks.append(.heading(L("Baris ganda — ", "Duplicate rows — ") + "\(table.name) (\(names.joined(separator: ", ")))"))
    out.blocks.append(.table(result, title: nil))
    out.value = result
    var fields: [(String, String)] = [
      (L("Kelompok", "Groups"), ValueFormatter.grouped(Int64(groups.count), lang)),
      (L("Baris terlibat", "Rows involved"), ValueFormatter.grouped(Int64(rows.count), lang)),
    ]
    if moneyKey != nil { fields.append((L("Jumlah berlebih", "Excess amount"), ValueFormatter.money(Money(sen: excess), lang))) }
    out.blocks.append(.fields(fields))
    if !groups.isEmpty {
      out.findings.append(.audit(
        check, .medium,
        Text(
          "\(table.name): \(groups.count) kelompok baris ganda (kunci \(names.joined(separator: ", ")); \(rows.count) baris)",
          en: "\(table.name): \(counted(groups.count, "group", "groups")) of duplicate rows (key \(names.joined(separator: ", ")); \(counted(rows.count, "row", "rows")))"),
        evidence: [EvidenceKeys.evidence(table, rows: rows.lazy.map { Int($0) })],
        amount: moneyKey != nil ? Money(sen: excess) : nil,
        recommendation: Text(
          "Cocokkan tiap kelompok dengan bukti fisik; batalkan pencatatan ganda dan periksa siapa yang mencatatnya.",
          en: "Match each group to the source documents; reverse double bookings and check who recorded them.")))
    }
    out.exceptions = groups.count
    return out
  }
}

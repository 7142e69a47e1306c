import AwasPluginKit

/// `$n | rows 7`: the source rows behind digits of a Benford result.
enum BenfordDrill {
  static let check = AuditCheck(
    topic: "check.benford.rows", findingID: "audit.benford",
    names: Names("baris", en: "rows"),
    summary: Text("baris sumber di balik digit hasil uji Benford", en: "the source rows behind digits of a Benford result"),
    method: Text(
      "Menerima hasil `periksa benford` lewat pipa dan mengembalikan baris tabel sumber yang digit ujinya sama dengan DIGIT. Tanpa DIGIT dipakai digit yang tersisa di tabel masukan (mis. setelah `saring menonjol`). Pada peringkat kelompok, hanya kelompok yang tersisa yang diambil.",
      en: "Takes a `check benford` result through a pipe and returns the rows of the source table whose tested digit equals DIGIT. Without DIGIT, the digits left in the input table are used (e.g. after `where flagged`). On the group ranking, only the groups left are used."),
    parameters: [
      ParameterSpec(
        Names("digit", en: "digits"), .list(.int(0...99)), positional: true,
        help: Text("digit yang dirinci, mis. 7 atau 7,8", en: "the digits to drill into, e.g. 7 or 7,8")),
      ParameterSpec(
        Names("kelompok", en: "group"), .string,
        help: Text("hanya baris kelompok ini (uji dengan --menurut)", en: "only the rows of this group (a test run with --by)")),
      ParameterSpec(
        Names("negatif", en: "negative"), .flag,
        help: Text("baris bernilai negatif (≤ −10)", en: "the negative rows (≤ −10)")),
    ],
    citation: Text("Nigrini (2012), bab 5: rincian ke transaksi", en: "Nigrini (2012), ch. 5: drilling down to transactions"),
    examples: [Example("$1 | baris 7"), Example("$1 | rows 7 --group Budi")],
    acceptsInput: true,
    action: { inv in try run(inv) })

  static func run(_ inv: Invocation) throws -> CommandOutput {
    guard let input = inv.input, let testCode = input.metadata[BenfordMeta.test], let test = DigitTest(rawValue: testCode),
      let tableName = input.metadata[BenfordMeta.table], let columnName = input.metadata[BenfordMeta.column]
    else {
      throw UserError(
        Text("`baris` memerlukan hasil `periksa benford` lewat pipa.", en: "`rows` needs a `check benford` result through a pipe."),
        hint: Text("Contoh: `periksa benford angsuran.pokok` lalu `$1 | baris 7`.", en: "For example: `check benford angsuran.pokok`, then `$1 | rows 7`."))
    }
    let source: Table
    if let token = input.metadata[BenfordMeta.token], let t = BenfordSources.shared.table(token) {
      source = t
    } else {
      source = try inv.context.table(tableName)
    }
    guard let column = source.column(columnName) else { throw UserError.missingColumn(columnName, table: source) }

    var digits = inv.arguments.list("digits").compactMap { a -> Int? in
      if case .value(.int(let i)) = a { return Int(i) }
      if case .value(let v) = a, let d = v.numeric { return Int(d) }
      return nil
    }
    if digits.isEmpty, let dc = input.column("digit") {
      digits = (0..<input.rowCount).compactMap { r in if case .int(let i) = dc.value(at: r) { return Int(i) } else { return nil } }
    }
    guard !digits.isEmpty else {
      throw UserError(
        Text("Sebutkan digitnya, mis. `baris 7`.", en: "Name the digit, e.g. `rows 7`."), argument: "digits")
    }
    let valid = Set(test.digits)
    if let bad = digits.first(where: { !valid.contains($0) }) {
      throw UserError(
        Text("Digit \(bad) tidak ada dalam uji \(test.label.id).", en: "Digit \(bad) is not part of the \(test.label.en) test."),
        hint: Text("Digit yang sah: \(test.digits.first ?? 0)…\(test.digits.last ?? 0)", en: "Valid digits: \(test.digits.first ?? 0)…\(test.digits.last ?? 0)"),
        argument: String(bad))
    }

    // Groups: the --group argument, or the groups left in a piped ranking.
    var groupNames: Set<String>?
    if let g = inv.arguments.string("group") {
      groupNames = [g]
    } else if input.metadata[BenfordMeta.kind] == "groups", let by = input.metadata[BenfordMeta.by], let gc = input.column(by) {
      groupNames = Set((0..<input.rowCount).map { gc.text(at: $0) ?? "" })
    }
    var keep: ((Int) -> Bool)?
    if let groupNames {
      guard let by = input.metadata[BenfordMeta.by], let gc = source.column(by) else {
        throw UserError(
          Text("Uji ini tidak dijalankan dengan --menurut.", en: "This test was not run with --by."), argument: "group")
      }
      keep = { r in groupNames.contains(gc.text(at: r) ?? "") }
    }
    let negatives = inv.arguments.flag("negative")
    let wanted = Set(digits)
    var rows: [Int32] = []
    for r in 0..<column.count {
      let code = LeadingDigits.code(column, row: r)
      guard code != 0, (code < 0) == negatives, wanted.contains(test.digit(firstTwo: abs(code))) else { continue }
      if let keep, !keep(r) { continue }
      rows.append(Int32(r))
    }
    let result = source.gather(rows)
    let label = digits.map(String.init).joined(separator: ",")
    return CommandOutput(
      blocks: [
        .table(result, title: Text("\(tableName).\(columnName): \(test.label.id) = \(label) (\(rows.count) baris)", en: "\(tableName).\(columnName): \(test.label.en) = \(label) (\(counted(rows.count, "row", "rows")))")(inv.language))
      ],
      value: result)
  }
}

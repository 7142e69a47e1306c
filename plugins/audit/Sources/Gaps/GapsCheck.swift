import AwasPluginKit

/// `check gaps TABLE.COLUMN`: missing and repeated receipt numbers.
enum GapsCheck {
  static let check = AuditCheck(
    topic: "check.gaps", findingID: "audit.gaps",
    names: Names("celah", en: "gaps"),
    summary: Text("nomor bukti yang hilang atau dipakai ulang", en: "missing and repeated receipt numbers"),
    method: Text(
      "Memisah tiap nomor menjadi awalan, angka dan akhiran (KW-2025-000123 → awalan KW-2025-, angka 123); tiap awalan adalah satu deret. Angka diurutkan; celah dilaporkan dengan kedua ujung yang ada (eksklusif) dan jumlah yang hilang, nomor yang muncul lebih dari sekali dicatat. Hanya celah di dalam deret yang dilaporkan (bukan sebelum nomor pertama). Pada tabel jurnal, satu bukti memang punya beberapa baris: pengulangan tidak dihitung sebagai pengecualian.",
      en: "Splits each number into prefix, number and suffix (KW-2025-000123 → prefix KW-2025-, number 123); each prefix is one sequence. The numbers are sorted; each gap is reported with the present numbers on either side (exclusive ends) and the count missing, and numbers used more than once are noted. Only gaps inside a sequence are reported (not before its first number). In the jurnal table a voucher has several lines, so repeats are not counted as exceptions there."),
    formulas: [
      Text("hilang = sesudah − sebelum − 1, untuk angka berurutan yang selisihnya > 1", en: "missing = after − before − 1, for consecutive numbers more than 1 apart")
    ],
    parameters: [
      ParameterSpec(
        Names("kolom", en: "column"), .column(types: [.string, .int]), positional: true, required: true,
        help: Text("kolom nomor bukti, mis. angsuran.no_bukti", en: "the receipt-number column, e.g. angsuran.no_bukti")),
      ParameterSpec(
        Names("ulang-wajar", en: "allow-repeats"), .flag,
        help: Text("nomor yang berulang bukan pengecualian", en: "repeated numbers are not exceptions")),
    ],
    citation: Text("ACL `GAPS` (docs/reference.md §7)", en: "ACL `GAPS` (docs/reference.md §7)"),
    examples: [Example("periksa celah angsuran.no_bukti"), Example("check gaps jurnal.no_bukti")],
    acceptsInput: true,
    action: { inv in try run(inv) })

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let L = inv.labels, lang = inv.language
    let input = try inv.inputColumn("column", types: [.string, .int])
    let repeatsAllowed = inv.arguments.flag("allow-repeats") || Table.normalize(input.table.name) == "jurnal"
    let (seqs, unparsed) = SequenceScan.sequences(input.column)

    var gapsB = TableBuilder(
      L("celah", "gaps"),
      [(L("awalan", "prefix"), .string), (L("sebelum", "before"), .string), (L("sesudah", "after"), .string),
       (L("jumlah_hilang", "missing"), .int), (L("nomor_hilang", "missing_numbers"), .string)])
    var repB = TableBuilder(
      L("nomor-ulang", "repeated-numbers"),
      [(L("awalan", "prefix"), .string), (L("nomor", "number"), .string), (L("kali", "times"), .int)])
    var totalMissing: Int64 = 0, gapCount = 0
    var gapEnds: [String] = []
    var repeated: Set<String> = []
    var seqFields: [(String, String)] = []
    for s in seqs {
      let a = SequenceScan.analyse(s.numbers)
      let fmt = { (n: Int64) in ReceiptNumber.format(prefix: s.prefix, n, width: s.width, suffix: s.suffix) }
      for g in a.gaps {
        let list = g.missing == 1 ? fmt(g.before + 1) : "\(fmt(g.before + 1)) … \(fmt(g.after - 1))"
        gapsB.append([.string(s.prefix), .string(fmt(g.before)), .string(fmt(g.after)), .int(g.missing), .string(list)])
        totalMissing = Money.sum(totalMissing, g.missing)
        gapCount += 1
        gapEnds += [fmt(g.before), fmt(g.after)]
      }
      for (n, times) in a.repeats {
        repB.append([.string(s.prefix), .string(fmt(n)), .int(Int64(times))])
        repeated.insert(fmt(n))
      }
      if let lo = a.min, let hi = a.max {
        seqFields.append((
          L("Deret ", "Sequence ") + (s.prefix.isEmpty ? "-" : s.prefix),
          "\(fmt(lo)) … \(fmt(hi)); " + L("\(s.numbers.count) nomor", "\(s.numbers.count) numbers")))
      }
    }
    let gapsTable = gapsB.build()
    let repTable = repB.build()
    var out = CommandOutput()
    out.blocks.append(.heading(L("Celah nomor — ", "Number gaps — ") + input.label))
    out.blocks.append(.table(gapsTable, title: nil))
    out.value = gapsTable
    if repTable.rowCount > 0 {
      out.blocks.append(.table(repTable, title: L("Nomor yang dipakai lebih dari sekali", "Numbers used more than once")))
    }
    var fields = seqFields
    fields.append((L("Celah", "Gaps"), "\(gapCount); " + L("nomor hilang: ", "numbers missing: ") + ValueFormatter.grouped(totalMissing, lang)))
    fields.append((L("Nomor berulang", "Repeated numbers"), String(repTable.rowCount) + (repeatsAllowed && repTable.rowCount > 0 ? L(" (wajar di tabel ini)", " (expected in this table)") : "")))
    if !unparsed.isEmpty {
      fields.append((L("Tanpa angka (dilewati)", "No number (skipped)"), String(unparsed.count)))
    }
    out.blocks.append(.fields(fields))

    let keyName = input.column.name
    if gapCount > 0 {
      out.findings.append(.audit(
        check, .medium,
        Text(
          "\(input.label): \(totalMissing) nomor hilang dalam \(gapCount) celah",
          en: "\(input.label): \(counted(totalMissing, "number", "numbers")) missing in \(counted(gapCount, "gap", "gaps"))"),
        evidence: [Evidence(table: input.table.name, keyColumn: keyName, keys: Array(Set(gapEnds)).sorted().prefix(EvidenceKeys.limit).map { $0 })],
        recommendation: Text(
          "Minta penjelasan dan bukti batal/rusak untuk tiap nomor yang hilang.",
          en: "Ask for an explanation and the voided or spoiled forms for each missing number.")))
    }
    if !repeated.isEmpty && !repeatsAllowed {
      out.findings.append(.audit(
        check, .high,
        Text(
          "\(input.label): \(repeated.count) nomor dipakai lebih dari sekali",
          en: "\(input.label): \(counted(repeated.count, "number", "numbers")) used more than once"),
        evidence: [Evidence(table: input.table.name, keyColumn: keyName, keys: repeated.sorted().prefix(EvidenceKeys.limit).map { $0 })],
        recommendation: Text(
          "Cocokkan tiap nomor ganda dengan bukti fisiknya; periksa apakah satu penerimaan dicatat dua kali.",
          en: "Match each repeated number to its source document; check whether one receipt was booked twice.")))
    }
    out.exceptions = gapCount + (repeatsAllowed ? 0 : repeated.count)
    return out
  }
}

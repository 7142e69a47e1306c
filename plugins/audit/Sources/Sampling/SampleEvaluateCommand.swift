import AwasPluginKit

/// `sample evaluate`: the upper misstatement limit of a monetary-unit sample.
enum SampleEvaluateCommand {
  static let check = AuditCheck(
    topic: "sample.evaluate", findingID: "audit.sample",
    names: Names("evaluasi", en: "evaluate"),
    summary: Text("proyeksi salah saji dan batas atas salah saji sampel MUS", en: "projected misstatement and upper misstatement limit of a MUS sample"),
    method: Text(
      "Masukan: tabel hasil pemeriksaan (lewat pipa atau --berkas CSV) dengan nilai buku dan nilai audit tiap butir sampel. Butir ≥ J menyumbang salah sajinya apa adanya; butir lebih kecil diproyeksikan dengan persentase cemar t = (buku − audit)/buku × J. Presisi dasar = RF(0) × J; tambahan presisi untuk cemar ke-i (terbesar dulu) = (RF(i) − RF(i−1) − 1) × t × J. Batas atas = proyeksi + presisi dasar + tambahan (batas Stringer). Lebih saji dan kurang saji dinilai terpisah. Bila batas atas > --salah-saji-tertoleransi, itu pengecualian.",
      en: "Input: the results table (piped or --file CSV) with the book and audited value of each sampled item. Items ≥ J add their misstatement as found; smaller items are projected with the tainting t = (book − audited)/book × J. Basic precision = RF(0) × J; the allowance for the i-th tainting (largest first) = (RF(i) − RF(i−1) − 1) × t × J. Upper limit = projected + basic precision + allowances (the Stringer bound). Over- and understatements are evaluated apart. An upper limit above --tolerable-misstatement is an exception."),
    formulas: [
      "UML = Σ_{BV ≥ J} (BV − AV) + Σ tᵢ·J + RF(0)·J + Σ (RF(i) − RF(i−1) − 1)·tᵢ·J,  tᵢ = (BV − AV)/BV",
    ],
    parameters: [
      ParameterSpec(Names("berkas", en: "file"), .path(), help: Text("CSV hasil pemeriksaan", en: "the results CSV")),
      ParameterSpec(Names("interval"), .money, help: Text("interval J (bawaan: dari tabel sampel)", en: "the interval J (default: from the sample table)")),
      ParameterSpec(Names("keyakinan", en: "confidence"), .percent, help: Text("tingkat keyakinan (bawaan audit.sampel.keyakinan)", en: "confidence level (default audit.sample.confidence)")),
      ParameterSpec(Names("buku", en: "book"), .string, help: Text("kolom nilai buku (bawaan nilai_buku, atau kolom sampel)", en: "the book-value column (default nilai_buku, or the sampled column)")),
      ParameterSpec(Names("audit", en: "audited"), .string, help: Text("kolom nilai audit (bawaan nilai_audit)", en: "the audited-value column (default nilai_audit)")),
      ParameterSpec(Names("salah-saji-tertoleransi", en: "tolerable-misstatement"), .money, help: Text("salah saji tertoleransi (rupiah)", en: "tolerable misstatement (rupiah)")),
    ],
    settings: [AuditSettings.sampleConfidence],
    citation: Text(
      "AICPA Audit Guide: Audit Sampling (2017), evaluasi MUS (batas Stringer); faktor dari keandalan.toml",
      en: "AICPA Audit Guide: Audit Sampling (2017), MUS evaluation (Stringer bound); factors from keandalan.toml"),
    examples: [Example("sampel evaluasi --berkas hasil.csv --interval 1jt --keyakinan 95"), Example("$3 | sample evaluate --tolerable-misstatement 50jt")],
    acceptsInput: true,
    action: { inv in try run(inv) })

  /// The items to evaluate from the piped table or the file.
  static func items(_ inv: Invocation) throws -> (items: [StringerBound.Item], interval: Int64?) {
    let bookNames = [inv.arguments.string("book"), inv.input?.metadata["audit.sample.column"], "nilai_buku", "book_value", "buku"].compactMap { $0 }
    let auditNames = [inv.arguments.string("audited"), "nilai_audit", "audited_value", "audit"].compactMap { $0 }
    if let path = inv.arguments.string("file") {
      let csv = try SimpleCSV.read(path)
      guard let bi = bookNames.lazy.compactMap({ csv.header.firstIndex(of: Table.normalize($0)) }).first,
        let ai = auditNames.lazy.compactMap({ csv.header.firstIndex(of: Table.normalize($0)) }).first
      else {
        throw UserError(
          Text("Berkas perlu kolom nilai_buku dan nilai_audit.", en: "The file needs nilai_buku and nilai_audit columns."),
          hint: Text("Kolom yang ada: \(csv.header.joined(separator: ", "))", en: "Columns: \(csv.header.joined(separator: ", "))"), argument: path)
      }
      var out: [StringerBound.Item] = []
      for (i, row) in csv.rows.enumerated() {
        func amount(_ k: Int) throws -> Int64 {
          if k < row.count, let v = SimpleCSV.money(row[k]) { return v }
          let found = k < row.count && !row[k].isEmpty ? "`\(row[k])`" : nil
          throw UserError(
            Text(
              "Baris \(csv.lines[i]) berkas: \(found ?? "sel kosong") di kolom \(csv.header[k]) bukan jumlah.",
              en: "Line \(csv.lines[i]) of the file: \(found ?? "an empty cell") in column \(csv.header[k]) is not an amount."),
            hint: Text(
              "Jumlah ditulis seperti 1250000, 1.250.000 atau Rp 1.250.000,50.",
              en: "Amounts are written like 1250000, 1.250.000 or Rp 1,250,000.50."),
            argument: path)
        }
        out.append(StringerBound.Item(book: try amount(bi), audited: try amount(ai), key: row.first ?? ""))
      }
      return (out, nil)
    }
    guard let t = inv.input else {
      throw UserError(
        Text("Alirkan tabel hasil pemeriksaan atau beri --berkas.", en: "Pipe the results table or give --file."),
        hint: Text("Contoh: `sampel evaluasi --berkas hasil.csv --interval 1jt`", en: "For example: `sample evaluate --file results.csv --interval 1jt`"))
    }
    guard let book = bookNames.lazy.compactMap({ t.column($0) }).first else { throw UserError.missingColumn(bookNames.first ?? "nilai_buku", table: t) }
    guard let audited = auditNames.lazy.compactMap({ t.column($0) }).first else { throw UserError.missingColumn("nilai_audit", table: t) }
    func sen(_ c: Column, _ r: Int) -> Int64? {
      guard !c.isNull(r), let a = c.int64s else { return nil }
      return c.type == .money ? a[r] : Money(rupiah: a[r]).sen
    }
    var out: [StringerBound.Item] = []
    for r in 0..<t.rowCount {
      guard let b = sen(book, r), let a = sen(audited, r) else { continue }
      out.append(StringerBound.Item(book: b, audited: a, key: EvidenceKeys.key(of: t, row: r)))
    }
    return (out, t.metadata["audit.sample.interval"].flatMap { Int64($0) })
  }

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let L = inv.labels, lang = inv.language
    let (items, fromTable) = try items(inv)
    guard let interval = inv.arguments.money("interval")?.sen ?? fromTable, interval > 0 else {
      throw UserError(Text("Beri --interval J.", en: "Give --interval J."), argument: "interval")
    }
    let c = SampleSizeCommand.confidence(inv)
    let rf = try ReliabilityFactors.shared.get()
    let e = try StringerBound.evaluate(items, interval: interval) { try rf.factor($0, confidence: c) }
    func m(_ d: Double) -> Value { .money(Money(sen: Int64(d.rounded(.toNearestOrAwayFromZero)))) }
    var b = TableBuilder(
      L("evaluasi-sampel", "sample-evaluation"),
      [(L("arah", "direction"), .string), (L("butir_salah", "items_misstated"), .int), (L("strata_atas", "top_stratum"), .money),
       (L("proyeksi", "projected"), .money), (L("presisi_dasar", "basic_precision"), .money),
       (L("tambahan_presisi", "incremental_allowance"), .money), (L("batas_atas", "upper_limit"), .money)])
    for (name, s) in [(L("lebih saji", "overstatement"), e.overstatement), (L("kurang saji", "understatement"), e.understatement)] {
      b.append([.string(name), .int(Int64(s.count)), m(s.topStratum), m(s.projectedMisstatement), m(s.basicPrecision), m(s.incrementalAllowance), m(s.upperLimit)])
    }
    let table = b.build()
    var out = CommandOutput()
    out.blocks.append(.heading(L("Evaluasi sampel MUS", "MUS sample evaluation")))
    out.blocks.append(.table(table, title: nil))
    out.value = table
    var fields: [(String, String)] = [
      (L("Butir diperiksa", "Items examined"), String(items.count)),
      ("Interval J", ValueFormatter.money(Money(sen: interval), lang)),
      (L("Keyakinan", "Confidence"), ValueFormatter.percent(c, lang)),
      ("RF(0)", ValueFormatter.number(try rf.factor(0, confidence: c), decimals: 2, lang)),
    ]
    if let tm = inv.arguments.money("tolerable-misstatement") {
      let uml = e.overstatement.upperLimit
      let ok = uml <= Double(tm.sen)
      fields.append((L("Salah saji tertoleransi", "Tolerable misstatement"), ValueFormatter.money(tm, lang)))
      fields.append((L("Kesimpulan", "Conclusion"), ok
        ? L("batas atas ≤ toleransi: saldo wajar pada tingkat keyakinan ini", "upper limit ≤ tolerable: fairly stated at this confidence")
        : L("batas atas > toleransi: saldo mungkin salah saji material", "upper limit > tolerable: possibly materially misstated")))
      if !ok {
        out.findings.append(.audit(
          check, .high,
          Text(
            "Batas atas salah saji \(ValueFormatter.money(Money(sen: Int64(uml.rounded())), .id)) melebihi toleransi \(ValueFormatter.money(tm, .id))",
            en: "Upper misstatement limit \(ValueFormatter.money(Money(sen: Int64(uml.rounded())), .en)) exceeds the tolerable \(ValueFormatter.money(tm, .en))"),
          evidence: [Evidence(table: inv.input?.name ?? "sampel", keyColumn: "#", keys: items.filter { $0.book != $0.audited }.map(\.key))],
          amount: Money(sen: Int64(uml.rounded())),
          recommendation: Text(
            "Perluas pengujian atau minta koreksi; salah saji yang ditemukan harus dibukukan.",
            en: "Extend the testing or ask for corrections; the misstatements found must be booked.")))
        out.exceptions = 1
      }
    }
    out.blocks.append(.fields(fields))
    return out
  }
}

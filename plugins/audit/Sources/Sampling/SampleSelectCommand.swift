import AwasPluginKit

/// `sample TABLE --mus COLUMN --size N --seed S` and `sample TABLE --random N --seed S`.
enum SampleSelectCommand {
  static let check = AuditCheck(
    topic: "sample.mus", findingID: "audit.sample",
    names: Names("sampel", en: "sample"),
    summary: Text("sampel satuan moneter (MUS) atau sampel acak sederhana", en: "monetary-unit (MUS) or simple random sample"),
    method: Text(
      "MUS: P = Σ|nilai buku|, interval J = ⌈P / n⌉ sen, awal acak s ∈ [1, J] dari benih (atau --awal). Pada total berjalan, baris yang memuat satuan s, s + J, s + 2J, … terpilih; baris ≥ J selalu terpilih (bila kena lebih dari sekali, dihitung sekali dengan kolom mus_kena); nilai nol tidak pernah terpilih; nilai negatif ikut dengan nilai mutlaknya dan dilaporkan terpisah. --acak N: sampel acak sederhana tanpa pengembalian (Fisher–Yates). Benih dicetak; pembangkit acak SplitMix64 (lihat docs/audit-checks.md) memberi hasil yang sama di setiap versi.",
      en: "MUS: P = Σ|book value|, interval J = ⌈P / n⌉ sen, random start s ∈ [1, J] from the seed (or --start). On the running total, the rows holding units s, s + J, s + 2J, … are selected; rows ≥ J are always selected (a row hit more than once counts once, with the mus_hits column); zero values are never selected; negative values take part by their absolute value and are reported separately. --random N: a simple random sample without replacement (Fisher–Yates). The seed is printed; the SplitMix64 generator (see docs/audit-checks.md) gives the same sample in every version."),
    formulas: [
      "P = Σ|BV|;  J = ⌈P / n⌉;  s = 1 + (SplitMix64(seed) mod J)",
      Text("terpilih: baris i dengan cum(i−1) < s + kJ ≤ cum(i)", en: "selected: row i with cum(i−1) < s + kJ ≤ cum(i)"),
    ],
    parameters: [
      ParameterSpec(Names("tabel", en: "table"), .table, positional: true, help: Text("populasi", en: "the population")),
      ParameterSpec(Names("mus"), .column(types: [.money, .int]), help: Text("kolom nilai buku untuk MUS", en: "the book-value column for MUS")),
      ParameterSpec(Names("ukuran", en: "size"), .int(1...1_000_000), help: Text("ukuran sampel MUS", en: "the MUS sample size")),
      ParameterSpec(Names("interval"), .money, help: Text("interval J (ganti --ukuran)", en: "the interval J (instead of --size)")),
      ParameterSpec(Names("awal", en: "start"), .money, help: Text("awal tetap s (ACL FIXED)", en: "a fixed start s (ACL FIXED)")),
      ParameterSpec(Names("acak", en: "random"), .int(1...100_000_000), help: Text("sampel acak sederhana sebanyak N baris", en: "a simple random sample of N rows")),
      ParameterSpec(Names("benih", en: "seed"), .int(0...Int64.max), help: Text("benih pembangkit acak (dicetak bila tidak diberikan)", en: "the random seed (printed when not given)")),
    ],
    citation: Text(
      "AICPA Audit Guide: Audit Sampling (2017), bab MUS; ACL `SAMPLE` (docs/reference.md §7); Steele, Lea & Flood (2014) SplitMix",
      en: "AICPA Audit Guide: Audit Sampling (2017), MUS chapter; ACL `SAMPLE` (docs/reference.md §7); Steele, Lea & Flood (2014) SplitMix"),
    examples: [
      Example("sampel pinjaman --mus sisa --ukuran 60 --benih 7"), Example("sample angsuran --random 25 --seed 11"),
    ],
    acceptsInput: true,
    action: { inv in try run(inv) })

  static func seed(_ inv: Invocation) -> (UInt64, Bool) {
    if case .value(.int(let s))? = inv.arguments["seed"] { return (UInt64(s), true) }
    var g = SystemRandomNumberGenerator()
    return (g.next() >> 33, false)  // short enough to type back
  }

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let table = try inv.inputTable("table")
    if let n = inv.arguments.int("random") { return try random(table, n: n, inv) }
    guard inv.arguments.column("mus") != nil || inv.arguments.string("mus") != nil else {
      throw UserError(
        Text("Pilih --mus KOLOM (dengan --ukuran atau --interval) atau --acak N.", en: "Choose --mus COLUMN (with --size or --interval) or --random N."),
        hint: Text("Contoh: `sampel pinjaman --mus sisa --ukuran 60 --benih 7`", en: "For example: `sample pinjaman --mus sisa --size 60 --seed 7`"))
    }
    return try mus(table, inv)
  }

  static func random(_ table: Table, n: Int, _ inv: Invocation) throws -> CommandOutput {
    let L = inv.labels
    let (seed, given) = seed(inv)
    let picked = SampleMath.randomRows(count: table.rowCount, n: n, seed: seed)
    let order = picked.enumerated().sorted { $0.element < $1.element }
    var result = table.gather(order.map { Int32($0.element) })
    result = result.setting(Column.int64(L("urutan_acak", "draw_order"), .int, order.map { Int64($0.offset + 1) }))
    result.metadata["audit.sample.method"] = "random"
    result.metadata["audit.sample.seed"] = String(seed)
    var out = CommandOutput()
    out.blocks.append(.heading(L("Sampel acak — ", "Random sample — ") + table.name))
    out.blocks.append(.table(result, title: nil))
    out.value = result
    out.blocks.append(.fields([
      (L("Populasi", "Population"), "\(table.rowCount)"), (L("Ukuran", "Size"), "\(picked.count)"),
      (L("Benih", "Seed"), "\(seed)" + (given ? "" : L(" (dibuat; ulangi dengan --benih \(seed))", " (generated; repeat with --seed \(seed))"))),
      (L("Metode", "Method"), L("acak sederhana tanpa pengembalian, SplitMix64 + Fisher–Yates", "simple random without replacement, SplitMix64 + Fisher–Yates")),
    ]))
    return out
  }

  static func mus(_ table: Table, _ inv: Invocation) throws -> CommandOutput {
    let L = inv.labels, lang = inv.language
    let name = inv.arguments.column("mus")?.column ?? inv.arguments.string("mus").map { Invocation.parseRef($0).column } ?? ""
    guard let col = table.column(name) else { throw UserError.missingColumn(name, table: table) }
    guard let raw = col.int64s else {
      throw UserError(Text("Kolom `\(name)` bukan uang atau bilangan bulat.", en: "Column `\(name)` is not money or an integer."), argument: name)
    }
    let scale: Int64 = col.type == .money ? 1 : 100
    let values: [Int64?] = try (0..<table.rowCount).map { col.isNull($0) ? nil : try raw[$0].times(scale) }
    var population: Int64 = 0, negCount = 0, negSum: Int64 = 0, zeros = 0
    for v in values {
      guard let v else { continue }
      population = try population.plus(try v.checkedMagnitude())
      if v < 0 { negCount += 1; negSum = try negSum.plus(v) }
      if v == 0 { zeros += 1 }
    }
    guard population > 0 else {
      throw UserError(Text("Populasi bernilai nol; tidak ada yang bisa dipilih.", en: "The population is zero; nothing can be selected."))
    }
    let interval: Int64
    if let j = inv.arguments.money("interval") {
      interval = j.sen
    } else if let n = inv.arguments.int("size") {
      interval = (population + Int64(n) - 1) / Int64(n)
    } else {
      throw UserError(Text("Beri --ukuran N atau --interval J.", en: "Give --size N or --interval J."), argument: "size")
    }
    guard interval > 0, interval <= population else {
      throw UserError(
        Text("Interval harus lebih dari nol dan tidak melebihi populasi.", en: "The interval must be above zero and no larger than the population."),
        argument: "interval")
    }
    let (seed, given) = seed(inv)
    let start: Int64
    if let s = inv.arguments.money("start") {
      guard s.sen >= 1 && s.sen <= interval else {
        throw UserError(Text("--awal harus di antara 1 sen dan interval.", en: "--start must lie between 1 sen and the interval."), argument: "start")
      }
      start = s.sen
    } else {
      start = SampleMath.randomStart(interval: interval, seed: seed)
    }
    let hits = SampleMath.musSelect(values, interval: interval, start: start)
    var result = table.gather(hits.map { Int32($0.row) })
    result = result.setting(Column.money(L("mus_titik", "mus_point"), hits.map { Money(sen: $0.point) }))
    result = result.setting(Column.int64(L("mus_kena", "mus_hits"), .int, hits.map { Int64($0.hits) }))
    result = result.setting(Column.bool(L("strata_atas", "top_stratum"), hits.map { $0.topStratum }))
    result = result.setting(Column.bool(L("negatif", "negative"), hits.map { (values[$0.row] ?? 0) < 0 }))
    result.metadata["audit.sample.method"] = "mus"
    result.metadata["audit.sample.column"] = col.name
    result.metadata["audit.sample.interval"] = String(interval)
    result.metadata["audit.sample.start"] = String(start)
    result.metadata["audit.sample.seed"] = String(seed)
    result.metadata["audit.sample.population"] = String(population)
    let points = hits.reduce(0) { $0 + $1.hits }
    let top = hits.filter(\.topStratum).count
    var out = CommandOutput()
    out.blocks.append(.heading(L("Sampel satuan moneter — ", "Monetary-unit sample — ") + "\(table.name).\(col.name)"))
    out.blocks.append(.table(result, title: nil))
    out.value = result
    var fields: [(String, String)] = [
      (L("Populasi P = Σ|nilai|", "Population P = Σ|value|"), ValueFormatter.money(Money(sen: population), lang)),
      (L("Interval J", "Interval J"), ValueFormatter.money(Money(sen: interval), lang)),
      (L("Awal s", "Start s"), ValueFormatter.money(Money(sen: start), lang) + (inv.arguments.money("start") != nil ? L(" (tetap)", " (fixed)") : "")),
      (L("Benih", "Seed"), "\(seed)" + (given || inv.arguments.money("start") != nil ? "" : L(" (dibuat; ulangi dengan --benih \(seed))", " (generated; repeat with --seed \(seed))"))),
      (L("Titik terpilih", "Selection points"), "\(points)"),
      (L("Baris terpilih", "Rows selected"), "\(hits.count)" + (points > hits.count ? L(" (baris yang kena lebih dari sekali dihitung sekali)", " (rows hit more than once count once)") : "")),
      (L("Strata atas (≥ J, selalu terpilih)", "Top stratum (≥ J, always selected)"), "\(top)"),
      (L("Nilai nol (tidak pernah terpilih)", "Zero values (never selected)"), "\(zeros)"),
    ]
    if negCount > 0 {
      fields.append((L("Nilai negatif (ikut dengan nilai mutlak)", "Negative values (taken by absolute value)"), "\(negCount); Σ \(ValueFormatter.money(Money(sen: negSum), lang))"))
    }
    out.blocks.append(.fields(fields))
    return out
  }
}

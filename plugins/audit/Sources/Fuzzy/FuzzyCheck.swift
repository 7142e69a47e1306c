import AwasPluginKit

/// `check fuzzy anggota.nama`: near-duplicate members.
enum FuzzyCheck {
  static let check = AuditCheck(
    topic: "check.fuzzy", findingID: "audit.fuzzy",
    names: Names("mirip", en: "fuzzy"),
    summary: Text("anggota ganda dengan nama mirip (normalisasi nama Indonesia)", en: "near-duplicate members by name (Indonesian name normalisation)"),
    method: Text(
      "Nama dinormalkan: gelar (H., Hj., Ir., Drs., Dr., S.Pd., S.E., …) dibuang, Muhammad/Muhamad/Moh./Mhd./M. disamakan, ejaan lama dan varian (dj/j, tj/c, oe/u, ch/kh/h, y/i di akhir, huruf ganda) disatukan dalam kunci fonetik. Hanya pasangan dalam blok yang sama yang dibandingkan: NIK, telepon, KK, tanggal lahir NIK + jenis kelamin + huruf awal nama; blok nama saja (kunci nama lengkap, nama terakhir + inisial) hanya bila ambang skor ≤ 60, karena tanpa bukti identitas skor paling tinggi 60. Skor 0–100 = 60 × kemiripan nama (Jaro–Winkler) + bukti identitas; pasangan dengan skor ≥ ambang dilaporkan beserta alasannya.",
      en: "Names are normalised: titles (H., Hj., Ir., Drs., Dr., S.Pd., S.E., …) dropped, Muhammad/Muhamad/Moh./Mhd./M. made one, old and variant spellings (dj/j, tj/c, oe/u, ch/kh/h, final y/i, doubled letters) merged in a phonetic key. Only pairs within one block are compared: NIK, phone, family card, NIK birth date + sex + first letter of the name; the name-only blocks (full name key, last name + initial) only when the score threshold is 60 or less, since without identity evidence a pair scores at most 60. Score 0–100 = 60 × name similarity (Jaro–Winkler) + identity evidence; pairs scoring at least the threshold are reported with their reasons."),
    formulas: [
      Text("skor = 60·JW + 40 (NIK sama) / +10 (beda 1 digit) / −30 (NIK beda)", en: "score = 60·JW + 40 (same NIK) / +10 (one digit apart) / −30 (different NIK)"),
      Text("  +15 / −20 tanggal lahir NIK sama / beda; +20 telepon sama; +10 KK sama; −20 jenis kelamin beda", en: "  +15 / −20 same / different NIK birth date; +20 same phone; +10 same family card; −20 different sex"),
      Text("  NIK sama: skor paling rendah 80; hasil dibatasi 0–100", en: "  same NIK: score at least 80; clamped to 0–100"),
    ],
    parameters: [
      ParameterSpec(
        Names("kolom", en: "column"), .column(types: [.string]), positional: true, required: true,
        help: Text("kolom nama, mis. anggota.nama", en: "the name column, e.g. anggota.nama"))
    ],
    settings: [AuditSettings.fuzzyMinScore, AuditSettings.fuzzyMaxBlock],
    citation: Text(
      "Winkler (1990) Jaro–Winkler; Christen (2012), Data Matching, Springer (blocking); ejaan: EYD 1972 menggantikan ejaan Soewandi",
      en: "Winkler (1990) Jaro–Winkler; Christen (2012), Data Matching, Springer (blocking); spelling: EYD 1972 replacing the Soewandi spelling"),
    examples: [Example("periksa mirip anggota.nama"), Example("check fuzzy anggota.nama")],
    acceptsInput: true,
    action: { inv in try run(inv) })

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let ctx = inv.context, L = inv.labels, lang = inv.language
    let input = try inv.inputColumn("column", types: [.string])
    let table = input.table
    let nik = table.column("nik"), kk = table.column("no_kk")
    let phone = table.column("telepon") ?? table.column("hp") ?? table.column("no_hp")
    let sex = table.column("jenis_kelamin")
    var people: [FuzzyMatcher.Person] = []
    people.reserveCapacity(table.rowCount)
    for r in 0..<table.rowCount {
      people.append(FuzzyMatcher.Person(
        name: input.column.text(at: r) ?? "", nik: nik?.text(at: r), phone: phone?.text(at: r), kk: kk?.text(at: r),
        sex: sex?.text(at: r)))
    }
    let minScore = ctx.settingInt(AuditSettings.fuzzyMinScore)
    let result = FuzzyMatcher.matches(
      people, minScore: minScore, maxBlock: ctx.settingInt(AuditSettings.fuzzyMaxBlock), progress: ctx.progress)
    let key = EvidenceKeys.keyColumn(of: table)
    func keyOf(_ r: Int) -> String { key?.text(at: r) ?? String(r + 1) }
    let keyName = key?.name ?? "baris"
    var b = TableBuilder(
      L("mirip", "fuzzy"),
      [(L("skor", "score"), .int), (keyName + "_1", .string), (L("nama_1", "name_1"), .string), (keyName + "_2", .string),
       (L("nama_2", "name_2"), .string), (L("kemiripan_nama", "name_similarity"), .percent), (L("alasan", "reasons"), .string)])
    for m in result.matches {
      b.append([
        .int(Int64(m.score)), .string(keyOf(m.a)), .string(input.column.text(at: m.a) ?? ""), .string(keyOf(m.b)),
        .string(input.column.text(at: m.b) ?? ""), .percent((m.nameSimilarity * 1000).rounded() / 1000),
        .string(m.reasons.map { $0(lang) }.joined(separator: "; ")),
      ])
    }
    let pairs = b.build()
    var out = CommandOutput()
    out.blocks.append(.heading(L("Anggota mirip — ", "Near-duplicate members — ") + input.label))
    out.blocks.append(.table(pairs, title: nil))
    out.value = pairs
    var fields: [(String, String)] = [
      (L("Nama", "Names"), ValueFormatter.grouped(Int64(people.count), lang)),
      (L("Pasangan dibandingkan", "Pairs compared"), ValueFormatter.grouped(Int64(result.compared), lang)),
      (L("Pasangan dilaporkan (skor ≥ \(minScore))", "Pairs reported (score ≥ \(minScore))"), String(result.matches.count)),
      (L("Bukti identitas dipakai", "Identity evidence used"), [nik.map { _ in "nik" }, phone?.name, kk.map { _ in "no_kk" }, sex.map { _ in "jenis_kelamin" }].compactMap { $0 }.joined(separator: ", ")),
    ]
    if result.skippedBlocks > 0 {
      fields.append((
        L("Blok terlalu besar (dilewati)", "Blocks too large (skipped)"),
        L("\(result.skippedBlocks) blok, \(result.skippedRows) baris; naikkan audit.mirip.blok-maks", "\(result.skippedBlocks) blocks, \(result.skippedRows) rows; raise audit.fuzzy.max-block")))
    }
    out.blocks.append(.fields(fields))
    if !result.matches.isEmpty {
      var rows: [Int] = []
      for m in result.matches { rows += [m.a, m.b] }
      let strong = result.matches.contains { $0.score >= 90 }
      out.findings.append(.audit(
        check, strong ? .high : .medium,
        Text(
          "\(input.label): \(result.matches.count) pasangan anggota kemungkinan ganda",
          en: "\(input.label): \(counted(result.matches.count, "pair", "pairs")) of possibly duplicate members"),
        evidence: [EvidenceKeys.evidence(table, rows: rows)],
        recommendation: Text(
          "Cocokkan tiap pasangan dengan KTP/KK; gabungkan keanggotaan ganda dan periksa pinjaman atas nama keduanya.",
          en: "Check each pair against ID and family cards; merge duplicate memberships and review loans under both records.")))
    }
    out.exceptions = result.matches.count
    return out
  }
}

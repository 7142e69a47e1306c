import AwasPluginKit

/// `check nik anggota.nik`: the structure of every NIK.
enum NIKCheck {
  static let check = AuditCheck(
    topic: "check.nik", findingID: "audit.nik",
    names: Names("nik"),
    summary: Text("struktur NIK: 16 digit, kode wilayah, tanggal lahir, umur", en: "NIK structure: 16 digits, region code, birth date, age"),
    method: Text(
      "NIK = PP KK CC DDMMYY SSSS: provinsi (harus ada di provinsi.toml), kabupaten/kota dan kecamatan (bukan 00), tanggal lahir DDMMYY dengan DD + 40 untuk perempuan (dicocokkan dengan jenis_kelamin bila ada), nomor urut (bukan 0000). Abad tahun lahir dipilih agar tanggal lahir tidak sesudah tanggal acuan; umur pada tanggal_masuk (atau mulai, atau tanggal laporan) harus dalam batas wajar. NIK yang dipakai lebih dari satu baris juga dilaporkan. Baris tidak pernah ditolak karena NIK.",
      en: "NIK = PP KK CC DDMMYY SSSS: province (must be in provinsi.toml), regency/city and district (not 00), birth date DDMMYY with DD + 40 for women (checked against jenis_kelamin when present), serial (not 0000). The century of the birth year is chosen so the birth date is not after the reference date; the age at tanggal_masuk (or mulai, or the reporting date) must be plausible. A NIK used by more than one row is reported too. Rows are never rejected for a NIK."),
    formulas: [
      Text("perempuan ⇔ DD > 40; tanggal = DD − 40", en: "female ⇔ DD > 40; day = DD − 40"),
      Text("tahun = 2000 + YY bila tanggalnya ≤ tanggal acuan, selain itu 1900 + YY", en: "year = 2000 + YY if that date ≤ the reference date, else 1900 + YY"),
      Text("umur-min ≤ umur(tanggal acuan) ≤ umur-maks", en: "min-age ≤ age(reference date) ≤ max-age"),
    ],
    parameters: [
      ParameterSpec(
        Names("kolom", en: "column"), .column(types: [.string, .int]), positional: true, required: true,
        help: Text("kolom NIK, mis. anggota.nik", en: "the NIK column, e.g. anggota.nik"))
    ],
    settings: [AuditSettings.nikMinAge, AuditSettings.nikMaxAge],
    citation: Text(
      "UU 24/2013 Administrasi Kependudukan; Permendagri 72/2019 (kode wilayah); provinsi.toml",
      en: "UU 24/2013 on population administration; Permendagri 72/2019 (region codes); provinsi.toml"),
    examples: [Example("periksa nik anggota.nik"), Example("check nik pengurus.nik")],
    acceptsInput: true,
    action: { inv in try run(inv) })

  static func severity(_ p: NIK.Problem) -> Severity {
    switch p {
    case .shared: return .high
    case .empty, .sex: return .low
    default: return .medium
    }
  }

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let ctx = inv.context, L = inv.labels, lang = inv.language
    let input = try inv.inputColumn("column", types: [.string, .int])
    let table = input.table, nikCol = input.column
    let provinces = try NIK.provinces()
    let minAge = ctx.settingInt(AuditSettings.nikMinAge), maxAge = ctx.settingInt(AuditSettings.nikMaxAge)
    let sexCol = table.column("jenis_kelamin")
    let joinCol = table.column("tanggal_masuk") ?? table.column("mulai")
    let nameCol = table.column("nama")
    let fallback = ctx.dataset?.asOf

    // NIKs used by more than one row.
    var seen: [String: Int] = [:]
    for r in 0..<table.rowCount {
      if let s = nikCol.text(at: r)?.trimmingSpaces(), !s.isEmpty { seen[s, default: 0] += 1 }
    }

    var rows: [Int] = [], problemsOf: [[NIK.Problem]] = [], births: [Day?] = [], ages: [Int64?] = []
    var byProblem: [NIK.Problem: [Int]] = [:]
    for r in 0..<table.rowCount {
      let text = nikCol.text(at: r) ?? ""
      var problems: [NIK.Problem] = []
      var birth: Day?
      var age: Int64?
      switch NIK.parse(text) {
      case .failure(let p): problems.append(p)
      case .success(let nik):
        problems += nik.problems(provinces: provinces)
        if let sexCol, let sex = sexCol.text(at: r)?.trimmingSpaces().uppercased(), sex == "L" || sex == "P" {
          if (sex == "P") != nik.female { problems.append(.sex) }
        }
        let reference: Day? = joinCol.flatMap { c in c.isNull(r) ? nil : c.days.map { Day(serial: $0[r]) } } ?? fallback
        if let reference, !problems.contains(where: { [.month, .day, .date].contains($0) }), let b = nik.birthDate(reference: reference) {
          birth = b
          let a = NIK.age(born: b, on: reference)
          age = Int64(a)
          if a < minAge || a > maxAge { problems.append(.age) }
        }
      }
      if let s = Optional(text.trimmingSpaces()), !s.isEmpty, (seen[s] ?? 0) > 1 { problems.append(.shared) }
      if !problems.isEmpty {
        rows.append(r)
        problemsOf.append(problems)
        births.append(birth)
        ages.append(age)
        for p in problems { byProblem[p, default: []].append(r) }
      }
    }

    let gathered = rows.map(Int32.init)
    var cols: [Column] = []
    if let key = EvidenceKeys.keyColumn(of: table), key.name != nikCol.name { cols.append(key.gather(gathered)) }
    if let nameCol { cols.append(nameCol.gather(gathered)) }
    cols.append(nikCol.gather(gathered).renamed("nik"))
    cols.append(Column.date(L("lahir", "born"), births))
    cols.append(Column.int64(L("umur", "age"), .int, ages))
    cols.append(Column.string(L("alasan", "reason"), problemsOf.map { ps in ps.map { $0.label(lang) }.joined(separator: "; ") }))
    cols.append(Column.string(L("kode", "code"), problemsOf.map { ps in ps.map(\.rawValue).joined(separator: ",") }))
    let result = Table(name: L("nik-tidak-sah", "invalid-nik"), columns: cols, rowCount: rows.count)

    var out = CommandOutput()
    out.blocks.append(.heading(L("Struktur NIK — ", "NIK structure — ") + input.label))
    out.blocks.append(.table(result, title: nil))
    out.value = result
    var fields: [(String, String)] = [
      (L("Baris diperiksa", "Rows checked"), ValueFormatter.grouped(Int64(table.rowCount), lang)),
      (L("Baris bermasalah", "Rows with problems"), ValueFormatter.grouped(Int64(rows.count), lang)),
    ]
    for p in NIK.Problem.allCases { if let rs = byProblem[p] { fields.append(("  " + p.label(lang), String(rs.count))) } }
    out.blocks.append(.fields(fields))
    for p in NIK.Problem.allCases {
      guard let rs = byProblem[p] else { continue }
      out.findings.append(.audit(
        check, severity(p),
        Text("\(input.label): \(rs.count) baris — \(p.label.id)", en: "\(input.label): \(counted(rs.count, "row", "rows")) — \(p.label.en)"),
        evidence: [EvidenceKeys.evidence(table, rows: rs)],
        recommendation: Text(
          "Cocokkan dengan KTP/KK anggota dan perbaiki data keanggotaan.",
          en: "Check against the member's ID card and family card and correct the member register.")))
    }
    out.exceptions = rows.count
    return out
  }
}

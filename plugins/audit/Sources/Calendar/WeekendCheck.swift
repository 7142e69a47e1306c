import AwasPluginKit

/// `check weekend TABLE.DATECOLUMN`: postings on Sundays and holidays.
enum WeekendCheck {
  static let check = AuditCheck(
    topic: "check.weekend", findingID: "audit.weekend",
    names: Names("libur", en: "weekend"),
    summary: Text("transaksi pada hari Minggu dan hari libur nasional", en: "postings on Sundays and national holidays"),
    method: Text(
      "Menandai baris yang tanggalnya hari Minggu (Sabtu bila diatur), hari libur nasional, libur khusus (hari pemungutan suara) atau cuti bersama menurut libur.toml (2020–2026, SKB 3 Menteri). Tanggal di luar tahun-tahun itu hanya diperiksa hari Minggu/Sabtunya.",
      en: "Flags the rows dated on a Sunday (Saturday when set), a national holiday, a special holiday (election day) or cuti bersama per libur.toml (2020–2026, the joint ministerial decrees). Dates outside those years are checked for Sundays/Saturdays only."),
    parameters: [
      ParameterSpec(
        Names("kolom", en: "column"), .column(types: [.date]), positional: true, required: true,
        help: Text("kolom tanggal, mis. jurnal.tanggal", en: "the date column, e.g. jurnal.tanggal"))
    ],
    settings: [AuditSettings.weekendSaturday, AuditSettings.weekendCutiBersama],
    citation: Text(
      "SKB Menag, Menaker, MenPANRB tentang Hari Libur Nasional dan Cuti Bersama 2020–2026 (libur.toml)",
      en: "Joint decrees of the ministers of religious affairs, manpower and administrative reform on national holidays and cuti bersama 2020–2026 (libur.toml)"),
    examples: [Example("periksa libur jurnal.tanggal"), Example("check weekend angsuran.tanggal")],
    acceptsInput: true,
    action: { inv in try run(inv) })

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let ctx = inv.context, L = inv.labels, lang = inv.language
    let input = try inv.inputColumn("column", types: [.date])
    let table = input.table
    let calendar: HolidayCalendar
    switch HolidayCalendar.standard {
    case .success(let c): calendar = c
    case .failure(let e): throw UserError(Text("Daftar hari libur tidak terbaca: \(e)", en: "The holiday list cannot be read: \(e)"))
    }
    let saturday = ctx.settingBool(AuditSettings.weekendSaturday)
    let cuti = ctx.settingBool(AuditSettings.weekendCutiBersama)
    guard let days = input.column.days else { throw UserError.missingColumn(input.column.name, table: table) }

    var rows: [Int32] = [], dates: [Day?] = [], weekday: [String?] = [], kinds: [String?] = [], reasons: [String?] = []
    var byKind: [HolidayCalendar.Kind: [Int]] = [:]
    var outside = Set<Int>()
    // Memo per distinct day: ledgers repeat dates many times.
    var memo: [Int32: (HolidayCalendar.Kind, String?)?] = [:]
    for r in 0..<table.rowCount where !input.column.isNull(r) {
      let serial = days[r]
      let hit: (HolidayCalendar.Kind, String?)?
      if let m = memo[serial] { hit = m } else {
        let d = Day(serial: serial)
        if !calendar.years.contains(d.year) { outside.insert(d.year) }
        let c = calendar.closure(d, saturday: saturday, collectiveLeave: cuti)
        hit = c.map { ($0.kind, $0.name) }
        memo[serial] = .some(hit)
      }
      guard let (kind, name) = hit else { continue }
      let d = Day(serial: serial)
      rows.append(Int32(r))
      dates.append(d)
      weekday.append(HolidayCalendar.weekdayName(d, lang))
      kinds.append(kind.rawValue)
      reasons.append(name ?? kind.label(lang))
      byKind[kind, default: []].append(r)
    }
    var cols: [Column] = []
    if let key = EvidenceKeys.keyColumn(of: table) { cols.append(key.gather(rows)) }
    cols += [
      Column.date(input.column.name, dates), Column.string(L("hari", "weekday"), weekday),
      Column.string(L("jenis", "kind"), kinds), Column.string(L("alasan", "reason"), reasons),
    ]
    let result = Table(name: L("hari-libur", "holiday-postings"), columns: cols, rowCount: rows.count)
    var out = CommandOutput()
    out.blocks.append(.heading(L("Transaksi pada hari libur — ", "Postings on days off — ") + input.label))
    out.blocks.append(.table(result, title: nil))
    out.value = result
    var fields: [(String, String)] = [(L("Baris ditandai", "Rows flagged"), ValueFormatter.grouped(Int64(rows.count), lang))]
    for k in HolidayCalendar.Kind.allCases { if let rs = byKind[k] { fields.append(("  " + k.label(lang), String(rs.count))) } }
    if !outside.isEmpty {
      fields.append((
        L("Tahun di luar daftar libur", "Years outside the holiday list"),
        outside.sorted().map(String.init).joined(separator: ", ") + L(" (hanya Minggu/Sabtu)", " (Sundays/Saturdays only)")))
    }
    fields.append((L("Daftar libur", "Holiday list"), "libur.toml \(calendar.years.lowerBound)–\(calendar.years.upperBound)"))
    out.blocks.append(.fields(fields))

    let weekendRows = (byKind[.sunday] ?? []) + (byKind[.saturday] ?? [])
    let holidayRows = (byKind[.national] ?? []) + (byKind[.special] ?? []) + (byKind[.collectiveLeave] ?? [])
    for (rs, what) in [(weekendRows, Text("akhir pekan", en: "weekend")), (holidayRows, Text("hari libur", en: "holidays"))] where !rs.isEmpty {
      out.findings.append(.audit(
        check, .medium,
        Text("\(input.label): \(rs.count) baris tercatat pada \(what.id)", en: "\(input.label): \(counted(rs.count, "row", "rows")) dated on \(what.en)"),
        evidence: [EvidenceKeys.evidence(table, rows: rs.sorted())],
        recommendation: Text(
          "Tanyakan siapa yang mencatat dan mengapa kantor buka; cocokkan dengan bukti fisik dan absensi.",
          en: "Ask who recorded them and why the office was open; match them to source documents and attendance.")))
    }
    out.exceptions = rows.count
    return out
  }
}

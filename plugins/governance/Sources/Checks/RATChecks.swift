import AwasPluginKit

/// RAT held, on time, and the annual report ready before it (rat.csv).
enum RATChecks {
  /// 30 June (end of month `months`) of the year after `year`.
  static func deadline(_ year: Int, months: Int) -> Day? {
    Day(year: year + 1, month: 1, day: 1)?.adding(months: months).adding(days: -1)
  }

  /// The latest book year whose RAT deadline has passed at `asOf`.
  static func lastDueYear(_ asOf: Day, months: Int) -> Int {
    var y = asOf.year
    while let d = deadline(y, months: months), d > asOf { y -= 1 }
    return y
  }

  static func held(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let months = Int(item.number("bulan", default: 6))
    let year = lastDueYear(c.asOf, months: months)
    let (rat, why) = c.table("rat", needs: ["tahun_buku", "tanggal_rat"])
    guard let rat, let tb = rat.column("tahun_buku"), let tgl = rat.column("tanggal_rat") else {
      return .ask(why ?? "", fill: ["tahun": "\(year)"])
    }
    for r in 0..<rat.rowCount where yearOf(tb, r) == year {
      if let d = tgl.day(r), d <= c.asOf {
        return .pass(Text("RAT tahun buku \(year) diadakan \(d)", en: "RAT for book year \(year) held on \(d)"), fill: ["tahun": "\(year)"])
      }
    }
    return .fail(
      Text("tidak ada RAT untuk tahun buku \(year) (tenggat \(deadline(year, months: months).map(\.description) ?? "-"))",
           en: "no RAT for book year \(year) (due \(deadline(year, months: months).map(\.description) ?? "-"))"),
      rat, rows: Array(0..<rat.rowCount), key: "tahun_buku", fill: ["tahun": "\(year)"])
  }

  static func yearOf(_ c: Column, _ r: Int) -> Int? {
    switch c.value(at: r) {
    case .int(let i): return Int(i)
    case .string(let s): return Int(s.trimmingSpaces())
    case .double(let d): return Int(d)
    default: return nil
    }
  }

  static func onTime(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let months = Int(item.number("bulan", default: 6))
    let (rat, why) = c.table("rat", needs: ["tahun_buku", "tanggal_rat"])
    guard let rat, let tb = rat.column("tahun_buku"), let tgl = rat.column("tanggal_rat") else { return .ask(why ?? "") }
    var late: [Int] = []
    var checked = 0
    for r in 0..<rat.rowCount {
      guard let y = yearOf(tb, r), let d = tgl.day(r), let due = deadline(y, months: months) else { continue }
      checked += 1
      if d > due { late.append(r) }
    }
    if checked == 0 { return .notApplicable(Text("rat.csv tidak memuat RAT bertanggal", en: "rat.csv holds no dated RAT")) }
    if late.isEmpty {
      return .pass(Text("\(checked) RAT, semua paling lambat \(months) bulan setelah tutup buku", en: checked == 1 ? "1 RAT, within \(months) months of the year end" : "\(checked) RATs, all within \(months) months of the year end"))
    }
    let years = late.compactMap { yearOf(tb, $0) }.map(String.init).joined(separator: ", ")
    return .fail(
      Text("RAT terlambat untuk tahun buku \(years)", en: "late RAT for book year \(years)"), rat, rows: late, key: "tahun_buku")
  }

  static func report(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let months = Int(item.number("bulan", default: 1))
    let (rat, why) = c.table("rat", needs: ["tahun_buku", "tanggal_rat", "tanggal_laporan_selesai"])
    guard let rat, let tb = rat.column("tahun_buku"), let tgl = rat.column("tanggal_rat"),
      let ready = rat.column("tanggal_laporan_selesai")
    else { return .ask(why ?? "") }
    var late: [Int] = [], unknown: [Int] = []
    for r in 0..<rat.rowCount {
      guard let d = tgl.day(r) else { continue }
      guard let done = ready.day(r) else {
        unknown.append(r)
        continue
      }
      if done > d.adding(months: -months) { late.append(r) }
    }
    let years = { (rows: [Int]) in rows.compactMap { yearOf(tb, $0) }.map(String.init).joined(separator: ", ") }
    if !late.isEmpty {
      return .fail(
        Text("laporan tahunan kurang dari \(months) bulan sebelum RAT: tahun buku \(years(late))",
             en: "annual report less than \(counted(months, "month", "months")) before the RAT: book year \(years(late))"),
        rat, rows: late, key: "tahun_buku")
    }
    if !unknown.isEmpty {
      return .ask(Text("tanggal_laporan_selesai kosong untuk tahun buku \(years(unknown))",
                       en: "tanggal_laporan_selesai is empty for book year \(years(unknown))"))
    }
    if rat.rowCount == 0 { return .notApplicable(Text("rat.csv kosong", en: "rat.csv is empty")) }
    return .pass(Text("laporan selesai ≥ \(months) bulan sebelum setiap RAT", en: "report ready ≥ \(counted(months, "month", "months")) before every RAT"))
  }
}

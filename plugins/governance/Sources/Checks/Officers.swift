import AwasPluginKit

/// One row of pengurus.csv.
struct Officer: Sendable {
  var row: Int
  var nama: String
  var organ: String
  var nik: String?
  var noAnggota: String?
  var noKK: String?
  var mulai: Day?
  var selesai: Day?
  var sertifikat: String?
  var berlaku: Day?

  /// Whether the term covers `day` (no start date counts as serving).
  func serving(at day: Day) -> Bool {
    if let m = mulai, m > day { return false }
    if let s = selesai, s < day { return false }
    return true
  }

  /// Who the person is: the NIK, else the member number, else the name.
  var person: String { nik ?? noAnggota.map { "anggota:\($0)" } ?? "nama:\(nama.lowercased())" }

  /// Whether two terms overlap (open ends run forever).
  func overlaps(_ o: Officer) -> Bool {
    let a0 = mulai?.serial ?? .min, a1 = selesai?.serial ?? .max
    let b0 = o.mulai?.serial ?? .min, b1 = o.selesai?.serial ?? .max
    return a0 <= b1 && b0 <= a1
  }
}

extension GovContext {
  /// The officers of pengurus.csv, or why they cannot be read. The family card
  /// comes from pengurus.csv, else from anggota.csv by no_anggota.
  func officers() -> ([Officer], Table?, Text?) {
    let (t, why) = table("pengurus", needs: ["organ"])
    guard let t, let organ = t.column("organ") else { return ([], nil, why) }
    let col = { (n: String) in t.column(n) }
    let nama = col("nama"), nik = col("nik"), no = col("no_anggota"), kk = col("no_kk"), mulai = col("mulai")
    let selesai = col("selesai"), sert = col("sertifikat"), berlaku = col("sertifikat_berlaku_sampai")
    var kkByMember: [String: String] = [:]
    if let a = dataset.table("anggota"), let an = a.column("no_anggota"), let ak = a.column("no_kk") {
      for r in 0..<a.rowCount { if let k = an.string(at: r), let v = ak.string(at: r), !v.isEmpty { kkByMember[k] = v } }
    }
    func text(_ c: Column?, _ r: Int) -> String? {
      guard let s = c?.string(at: r)?.trimmingSpaces(), !s.isEmpty else { return nil }
      return s
    }
    var out: [Officer] = []
    for r in 0..<t.rowCount {
      let member = text(no, r)
      out.append(Officer(
        row: r, nama: text(nama, r) ?? "", organ: text(organ, r)?.lowercased() ?? "", nik: text(nik, r), noAnggota: member,
        noKK: text(kk, r) ?? member.flatMap { kkByMember[$0] }, mulai: mulai?.day(r), selesai: selesai?.day(r),
        sertifikat: text(sert, r), berlaku: berlaku?.day(r)))
    }
    return (out, t, nil)
  }
}

/// Terms, dual roles, family ties, certificates (pengurus.csv).
enum OfficerChecks {
  static func term(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let years = Int(item.number("tahun", default: 5))
    let organ = item.string("organ", default: "pengurus")
    let (all, t, why) = c.officers()
    guard let t else { return .ask(why ?? "") }
    let rows = all.filter { $0.organ == organ }
    if rows.isEmpty { return .notApplicable(Text("tidak ada \(organ) di pengurus.csv", en: "no \(organ) in pengurus.csv")) }
    var over: [Int] = []
    var unknown = 0
    for o in rows {
      guard let m = o.mulai else {
        unknown += 1
        continue
      }
      let end = o.selesai ?? c.asOf
      if end > m.adding(months: 12 * years) { over.append(o.row) }
    }
    if !over.isEmpty {
      let names = over.map { all[$0].nama }.joined(separator: ", ")
      return .fail(
        Text("masa jabatan lebih dari \(years) tahun: \(names)", en: "term longer than \(years) years: \(names)"),
        t, rows: over, key: "nama")
    }
    if unknown > 0 {
      return .ask(Text("\(unknown) \(organ) tanpa tanggal mulai", en: "\(unknown) \(organ) without a start date"))
    }
    return .pass(Text("\(rows.count) masa jabatan \(organ), semua ≤ \(years) tahun", en: rows.count == 1 ? "1 \(organ) term, ≤ \(years) years" : "\(rows.count) \(organ) terms, all ≤ \(years) years"))
  }

  static func dualRole(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let (all, t, why) = c.officers()
    guard let t else { return .ask(why ?? "") }
    let pengurus = all.filter { $0.organ == "pengurus" }, pengawas = all.filter { $0.organ == "pengawas" }
    var rows: [Int] = []
    for a in pengurus {
      for b in pengawas where a.overlaps(b) {
        let same = (a.nik != nil && a.nik == b.nik) || (a.noAnggota != nil && a.noAnggota == b.noAnggota)
        if same {
          for r in [a.row, b.row] where !rows.contains(r) { rows.append(r) }
        }
      }
    }
    if rows.isEmpty {
      return .pass(Text("\(pengurus.count) pengurus dan \(pengawas.count) pengawas, tidak ada yang rangkap",
                        en: "\(pengurus.count) pengurus and \(pengawas.count) pengawas, no dual role"))
    }
    let names = Set(rows.map { all[$0].nama }).sorted().joined(separator: ", ")
    return .fail(Text("pengurus sekaligus pengawas: \(names)", en: "both pengurus and pengawas: \(names)"), t, rows: rows, key: "nama")
  }

  static func family(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let (all, t, why) = c.officers()
    guard let t else { return .ask(why ?? "") }
    let serving = all.filter { ["pengurus", "pengawas", "manajer"].contains($0.organ) && $0.serving(at: c.asOf) }
    var byKK: [String: [Officer]] = [:]
    for o in serving { if let k = o.noKK { byKK[k, default: []].append(o) } }
    var rows: [Int] = []
    for (_, group) in byKK.sorted(by: { $0.key < $1.key }) where Set(group.map(\.person)).count > 1 {
      rows += group.map(\.row)
    }
    if !rows.isEmpty {
      let names = rows.map { "\(all[$0].nama) (\(all[$0].organ))" }.joined(separator: ", ")
      return .fail(Text("satu kartu keluarga: \(names)", en: "one family card: \(names)"), t, rows: rows, key: "nama")
    }
    let noKK = serving.filter { $0.noKK == nil }.count
    if noKK > 0 {
      return .ask(Text("\(noKK) pejabat tanpa no_kk (di pengurus.csv maupun anggota.csv)", en: "\(counted(noKK, "officer", "officers")) without no_kk (in pengurus.csv or anggota.csv)"))
    }
    return .pass(Text("\(serving.count) pejabat, kartu keluarga berbeda semua", en: "\(counted(serving.count, "officer", "officers")), all on different family cards"))
  }

  static func manager(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let lends = [.ksp, .usp, .kspps, .uspps].contains(c.info.jenis) || c.dataset.table("pinjaman") != nil
    guard lends else { return .notApplicable(Text("bukan usaha simpan pinjam", en: "not a savings-and-loan business")) }
    let (all, t, why) = c.officers()
    guard let t else { return .ask(why ?? "") }
    let managers = all.filter { $0.organ == "manajer" && $0.serving(at: c.asOf) }
    if managers.isEmpty {
      return .notApplicable(Text("tidak ada manajer yang menjabat per \(c.asOf) di pengurus.csv", en: "no manager serving at \(c.asOf) in pengurus.csv"))
    }
    let bad = managers.filter { $0.sertifikat == nil || ($0.berlaku.map { $0 < c.asOf } ?? false) }
    if !bad.isEmpty {
      let names = bad.map { "\($0.nama) (\($0.sertifikat == nil ? "tanpa sertifikat" : "berlaku sampai \($0.berlaku?.description ?? "-")"))" }
      let namesEn = bad.map { "\($0.nama) (\($0.sertifikat == nil ? "no certificate" : "valid until \($0.berlaku?.description ?? "-")"))" }
      return .fail(Text("manajer tanpa sertifikat berlaku: " + names.joined(separator: ", "), en: "manager without a valid certificate: " + namesEn.joined(separator: ", ")),
                   t, rows: bad.map(\.row), key: "nama")
    }
    if managers.contains(where: { $0.berlaku == nil }) {
      return .ask(Text("masa berlaku sertifikat manajer tidak tercatat", en: "the manager's certificate validity is not recorded"))
    }
    return .pass(Text("\(managers.count) manajer, sertifikat berlaku per \(c.asOf)", en: managers.count == 1 ? "1 manager, certificate valid at \(c.asOf)" : "\(managers.count) managers, certificates valid at \(c.asOf)"))
  }

  /// Pengurus and pengawas without a valid certificate are noted, never failed (disputed rule).
  static func boardCertificates(_ c: GovContext, _ item: GovItem) -> ItemOutcome {
    let (all, t, why) = c.officers()
    guard let t else { return .ask(why ?? "") }
    let board = all.filter { ["pengurus", "pengawas"].contains($0.organ) && $0.serving(at: c.asOf) }
    let without = board.filter { $0.sertifikat == nil || ($0.berlaku.map { $0 < c.asOf } ?? false) }
    if without.isEmpty {
      return .pass(Text("\(board.count) pengurus/pengawas bersertifikat", en: "\(board.count) pengurus/pengawas certified"))
    }
    var o = ItemOutcome.fail(
      Text("\(without.count) dari \(board.count) pengurus/pengawas tanpa sertifikat berlaku", en: "\(without.count) of \(board.count) pengurus/pengawas without a valid certificate"),
      t, rows: without.map(\.row), key: "nama")
    o.status = .noted
    return o
  }
}

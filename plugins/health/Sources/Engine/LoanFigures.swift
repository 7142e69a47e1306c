import AwasPluginKit

/// Figures from the loan ledger (`pinjaman` with its derived columns) that
/// formulas name as `pinjaman.*` (docs/health.md, "loan figures").
///
/// A loan counts when its `status` is not `hapus_buku` (written-off loans are
/// not outstanding) and it was disbursed on or before the as-of date. Amounts
/// are the recomputed `sisa`.
struct LoanFigures: Sendable {
  static let names = [
    "pinjaman.sisa", "pinjaman.anggota", "pinjaman.non_anggota", "pinjaman.lancar", "pinjaman.kl", "pinjaman.d",
    "pinjaman.m", "pinjaman.pb", "pinjaman.berisiko", "pinjaman.pencairan", "pinjaman.orang_dalam",
  ]

  /// Sums of `sisa` by class, membership, risk and insider status.
  var byClass: [String: Money] = [:]
  var countByClass: [String: Int] = [:]
  var total = Money.zero
  var count = 0
  var members: Money?
  var memberCount = 0
  var risky: Money?
  var insiders: Money?
  var disbursed: Money?
  var disbursedCount = 0
  var netOfCollateralByClass: [String: Money]?
  /// Why the ledger (or a column of it) cannot give a figure.
  var unavailable: Text?
  var missingColumn: [String: Text] = [:]
  let year: Int
  let asOf: Day

  static let classes = ["lancar", "kurang_lancar", "diragukan", "macet"]

  init(dataset: Dataset, year: Int) {
    self.year = year
    self.asOf = dataset.asOf
    guard let t = dataset.table("pinjaman") else {
      unavailable = Text("tabel pinjaman tidak ada di dataset", en: "the dataset has no pinjaman table")
      return
    }
    guard let sisa = t.column("sisa"), let sen = sisa.int64s else {
      unavailable = Text("pinjaman tidak punya kolom sisa (uang)", en: "pinjaman has no money column sisa")
      return
    }
    let status = t.column("status"), cair = t.column("tanggal_cair"), kol = t.column("kolektibilitas")
    let risk = t.column("berisiko"), insider = t.column("orang_dalam")
    let jaminan = t.column("nilai_jaminan"), plafon = t.column("plafon")
    let member = MemberIndex(dataset: dataset)
    if kol == nil { missingColumn["kolektibilitas"] = Self.noColumn("kolektibilitas") }
    if risk?.bools == nil { missingColumn["berisiko"] = Self.noColumn("berisiko") }
    if insider?.bools == nil { missingColumn["orang_dalam"] = Self.noColumn("orang_dalam") }
    if cair?.days == nil { missingColumn["tanggal_cair"] = Self.noColumn("tanggal_cair") }
    if plafon?.int64s == nil { missingColumn["plafon"] = Self.noColumn("plafon") }
    if let why = member.unavailable { missingColumn["anggota"] = why }
    let cairDays = cair?.days, plafonSen = plafon?.int64s, jaminanSen = jaminan?.int64s
    let riskBools = risk?.bools, insiderBools = insider?.bools, noAnggota = t.column("no_anggota")
    var nulls = 0
    var members = Money.zero, risky = Money.zero, insiders = Money.zero, disbursed = Money.zero
    var net: [String: Money] = [:]
    var unknownClass: Set<String> = []
    for r in 0..<t.rowCount {
      let st = status?.string(at: r)?.lowercased() ?? "aktif"
      let day = cairDays.flatMap { cair?.isNull(r) == false ? Day(serial: $0[r]) : nil }
      if let d = day, d.year == year, let p = plafonSen, plafon?.isNull(r) == false {
        disbursed += Money(sen: p[r])
        disbursedCount += 1
      }
      if st == "hapus_buku" { continue }
      if let d = day, d > asOf { continue }
      guard !sisa.isNull(r) else {
        nulls += 1
        continue
      }
      let m = Money(sen: sen[r])
      if m.sen == 0 { continue }
      total += m
      count += 1
      if let k = kol?.string(at: r)?.lowercased() {
        if Self.classes.contains(k) {
          byClass[k, default: .zero] += m
          countByClass[k, default: 0] += 1
          let collateral = jaminanSen.flatMap { jaminan?.isNull(r) == false ? $0[r] : nil } ?? 0
          net[k, default: .zero] += Money(sen: max(0, m.sen - collateral))
        } else {
          unknownClass.insert(k)
        }
      } else if kol != nil {
        unknownClass.insert("(kosong)")
      }
      if let b = riskBools, risk?.isNull(r) == false, b[r] { risky += m }
      if let b = insiderBools, insider?.isNull(r) == false, b[r] { insiders += m }
      if member.isMember(noAnggota?.string(at: r), disbursed: day) {
        members += m
        memberCount += 1
      }
    }
    if nulls > 0 {
      unavailable = Text("sisa kosong pada \(nulls) pinjaman", en: "sisa is empty for \(nulls) loans")
    }
    if !unknownClass.isEmpty {
      let list = unknownClass.sorted().joined(separator: ", ")
      missingColumn["kolektibilitas"] = Text(
        "kolektibilitas tidak dikenal: \(list)", en: "unknown kolektibilitas: \(list)")
    }
    self.members = missingColumn["anggota"] == nil ? members : nil
    self.risky = missingColumn["berisiko"] == nil ? risky : nil
    self.insiders = missingColumn["orang_dalam"] == nil ? insiders : nil
    self.disbursed = missingColumn["tanggal_cair"] == nil && missingColumn["plafon"] == nil ? disbursed : nil
    netOfCollateralByClass = jaminanSen == nil ? nil : net
  }

  static func noColumn(_ c: String) -> Text {
    Text("pinjaman tidak punya kolom \(c)", en: "pinjaman has no column \(c)")
  }
}

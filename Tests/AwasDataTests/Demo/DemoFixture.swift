import Foundation
@testable import AwasData

/// One demo dataset (seed 7, 2,000 loans) generated once per test run and
/// read back with the test CSV reader.
struct DemoData: Sendable {
  let folder: String
  let anggota, pengurus, pinjaman, angsuran, simpanan, neraca, phu, jurnal, rat: [[String: String]]
  let planted: [PlantedAnomaly]

  init(folder: String) throws {
    self.folder = folder
    func t(_ n: String) throws -> [[String: String]] { try CSVTestReader.table(folder, n) }
    anggota = try t("anggota")
    pengurus = try t("pengurus")
    pinjaman = try t("pinjaman")
    angsuran = try t("angsuran")
    simpanan = try t("simpanan")
    neraca = try t("neraca")
    phu = try t("phu")
    jurnal = try t("jurnal")
    rat = try t("rat")
    planted = try PlantedAnomaly.load(fromFolder: folder)
  }

  struct FixtureError: Error, Sendable { let message: String }

  static let shared: Result<DemoData, FixtureError> = {
    do {
      let dir = temporaryFolder("fixture")
      try DemoGenerator(seed: 7, loans: 2000).write(to: dir)
      return .success(try DemoData(folder: dir))
    } catch {
      return .failure(FixtureError(message: "\(error)"))
    }
  }()

  static func load() throws -> DemoData { try shared.get() }

  /// Keys of every planted anomaly of `kind`.
  func keys(_ kind: PlantedAnomaly.Kind) -> Set<String> {
    Set(planted.filter { $0.kind == kind.rawValue }.flatMap(\.keys))
  }

  func entries(_ kind: PlantedAnomaly.Kind) -> [PlantedAnomaly] {
    planted.filter { $0.kind == kind.rawValue }
  }

  /// Principal paid per loan.
  var paidByLoan: [String: Int64] {
    var paid: [String: Int64] = [:]
    for a in angsuran { paid[a["no_pinjaman"] ?? "", default: 0] += rupiah(a["pokok"]) }
    return paid
  }

  /// neraca (or phu) saldo by pos: (lalu, kini).
  func balances(_ rows: [[String: String]]) -> [String: (Int64, Int64)] {
    var out: [String: (Int64, Int64)] = [:]
    for r in rows { out[r["pos"] ?? ""] = (rupiah(r["saldo_lalu"]), rupiah(r["saldo_kini"])) }
    return out
  }
}

/// A fresh folder under the system's temporary directory.
func temporaryFolder(_ name: String) -> String {
  FileManager.default.temporaryDirectory
    .appendingPathComponent("awas-demo-\(name)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))").path
}

extension Day {
  init(text: String?) {
    self = Day(iso: text ?? "") ?? Day(serial: 0)
  }
}

/// The loan as the generator planned it, rebuilt from a pinjaman row (for schedules).
func demoLoan(_ row: [String: String]) -> DemoLoan {
  let method: LoanMethod = row["metode"] == "anuitas" ? .anuitas : row["metode"] == "menurun" ? .menurun : .flat
  let rate = Int(((Double(row["bunga_persen_bulan"] ?? "") ?? 0) * 100).rounded())
  return DemoLoan(
    date: Day(text: row["tanggal_cair"]).serial, plafon: rupiah(row["plafon"]), member: 0,
    rateBP: UInt16(rate), petugas: 0, tenor: UInt8(Int(row["tenor_bulan"] ?? "") ?? 1), method: method)
}

/// Days past due at `asOf`: from the due date of the oldest installment whose
/// cumulative principal the principal paid does not cover (0 if none is due).
func daysPastDue(_ row: [String: String], paid: Int64, asOf: Day) -> Int {
  var s = DemoSchedule()
  s.compute(demoLoan(row))
  var cumulative: Int64 = 0
  for k in s.principal.indices {
    cumulative += s.principal[k]
    if s.due[k] <= asOf.serial && paid < cumulative { return Int(asOf.serial - s.due[k]) }
  }
  return 0
}

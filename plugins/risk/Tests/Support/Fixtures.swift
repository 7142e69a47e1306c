import AwasPluginKit
import Testing

@testable import AwasRiskPlugin

/// Amount in sen from whole rupiah.
func rp(_ rupiah: Int64) -> Int64 { rupiah * 100 }

/// 1 juta rupiah in sen.
func jt(_ juta: Int64) -> Int64 { juta * 1_000_000 * 100 }

func day(_ s: String) -> Day { Day(iso: s)! }

/// One loan of the portfolio fixture, derived columns set by hand.
struct LoanRow {
  var no: String, anggota: String, cair: String, plafon: Int64
  var sisa: Int64?, dpd: Int64?, kelas: String?, tercatat: String?
  var jaminan: Int64 = 0, status = "aktif", restruktur = false, petugas = "Budi", metode = "flat"
  var orangDalam = false
}

/// The portfolio fixture at 2025-12-31 (amounts in juta rupiah):
///
/// | loan | member | sisa | dpd | class (recomputed / booked) | collateral | note |
/// |------|--------|------|-----|-----------------------------|------------|------|
/// | P01  | A01 | 6  | 0   | L / L   | 0 | partial payments (plafon 12) |
/// | P02  | A02 | 10 | 45  | L / L   | 5 | no payment yet |
/// | P03  | A03 | 8  | 120 | KL / L  | 2 | restructured |
/// | P04  | A04 | 4  | 200 | D / KL  | 4 | insider |
/// | P05  | A05 | 6  | 400 | M / L   | 0 | insider |
/// | P06  | A01 | 0  | 0   | L / L   | 0 | prepaid (lunas) |
/// | P07  | A06 | 2,5| 500 | M / M   | 0 | hapus_buku |
/// | P08  | A07 | –  | –   | –       | 0 | disbursed 2026-01-10 (after the as-of date) |
/// | P09  | A01 | 2  | 1   | L / L   | 0 | PAR1 boundary |
/// | P10  | A08 | 5  | 30  | L / L   | 0 | PAR30 boundary (not in) |
/// | P11  | A09 | 3  | 90  | L / L   | 0 | PAR90 boundary (not in); L ≤ 90 |
/// | P12  | A10 | 1  | 91  | KL / KL | 0 | PAR90 boundary (in); member not in anggota |
///
/// Active: P01–P05, P09–P12 = 9 loans, 6+10+8+4+6+2+5+3+1 = 45 juta.
let fixtureLoans: [LoanRow] = [
  LoanRow(no: "P01", anggota: "A01", cair: "2025-01-15", plafon: jt(12), sisa: jt(6), dpd: 0, kelas: "lancar", tercatat: "Lancar"),
  LoanRow(no: "P02", anggota: "A02", cair: "2025-03-10", plafon: jt(10), sisa: jt(10), dpd: 45, kelas: "lancar", tercatat: "L", jaminan: jt(5), metode: "anuitas"),
  LoanRow(no: "P03", anggota: "A03", cair: "2024-06-01", plafon: jt(20), sisa: jt(8), dpd: 120, kelas: "kurang_lancar", tercatat: "lancar", jaminan: jt(2), restruktur: true, petugas: "Citra"),
  LoanRow(no: "P04", anggota: "A04", cair: "2024-01-01", plafon: jt(5), sisa: jt(4), dpd: 200, kelas: "diragukan", tercatat: "Kurang Lancar", jaminan: jt(4), petugas: "Citra", metode: "menurun", orangDalam: true),
  LoanRow(no: "P05", anggota: "A05", cair: "2023-05-01", plafon: jt(6), sisa: jt(6), dpd: 400, kelas: "macet", tercatat: "lancar", petugas: "Citra", orangDalam: true),
  LoanRow(no: "P06", anggota: "A01", cair: "2025-06-01", plafon: jt(4), sisa: 0, dpd: 0, kelas: "lancar", tercatat: "lancar", status: "lunas"),
  LoanRow(no: "P07", anggota: "A06", cair: "2023-01-01", plafon: jt(3), sisa: rp(2_500_000), dpd: 500, kelas: "macet", tercatat: "macet", status: "hapus_buku"),
  LoanRow(no: "P08", anggota: "A07", cair: "2026-01-10", plafon: jt(7), sisa: nil, dpd: nil, kelas: nil, tercatat: nil),
  LoanRow(no: "P09", anggota: "A01", cair: "2025-09-01", plafon: jt(2), sisa: jt(2), dpd: 1, kelas: "lancar", tercatat: "lancar", metode: "anuitas"),
  LoanRow(no: "P10", anggota: "A08", cair: "2025-02-01", plafon: jt(8), sisa: jt(5), dpd: 30, kelas: "lancar", tercatat: "lancar", petugas: "Dewi"),
  LoanRow(no: "P11", anggota: "A09", cair: "2024-10-01", plafon: jt(9), sisa: jt(3), dpd: 90, kelas: "lancar", tercatat: "lancar", petugas: "Dewi", metode: "menurun"),
  LoanRow(no: "P12", anggota: "A10", cair: "2024-09-01", plafon: jt(4), sisa: jt(1), dpd: 91, kelas: "kurang_lancar", tercatat: "KL", petugas: "Dewi"),
]

func pinjamanTable(_ rows: [LoanRow]) -> Table {
  Table(name: "pinjaman", columns: [
    Column.string("no_pinjaman", rows.map(\.no)),
    Column.string("no_anggota", rows.map(\.anggota)),
    Column.date("tanggal_cair", rows.map { day($0.cair) }),
    Column.int64("plafon", .money, rows.map(\.plafon)),
    Column.string("metode", rows.map(\.metode)),
    Column.int64("nilai_jaminan", .money, rows.map(\.jaminan)),
    Column.string("petugas", rows.map(\.petugas)),
    Column.string("status", rows.map(\.status)),
    Column.string("restrukturisasi", rows.map { $0.restruktur ? "ya" : "tidak" }),
    Column.string("kolektibilitas_tercatat", rows.map(\.tercatat)),
    Column.int64("sisa", .money, rows.map(\.sisa)),
    Column.int64("dpd", .int, rows.map(\.dpd)),
    Column.string("kolektibilitas", rows.map(\.kelas)),
    Column.bool("orang_dalam", rows.map(\.orangDalam)),
  ], primaryKey: "no_pinjaman")
}

/// Balance sheet: MS without SHU = 10 + 40 + 5 + 3 + 2 = 60 juta; SHU 6 juta;
/// allowance booked 2 juta.
func neracaTable(allowance: Int64 = jt(2)) -> Table {
  let rows: [(String, Int64)] = [
    ("piutang_pinjaman_anggota", jt(45)), ("penyisihan_piutang", allowance), ("simpanan_pokok", jt(10)),
    ("simpanan_wajib", jt(40)), ("cadangan_umum", jt(5)), ("cadangan_tujuan_risiko", jt(3)), ("hibah", jt(2)),
    ("shu_tahun_berjalan", jt(6)),
  ]
  return Table(name: "neraca", columns: [
    Column.string("kode_akun", rows.indices.map { "1\($0)" }),
    Column.string("nama_akun", rows.map(\.0)),
    Column.string("pos", rows.map(\.0)),
    Column.int64("saldo_lalu", .money, rows.map { _ in 0 }),
    Column.int64("saldo_kini", .money, rows.map(\.1)),
  ])
}

func anggotaTable() -> Table {
  let ids = ["A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09"]
  let desa = ["Sukamaju", "Sukamaju", "Cibodas", "Cibodas", "Cibodas", "Cibodas", "Mekar", "Mekar", "Mekar"]
  return Table(name: "anggota", columns: [
    Column.string("no_anggota", ids), Column.string("nama", ids.map { "Nama \($0)" }), Column.string("desa", desa),
  ])
}

func fixtureDataset(
  loans: [LoanRow] = fixtureLoans, neraca: Table? = neracaTable(), kebijakan: [String: Value] = [:],
  asOf: String = "2025-12-31"
) -> Dataset {
  let info = KoperasiInfo(
    nama: "KSP Uji", jenis: .ksp, tanggalLaporan: day(asOf), tahunBuku: 2025, kebijakan: kebijakan)
  var tables = [pinjamanTable(loans), anggotaTable()]
  if let neraca { tables.append(neraca) }
  return Dataset(folder: "/tmp/uji-risk", info: info, tables: tables)
}

/// Runs `risk <sub>` (nil: the summary) with `args`.
func runRisk(
  _ sub: String?, _ args: [String: Argument] = [:], dataset: Dataset? = fixtureDataset(), language: Language = .id,
  settings: [String: Value] = [:], services: Services = Services(),
  source: LoanStatusSource? = nil
) throws -> CommandOutput {
  let plugin = source.map { RiskPlugin(statusSource: $0) } ?? RiskPlugin()
  let root = plugin.commands[0]
  let spec = try #require(sub.map { root.subcommand($0) } ?? root)
  let inv = Invocation(
    path: ["risk"] + (sub.map { [$0] } ?? []), arguments: Arguments(args),
    context: Context(dataset: dataset, language: language, settings: Settings(settings), services: services))
  let action = try #require(spec.action)
  return try action(inv)
}

extension CommandOutput {
  /// The table block called `name`.
  func table(_ name: String) -> Table? {
    for b in blocks { if case .table(let t, _) = b, t.name == name { return t } }
    return nil
  }

  var texts: [String] {
    blocks.compactMap { b in
      switch b {
      case .text(let s), .heading(let s): return s
      case .fields(let f): return f.map { "\($0.0): \($0.1)" }.joined(separator: "\n")
      default: return nil
      }
    }
  }
}

extension Table {
  /// The row whose `key` column holds `value`.
  func row(_ key: String, _ value: String) -> Int? {
    guard let c = column(key) else { return nil }
    return (0..<rowCount).first { c.string(at: $0) == value }
  }

  /// The cell (`column`) of the row whose `key` column holds `value`.
  func cell(_ key: String, _ value: String, _ column: String) -> Value? {
    row(key, value).flatMap { self.column(column)?.value(at: $0) }
  }

  func strings(_ name: String) -> [String?] {
    guard let c = column(name) else { return [] }
    return (0..<rowCount).map { c.string(at: $0) }
  }
}

/// A ratio for comparison with two-decimal precision of a percent.
func pct(_ v: Value?) -> Double? {
  guard case .percent(let r)? = v else { return nil }
  return (r * 10_000).rounded() / 100
}

func sen(_ v: Value?) -> Int64? {
  guard case .money(let m)? = v else { return nil }
  return m.sen
}

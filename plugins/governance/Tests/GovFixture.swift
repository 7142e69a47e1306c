import AwasPluginKit
import Foundation

@testable import AwasGovernancePlugin

/// A cooperative whose every governance item passes (or does not apply), to be
/// spoiled one item at a time. Amounts in rupiah.
struct GovBooks {
  struct Officer {
    var nama: String
    var organ: String
    var nik: String?
    var kk: String?
    var anggota: String?
    var mulai: Day?
    var selesai: Day? = nil
    var sertifikat: String? = nil
    var berlaku: Day? = nil
  }
  struct Loan {
    var no: String
    var anggota: String
    var sisa: Int64
    var insider = false
    var disetujui: Bool? = true
    var plafon: Int64? = nil
    var cair = day(2025, 2, 1)
    var status = "aktif"
  }
  struct RAT {
    var tahun: Int64
    var tanggal: Day?
    var laporan: Day?
    var ap: String? = "tidak"
  }

  var jenis: JenisKoperasi = .ksp
  var tahunBuku = 2025
  /// MS = pokok + wajib (8/2023).
  var pokok: Int64 = 50_000_000
  var wajib: Int64 = 450_000_000
  var hutang: Int64 = 100_000_000
  var penyertaan: Int64? = nil
  var rat: [RAT]? = [
    RAT(tahun: 2023, tanggal: day(2024, 3, 15), laporan: day(2024, 2, 1)),
    RAT(tahun: 2024, tanggal: day(2025, 4, 20), laporan: day(2025, 3, 10)),
  ]
  var officers: [Officer] = [
    Officer(nama: "Ani", organ: "pengurus", nik: "3507010101800001", kk: "K1", anggota: "M1", mulai: day(2022, 1, 1), sertifikat: "P-1", berlaku: day(2027, 1, 1)),
    Officer(nama: "Budi", organ: "pengurus", nik: "3507010101800002", kk: "K2", anggota: "M2", mulai: day(2022, 1, 1), sertifikat: "P-2", berlaku: day(2027, 1, 1)),
    Officer(nama: "Citra", organ: "pengawas", nik: "3507010101800003", kk: "K3", anggota: "M3", mulai: day(2022, 1, 1), sertifikat: "P-3", berlaku: day(2026, 1, 1)),
    Officer(nama: "Dedi", organ: "manajer", nik: "3507010101800004", kk: "K4", anggota: nil, mulai: day(2023, 1, 1), sertifikat: "LSP-1", berlaku: day(2026, 6, 30)),
  ]
  var withKKColumn = true
  var loans: [Loan] = [
    Loan(no: "P1", anggota: "M1", sisa: 40_000_000, insider: true),
    Loan(no: "P2", anggota: "M5", sisa: 60_000_000),
    Loan(no: "P3", anggota: "M6", sisa: 70_000_000),
  ]
  var withApprovalColumn = true
  var members: [(String, String?)] = [("M1", "K1"), ("M2", "K2"), ("M3", "K3"), ("M5", "K5"), ("M6", "K6")]
  var kebijakan: [String: Value] = ["batas_pinjaman_per_anggota": .int(100_000_000)]

  func dataset() -> Dataset {
    let neraca = Table(name: "neraca", columns: [
      Column.string("kode_akun", ["101", "102", "201", "301", "302", "303"]),
      Column.string("nama_akun", ["Kas", "Piutang anggota", "Hutang bank", "Simpanan pokok", "Simpanan wajib", "Modal penyertaan"]),
      Column.string("pos", ["kas", "piutang_pinjaman_anggota", "hutang_jangka_panjang", "simpanan_pokok", "simpanan_wajib", "modal_penyertaan"]),
      Column.money("saldo_lalu", Array(repeating: nil, count: 6)),
      Column.money("saldo_kini", [100_000_000, 900_000_000, hutang, pokok, wajib, penyertaan ?? 0].map { Money(rupiah: $0) }),
    ])
    var tables = [neraca]
    var cols: [Column] = [
      Column.string("nama", officers.map(\.nama)), Column.string("organ", officers.map(\.organ)),
      Column.string("nik", officers.map(\.nik)), Column.string("no_anggota", officers.map(\.anggota)),
      Column.date("mulai", officers.map(\.mulai)), Column.date("selesai", officers.map(\.selesai)),
      Column.string("sertifikat", officers.map(\.sertifikat)), Column.date("sertifikat_berlaku_sampai", officers.map(\.berlaku)),
    ]
    if withKKColumn { cols.append(Column.string("no_kk", officers.map(\.kk))) }
    tables.append(Table(name: "pengurus", columns: cols))
    if let rat {
      tables.append(Table(name: "rat", columns: [
        Column.int64("tahun_buku", .int, rat.map(\.tahun)), Column.date("tanggal_rat", rat.map(\.tanggal)),
        Column.date("tanggal_laporan_selesai", rat.map(\.laporan)), Column.string("akuntan_publik", rat.map(\.ap)),
      ], primaryKey: "tahun_buku"))
    }
    var lc: [Column] = [
      Column.string("no_pinjaman", loans.map(\.no)), Column.string("no_anggota", loans.map(\.anggota)),
      Column.date("tanggal_cair", loans.map(\.cair)), Column.money("plafon", loans.map { Money(rupiah: $0.plafon ?? $0.sisa) }),
      Column.string("status", loans.map(\.status)), Column.money("sisa", loans.map { Money(rupiah: $0.sisa) }),
      Column.bool("orang_dalam", loans.map(\.insider)),
    ]
    if withApprovalColumn { lc.append(Column.string("disetujui", loans.map { $0.disetujui.map { $0 ? "ya" : "tidak" } })) }
    tables.append(Table(name: "pinjaman", columns: lc, primaryKey: "no_pinjaman"))
    tables.append(Table(name: "anggota", columns: [
      Column.string("no_anggota", members.map(\.0)), Column.string("no_kk", members.map(\.1)),
      Column.date("tanggal_masuk", members.map { _ in day(2020, 1, 1) }), Column.date("tanggal_keluar", members.map { _ in nil }),
    ]))
    let info = KoperasiInfo(
      nama: "KSP Tata", jenis: jenis, tanggalLaporan: day(tahunBuku, 12, 31), tahunBuku: tahunBuku, kebijakan: kebijakan)
    return Dataset(folder: "/tmp/tata", info: info, tables: tables)
  }
}

func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d) ?? Day(serial: 0) }

func govResults(_ b: GovBooks, answers: AnswerSheet = AnswerSheet(checklist: "tatakelola")) throws -> [ItemResult] {
  let list = try GovChecklist.select(Settings())
  return GovernanceRun.run(list, dataset: b.dataset(), answers: answers)
}

func outcome(_ id: String, _ b: GovBooks, answers: AnswerSheet = AnswerSheet(checklist: "tatakelola")) throws -> ItemOutcome {
  guard let r = try govResults(b, answers: answers).first(where: { $0.item.id == id }) else {
    throw UserError(Text(stringLiteral: "no item \(id)"))
  }
  return r.outcome
}

func runGovernance(
  _ path: [String], _ args: [String: Argument] = [:], dataset: Dataset?, settings: [String: Value] = [:],
  workspace: Workspace? = nil, prompter: (any Prompter)? = nil, language: Language = .en
) throws -> CommandOutput {
  var spec = GovernanceCommands.governance
  for p in path.dropFirst() { if let s = spec.subcommand(p) { spec = s } }
  let ctx = Context(dataset: dataset, language: language, settings: Settings(settings), prompter: prompter, workspace: workspace)
  guard let action = spec.action else { throw UserError(Text(stringLiteral: "no action")) }
  return try action(Invocation(path: path, arguments: Arguments(args), context: ctx))
}

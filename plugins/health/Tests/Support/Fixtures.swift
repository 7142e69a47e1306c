import AwasPluginKit
import Foundation

@testable import AwasHealthPlugin

/// A small cooperative's books built in memory: accounts by pos (rupiah), loans, members.
struct Books {
  struct Account {
    var pos: String
    var kini: Int64?
    var lalu: Int64? = nil
    var kode: String? = nil
    var nama: String? = nil
  }
  struct Loan {
    var no: String
    var anggota: String?
    var sisa: Int64
    var kol: String = "lancar"
    var berisiko: Bool = false
    var orangDalam: Bool = false
    var cair: Day = Day(year: 2025, month: 3, day: 1)!
    var plafon: Int64? = nil
    var jaminan: Int64 = 0
    var status: String = "aktif"
  }

  var jenis: JenisKoperasi = .ksp
  var neraca: [Account] = []
  var phu: [Account] = []
  var loans: [Loan]? = []
  /// Members by no_anggota (joined 2020-01-01).
  var members: [String] = []
  var kebijakan: [String: Value] = ["alokasi_shu_anggota_persen": .int(40)]
  var tanggal = Day(year: 2025, month: 12, day: 31)!

  static func accounts(_ name: String, _ rows: [Account]) -> Table {
    Table(name: name, columns: [
      Column.string("kode_akun", rows.enumerated().map { $1.kode ?? "\(name == "neraca" ? 1 : 4)\(String(format: "%03d", $0 + 1))" }),
      Column.string("nama_akun", rows.map { $0.nama ?? $0.pos.replacing("_", with: " ").capitalized }),
      Column.string("pos", rows.map(\.pos)),
      Column.money("saldo_lalu", rows.map { $0.lalu.map { Money(rupiah: $0) } }),
      Column.money("saldo_kini", rows.map { $0.kini.map { Money(rupiah: $0) } }),
    ], primaryKey: "kode_akun")
  }

  func dataset() -> Dataset {
    var tables = [Self.accounts("neraca", neraca), Self.accounts("phu", phu)]
    if let loans {
      tables.append(Table(name: "pinjaman", columns: [
        Column.string("no_pinjaman", loans.map(\.no)),
        Column.string("no_anggota", loans.map(\.anggota)),
        Column.date("tanggal_cair", loans.map(\.cair)),
        Column.money("plafon", loans.map { Money(rupiah: $0.plafon ?? $0.sisa) }),
        Column.money("nilai_jaminan", loans.map { Money(rupiah: $0.jaminan) }),
        Column.string("status", loans.map(\.status)),
        Column.money("sisa", loans.map { Money(rupiah: $0.sisa) }),
        Column.string("kolektibilitas", loans.map(\.kol)),
        Column.bool("berisiko", loans.map(\.berisiko)),
        Column.bool("orang_dalam", loans.map(\.orangDalam)),
      ], primaryKey: "no_pinjaman"))
    }
    tables.append(Table(name: "anggota", columns: [
      Column.string("no_anggota", members),
      Column.date("tanggal_masuk", members.map { _ in Day(year: 2020, month: 1, day: 1) }),
      Column.date("tanggal_keluar", members.map { _ in nil }),
    ]))
    let info = KoperasiInfo(
      nama: "Koperasi Uji", jenis: jenis, tanggalLaporan: tanggal, tahunBuku: tanggal.year, kebijakan: kebijakan)
    return Dataset(folder: "/tmp/uji", info: info, tables: tables)
  }
}

/// Runs a command of the health plugin (by English path) with arguments.
func runHealth(
  _ path: [String], _ args: [String: Argument] = [:], dataset: Dataset?, settings: [String: Value] = [:],
  workspace: Workspace? = nil, prompter: (any Prompter)? = nil, language: Language = .id
) throws -> CommandOutput {
  var spec = HealthCommands.health
  for p in path.dropFirst() {
    guard let s = spec.subcommand(p) else { throw UserError(Text(stringLiteral: "no subcommand \(p)")) }
    spec = s
  }
  let ctx = Context(
    dataset: dataset, language: language, settings: Settings(settings), prompter: prompter, workspace: workspace)
  guard let action = spec.action else { throw UserError("no action") }
  return try action(Invocation(path: path, arguments: Arguments(args), context: ctx))
}

/// Scores `books` and returns the assessment.
func assess(_ books: Books, settings: [String: Value] = [:], workspace: Workspace? = nil) throws -> Assessment {
  try HealthRunner(dataset: books.dataset(), settings: Settings(settings), workspace: workspace).current()
}

/// A fresh, empty workspace folder under the system temporary directory.
func temporaryWorkspace(_ label: String = #function) -> Workspace {
  let name = "awas-health-\(label.filter { $0.isLetter || $0.isNumber })-\(UUID().uuidString.prefix(8))"
  return Workspace(path: FileManager.default.temporaryDirectory.appendingPathComponent(name).path)
}

extension Assessment {
  func skor(_ id: String) -> Decimal4? { result(id)?.skor }
  func nilai(_ id: String) -> Decimal4? { result(id)?.nilai }
  func ratio(_ id: String) -> RatioValue? { result(id)?.ratio }
}

/// `Decimal4` from a literal such as "66.67".
func d(_ s: String) -> Decimal4 { Decimal4(parsing: s) ?? Decimal4(raw: .min) }
func pct(_ s: String) -> RatioValue { .finite(d(s)) }

import Foundation
import Testing

@testable import AwasData

/// A dataset folder written into a fresh temporary directory for one test.
struct TempDataset {
  let path: String

  static let defaultToml = """
    nama = "KSP Uji"
    jenis = "KSP"
    tanggal_laporan = 2025-12-31
    tahun_buku = 2025

    """

  /// Writes `files` (name → contents); `koperasi.toml` defaults to ``defaultToml``
  /// plus `format` lines (e.g. `pemisah = ";"`), unless given in `files`.
  init(_ files: [String: String], format: String? = nil, bytes: [String: [UInt8]] = [:]) throws {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("awas-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    path = dir.path
    var all = files
    if all["koperasi.toml"] == nil {
      all["koperasi.toml"] = TempDataset.defaultToml + (format.map { "[format]\n" + $0 + "\n" } ?? "")
    }
    for (name, text) in all {
      try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }
    for (name, data) in bytes {
      try Data(data).write(to: dir.appendingPathComponent(name))
    }
  }

  func load(options: LoadOptions = .standard) throws -> Dataset {
    try DatasetLoader.load(path, progress: nil, options: options)
  }
}

/// The Fixtures/Loading folder beside the tests.
let loadingFixtures: String = {
  var url = URL(fileURLWithPath: #filePath)
  url.deleteLastPathComponent()
  url.deleteLastPathComponent()
  return url.appendingPathComponent("Fixtures/Loading").path
}()

extension Dataset {
  /// Issues about `file` (all files when nil), for assertions.
  func issues(_ file: String? = nil, kind: IssueKind? = nil) -> [DataIssue] {
    issues.filter { (file == nil || $0.file == file) && (kind == nil || $0.kind == kind?.rawValue) }
  }

  /// The cells of `table.column` as values.
  func values(_ table: String, _ column: String) -> [Value] {
    guard let t = self.table(table), let c = t.column(column) else { return [] }
    return (0..<c.count).map { c.value(at: $0) }
  }
}

/// Minimal valid anggota.csv / pengurus.csv bodies, for tests about other files.
enum Minimal {
  static let anggota = """
    no_anggota,nama,nik,tanggal_masuk,status
    A001,Budi,3507010101900001,2020-01-15,aktif
    A002,Siti,3507014101920002,2021-03-01,aktif

    """
  static let pengurus = """
    nama,no_anggota,nik,organ,jabatan,mulai,selesai
    Budi,A001,3507010101900001,pengurus,ketua,2023-01-01,

    """
}

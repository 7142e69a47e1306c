import Foundation
import Testing

@testable import AwasData

/// The reason a load threw, in English, or nil when it did not throw.
private func failure(_ path: String) -> String? {
  do {
    _ = try DatasetLoader.load(path)
    return nil
  } catch DatasetError.notADataset(_, let reason) {
    return reason.en
  } catch {
    return "\(error)"
  }
}

private func toml(_ text: String) throws -> TempDataset {
  try TempDataset(["koperasi.toml": text, "anggota.csv": Minimal.anggota, "pengurus.csv": Minimal.pengurus])
}

@Suite("koperasi.toml")
struct KoperasiTomlTests {
  @Test func missingFolder() {
    #expect(failure("/nonexistent/awas-test") == "folder /nonexistent/awas-test does not exist or cannot be read")
  }

  @Test func folderWithoutToml() throws {
    let d = try TempDataset(["anggota.csv": Minimal.anggota, "koperasi.toml": ""])
    try FileManager.default.removeItem(atPath: d.path + "/koperasi.toml")
    #expect(failure(d.path) == "there is no koperasi.toml; every dataset folder needs one (see docs/dataset.md)")
    try Data("nama\n".utf8).write(to: URL(fileURLWithPath: d.path + "/daftar.csv"))
    #expect(failure(d.path) == "there is no koperasi.toml; the folder holds daftar.csv, so it is a wilayah folder (open it as a region)")
  }

  @Test(arguments: [
    ("nama = \"X\"\njenis = \"KSP\"\ntanggal_laporan = 2025-12-31\ntahun_buku = = 2025\n", "koperasi.toml line 4, column"),
    ("nama = \"X\"\ntanggal_laporan = 2025-12-31\n", "koperasi.toml: key jenis is missing (for example jenis = \"KSP\"; valid: KSP | USP | KSPPS | USPPS | KSU)"),
    ("jenis = \"Koperasi\"\ntanggal_laporan = 2025-12-31\n", "koperasi.toml: jenis = \"Koperasi\" is not valid; valid: KSP | USP | KSPPS | USPPS | KSU"),
    ("jenis = \"KSP\"\n", "koperasi.toml: key tanggal_laporan is missing (for example tanggal_laporan = 2025-12-31; valid: YYYY-MM-DD)"),
    ("jenis = \"KSP\"\ntanggal_laporan = \"besok\"\n", "koperasi.toml: tanggal_laporan = \"besok\" is not valid; valid: 2025-12-31 (YYYY-MM-DD)"),
    ("jenis = \"KSP\"\ntanggal_laporan = 2025-12-31\n[format]\npemisah = \"x\"\n", "koperasi.toml: format.pemisah = \"x\" is not valid; valid: \",\" | \";\" | \"\\t\" | \"|\""),
    ("jenis = \"KSP\"\ntanggal_laporan = 2025-12-31\n[format]\ndesimal = \"koma\"\n", "koperasi.toml: format.desimal = \"koma\" is not valid; valid: \".\" | \",\""),
    ("jenis = \"KSP\"\ntanggal_laporan = 2025-12-31\n[format]\ntanggal = \"MM/DD/YYYY\"\n", "koperasi.toml: format.tanggal = \"MM/DD/YYYY\" is not valid; valid: \"YYYY-MM-DD\" | \"DD/MM/YYYY\" | \"DD-MM-YYYY\" | \"D MMMM YYYY\""),
    ("jenis = \"KSP\"\ntanggal_laporan = 2025-12-31\n[format]\nencoding = \"UTF-16\"\n", "koperasi.toml: format.encoding = \"UTF-16\" is not valid; valid: \"UTF-8\" | \"Windows-1252\""),
    ("jenis = \"KSP\"\ntanggal_laporan = 2025-12-31\n[format]\ndesimal = \",\"\n", "koperasi.toml: desimal = \",\" cannot be used with pemisah = \",\"; use pemisah = \";\""),
  ])
  func unusableToml(_ text: String, _ reason: String) throws {
    let d = try toml(text)
    let got = failure(d.path)
    #expect(got?.hasPrefix(reason) == true, "\(got ?? "no error")")
  }

  @Test func defaultsAndWarnings() throws {
    let d = try toml("jenis = \"kspps\"\ntanggal_laporan = \"31/12/2025\"\n")
    let ds = try d.load()
    #expect(ds.info.jenis == .kspps)
    #expect(ds.info.jenis.isSyariah)
    #expect(ds.info.tanggalLaporan == Day(year: 2025, month: 12, day: 31))
    #expect(ds.asOf == ds.info.tanggalLaporan)
    #expect(ds.info.tahunBuku == 2025)
    #expect(ds.info.nama == URL(fileURLWithPath: d.path).lastPathComponent)
    let warnings = ds.issues("koperasi.toml")
    #expect(warnings.map(\.kind) == ["missing-key", "missing-key"])
    #expect(warnings.map(\.severity) == [.warning, .warning])
    #expect(warnings[1].message.en == "koperasi.toml has no tahun_buku; using 2025")
  }

  @Test func aBadBookYearIsAWarning() throws {
    let d = try toml("nama = \"X\"\njenis = \"KSP\"\ntanggal_laporan = 2025-12-31\ntahun_buku = \"dua ribu\"\n")
    let ds = try d.load()
    #expect(ds.info.tahunBuku == 2025)
    let w = ds.issues("koperasi.toml")
    #expect(w.map(\.kind) == ["bad-key"])
    #expect(w.first?.severity == .warning)
    #expect(w.first?.message.en == "koperasi.toml: tahun_buku = \"dua ribu\" is not valid; using 2025")
  }

  @Test func fullToml() throws {
    let d = try toml("""
      nama = "KSP Sejahtera Bersama"
      jenis = "KSP"
      nomor_badan_hukum = "518/123/BH/XVI/2009"
      wilayah = "Kabupaten Batu Bara"
      tanggal_laporan = 2025-12-31
      tahun_buku = 2025
      ketua = "Budi"

      [format]
      pemisah = ";"
      desimal = ","
      tanggal = "dd/mm/yyyy"
      encoding = "cp1252"

      [kebijakan]
      alokasi_shu_anggota_persen = 40
      batas_pinjaman_per_anggota = 50_000_000
      rasio = 0.5
      aktif = true

      [kontak]
      telepon = "0812"
      """)
    let ds = try DatasetLoader.load(d.path)
    #expect(ds.info.nama == "KSP Sejahtera Bersama")
    #expect(ds.info.nomorBadanHukum == "518/123/BH/XVI/2009")
    #expect(ds.info.wilayah == "Kabupaten Batu Bara")
    #expect(ds.info.format == CSVFormat(delimiter: UInt8(ascii: ";"), decimalComma: true, dates: .dmySlash, encoding: .windows1252))
    #expect(ds.info.kebijakan["alokasi_shu_anggota_persen"] == .int(40))
    #expect(ds.info.kebijakan["batas_pinjaman_per_anggota"] == .int(50_000_000))
    #expect(ds.info.kebijakan["rasio"] == .double(0.5))
    #expect(ds.info.kebijakan["aktif"] == .bool(true))
    #expect(ds.info.extra["ketua"] == .string("Budi"))
    #expect(ds.info.extra["kontak.telepon"] == .string("0812"))
    // The CSVs were written with commas, so both tables are reported, not crashed on.
    #expect(ds.issues("anggota.csv", kind: .wrongDelimiter).count == 1)
  }
}

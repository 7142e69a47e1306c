/// The kind of cooperative, from `jenis` in koperasi.toml.
public enum JenisKoperasi: String, Sendable, CaseIterable, Codable {
  case ksp = "KSP", usp = "USP", kspps = "KSPPS", uspps = "USPPS", ksu = "KSU"

  /// KSPPS and USPPS follow the syariah scheme.
  public var isSyariah: Bool { self == .kspps || self == .uspps }
}

/// `koperasi.toml`: the cooperative's identity, reporting date, file format and policies.
public struct KoperasiInfo: Sendable {
  public var nama: String
  public var jenis: JenisKoperasi
  public var nomorBadanHukum: String?
  public var wilayah: String?
  /// The as-of date of every balance and of loan ageing.
  public var tanggalLaporan: Day
  public var tahunBuku: Int
  /// `[kebijakan]`: the cooperative's own rules, by key (`batas_pinjaman_per_anggota`).
  public var kebijakan: [String: Value]
  /// Every other top-level key, kept as read.
  public var extra: [String: Value]
  /// Backing store of ``format``.
  var formatStorage: CSVFormat?

  public init(
    nama: String, jenis: JenisKoperasi, nomorBadanHukum: String? = nil, wilayah: String? = nil,
    tanggalLaporan: Day, tahunBuku: Int, kebijakan: [String: Value] = [:],
    extra: [String: Value] = [:]
  ) {
    self.nama = nama
    self.jenis = jenis
    self.nomorBadanHukum = nomorBadanHukum
    self.wilayah = wilayah
    self.tanggalLaporan = tanggalLaporan
    self.tahunBuku = tahunBuku
    self.kebijakan = kebijakan
    self.extra = extra
  }
}

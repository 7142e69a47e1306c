/// A *wilayah* folder: a district office's register `daftar.csv` and one
/// dataset folder per cooperative that keeps digital books.
public struct Region: Sendable {
  public var folder: String
  /// `daftar.csv` as a table (`tahun_rat_terakhir` as an integer, other columns as text).
  public var register: Table
  /// Every cooperative: the register's rows in order, then dataset folders the register lacks.
  public var members: [RegionMember]
  /// Problems in `daftar.csv` and in matching folders to it.
  public var issues: [DataIssue]

  public init(folder: String, register: Table, members: [RegionMember], issues: [DataIssue] = []) {
    self.folder = folder
    self.register = register
    self.members = members
    self.issues = issues
  }

  /// The member called `name`: by name, nomor badan hukum or folder name, ignoring case.
  /// Every name a member answers to in `use`: its name and its folder's name.
  public var memberNames: [String] {
    members.flatMap { m in [m.name] + (m.folder.map { [KoperasiReader.folderName($0)] } ?? []) }
  }

  public func member(named name: String) -> RegionMember? {
    let key = HeaderReader.key(name)
    return members.first { HeaderReader.key($0.name) == key }
      ?? members.first { $0.nomorBadanHukum.map(HeaderReader.key) == key }
      ?? members.first { $0.folder.map { HeaderReader.key(KoperasiReader.folderName($0)) } == key }
  }
}

/// One cooperative of a region, not loaded yet.
public struct RegionMember: Sendable, Hashable {
  /// From the register, else from koperasi.toml, else the folder name.
  public var name: String
  public var nomorBadanHukum: String?
  public var jenis: String?
  /// The dataset folder (full path), or nil when the cooperative keeps no digital books.
  public var folder: String?
  /// The row of `daftar.csv`, or nil for a folder the register lacks.
  public var registerRow: Int?
  /// The register row's cells as text, by column name (every column, extra ones included).
  public var fields: [String: String]

  public init(
    name: String, nomorBadanHukum: String? = nil, jenis: String? = nil, folder: String? = nil, registerRow: Int? = nil,
    fields: [String: String] = [:]
  ) {
    self.name = name
    self.nomorBadanHukum = nomorBadanHukum
    self.jenis = jenis
    self.folder = folder
    self.registerRow = registerRow
    self.fields = fields
  }

  /// Whether there is a dataset to load.
  public var hasDataset: Bool { folder != nil }
}

/// Detects, lists and loads *wilayah* folders (see docs/dataset.md, "Many cooperatives").
public enum RegionLoader {
  static let registerFile = "daftar.csv"

  /// Whether `path` is a region folder: it holds `daftar.csv` and no `koperasi.toml`.
  public static func isRegion(_ path: String) -> Bool {
    guard let listing = FolderListing(path) else { return false }
    return listing.entry(registerFile) != nil && listing.entry(KoperasiReader.file) == nil
  }

  /// Reads the register and matches each row to a dataset folder, without loading any dataset.
  /// - Throws: ``DatasetError/notADataset(path:reason:)`` when `path` is not a region folder.
  public static func open(_ path: String) throws -> Region {
    guard let listing = FolderListing(path), let name = listing.entry(registerFile) else {
      throw DatasetError.notADataset(
        path: path,
        reason: Text("tidak ada daftar.csv di folder wilayah \(path)", en: "there is no daftar.csv in the wilayah folder \(path)"))
    }
    return RegionRegister.read(listing, registerName: name)
  }

  /// Loads one member's dataset.
  /// - Throws: ``DatasetError/notADataset(path:reason:)`` when it has no dataset folder or the folder is unusable.
  public static func load(
    _ member: RegionMember, progress: (@Sendable (_ done: Int64, _ total: Int64) -> Void)? = nil
  ) throws -> Dataset {
    guard let folder = member.folder else {
      throw DatasetError.notADataset(
        path: member.name,
        reason: Text(
          "\(member.name) tidak punya folder dataset (tanpa pembukuan digital)",
          en: "\(member.name) has no dataset folder (no digital books)"))
    }
    return try DatasetLoader.load(folder, progress: progress)
  }
}

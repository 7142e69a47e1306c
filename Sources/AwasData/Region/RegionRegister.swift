import TOMLKit

extension DatasetSchema {
  /// `daftar.csv`, the register of a *wilayah* folder. Columns it does not
  /// name are kept as text. `folder` (optional) names the cooperative's
  /// dataset folder when it differs from what matching would find.
  public static let register = TableSchema(
    name: "daftar", isRequired: true, row: Text("satu koperasi di wilayah", en: "a cooperative of the region"),
    neededFor: Text("folder wilayah", en: "wilayah folders"), rowKey: "nama",
    columns: [
      ColumnSchema("nomor_badan_hukum", .string, allowsEmpty: true, Text("nomor badan hukum", en: "legal entity number")),
      ColumnSchema("nama", .string, Text("nama koperasi", en: "cooperative's name")),
      ColumnSchema("jenis", .string, allowsEmpty: true, storage: .dictionary, Text("jenis koperasi (KSP, KSU, …)", en: "kind of cooperative (KSP, KSU, …)")),
      ColumnSchema("alamat", .string, allowsEmpty: true, Text("alamat", en: "address")),
      ColumnSchema("tahun_rat_terakhir", .int, allowsEmpty: true, Text("tahun RAT terakhir", en: "year of the last RAT")),
      ColumnSchema("folder", .string, required: false, Text("folder dataset koperasi ini", en: "this cooperative's dataset folder")),
    ])
}

/// Reads `daftar.csv` and matches its rows to dataset folders.
enum RegionRegister {
  static func read(_ listing: FolderListing, registerName: String) -> Region {
    let path = listing.full(registerName)
    var format = CSVFormat()
    format.delimiter = sniffDelimiter(path)
    if let bytes = try? SourceBytes.open(path), TextEncoding.firstInvalidUTF8(bytes.buffer, 0..<bytes.count) != nil {
      format.encoding = .windows1252
    }
    let context = LoadContext(format: format, reportingDay: Day(serial: Int32.max))
    let loaded = TableLoader.load(path: path, file: registerName, schema: DatasetSchema.register, context: context)
    var issues = loaded.issues
    let register = loaded.table ?? Table(name: "daftar", columns: [])
    // Dataset folders and what their koperasi.toml says.
    var folders: [(name: String, nbh: String?, nama: String?)] = []
    for d in listing.names where listing.directories.contains(d) {
      let sub = listing.full(d)
      guard let inner = FolderListing(sub), let toml = inner.entry(KoperasiReader.file) else { continue }
      let root = FolderListing.readText(inner.full(toml)).flatMap { try? TOMLTable(string: $0) }
      folders.append((d, root?["nomor_badan_hukum"]?.string, root?["nama"]?.string))
    }
    var claimed = Set<String>()
    var members: [RegionMember] = []
    for r in 0..<register.rowCount {
      var fields: [String: String] = [:]
      for c in register.columns { fields[c.name] = ValueFormatter.plain(c.value(at: r)) }
      let name = fields["nama"] ?? ""
      let nbh = fields["nomor_badan_hukum"].flatMap { $0.isEmpty ? nil : $0 }
      var folder: String? = nil
      if let named = fields["folder"], !named.isEmpty {
        if let hit = listing.entry(named), listing.directories.contains(hit) {
          folder = hit
        } else {
          let t = IssueText.missingFile(named + "/koperasi.toml")
          issues.append(DataIssue(.missingFile, file: registerName, line: nil, field: "folder", found: named, message: t.0, expected: t.1))
        }
      }
      if folder == nil, let nbh {
        folder = folders.first { !claimed.contains($0.name) && $0.nbh.map(HeaderReader.key) == HeaderReader.key(nbh) }?.name
      }
      if folder == nil {
        let key = HeaderReader.key(name)
        folder = folders.first {
          !claimed.contains($0.name) && (HeaderReader.key($0.name) == key || $0.nama.map(HeaderReader.key) == key)
        }?.name
      }
      if let folder { claimed.insert(folder) }
      members.append(
        RegionMember(
          name: name, nomorBadanHukum: nbh, jenis: fields["jenis"].flatMap { $0.isEmpty ? nil : $0 },
          folder: folder.map(listing.full), registerRow: r, fields: fields))
    }
    for f in folders where !claimed.contains(f.name) {
      let t = (
        Text("Folder \(f.name) tidak ada di daftar.csv", en: "Folder \(f.name) is not in daftar.csv"),
        Text("baris untuk koperasi ini di daftar.csv", en: "a row for this cooperative in daftar.csv")
      )
      issues.append(DataIssue(.unregisteredFolder, file: registerName, found: f.name, message: t.0, expected: t.1))
      members.append(
        RegionMember(
          name: f.nama ?? f.name, nomorBadanHukum: f.nbh, jenis: nil, folder: listing.full(f.name), registerRow: nil,
          fields: [:]))
    }
    return Region(folder: listing.path, register: register, members: members, issues: issues)
  }

  /// The delimiter used most on the first line: `,` `;` tab or `|`.
  static func sniffDelimiter(_ path: String) -> UInt8 {
    guard let bytes = try? SourceBytes.open(path) else { return UInt8(ascii: ",") }
    let n = Swift.min(bytes.count, 4096)
    var end = 0
    while end < n && bytes.base[end] != Bytes.newline { end += 1 }
    var best = UInt8(ascii: ","), bestCount = 0
    for d in CSVFormat.delimiters {
      var c = 0
      for i in 0..<end where bytes.base[i] == d { c += 1 }
      if c > bestCount {
        best = d
        bestCount = c
      }
    }
    return best
  }
}

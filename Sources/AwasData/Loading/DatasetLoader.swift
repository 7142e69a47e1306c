/// Loads a dataset folder (see docs/dataset.md).
public enum DatasetLoader {
  /// Loads every table of the folder at `path`. Problems in single values,
  /// rows or tables become ``DataIssue``s and the rest still loads; only a
  /// folder that cannot be a dataset at all (missing, no koperasi.toml) throws.
  ///
  /// - Parameters:
  ///   - path: The dataset folder.
  ///   - progress: Called from any thread with the CSV bytes read so far and
  ///     the total, a few times per second on large files.
  /// - Returns: The dataset with `issues` filled, recomputed for its reporting date.
  /// - Throws: ``DatasetError/notADataset(path:reason:)``.
  public static func load(
    _ path: String, progress: (@Sendable (_ done: Int64, _ total: Int64) -> Void)? = nil
  ) throws -> Dataset {
    try load(path, progress: progress, options: .standard)
  }

  static func load(
    _ path: String, progress: (@Sendable (Int64, Int64) -> Void)?, options: LoadOptions
  ) throws(DatasetError) -> Dataset {
    guard FolderListing.isDirectory(path), let listing = FolderListing(path) else {
      throw DatasetError.notADataset(
        path: path,
        reason: Text("folder \(path) tidak ada atau tidak dapat dibaca", en: "folder \(path) does not exist or cannot be read"))
    }
    guard let tomlName = listing.entry(KoperasiReader.file) else {
      let region = listing.entry(RegionLoader.registerFile) != nil
      throw DatasetError.notADataset(
        path: path,
        reason: region
          ? Text(
            "tidak ada koperasi.toml; folder ini berisi daftar.csv, jadi ini folder wilayah (buka sebagai wilayah)",
            en: "there is no koperasi.toml; the folder holds daftar.csv, so it is a wilayah folder (open it as a region)")
          : Text(
            "tidak ada koperasi.toml; setiap folder dataset memerlukannya (lihat docs/dataset.md)",
            en: "there is no koperasi.toml; every dataset folder needs one (see docs/dataset.md)"))
    }
    let tomlPath = listing.full(tomlName)
    guard let text = FolderListing.readText(tomlPath) else {
      throw DatasetError.notADataset(
        path: path, reason: Text("koperasi.toml tidak dapat dibaca", en: "koperasi.toml cannot be read"))
    }
    var (info, issues) = try KoperasiReader.read(text, folder: path)
    var files = [SourceFile(name: tomlName, path: tomlPath, bytes: FolderListing.size(tomlPath))]
    var present: [(TableSchema, String)] = []
    for schema in DatasetSchema.contract.tables {
      if let name = listing.entry(schema.fileName) {
        present.append((schema, name))
      } else if schema.isRequired {
        let t = IssueText.missingFile(schema.fileName)
        issues.append(DataIssue(.missingFile, file: schema.fileName, message: t.0, expected: t.1))
      }
    }
    let known = Set(present.map(\.1))
    let contractFiles = DatasetSchema.contract.tables.map(\.fileName)
    for name in listing.names where name.lowercased().hasSuffix(".csv") && !known.contains(name) {
      let guess = PlanBuilder.closest(name.lowercased(), among: contractFiles)
      let t = IssueText.unknownFile(name, suggestion: guess)
      issues.append(DataIssue(.unknownFile, file: name, message: t.0))
    }
    let sizes = present.map { FolderListing.size(listing.full($0.1)) }
    var context = LoadContext(format: info.format, reportingDay: info.tanggalLaporan)
    context.options = options
    if let progress { context.progress = ProgressMeter(total: sizes.reduce(0, +), progress) }
    let csv = present.enumerated().map { i, p in
      LoadLanes.File(schema: p.0, name: p.1, path: listing.full(p.1), size: sizes[i])
    }
    var tables: [Table] = []
    for (file, loaded) in zip(csv, LoadLanes.load(csv, context: context)) {
      issues += loaded.issues
      if let t = loaded.table { tables.append(t) }
      files.append(SourceFile(name: file.name, path: file.path, bytes: file.size))
    }
    info.format = context.format
    let dataset = Dataset(folder: path, info: info, tables: tables, issues: issues, files: files)
    return dataset.recomputed(asOf: info.tanggalLaporan)
  }
}

/// A folder that cannot be opened as a dataset at all.
public enum DatasetError: Error, Sendable {
  case notADataset(path: String, reason: Text)
}

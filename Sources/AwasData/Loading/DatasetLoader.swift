/// Loads a dataset folder (see docs/dataset.md). (Stub: replaced by the loader.)
public enum DatasetLoader {
  /// Loads every table of the folder at `path`. Problems in single values,
  /// rows or tables become ``DataIssue``s and the rest still loads; only a
  /// folder that cannot be a dataset at all (missing, no koperasi.toml) throws.
  public static func load(
    _ path: String, progress: (@Sendable (_ done: Int64, _ total: Int64) -> Void)? = nil
  ) throws -> Dataset {
    throw DatasetError.notADataset(path: path, reason: Text("belum diterapkan", en: "not implemented"))
  }
}

/// A folder that cannot be opened as a dataset at all.
public enum DatasetError: Error, Sendable {
  case notADataset(path: String, reason: Text)
}

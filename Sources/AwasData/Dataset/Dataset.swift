/// One cooperative's books at one reporting date: the tables loaded from a
/// dataset folder (see docs/dataset.md), the derived loan columns, and every
/// problem found while loading.
///
/// A dataset is an immutable value. Changing the as-of date produces a new
/// dataset (``Dataset/recomputed(asOf:)``); input files are never written.
public struct Dataset: Sendable {
  /// The folder the dataset was loaded from.
  public var folder: String
  /// `koperasi.toml`.
  public var info: KoperasiInfo
  /// Tables in a fixed order: loaded tables first, then derived ones (`jadwal`).
  public var tables: [Table]
  /// Problems found while loading and validating, in file order.
  public var issues: [DataIssue]
  /// The files read, for the audit trail.
  public var files: [SourceFile]
  /// The date that balances, schedules and days past due refer to.
  public var asOf: Day

  public init(
    folder: String, info: KoperasiInfo, tables: [Table], issues: [DataIssue] = [],
    files: [SourceFile] = [], asOf: Day? = nil
  ) {
    self.folder = folder
    self.info = info
    self.tables = tables
    self.issues = issues
    self.files = files
    self.asOf = asOf ?? info.tanggalLaporan
  }

  /// The table called `name` (case-insensitive), or nil.
  public func table(_ name: String) -> Table? {
    let key = Table.normalize(name)
    return tables.first { Table.normalize($0.name) == key }
  }

  public var tableNames: [String] { tables.map(\.name) }

  /// This dataset with `table` added or replacing the table of the same name.
  public func setting(_ table: Table) -> Dataset {
    var d = self
    if let i = d.tables.firstIndex(where: { Table.normalize($0.name) == Table.normalize(table.name) }) {
      d.tables[i] = table
    } else {
      d.tables.append(table)
    }
    return d
  }
}

/// A file the dataset was read from.
public struct SourceFile: Sendable, Codable, Hashable {
  /// Path relative to the dataset folder (`pinjaman.csv`).
  public var name: String
  /// Absolute or as-given path.
  public var path: String
  public var bytes: Int64
  public init(name: String, path: String, bytes: Int64) {
    self.name = name
    self.path = path
    self.bytes = bytes
  }
}

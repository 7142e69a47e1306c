/// The dataset contract as data: every table (CSV file) a dataset folder may
/// hold, and every column with its type and rules (see docs/dataset.md).
///
/// The loader validates against it; the docs, the demo writer and the shell's
/// completion read it. ``DatasetSchema/contract`` is the one instance.
public struct DatasetSchema: Sendable {
  /// Tables in load order (a table's foreign keys point to earlier tables).
  public var tables: [TableSchema]

  public init(tables: [TableSchema]) { self.tables = tables }

  /// The table called `name` (`pinjaman`, or `pinjaman.csv`), ignoring case.
  public func table(_ name: String) -> TableSchema? {
    var key = name.lowercased()
    if key.hasSuffix(".csv") { key.removeLast(4) }
    return tables.first { $0.name == key }
  }
}

/// One table of the contract: a CSV file named `<name>.csv`.
public struct TableSchema: Sendable {
  /// The table name, which is the file name without `.csv` (`pinjaman`).
  public var name: String
  /// Whether every dataset must have this file.
  public var isRequired: Bool
  /// What one row is (`a loan`).
  public var row: Text
  /// What the table is needed for, for docs (`savings-and-loan checks`).
  public var neededFor: Text
  /// The column whose values must be unique; a later row repeating a value is skipped.
  public var primaryKey: String?
  /// The column that identifies a row in evidence (the primary key, or e.g.
  /// `no_bukti`, which is not enforced unique because duplicates are findings).
  public var rowKey: String?
  public var columns: [ColumnSchema]
  /// Columns that must name a row of another table.
  public var foreignKeys: [ForeignKey]
  /// Date pairs where the second must not be before the first (a term's start and end).
  public var dateOrder: [DateOrder]

  public init(
    name: String, isRequired: Bool, row: Text, neededFor: Text, primaryKey: String? = nil,
    rowKey: String? = nil, columns: [ColumnSchema], foreignKeys: [ForeignKey] = [],
    dateOrder: [DateOrder] = []
  ) {
    self.name = name
    self.isRequired = isRequired
    self.row = row
    self.neededFor = neededFor
    self.primaryKey = primaryKey
    self.rowKey = rowKey ?? primaryKey
    self.columns = columns
    self.foreignKeys = foreignKeys
    self.dateOrder = dateOrder
  }

  /// `pinjaman.csv`.
  public var fileName: String { name + ".csv" }

  /// The column called `name` (exact contract name).
  public func column(_ name: String) -> ColumnSchema? { columns.first { $0.name == name } }

  /// The names of the columns a file must have.
  public var requiredColumns: [String] { columns.filter(\.isRequired).map(\.name) }
}

/// One column of a contract table.
public struct ColumnSchema: Sendable {
  public var name: String
  public var type: ColumnType
  /// Whether the file must have this column (its header must name it).
  public var isRequired: Bool
  /// Whether a cell may be empty (null). An empty or invalid cell in a column
  /// that may not be empty makes the loader skip the row.
  public var allowsEmpty: Bool
  /// For enumerations: the values allowed (stored in their canonical spelling).
  public var allowedValues: [AllowedValue]?
  /// How text is stored: interned (`dictionary`) when values repeat.
  public var storage: TextStorage
  /// What the column means, for docs and `describe`.
  public var meaning: Text
  /// Dates that should not lie after the reporting date (a warning; the row is kept).
  public var notAfterReportingDate: Bool

  public init(
    _ name: String, _ type: ColumnType, required: Bool = true, allowsEmpty: Bool = false,
    allowed: [AllowedValue]? = nil, storage: TextStorage = .text, notAfterReportingDate: Bool = false,
    _ meaning: Text
  ) {
    self.name = name
    self.type = type
    self.isRequired = required
    self.allowsEmpty = allowsEmpty || !required
    self.allowedValues = allowed
    self.storage = allowed != nil ? .dictionary : storage
    self.meaning = meaning
    self.notAfterReportingDate = notAfterReportingDate
  }

  /// How a text column's cells are stored.
  public enum TextStorage: String, Sendable {
    /// End to end in one buffer (values that rarely repeat: names, receipt numbers).
    case text
    /// Interned codes into a list of distinct values (status, petugas, foreign keys).
    case dictionary
  }

  /// `aktif, lunas, hapus_buku`, or nil when any value is allowed.
  public var allowedList: String? { allowedValues.map { $0.map(\.value).joined(separator: ", ") } }
}

/// One value of an enumeration, with other spellings that mean the same.
public struct AllowedValue: Sendable, ExpressibleByStringLiteral {
  /// The canonical spelling, as stored (`hapus_buku`).
  public var value: String
  /// Other accepted spellings (`L` for `lancar`). Matching ignores case and
  /// reads spaces and `-` as `_`, so `Hapus Buku` needs no alias.
  public var aliases: [String]
  public var meaning: Text?

  public init(_ value: String, aliases: [String] = [], _ meaning: Text? = nil) {
    self.value = value
    self.aliases = aliases
    self.meaning = meaning
  }

  public init(stringLiteral value: String) { self.init(value) }
}

/// A column whose values must be keys of another table.
public struct ForeignKey: Sendable {
  public var column: String
  public var table: String
  public var tableColumn: String
  /// The ``IssueKind`` reported for a value the other table lacks.
  public var issue: IssueKind

  public init(_ column: String, references table: String, _ tableColumn: String, issue: IssueKind) {
    self.column = column
    self.table = table
    self.tableColumn = tableColumn
    self.issue = issue
  }
}

/// Two date columns of one row where `end` must not be before `start`.
public struct DateOrder: Sendable {
  public var start: String
  public var end: String
  public init(_ start: String, _ end: String) {
    self.start = start
    self.end = end
  }
}

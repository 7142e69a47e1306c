/// Builds a small table row by row, for results that plugins compute.
///
/// Large tables (loaders) fill typed arrays directly instead.
///
///     var b = TableBuilder("par", [("kelompok", .string), ("par30", .percent)])
///     b.append([.string("A"), .percent(0.12)])
///     let table = b.build()
public struct TableBuilder: Sendable {
  public let name: String
  public let schema: [(name: String, type: ColumnType)]
  private var cells: [[Value]]
  public var primaryKey: String?

  public init(_ name: String, _ schema: [(String, ColumnType)], primaryKey: String? = nil) {
    self.name = name
    self.schema = schema.map { (name: $0.0, type: $0.1) }
    self.cells = Array(repeating: [], count: schema.count)
    self.primaryKey = primaryKey
  }

  /// Appends one row; `row` holds one value per column, in schema order.
  public mutating func append(_ row: [Value]) {
    precondition(row.count == schema.count, "row has \(row.count) cells, table \(name) has \(schema.count) columns")
    for (i, v) in row.enumerated() { cells[i].append(v) }
  }

  public var rowCount: Int { cells.first?.count ?? 0 }

  public func build() -> Table {
    let cols = schema.enumerated().map { i, s in Column.from(s.name, s.type, cells[i]) }
    return Table(name: name, columns: cols, rowCount: rowCount, primaryKey: primaryKey)
  }
}

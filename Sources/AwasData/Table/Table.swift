/// A columnar in-memory table: the one data shape that loaders produce,
/// pipelines transform, plugins return and the shell renders.
///
/// Columns are typed arrays (``Column``), so filtering and sorting millions of
/// rows touches only the columns involved.
public struct Table: Sendable {
  /// The table's name (`pinjaman`) or a result title.
  public var name: String
  public private(set) var columns: [Column]
  public let rowCount: Int
  /// The column whose values identify a row (`no_pinjaman`), used for evidence.
  public var primaryKey: String?
  /// Free-form facts about where a result came from, kept through filters and
  /// sorts (e.g. the column a Benford test ran on, for drilling down).
  public var metadata: [String: String] = [:]

  /// Creates a table; all columns must have `rowCount` cells.
  public init(name: String, columns: [Column], rowCount: Int? = nil, primaryKey: String? = nil) {
    let n = rowCount ?? columns.first?.count ?? 0
    for c in columns {
      precondition(c.count == n, "column \(c.name) has \(c.count) rows, table \(name) has \(n)")
    }
    self.name = name
    self.columns = columns
    self.rowCount = n
    self.primaryKey = primaryKey
  }

  public var columnNames: [String] { columns.map(\.name) }

  /// The position of the column called `name`, compared by ``Table/normalize(_:)``.
  public func index(of name: String) -> Int? {
    if let i = columns.firstIndex(where: { $0.name == name }) { return i }
    let key = Table.normalize(name)
    return columns.firstIndex { Table.normalize($0.name) == key }
  }

  public func column(_ name: String) -> Column? { index(of: name).map { columns[$0] } }

  /// Column names are matched ignoring case, with spaces and `-` read as `_`.
  public static func normalize(_ name: String) -> String {
    var out = ""
    for ch in name.lowercased() {
      if ch == " " || ch == "-" { out.append("_") } else { out.append(ch) }
    }
    return out.trimmingSpaces()
  }

  /// The first `n` rows.
  public func head(_ n: Int) -> Table {
    let k = max(0, min(n, rowCount))
    return gather(0..<Int32(k))
  }

  /// The rows whose bit is set in `mask`.
  public func filter(_ mask: Bitset) -> Table {
    var rows = ContiguousArray<Int32>()
    rows.reserveCapacity(mask.cardinality)
    for (w, word) in mask.words.enumerated() {
      var bits = word
      while bits != 0 {
        let b = bits.trailingZeroBitCount
        rows.append(Int32(w * 64 + b))
        bits &= bits - 1
      }
    }
    return gather(rows)
  }

  /// Only the named columns, in the given order.
  public func selecting(_ names: [String]) -> Table? {
    var cols: [Column] = []
    for n in names {
      guard let c = column(n) else { return nil }
      cols.append(c)
    }
    var t = Table(name: name, columns: cols, rowCount: rowCount, primaryKey: primaryKey)
    t.metadata = metadata
    return t
  }

  /// This table with `column` added, or replacing the column of the same name.
  public func setting(_ column: Column) -> Table {
    var t = self
    if let i = index(of: column.name) { t.columns[i] = column } else { t.columns.append(column) }
    return t
  }

  /// The cell at (`row`, column `name`).
  public func value(row: Int, column name: String) -> Value? {
    column(name)?.value(at: row)
  }

  /// An empty table with the same columns.
  public var emptyCopy: Table { gather([Int32]()) }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  public func trimmingSpaces() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s.removeLast() }
    return String(s)
  }
}

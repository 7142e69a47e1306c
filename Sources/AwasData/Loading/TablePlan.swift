/// How a cell is read.
enum CellKind: UInt8 {
  case money, integer, real, date, bool, enumeration, text, dictionary
}

/// How one column of a file is read: everything the per-row loop needs, as
/// plain values (no references, so the loop does no reference counting).
struct CellPlan {
  /// The header field the column comes from.
  var field: Int
  var kind: CellKind
  /// An empty or invalid value skips the row.
  var required: Bool
  var notAfterReporting: Bool = false
  /// Index into ``TablePlan/enums`` (enumerations).
  var enumIndex: Int = -1
  /// Index into ``TablePlan/seeds`` (foreign keys).
  var seedIndex: Int = -1
}

/// One output column of a table.
struct PlannedColumn {
  var name: String
  var type: ColumnType
  var schema: ColumnSchema?
  /// Its header cell was empty (kept as `kolom_N` only if it holds data).
  var unnamed = false
  /// 1-based header position.
  var position: Int
}

/// A foreign-key column's view of the referenced table's keys.
struct Seed {
  /// The referenced keys; code `i` is row `i` of the referenced table. Read-only.
  var box: InternerBox
  var issue: IssueKind
  var column: String
  var other: String
}

/// Everything needed to read the data rows of one file.
struct TablePlan {
  var file: String
  var schema: TableSchema
  var format: CSVFormat
  var columns: [PlannedColumn]
  /// Parallel to `columns`.
  var cells: [CellPlan]
  var enums: [EnumMatcher]
  var seeds: [Seed]
  var headerFieldCount: Int
  var reportingDay: Int32
  /// Pairs of cell indexes (start, end) where end must not be before start.
  var dateOrder: [(start: Int, end: Int)]
  /// The cell of the primary key, if the table has one and the file holds it.
  var keyCell: Int?

  var numbers: NumberParser { NumberParser(decimalComma: format.decimalComma) }
}

/// Matches a cell against an enumeration's allowed values and aliases,
/// ignoring ASCII case and reading spaces and `-` as `_`.
struct EnumMatcher {
  /// Canonical values; a match returns an index into this list.
  let values: [String]
  /// `aktif, lunas, hapus_buku`.
  let list: String
  private let keys: [[UInt8]]
  private let codes: [Int32]

  init(_ allowed: [AllowedValue]) {
    values = allowed.map(\.value)
    list = values.joined(separator: ", ")
    var keys: [[UInt8]] = []
    var codes: [Int32] = []
    for (i, a) in allowed.enumerated() {
      for s in [a.value] + a.aliases {
        keys.append(Array(s.utf8).map(EnumMatcher.fold))
        codes.append(Int32(i))
      }
    }
    self.keys = keys
    self.codes = codes
  }

  @inline(__always)
  static func fold(_ c: UInt8) -> UInt8 {
    c == Bytes.space || c == UInt8(ascii: "-") ? UInt8(ascii: "_") : Bytes.lower(c)
  }

  /// The code of `p[a..<b]` (trimmed, non-empty), or -1.
  func match(_ p: UnsafePointer<UInt8>, _ a: Int, _ b: Int) -> Int32 {
    let n = b - a
    for (k, key) in keys.enumerated() where key.count == n {
      var same = true
      for i in 0..<n where fold(p[a + i]) != key[i] {
        same = false
        break
      }
      if same { return codes[k] }
    }
    return -1
  }

  private func fold(_ c: UInt8) -> UInt8 { EnumMatcher.fold(c) }
}

import AwasPluginKit

/// A column an audit command works on, with the table it belongs to.
struct ColumnInput {
  /// The table the column was read from (the piped table, or the dataset's).
  var table: Table
  var column: Column
  /// `angsuran.pokok`, for titles and metadata.
  var label: String
  /// The dataset table name the rows belong to (for evidence), when known.
  var tableName: String { table.name }
}

extension Invocation {
  /// The table a command works on: the piped input, or the `key` argument.
  func inputTable(_ key: String) throws -> Table {
    if let t = arguments.table(key) { return t }
    if let input { return input }
    if let name = arguments.string(key) { return try context.table(name) }
    throw UserError(
      Text("Sebutkan tabelnya, atau alirkan tabel ke perintah ini.", en: "Name the table, or pipe a table into this command."),
      hint: Text(
        "Contoh: `\(path.joined(separator: " ")) pinjaman …` atau `pinjaman | \(path.joined(separator: " ")) …`; lihat `bantuan \(path.joined(separator: " "))`",
        en: "For example: `\(path.joined(separator: " ")) pinjaman …` or `pinjaman | \(path.joined(separator: " ")) …`; see `help \(path.joined(separator: " "))`"),
      argument: key)
  }

  /// The column named by argument `key` (`table.column`, or `column` of the
  /// piped table), checked against `types` when given.
  func inputColumn(_ key: String, types: [ColumnType] = []) throws -> ColumnInput {
    guard let ref = arguments.column(key) ?? arguments.string(key).map(Self.parseRef) else {
      throw UserError(
        Text("Sebutkan kolomnya sebagai tabel.kolom.", en: "Name the column as table.column."),
        hint: Text("Contoh: `periksa benford angsuran.pokok`", en: "For example: `check benford angsuran.pokok`"),
        argument: key)
    }
    let table: Table
    if let name = ref.table {
      if let input, Table.normalize(input.name) == Table.normalize(name) {
        table = input
      } else {
        table = try context.table(name)
      }
    } else if let input {
      table = input
    } else {
      throw UserError(
        Text("Kolom `\(ref.column)` tanpa nama tabel.", en: "Column `\(ref.column)` has no table name."),
        hint: Text("Tulis `tabel.\(ref.column)`, atau alirkan tabel ke perintah ini.", en: "Write `table.\(ref.column)`, or pipe a table into this command."),
        argument: ref.description)
    }
    guard let column = table.column(ref.column) else { throw UserError.missingColumn(ref.column, table: table) }
    if !types.isEmpty && !types.contains(column.type) {
      func want(_ l: Language) -> String {
        let names = types.map { $0.label(l) }
        guard names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + (l == .en ? " or " : " atau ") + names[names.count - 1]
      }
      throw UserError(
        Text(
          "Kolom `\(ref.column)` bertipe \(column.type.label.id), perintah ini perlu \(want(.id)).",
          en: "Column `\(ref.column)` is \(column.type.label.en); this command needs \(want(.en))."),
        argument: ref.description)
    }
    return ColumnInput(table: table, column: column, label: "\(table.name).\(column.name)")
  }

  static func parseRef(_ s: String) -> ColumnRef {
    if let dot = s.firstIndex(of: ".") {
      return ColumnRef(table: String(s[..<dot]), column: String(s[s.index(after: dot)...]))
    }
    return ColumnRef(table: nil, column: s)
  }

  /// A column of `table` named by argument `key`, or nil when not given.
  func optionalColumn(_ key: String, of table: Table) throws -> Column? {
    guard let name = arguments.column(key)?.column ?? arguments.string(key) else { return nil }
    let bare = Self.parseRef(name).column
    guard let c = table.column(bare) else { throw UserError.missingColumn(bare, table: table) }
    return c
  }
}

extension Column {
  /// The cell as text for any storage (numbers and dates in machine form).
  func text(at i: Int) -> String? {
    if isNull(i) { return nil }
    switch storage {
    case .text, .dictionary: return string(at: i)
    default: return ValueFormatter.plain(value(at: i))
    }
  }

  /// Calls `body` with the UTF-8 bytes of every non-null text cell, without
  /// making a `String` per row (dictionary values are visited per row too).
  func forEachUTF8(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
    switch storage {
    case .text(let s):
      s.bytes.withUnsafeBufferPointer { all in
        for r in 0..<s.count where !isNull(r) {
          let lo = Int(s.offsets[r]), hi = Int(s.offsets[r + 1])
          body(r, UnsafeBufferPointer(rebasing: all[lo..<hi]))
        }
      }
    case .dictionary(let codes, let values):
      let encoded = values.map { Array($0.utf8) }
      for r in 0..<codes.count where !isNull(r) {
        encoded[Int(codes[r])].withUnsafeBufferPointer { body(r, $0) }
      }
    default:
      for r in 0..<count {
        guard let s = text(at: r) else { continue }
        Array(s.utf8).withUnsafeBufferPointer { body(r, $0) }
      }
    }
  }
}

/// Column and label names in the session's language.
struct Labels {
  let language: Language
  func callAsFunction(_ id: String, _ en: String) -> String { language == .en ? en : id }
}

extension Invocation {
  var labels: Labels { Labels(language: language) }
  func say(_ t: Text) -> String { t(language) }
}

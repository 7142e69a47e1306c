import AwasPluginKit

/// Writes cells in their plain machine form (`1250000.5`, `2025-12-31`)
/// straight from a column's storage into UTF-8 bytes, without a ``Value`` or a
/// `String` per cell: CSV and JSON of a million-row table in seconds.
///
/// The bytes are exactly those of `ValueFormatter.plain` (CSV) and
/// `MachineFormats.json(_:)` (JSON) for the same cell; the cells of masked
/// personal columns are masked with `CellFormatter.maskText` and written
/// value by value.
///
/// A class, not a struct: the writers of a table are called from an array
/// once per cell, and copying a struct out of it retained every array it holds.
final class PlainCells {
  enum Syntax { case csv(delimiter: UInt8), json }

  /// How a cell is written; the storage's array is taken out of the column
  /// once, so writing a cell copies no array (a `switch` over the storage
  /// retained and released it for every cell).
  private enum Kind { case money, decimal, day, bool, text, dictionary, double, masked }

  let column: Column
  let syntax: Syntax
  let cells: CellFormatter
  private let kind: Kind
  private let nulls: Bitset?
  private let i64: ContiguousArray<Int64>
  private let f64: ContiguousArray<Double>
  /// Day serials, or dictionary codes.
  private let i32: ContiguousArray<Int32>
  private let flags: ContiguousArray<Bool>
  /// The text of a text column, or a dictionary's values.
  private let strings: Utf8Strings

  init(_ column: Column, _ syntax: Syntax, cells: CellFormatter) {
    self.column = column
    self.syntax = syntax
    self.cells = cells
    nulls = column.nulls
    var (i64, f64, i32, flags, strings) = (ContiguousArray<Int64>(), ContiguousArray<Double>(), ContiguousArray<Int32>(), ContiguousArray<Bool>(), Utf8Strings())
    let kind: Kind
    switch column.storage {
    case .int64(let a):
      i64 = a
      kind = column.type == .money ? .money : .decimal
    case .double(let a):
      f64 = a
      kind = .double
    case .day(let a):
      i32 = a
      kind = .day
    case .bool(let a):
      flags = a
      kind = .bool
    case .text(let t):
      strings = t
      kind = .text
    case .dictionary(let codes, let values):
      i32 = codes
      strings = Utf8Strings(values)
      kind = .dictionary
    }
    self.kind = cells.isPersonal(column) ? .masked : kind
    (self.i64, self.f64, self.i32, self.flags, self.strings) = (i64, f64, i32, flags, strings)
  }

  /// Appends cell `r` to `out`.
  func write(_ r: Int, to out: inout [UInt8]) {
    if let nulls, nulls[r] {
      if case .json = syntax { out += PlainCells.null }
      return
    }
    switch kind {
    case .money: PlainBytes.money(i64[r], to: &out)
    case .decimal: PlainBytes.decimal(i64[r], to: &out)
    case .day:
      if case .json = syntax { out.append(PlainCells.quote) }
      PlainBytes.date(i32[r], to: &out)
      if case .json = syntax { out.append(PlainCells.quote) }
    case .bool: out += flags[r] ? PlainCells.yes : PlainCells.no
    case .text: strings.withBytes(r) { text($0, to: &out) }
    case .dictionary: strings.withBytes(Int(i32[r])) { text($0, to: &out) }
    case .double:
      let d = f64[r]
      if d == d.rounded(), abs(d) < 1e15 { PlainBytes.decimal(Int64(d), to: &out) } else { slow(r, to: &out) }
    case .masked: slow(r, to: &out)
    }
  }

  private func slow(_ r: Int, to out: inout [UInt8]) {
    var v = column.value(at: r)
    // As `CellFormatter.plain`, without asking again per cell whether the column is personal.
    if kind == .masked, case .string(let text) = v { v = .string(CellFormatter.maskText(text)) }
    switch syntax {
    case .csv(let d): out += MachineFormats.quote(ValueFormatter.plain(v), d).utf8
    case .json: out += MachineFormats.json(v).utf8
    }
  }

  private func text(_ b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    switch syntax {
    case .csv(let d):
      if b.contains(where: { $0 == d || $0 == PlainCells.quote || $0 == 10 || $0 == 13 }) {
        out += MachineFormats.quote(String(decoding: b, as: UTF8.self), d).utf8
      } else {
        out.append(contentsOf: b)
      }
    case .json:
      if b.contains(where: { QuotedString.needsEscape(UInt32($0)) || $0 == PlainCells.quote || $0 == PlainCells.backslash }) {
        out += QuotedString.escaped(String(decoding: b, as: UTF8.self)).utf8
      } else {
        out.append(PlainCells.quote)
        out.append(contentsOf: b)
        out.append(PlainCells.quote)
      }
    }
  }

  static let quote = UInt8(ascii: "\"")
  static let backslash = UInt8(ascii: "\\")
  static let null = Array("null".utf8)
  static let yes = Array("true".utf8)
  static let no = Array("false".utf8)
}

import AwasPluginKit

/// Writes cells in their plain machine form (`1250000.5`, `2025-12-31`)
/// straight from a column's storage into UTF-8 bytes, without a ``Value`` or a
/// `String` per cell: CSV and JSON of a million-row table in seconds.
///
/// The bytes are exactly those of `ValueFormatter.plain` (CSV) and
/// `MachineFormats.json(_:)` (JSON) for the same cell; personal columns that
/// are masked go through ``CellFormatter`` as before.
struct PlainCells {
  enum Syntax { case csv(delimiter: UInt8), json }

  let column: Column
  let syntax: Syntax
  let cells: CellFormatter
  private let masked: Bool
  /// Dictionary values, encoded once.
  private let values: [[UInt8]]

  init(_ column: Column, _ syntax: Syntax, cells: CellFormatter) {
    self.column = column
    self.syntax = syntax
    self.cells = cells
    masked = cells.isPersonal(column)
    if case .dictionary(_, let v) = column.storage { values = v.map { Array($0.utf8) } } else { values = [] }
  }

  /// Appends cell `r` to `out`.
  func write(_ r: Int, to out: inout [UInt8]) {
    if column.isNull(r) {
      if case .json = syntax { out += PlainCells.null }
      return
    }
    if masked {
      slow(r, to: &out)
      return
    }
    switch column.storage {
    case .int64(let a):
      if column.type == .money { PlainBytes.money(a[r], to: &out) } else { PlainBytes.decimal(a[r], to: &out) }
    case .day(let a):
      if case .json = syntax { out.append(PlainCells.quote) }
      PlainBytes.date(a[r], to: &out)
      if case .json = syntax { out.append(PlainCells.quote) }
    case .bool(let a): out += a[r] ? PlainCells.yes : PlainCells.no
    case .text(let s): s.withBytes(r) { text($0, to: &out) }
    case .dictionary(let codes, _): values[Int(codes[r])].withUnsafeBufferPointer { text($0, to: &out) }
    case .double(let a):
      let d = a[r]
      if d == d.rounded(), abs(d) < 1e15 { PlainBytes.decimal(Int64(d), to: &out) } else { slow(r, to: &out) }
    }
  }

  private func slow(_ r: Int, to out: inout [UInt8]) {
    let v = masked ? cells.plain(column, r) : column.value(at: r)
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

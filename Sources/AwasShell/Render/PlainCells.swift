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
      if column.type == .money { PlainCells.money(a[r], to: &out) } else { PlainCells.decimal(a[r], to: &out) }
    case .day(let a):
      if case .json = syntax { out.append(PlainCells.quote) }
      PlainCells.date(a[r], to: &out)
      if case .json = syntax { out.append(PlainCells.quote) }
    case .bool(let a): out += a[r] ? PlainCells.yes : PlainCells.no
    case .text(let s): s.withBytes(r) { text($0, to: &out) }
    case .dictionary(let codes, _): values[Int(codes[r])].withUnsafeBufferPointer { text($0, to: &out) }
    case .double(let a):
      let d = a[r]
      if d == d.rounded(), abs(d) < 1e15 { PlainCells.decimal(Int64(d), to: &out) } else { slow(r, to: &out) }
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
      if b.contains(where: { $0 < 0x20 || $0 == PlainCells.quote || $0 == PlainCells.backslash }) {
        out += MachineFormats.jsonString(String(decoding: b, as: UTF8.self)).utf8
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

  /// `-123`.
  static func decimal(_ v: Int64, to out: inout [UInt8]) {
    if v < 0 { out.append(UInt8(ascii: "-")) }
    digits(v.magnitude, to: &out)
  }

  static func digits(_ v: UInt64, to out: inout [UInt8]) {
    var buf: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
    withUnsafeMutableBytes(of: &buf) { raw in
      var i = raw.count
      var x = v
      repeat {
        i -= 1
        raw[i] = UInt8(ascii: "0") + UInt8(x % 10)
        x /= 10
      } while x != 0
      out.append(contentsOf: raw[i...])
    }
  }

  /// Rupiah from sen, as `ValueFormatter.plainMoney`: `1250000`, `1250000.5`, `-3.05`.
  static func money(_ sen: Int64, to out: inout [UInt8]) {
    if sen < 0 { out.append(UInt8(ascii: "-")) }
    let a = sen.magnitude
    digits(a / 100, to: &out)
    let cents = a % 100
    guard cents != 0 else { return }
    out.append(UInt8(ascii: "."))
    if cents % 10 == 0 {
      out.append(UInt8(ascii: "0") + UInt8(cents / 10))
    } else {
      out.append(UInt8(ascii: "0") + UInt8(cents / 10))
      out.append(UInt8(ascii: "0") + UInt8(cents % 10))
    }
  }

  /// `YYYY-MM-DD`, as `Day.description`.
  static func date(_ serial: Int32, to out: inout [UInt8]) {
    let (y, m, d) = Day(serial: serial).components
    guard (0...9999).contains(y) else {
      out += Day(serial: serial).description.utf8
      return
    }
    pad(y, 4, to: &out)
    out.append(UInt8(ascii: "-"))
    pad(m, 2, to: &out)
    out.append(UInt8(ascii: "-"))
    pad(d, 2, to: &out)
  }

  private static func pad(_ v: Int, _ width: Int, to out: inout [UInt8]) {
    var div = 1
    for _ in 1..<width { div *= 10 }
    var x = v
    while div > 0 {
      out.append(UInt8(ascii: "0") + UInt8(x / div))
      x %= div
      div /= 10
    }
  }
}

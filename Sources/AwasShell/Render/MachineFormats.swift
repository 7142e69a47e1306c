import AwasPluginKit

/// CSV, JSON and Markdown forms of a table, for scripts and files.
struct MachineFormats {
  var cells: CellFormatter

  /// RFC 4180 CSV with a header; money in rupiah, dates ISO, percent as a ratio.
  func csv(_ t: Table, delimiter: Character = ",") -> String {
    String(decoding: csvBytes(t, delimiter: delimiter.asciiValue ?? UInt8(ascii: ",")), as: UTF8.self)
  }

  /// ``csv(_:delimiter:)`` as UTF-8 bytes, for a file.
  func csvBytes(_ t: Table, delimiter d: UInt8) -> [UInt8] {
    var out = Array(t.columns.map { MachineFormats.quote($0.name, d) }.joined(separator: String(UnicodeScalar(d))).utf8)
    let writers = t.columns.map { PlainCells($0, .csv(delimiter: d), cells: cells) }
    for r in 0..<t.rowCount {
      if r == MachineFormats.sampleRows { MachineFormats.reserve(&out, rows: r, of: t.rowCount) }
      out.append(10)
      for i in writers.indices {
        if i > 0 { out.append(d) }
        writers[i].write(r, to: &out)
      }
    }
    return out
  }

  /// Rows written before the rest are estimated from them.
  static let sampleRows = 1_000

  /// Room in `out` for all `total` rows, estimated from the first `rows`
  /// (one allocation instead of a doubling copy after another).
  static func reserve(_ out: inout [UInt8], rows: Int, of total: Int) {
    out.reserveCapacity(out.count / Swift.max(1, rows) * total / 20 * 21 + 4_096)
  }

  /// `s` as one CSV field: quoted when it holds the delimiter, a quote or a line break.
  static func quote(_ s: String, _ d: UInt8) -> String {
    let quote = UInt8(ascii: "\"")
    guard s.utf8.contains(where: { $0 == d || $0 == quote || $0 == 10 || $0 == 13 }) else { return s }
    var out = "\""
    for ch in s.unicodeScalars {
      if ch == "\"" { out += "\"\"" } else { out.unicodeScalars.append(ch) }
    }
    return out + "\""
  }

  /// One JSON array of row objects: column name → value; money in rupiah as a
  /// number; dates `YYYY-MM-DD`; percent as a ratio; null as `null`.
  func json(_ t: Table) -> String {
    String(decoding: jsonBytes(t), as: UTF8.self)
  }

  /// ``json(_:)`` as UTF-8 bytes, for a file.
  func jsonBytes(_ t: Table) -> [UInt8] {
    var out = Array("[".utf8)
    let keys = t.columns.enumerated().map { i, c in Array(((i == 0 ? "" : ", ") + QuotedString.escaped(c.name) + ": ").utf8) }
    let writers = t.columns.map { PlainCells($0, .json, cells: cells) }
    let first = Array("\n  {".utf8), next = Array(",\n  {".utf8)
    for r in 0..<t.rowCount {
      if r == MachineFormats.sampleRows { MachineFormats.reserve(&out, rows: r, of: t.rowCount) }
      out += r == 0 ? first : next
      for i in writers.indices {
        out += keys[i]
        writers[i].write(r, to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
    out += t.rowCount == 0 ? Array("]".utf8) : Array("\n]".utf8)
    return out
  }

  static func json(_ v: Value) -> String {
    switch v {
    case .null: return "null"
    case .int(let i): return String(i)
    case .double(let d), .percent(let d): return d.isFinite ? ValueFormatter.plain(.double(d)) : "null"
    case .money(let m): return ValueFormatter.plainMoney(m)
    case .date(let d): return "\"\(d)\""
    case .bool(let b): return b ? "true" : "false"
    case .string(let s): return QuotedString.escaped(s)
    }
  }

  /// A GitHub-style Markdown table with values as people read them.
  func markdown(_ t: Table, title: String?) -> String {
    var lines: [String] = []
    if let title { lines += ["**\(title)**", ""] }
    lines.append("| " + t.columns.map { escapeMD($0.name) }.joined(separator: " | ") + " |")
    lines.append("|" + t.columns.map { $0.type.isNumeric ? "---:|" : "---|" }.joined())
    for r in 0..<t.rowCount {
      lines.append("| " + t.columns.map { escapeMD(cells.display($0, r)) }.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n")
  }

  private func escapeMD(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == 10 }) else { return s }
    return s.replacing("|", with: "\\|").replacing("\n", with: " ")
  }
}

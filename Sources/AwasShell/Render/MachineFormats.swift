import AwasPluginKit

/// CSV, JSON and Markdown forms of a table, for scripts and files.
struct MachineFormats {
  var cells: CellFormatter

  /// RFC 4180 CSV with a header; money in rupiah, dates ISO, percent as a ratio.
  func csv(_ t: Table, delimiter: Character = ",") -> String {
    var lines = [t.columns.map { quote($0.name, delimiter) }.joined(separator: String(delimiter))]
    for r in 0..<t.rowCount {
      lines.append(
        t.columns.map { quote(ValueFormatter.plain(cells.plain($0, r)), delimiter) }
          .joined(separator: String(delimiter)))
    }
    return lines.joined(separator: "\n")
  }

  private func quote(_ s: String, _ d: Character) -> String {
    guard s.contains(d) || s.contains("\"") || s.contains("\n") || s.contains("\r") else { return s }
    return "\"" + s.replacing("\"", with: "\"\"") + "\""
  }

  /// One JSON array of row objects: column name → value; money in rupiah as a
  /// number; dates `YYYY-MM-DD`; percent as a ratio; null as `null`.
  func json(_ t: Table) -> String {
    var out = "["
    for r in 0..<t.rowCount {
      out += r == 0 ? "\n  {" : ",\n  {"
      for (i, c) in t.columns.enumerated() {
        out += (i == 0 ? "" : ", ") + MachineFormats.jsonString(c.name) + ": " + MachineFormats.json(cells.plain(c, r))
      }
      out += "}"
    }
    return out + (t.rowCount == 0 ? "]" : "\n]")
  }

  static func json(_ v: Value) -> String {
    switch v {
    case .null: return "null"
    case .int(let i): return String(i)
    case .double(let d), .percent(let d): return d.isFinite ? ValueFormatter.plain(.double(d)) : "null"
    case .money(let m): return ValueFormatter.plainMoney(m)
    case .date(let d): return "\"\(d)\""
    case .bool(let b): return b ? "true" : "false"
    case .string(let s): return jsonString(s)
    }
  }

  static func jsonString(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 {
          let hex = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
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
    s.replacing("|", with: "\\|").replacing("\n", with: " ")
  }
}

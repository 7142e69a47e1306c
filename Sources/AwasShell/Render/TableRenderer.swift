import AwasPluginKit

/// Renders a table as aligned text that fits the terminal: numbers right-aligned,
/// text left-aligned, wide text cut with `…`; when even that does not fit, each
/// row is shown as a record (`column: value` lines).
struct TableRenderer {
  var cells: CellFormatter
  var width: Int
  var maxRows: Int
  var unicode: Bool
  var color: Bool

  func render(_ table: Table, title: String?) -> String {
    var out: [String] = []
    if let title { out.append(color ? "\u{1B}[1m\(title)\u{1B}[0m" : title) }
    let shown = min(table.rowCount, maxRows)
    if table.columns.isEmpty {
      out.append(emptyText)
      return out.joined(separator: "\n")
    }
    var grid: [[String]] = table.columns.map { c in (0..<shown).map { cells.display(c, $0) } }
    let heads = table.columns.map(\.name)
    var widths = zip(heads, grid).map { h, col in max(h.displayWidth, col.map(\.displayWidth).max() ?? 0) }
    let rightAligned = table.columns.map { $0.type.isNumeric }
    let sepWidth = 2
    func total() -> Int { widths.reduce(0, +) + sepWidth * (widths.count - 1) }
    // Shrink the widest text columns until the table fits, down to 8 columns each.
    while total() > width {
      guard let i = widths.indices.filter({ !rightAligned[$0] && widths[$0] > 8 }).max(by: { widths[$0] < widths[$1] })
      else { break }
      widths[i] -= min(widths[i] - 8, total() - width)
    }
    if total() > width {
      out.append(records(table, shown: shown))
    } else {
      for (i, w) in widths.enumerated() {
        grid[i] = grid[i].map { $0.truncated(toWidth: w) }
      }
      let header = heads.enumerated().map { i, h in
        h.truncated(toWidth: widths[i]).padding(toWidth: widths[i], right: rightAligned[i])
      }.joined(separator: "  ")
      let trimmed = header.trimmingTrailingSpaces()
      out.append(color ? "\u{1B}[1m\(trimmed)\u{1B}[0m" : trimmed)
      out.append(widths.map { String(repeating: unicode ? "─" : "-", count: $0) }.joined(separator: "  "))
      for r in 0..<shown {
        out.append(
          widths.indices.map { i in grid[i][r].padding(toWidth: widths[i], right: rightAligned[i]) }
            .joined(separator: "  ").trimmingTrailingSpaces())
      }
    }
    out.append(footer(table.rowCount, shown: shown))
    return out.joined(separator: "\n")
  }

  /// Each row as `column: value` lines, rows separated by a rule.
  func records(_ table: Table, shown: Int) -> String {
    let labelWidth = table.columns.map(\.name.displayWidth).max() ?? 0
    var lines: [String] = []
    for r in 0..<shown {
      lines.append((unicode ? "── " : "-- ") + "\(r + 1)")
      for c in table.columns {
        let value = cells.display(c, r).truncated(toWidth: max(10, width - labelWidth - 2))
        lines.append(c.name.padding(toWidth: labelWidth) + "  " + value)
      }
    }
    return lines.joined(separator: "\n")
  }

  var emptyText: String {
    cells.language == .en ? "(no columns)" : "(tanpa kolom)"
  }

  func footer(_ rows: Int, shown: Int) -> String {
    let lang = cells.language
    let n = ValueFormatter.grouped(Int64(rows), lang)
    if shown < rows {
      let more = ValueFormatter.grouped(Int64(rows - shown), lang)
      return lang == .en
        ? "(\(n) rows; \(more) more not shown — use `head`, or save with `> file.csv`)"
        : "(\(n) baris; \(more) lagi tidak ditampilkan — pakai `ambil`, atau simpan dengan `> berkas.csv`)"
    }
    return lang == .en ? "(\(n) row\(rows == 1 ? "" : "s"))" : "(\(n) baris)"
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}

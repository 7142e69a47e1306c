import AwasPluginKit

/// Renders a table as aligned text that fits the terminal: numbers right-aligned,
/// text left-aligned, long text wrapped onto up to three lines; columns that do
/// not fit even then are left out (and named); on a very narrow terminal each
/// row is shown as a record (`column: value` lines).
struct TableRenderer {
  /// `Table.metadata` key: comma-separated columns left out of the terminal view.
  static let hideKey = "display.hide"
  var cells: CellFormatter
  var width: Int
  var maxRows: Int
  var unicode: Bool
  var color: Bool

  func render(_ full: Table, title: String?) -> String {
    var out: [String] = []
    // Columns a plugin marks as secondary stay in csv/json but not on screen.
    let hide = Set((full.metadata[TableRenderer.hideKey] ?? "").split(separator: ",").map { Table.normalize(String($0)) })
    let table = hide.isEmpty ? full : (full.selecting(full.columnNames.filter { !hide.contains(Table.normalize($0)) }) ?? full)
    if let title { out.append(color ? "\u{1B}[1m\(title)\u{1B}[0m" : title) }
    let shown = min(table.rowCount, maxRows)
    if table.columns.isEmpty {
      out.append(emptyText)
      return out.joined(separator: "\n")
    }
    let grid: [[String]] = table.columns.map { c in (0..<shown).map { cells.display(c, $0) } }
    let heads = table.columns.map(\.name)
    let natural = zip(heads, grid).map { h, col in max(h.displayWidth, col.map(\.displayWidth).max() ?? 0) }
    let numeric = table.columns.map { $0.type.isNumeric }
    guard let layout = TableLayout.fit(natural: natural, numeric: numeric, width: width) else {
      out.append(records(table, shown: shown))
      out.append(footer(table.rowCount, shown: shown))
      return out.joined(separator: "\n")
    }
    let visible = layout.visible
    let widths = layout.widths
    let header = zip(visible, widths).map { i, w in heads[i].truncated(toWidth: w).padding(toWidth: w, right: numeric[i]) }
      .joined(separator: "  ").trimmingTrailingSpaces()
    out.append(color ? "\u{1B}[1m\(header)\u{1B}[0m" : header)
    out.append(widths.map { String(repeating: unicode ? "─" : "-", count: $0) }.joined(separator: "  "))
    for r in 0..<shown {
      let cellLines = zip(visible, widths).map { i, w in TableRenderer.wrap(grid[i][r], w, maxLines: 3) }
      let height = cellLines.map(\.count).max() ?? 1
      for k in 0..<height {
        out.append(
          zip(visible, widths).enumerated().map { j, iw in
            (k < cellLines[j].count ? cellLines[j][k] : "").padding(toWidth: iw.1, right: numeric[iw.0])
          }.joined(separator: "  ").trimmingTrailingSpaces())
      }
    }
    if visible.count < heads.count {
      let hidden = heads.indices.filter { !visible.contains($0) }.map { heads[$0] }.joined(separator: ", ")
      out.append(cells.language == .en
        ? "(not shown for lack of width: \(hidden) — pick columns with `| select …`, or use --format json)"
        : "(tidak muat ditampilkan: \(hidden) — pilih kolom dengan `| pilih …`, atau pakai --format json)")
    }
    out.append(footer(table.rowCount, shown: shown))
    return out.joined(separator: "\n")
  }

  /// `text` in lines of at most `width` columns, broken at spaces where
  /// possible; past `maxLines` the last line ends with `…`.
  static func wrap(_ text: String, _ width: Int, maxLines: Int) -> [String] {
    guard text.displayWidth > width, width > 1 else { return [text] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
      var w = word
      let candidate = line.isEmpty ? w : line + " " + w
      if candidate.displayWidth <= width {
        line = candidate
        continue
      }
      if !line.isEmpty { lines.append(line); line = "" }
      while w.displayWidth > width {
        var head = ""
        for ch in w {
          if (head + String(ch)).displayWidth > width { break }
          head.append(ch)
        }
        lines.append(head)
        w = String(w.dropFirst(head.count))
      }
      line = w
    }
    if !line.isEmpty { lines.append(line) }
    if lines.count > maxLines {
      lines = Array(lines.prefix(maxLines))
      lines[maxLines - 1] = (lines[maxLines - 1] + " …").truncated(toWidth: width)
    }
    return lines
  }

  /// Each row as `column: value` lines, rows separated by a rule.
  func records(_ table: Table, shown: Int) -> String {
    let labelWidth = table.columns.map(\.name.displayWidth).max() ?? 0
    var lines: [String] = []
    for r in 0..<shown {
      lines.append((unicode ? "── " : "-- ") + "\(r + 1)")
      for c in table.columns {
        let parts = TableRenderer.wrap(cells.display(c, r), max(10, width - labelWidth - 2), maxLines: 6)
        for (k, part) in parts.enumerated() {
          lines.append((k == 0 ? c.name : "").padding(toWidth: labelWidth) + "  " + part)
        }
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

/// Which columns to show and how wide, for a table that must fit `width`.
struct TableLayout {
  var visible: [Int]
  var widths: [Int]

  /// Text columns may narrow to 14 (or their natural width) and wrap; if the
  /// table still does not fit, columns are dropped from the right (never the
  /// first). Space left over goes back to the narrowed columns. Nil when not
  /// even the first two columns fit.
  static func fit(natural: [Int], numeric: [Bool], width: Int) -> TableLayout? {
    let gap = 2
    let floorWidth = 14
    func minimum(_ i: Int) -> Int { numeric[i] ? natural[i] : min(natural[i], floorWidth) }
    func need(_ cols: [Int], _ w: (Int) -> Int) -> Int { cols.map(w).reduce(0, +) + gap * max(0, cols.count - 1) }
    var visible = Array(natural.indices)
    if need(visible, { natural[$0] }) <= width { return TableLayout(visible: visible, widths: visible.map { natural[$0] }) }
    while visible.count > 1 && need(visible, minimum) > width { visible.removeLast() }
    if need(visible, minimum) > width || (visible.count < 2 && natural.count >= 2) { return nil }
    var widths = visible.map(minimum)
    var spare = width - need(visible, minimum)
    // Give the spare columns back, one at a time, to the columns furthest below their natural width.
    while spare > 0 {
      guard let j = widths.indices.filter({ widths[$0] < natural[visible[$0]] })
        .max(by: { natural[visible[$0]] - widths[$0] < natural[visible[$1]] - widths[$1] })
      else { break }
      widths[j] += 1
      spare -= 1
    }
    return TableLayout(visible: visible, widths: widths)
  }
}

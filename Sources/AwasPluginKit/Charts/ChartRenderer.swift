/// Renders ``Chart`` values as text that fits `width` columns.
public enum ChartRenderer {
  public static func render(_ chart: Chart, width: Int, unicode: Bool) -> String {
    switch chart {
    case .bars(let b): return bars(b, width: width, unicode: unicode)
    case .sparklines(let s): return sparklines(s, width: width, unicode: unicode)
    case .heatmap(let h): return heatmap(h, width: width, unicode: unicode)
    }
  }

  static func bars(_ c: BarChart, width: Int, unicode: Bool) -> String {
    var lines: [String] = []
    if let t = c.title { lines.append(t) }
    let labelWidth = min(24, c.labels.map(\.displayWidth).max() ?? 0)
    let texts = c.valueLabels ?? c.values.map { ValueFormatter.number($0, decimals: 2, .en, trimZeros: true) }
    let textWidth = texts.map(\.displayWidth).max() ?? 0
    let barWidth = max(10, width - labelWidth - textWidth - 2)
    let top = max(c.values.map { abs($0) }.max() ?? 0, c.reference?.map { abs($0) }.max() ?? 0)
    for (i, label) in c.labels.enumerated() {
      let v = i < c.values.count ? c.values[i] : 0
      let cells = top > 0 ? abs(v) / top * Double(barWidth) : 0
      var bar = barString(cells, unicode: unicode)
      if let ref = c.reference, i < ref.count, top > 0 {
        let pos = Int((abs(ref[i]) / top * Double(barWidth)).rounded())
        var chars = Array(bar.padding(toWidth: barWidth))
        if pos < chars.count { chars[pos] = unicode ? "┃" : "|" }
        bar = String(chars)
      }
      let text = i < texts.count ? texts[i] : ""
      lines.append(
        label.truncated(toWidth: labelWidth).padding(toWidth: labelWidth) + " "
          + bar.padding(toWidth: barWidth) + " " + text)
    }
    return lines.joined(separator: "\n")
  }

  static func barString(_ cells: Double, unicode: Bool) -> String {
    guard cells > 0 else { return "" }
    if !unicode { return String(repeating: "#", count: max(1, Int(cells.rounded()))) }
    let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    let whole = Int(cells)
    let frac = Int(((cells - Double(whole)) * 8).rounded(.down))
    let s = String(repeating: "█", count: whole) + eighths[frac]
    return s.isEmpty ? "▏" : s
  }

  static func sparklines(_ lines: [Sparkline], width: Int, unicode: Bool) -> String {
    let ticks: [Character] = unicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : ["_", ".", "-", "=", "+", "*", "#", "@"]
    let labelWidth = min(24, lines.map(\.label.displayWidth).max() ?? 0)
    let lo = lines.flatMap { $0.values.compactMap { $0 } }.min() ?? 0
    let hi = lines.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
    return lines.map { s in
      var values = s.values
      let room = max(4, width - labelWidth - 2 - (s.note?.displayWidth ?? 0) - 1)
      if values.count > room { values = Array(values.suffix(room)) }
      let spark = String(values.map { v -> Character in
        guard let v else { return " " }
        let k = hi > lo ? Int(((v - lo) / (hi - lo) * 7).rounded()) : 0
        return ticks[max(0, min(7, k))]
      })
      return s.label.truncated(toWidth: labelWidth).padding(toWidth: labelWidth) + "  " + spark
        + (s.note.map { " " + $0 } ?? "")
    }.joined(separator: "\n")
  }

  static func heatmap(_ h: Heatmap, width: Int, unicode: Bool) -> String {
    let shades: [String] = unicode ? [" ", "░", "▒", "▓", "█"] : [" ", ".", ":", "+", "#"]
    let labels = h.cellLabels ?? h.cells.map { row in
      row.map { $0.map { ValueFormatter.number($0, decimals: 1, .en, trimZeros: true) } ?? "" }
    }
    let rowW = h.rowLabels.map(\.displayWidth).max() ?? 0
    let cellW = max(
      (labels.flatMap { $0 }.map(\.displayWidth).max() ?? 1),
      h.columnLabels.map(\.displayWidth).max() ?? 1) + 2
    let hi = h.cells.flatMap { $0.compactMap { $0 } }.max() ?? 0
    var out: [String] = []
    if let t = h.title { out.append(t) }
    out.append(
      "".padding(toWidth: rowW) + " "
        + h.columnLabels.map { $0.padding(toWidth: cellW, right: true) }.joined())
    for (r, row) in h.cells.enumerated() {
      var line = h.rowLabels[r].padding(toWidth: rowW) + " "
      for (c, v) in row.enumerated() {
        let text = (r < labels.count && c < labels[r].count) ? labels[r][c] : ""
        let shade: String
        if let v, hi > 0 { shade = shades[max(0, min(4, Int((v / hi * 4).rounded(.up))))] } else { shade = " " }
        line += " " + shade + text.padding(toWidth: cellW - 2, right: true)
      }
      out.append(line)
    }
    _ = width
    return out.joined(separator: "\n")
  }
}

extension String {
  /// Columns the string takes in a terminal (East Asian wide characters count 2;
  /// combining marks 0).
  public var displayWidth: Int {
    var w = 0
    for s in unicodeScalars {
      let v = s.value
      if v == 0 || (0x300...0x36F).contains(v) || v == 0x200B { continue }
      if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
        || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
        || (0x1F300...0x1FAFF).contains(v)
      {
        w += 2
      } else {
        w += 1
      }
    }
    return w
  }

  /// Pads with spaces to `width` display columns (on the left when `right`).
  public func padding(toWidth width: Int, right: Bool = false) -> String {
    let n = width - displayWidth
    guard n > 0 else { return self }
    return right ? String(repeating: " ", count: n) + self : self + String(repeating: " ", count: n)
  }

  /// Cuts to `width` display columns, ending with `…` when cut.
  public func truncated(toWidth width: Int) -> String {
    guard displayWidth > width, width > 0 else { return self }
    var out = ""
    var w = 0
    for ch in self {
      let cw = String(ch).displayWidth
      if w + cw > width - 1 { break }
      out.append(ch)
      w += cw
    }
    return out + "…"
  }
}

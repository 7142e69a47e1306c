import AwasPluginKit

/// Turns command outputs into text for standard output and standard error in
/// the current format. Pure: printing is the caller's job.
struct Printer {
  var format: OutputFormat
  var language: Language
  var maskPersonal: Bool
  var width: Int
  var maxRows: Int
  var color: Bool
  var unicode: Bool

  struct Rendered {
    var stdout: String = ""
    var stderr: String = ""
    mutating func out(_ s: String) { stdout += s.hasSuffix("\n") ? s : s + "\n" }
    mutating func err(_ s: String) { stderr += s.hasSuffix("\n") ? s : s + "\n" }
  }

  var cells: CellFormatter { CellFormatter(language: language, mask: maskPersonal) }

  func render(_ output: CommandOutput, result: Int?) -> Rendered {
    var r = Rendered()
    let machine = MachineFormats(cells: cells)
    var firstTable = true
    for block in output.blocks {
      switch block {
      case .table(let t, let title):
        switch format {
        case .table:
          var heading = title
          if let n = result, firstTable { heading = "$\(n)" + (title.map { " · \($0)" } ?? " · \(t.name)") }
          let renderer = TableRenderer(cells: cells, width: width, maxRows: maxRows, unicode: unicode, color: color)
          r.out(renderer.render(t, title: heading))
        case .csv: r.out(machine.csv(t))
        case .json: r.out(machine.json(t))
        case .markdown: r.out(machine.markdown(t, title: title) + "\n\n")
        }
        firstTable = false
      case .text(let s):
        format.isMachine ? r.err(s) : r.out(s)
      case .heading(let s):
        let line = format == .markdown ? "## \(s)\n" : (color ? "\u{1B}[1m\(s)\u{1B}[0m" : s)
        format.isMachine ? r.err(s) : r.out(line)
      case .fields(let pairs):
        let w = pairs.map(\.0.displayWidth).max() ?? 0
        let text = pairs.map { format == .markdown ? "- **\($0.0)**: \($0.1)" : $0.0.padding(toWidth: w) + "  " + $0.1 }
          .joined(separator: "\n")
        format.isMachine ? r.err(text) : r.out(text)
      case .chart(let c):
        let text = ChartRenderer.render(c, width: width, unicode: unicode)
        if format == .markdown { r.out("```\n\(text)\n```") } else if format.isMachine { r.err(text) } else { r.out(text) }
      }
    }
    if !output.findings.isEmpty {
      let n = output.findings.count
      let s = language == .en
        ? "\(n) finding\(n == 1 ? "" : "s") recorded (see `findings`)."
        : "\(n) temuan dicatat (lihat `temuan`)."
      format.isMachine ? r.err(s) : r.out(s)
    }
    return r
  }

  /// A scalar value: as people read it, or in the machine format's syntax.
  func render(_ value: Value) -> String {
    switch format {
    case .json: return MachineFormats.json(value)
    case .csv: return ValueFormatter.plain(value)
    default: return ValueFormatter.display(value, language)
    }
  }

  /// ``fileText(_:format:)`` as UTF-8 bytes, CSV and JSON written straight
  /// as bytes; CSV with `delimiter` (a tab for `.tsv`).
  func fileBytes(_ table: Table, format: OutputFormat, delimiter: UInt8 = UInt8(ascii: ",")) -> [UInt8] {
    let machine = MachineFormats(cells: cells)
    var out: [UInt8]
    switch format {
    case .csv: out = machine.csvBytes(table, delimiter: delimiter)
    case .json: out = machine.jsonBytes(table)
    case .markdown, .table: return Array(fileText(table, format: format).utf8)
    }
    out.append(10)
    return out
  }

  /// The text of `table` as it would be saved in `format`.
  func fileText(_ table: Table, format: OutputFormat) -> String {
    switch format {
    case .csv, .json: return String(decoding: fileBytes(table, format: format), as: UTF8.self)
    case .markdown: return MachineFormats(cells: cells).markdown(table, title: nil) + "\n"
    case .table:
      return TableRenderer(cells: cells, width: 10_000, maxRows: .max, unicode: unicode, color: false)
        .render(table, title: nil) + "\n"
    }
  }
}

import AwasPluginKit

/// Renders a ``Diagnostic`` as text: the message, the location, the line with
/// a caret under the span, and the hint.
///
///     galat: kolom `dpdd` tidak ada di tabel `pinjaman`
///      --> bulanan.awas:3:18
///       |
///     3 | pinjaman | where dpdd > 90
///       |                  ^^^^
///       = saran: maksud Anda `dpd`?
public enum DiagnosticRenderer {
  /// - Parameters:
  ///   - color: ANSI colours (only when the output is a terminal that wants them).
  ///   - maxWidth: lines longer than this many characters are cut around the span.
  public static func render(_ d: Diagnostic, language: Language, color: Bool, maxWidth: Int = 100) -> String {
    let en = language == .en
    let paint = Paint(on: color)
    let label: String
    let accent: String
    switch d.severity {
    case .error:
      label = en ? "error" : "galat"
      accent = Paint.red
    case .warning:
      label = en ? "warning" : "peringatan"
      accent = Paint.yellow
    }
    var lines = [paint(label + ":", accent + Paint.bold) + " " + paint(d.message(language), Paint.bold)]
    var gutter = 1
    if let span = d.span, let source = d.source {
      let (line, column) = source.location(of: span.start)
      gutter = String(line).count
      let pad = String(repeating: " ", count: gutter)
      let text = source.line(line).replacingOccurrences(of: "\t", with: " ")
      let chars = Array(text)
      let start = min(column - 1, chars.count)
      let lineEnd = source.location(of: span.end)
      let end = lineEnd.line == line ? min(max(lineEnd.column - 1, start + 1), max(chars.count, start + 1)) : max(chars.count, start + 1)
      let (shown, caretAt, caretWidth) = window(chars, start: start, end: end, maxWidth: maxWidth)
      lines.append(pad + paint("-->", Paint.blue + Paint.bold) + " \(source.name):\(line):\(column)")
      lines.append(pad + " " + paint("|", Paint.blue + Paint.bold))
      lines.append(paint(String(line), Paint.blue + Paint.bold) + " " + paint("|", Paint.blue + Paint.bold) + " " + shown)
      lines.append(
        pad + " " + paint("|", Paint.blue + Paint.bold) + " " + String(repeating: " ", count: caretAt)
          + paint(String(repeating: "^", count: caretWidth), accent + Paint.bold))
    } else if let source = d.source, d.span == nil {
      lines.append(" " + paint("-->", Paint.blue + Paint.bold) + " \(source.name)")
    }
    if let hint = d.hint {
      let pad = String(repeating: " ", count: gutter + 1)
      lines.append(pad + paint("= " + (en ? "hint:" : "saran:"), Paint.cyan + Paint.bold) + " " + hint(language))
    }
    return lines.joined(separator: "\n")
  }

  /// The part of a long line around `start..<end`, with `…` where it was cut;
  /// the caret's column and width in the shown text.
  static func window(_ chars: [Character], start: Int, end: Int, maxWidth: Int) -> (String, Int, Int) {
    let width = max(1, end - start)
    guard chars.count > maxWidth, maxWidth >= 20 else { return (String(chars), start, width) }
    let margin = maxWidth / 4
    var lo = max(0, start - margin)
    lo = min(lo, max(0, chars.count - maxWidth))
    let hi = min(chars.count, lo + maxWidth)
    var shown = String(chars[lo..<hi])
    var caret = start - lo
    if lo > 0 {
      shown = "…" + shown
      caret += 1
    }
    if hi < chars.count { shown += "…" }
    let visible = max(1, min(width, hi - start))
    return (shown, caret, visible)
  }
}

/// ANSI styling that does nothing when colour is off.
struct Paint {
  static let red = "\u{1B}[31m", yellow = "\u{1B}[33m", blue = "\u{1B}[34m", cyan = "\u{1B}[36m"
  static let bold = "\u{1B}[1m", reset = "\u{1B}[0m"
  let on: Bool

  func callAsFunction(_ s: String, _ style: String) -> String { on ? style + s + Paint.reset : s }
}

/// The location of a field for a ``DataIssue``: the 1-based character column
/// and an excerpt of the source line with a caret under the field.
enum Excerpt {
  /// Lines longer than this many characters are shown as a window around the field.
  static let width = 100

  /// The column of byte `at` on the line starting at `lineStart`, and the excerpt.
  static func locate(_ b: UnsafeBufferPointer<UInt8>, lineStart: Int, at: Int) -> (column: Int, excerpt: String) {
    guard let base = b.baseAddress, lineStart <= at, at <= b.count else { return (1, "") }
    // The line, without its line end; at most 64 KiB of it.
    let limit = Swift.min(b.count, lineStart + 65_536)
    var lineEnd = lineStart
    while lineEnd < limit && base[lineEnd] != Bytes.newline { lineEnd += 1 }
    if lineEnd > lineStart && base[lineEnd - 1] == Bytes.cr { lineEnd -= 1 }
    let column = characters(base, lineStart, Swift.min(at, lineEnd)) + 1
    let text = Array(Bytes.string(base + lineStart, lineEnd - lineStart).unicodeScalars)
    return (column, render(text, caretAt: column - 1))
  }

  /// Counts characters (UTF-8 scalar starts) in `p[lo..<hi]`.
  static func characters(_ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
    var n = 0
    var i = lo
    while i < hi {
      if p[i] & 0xC0 != 0x80 { n += 1 }
      i += 1
    }
    return n
  }

  /// Two lines: the text (a window of it when long) and a caret under position `caret`.
  static func render(_ scalars: [Unicode.Scalar], caretAt caret: Int) -> String {
    var lo = 0, hi = scalars.count
    var prefix = "", suffix = ""
    if scalars.count > width {
      lo = Swift.max(0, Swift.min(caret - width / 3, scalars.count - width))
      hi = Swift.min(scalars.count, lo + width)
      if lo > 0 { prefix = "…" }
      if hi < scalars.count { suffix = "…" }
    }
    var line = prefix
    var marks = prefix.isEmpty ? "" : " "
    for (k, s) in scalars[lo..<hi].enumerated() {
      // Control characters are shown as spaces so the caret stays aligned.
      let shown: Unicode.Scalar = s == "\t" ? "\t" : (s.value < 0x20 || s.value == 0x7F ? " " : s)
      line.unicodeScalars.append(shown)
      if lo + k < caret { marks.unicodeScalars.append(shown == "\t" ? "\t" : " ") }
    }
    line += suffix
    return line + "\n" + marks + "^"
  }
}

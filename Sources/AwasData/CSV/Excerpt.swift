/// The location of a field for a ``DataIssue``: the 1-based character column
/// and an excerpt of the source line with a caret under the field.
enum Excerpt {
  /// Lines longer than this many characters are shown as a window around the field.
  static let width = 100

  /// The column of byte `at` on the line starting at `lineStart`, and the excerpt.
  static func locate(_ b: UnsafeBufferPointer<UInt8>, lineStart: Int, at: Int) -> (column: Int, excerpt: String) {
    guard let base = b.baseAddress, lineStart <= at, at <= b.count else { return (1, "") }
    // The column counts every character before the field, however long the line.
    var end = at
    if end > lineStart && base[end - 1] == Bytes.cr { end -= 1 }  // a field at the end of a CRLF line
    let column = characters(base, lineStart, end) + 1
    // The excerpt is read from at most 32 KiB either side of the field.
    var from = Swift.max(lineStart, at - 32_768)
    while from < at && base[from] & 0xC0 == 0x80 { from += 1 }
    let limit = Swift.min(b.count, at + 32_768)
    var lineEnd = at
    while lineEnd < limit && base[lineEnd] != Bytes.newline { lineEnd += 1 }
    if lineEnd > from && base[lineEnd - 1] == Bytes.cr { lineEnd -= 1 }
    let text = Array(Bytes.string(base + from, Swift.max(0, lineEnd - from)).unicodeScalars)
    return (column, render(text, caretAt: characters(base, from, Swift.min(at, lineEnd))))
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

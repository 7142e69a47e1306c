import AwasPluginKit

/// Text of awas statements with a name (`<baris>`, `bulanan.awas`, `-c`), for
/// locating spans as line:column.
public struct SourceText: Sendable {
  public let name: String
  public let text: String
  /// UTF-8 offsets where each line starts.
  public let lineStarts: [Int]

  public init(name: String, text: String) {
    self.name = name
    self.text = text
    var starts = [0]
    for (i, b) in text.utf8.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
    lineStarts = starts
  }

  /// 1-based line and column (in characters) of a UTF-8 offset.
  public func location(of offset: Int) -> (line: Int, column: Int) {
    var lo = 0, hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    let start = lineStarts[lo]
    let bytes = Array(text.utf8)
    let prefix = bytes[start..<min(max(offset, start), bytes.count)]
    let column = String(decoding: prefix, as: UTF8.self).count + 1
    return (lo + 1, column)
  }

  /// The text of 1-based `line`, without its newline.
  public func line(_ line: Int) -> String {
    let bytes = Array(text.utf8)
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
    if end > start, end <= bytes.count, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
  }
}

/// A range of UTF-8 offsets in a ``SourceText``.
public struct Span: Sendable, Hashable {
  public var start: Int
  public var end: Int
  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = end
  }
  /// The smallest span covering both.
  public func union(_ o: Span) -> Span { Span(min(start, o.start), max(end, o.end)) }
}

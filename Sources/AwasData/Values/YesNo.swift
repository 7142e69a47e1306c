/// The words a yes/no cell may hold (case and surrounding spaces ignored), one
/// list for the loader and every plugin, so a cell reads the same everywhere.
public enum YesNo {
  public static let yes: [StaticString] = ["ya", "y", "yes", "true", "1", "benar"]
  public static let no: [StaticString] = ["tidak", "tdk", "no", "n", "false", "0", "bukan"]

  /// The word's value; nil when it is none of ``yes`` and ``no``.
  public static func parse(_ word: String) -> Bool? {
    var s = word.trimmingSpaces().lowercased()
    return s.withUTF8 { b in
      guard let p = b.baseAddress else { return nil }
      return parse(p, 0, b.count)
    }
  }

  /// The value of bytes `a..<b` of `p` (not trimmed); nil when not a yes/no word.
  static func parse(_ p: UnsafePointer<UInt8>, _ a: Int, _ b: Int) -> Bool? {
    let n = b - a
    let q = p + a
    for s in yes where Bytes.equalsIgnoringCase(q, n, s) { return true }
    for s in no where Bytes.equalsIgnoringCase(q, n, s) { return false }
    return nil
  }
}

extension Column {
  /// A yes/no cell: a bool column's value, or a text cell read with
  /// ``YesNo/parse(_:)``; nil when null or not a yes/no word.
  public func yesNo(_ row: Int) -> Bool? {
    if isNull(row) { return nil }
    if let b = bools { return b[row] }
    return string(at: row).flatMap(YesNo.parse)
  }
}

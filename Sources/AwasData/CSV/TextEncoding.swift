/// Byte-level checks and conversions of a whole input file before it is parsed:
/// byte-order marks, binary files, Windows-1252, and old Mac line ends.
enum TextEncoding {
  /// What the first bytes of a file say about it.
  enum Signature: Equatable {
    /// Plain text; the parse starts at `bodyStart` (3 after a UTF-8 BOM).
    case text(bodyStart: Int, utf8BOM: Bool)
    case utf16
    /// An Excel workbook or another zip file (`PK\3\4`).
    case excelWorkbook
    /// An old Excel `.xls` (OLE compound file).
    case excelLegacy
    /// NUL bytes: not a text file.
    case binary
  }

  static func signature(of b: UnsafeBufferPointer<UInt8>) -> Signature {
    let n = b.count
    func at(_ i: Int) -> UInt8 { i < n ? b[i] : 0 }
    if n >= 2 && ((at(0) == 0xFF && at(1) == 0xFE) || (at(0) == 0xFE && at(1) == 0xFF)) {
      return .utf16
    }
    if n >= 4 && at(0) == 0x50 && at(1) == 0x4B && at(2) == 3 && at(3) == 4 { return .excelWorkbook }
    if n >= 4 && at(0) == 0xD0 && at(1) == 0xCF && at(2) == 0x11 && at(3) == 0xE0 { return .excelLegacy }
    let probe = Swift.min(n, 4096)
    for i in 0..<probe where b[i] == 0 {
      // UTF-16 without a BOM puts a NUL beside every ASCII character.
      return i < 2 ? .utf16 : .binary
    }
    if n >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF { return .text(bodyStart: 3, utf8BOM: true) }
    return .text(bodyStart: 0, utf8BOM: false)
  }

  /// The offset of the first byte in `b[range]` that is not valid UTF-8, or nil.
  static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard let base = b.baseAddress else { return nil }
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      // ASCII fast path: 32 bytes at a time, then eight.
      let raw = UnsafeRawPointer(base)
      while i + 32 <= end {
        let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
          | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
          | raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)
          | raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
        if w & 0x8080_8080_8080_8080 != 0 { break }
        i += 32
      }
      while i + 8 <= end {
        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if w & 0x8080_8080_8080_8080 != 0 { break }
        i += 8
      }
      if i >= end { break }
      let c = base[i]
      if c < 0x80 { i += 1; continue }
      let len: Int
      var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
      switch c {
      case 0xC2...0xDF: len = 2
      case 0xE0: len = 3; lo = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: len = 3
      case 0xED: len = 3; hi = 0x9F
      case 0xF0: len = 4; lo = 0x90
      case 0xF1...0xF3: len = 4
      case 0xF4: len = 4; hi = 0x8F
      default: return i
      }
      if i + len > end { return i }
      let c1 = base[i + 1]
      if c1 < lo || c1 > hi { return i }
      for k in 2..<len where base[i + k] & 0xC0 != 0x80 { return i }
      i += len
    }
    return nil
  }

  /// Windows-1252 text as UTF-8 (bytes 0x80–0x9F per the WHATWG mapping).
  static func transcodeWindows1252(_ b: UnsafeBufferPointer<UInt8>) -> SourceBytes {
    var extra = 0
    for c in b where c >= 0x80 { extra += (c >= 0x80 && c < 0xA0 && cp1252High[Int(c - 0x80)] >= 0x800) ? 2 : 1 }
    let n = b.count + extra
    let out = mallocOrDie(Swift.max(1, n)).assumingMemoryBound(to: UInt8.self)
    var j = 0
    for c in b {
      if c < 0x80 {
        out[j] = c
        j += 1
        continue
      }
      let scalar: UInt32 = c < 0xA0 ? UInt32(cp1252High[Int(c - 0x80)]) : UInt32(c)
      if scalar < 0x800 {
        out[j] = UInt8(0xC0 | (scalar >> 6))
        out[j + 1] = UInt8(0x80 | (scalar & 0x3F))
        j += 2
      } else {
        out[j] = UInt8(0xE0 | (scalar >> 12))
        out[j + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
        out[j + 2] = UInt8(0x80 | (scalar & 0x3F))
        j += 3
      }
    }
    return SourceBytes(adopting: out, count: j)
  }

  /// Windows-1252 0x80…0x9F; unassigned bytes map to the C1 control of the same value.
  static let cp1252High: [UInt16] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// If the text uses lone `\r` as line end (old Mac Excel), a copy with `\n`; else nil.
  static func normalizingLoneCarriageReturns(_ b: UnsafeBufferPointer<UInt8>) -> SourceBytes? {
    guard let base = b.baseAddress, b.count > 0 else { return nil }
    if memchrPointer(base, UInt8(ascii: "\n"), b.count) != nil { return nil }
    guard memchrPointer(base, UInt8(ascii: "\r"), b.count) != nil else { return nil }
    let out = mallocOrDie(b.count).assumingMemoryBound(to: UInt8.self)
    for i in 0..<b.count { out[i] = base[i] == UInt8(ascii: "\r") ? UInt8(ascii: "\n") : base[i] }
    return SourceBytes(adopting: out, count: b.count)
  }
}

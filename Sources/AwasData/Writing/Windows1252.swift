/// The Windows-1252 code page, for writing files as older Indonesian
/// spreadsheets and bookkeeping programs save them.
enum Windows1252 {
  /// The characters of bytes 0x80…0x9F (nil = unassigned). Bytes 0x00…0x7F
  /// and 0xA0…0xFF are the Unicode scalars of the same value.
  static let high: [UInt32?] = [
    0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
    nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
  ]

  /// The byte for `scalar`, or nil when Windows-1252 has no such character.
  static func byte(for scalar: Unicode.Scalar) -> UInt8? {
    let v = scalar.value
    if v < 0x80 || (0xA0...0xFF).contains(v) { return UInt8(v) }
    if let i = high.firstIndex(where: { $0 == v }) { return UInt8(0x80 + i) }
    return nil
  }

  /// The character of `byte` (for tests and round trips), nil when unassigned.
  static func scalar(for byte: UInt8) -> Unicode.Scalar? {
    if byte < 0x80 || byte >= 0xA0 { return Unicode.Scalar(byte) }
    return high[Int(byte) - 0x80].flatMap { Unicode.Scalar($0) }
  }
}

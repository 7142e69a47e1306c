import TOMLKit

extension KoperasiReader {
  /// A TOML date, date-time, or a string in any date notation the CSV reader accepts.
  static func day(_ v: TOMLValueConvertible) -> Day? {
    if let d = v.date { return Day(year: d.year, month: d.month, day: d.day) }
    if let dt = v.dateTime { return Day(year: dt.date.year, month: dt.date.month, day: dt.date.day) }
    guard let s = v.string else { return nil }
    var bytes = Array(s.utf8)
    bytes.append(0)
    return bytes.withUnsafeBufferPointer { b -> Day? in
      guard let p = b.baseAddress else { return nil }
      if case .value(let serial) = DateParser(style: .dmySlash).parse(p, 0, b.count - 1) { return Day(serial: serial) }
      return nil
    }
  }

  static func textValue(_ v: TOMLValueConvertible?) -> String? {
    guard let v else { return nil }
    if let s = v.string { return s.trimmingSpaces().isEmpty ? nil : s.trimmingSpaces() }
    if let i = v.int { return String(i) }
    return v.debugDescription
  }

  static func value(_ v: TOMLValueConvertible) -> Value {
    if let b = v.bool { return .bool(b) }
    if let i = v.int { return .int(Int64(i)) }
    if let d = v.double { return .double(d) }
    if let s = v.string { return .string(s) }
    if let d = v.date, let day = Day(year: d.year, month: d.month, day: d.day) { return .date(day) }
    return .string(v.debugDescription)
  }

  static func folderName(_ folder: String) -> String {
    let parts = folder.split(separator: "/", omittingEmptySubsequences: true)
    return parts.last.map(String.init) ?? folder
  }

  static func unusable(_ folder: String, _ reason: Text) -> DatasetError {
    .notADataset(path: folder, reason: reason)
  }

  static func missing(_ folder: String, _ key: String, example: String, valid: String) -> DatasetError {
    unusable(
      folder,
      Text(
        "koperasi.toml: kunci \(key) tidak ada (contoh: \(example); yang sah: \(valid))",
        en: "koperasi.toml: key \(key) is missing (for example \(example); valid: \(valid))"))
  }

  static func invalid(_ folder: String, _ key: String, found: String, valid: String) -> DatasetError {
    unusable(
      folder,
      Text(
        "koperasi.toml: \(key) = \(found) tidak sah; yang sah: \(valid)",
        en: "koperasi.toml: \(key) = \(found) is not valid; valid: \(valid)"))
  }
}

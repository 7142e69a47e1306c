import Foundation

/// A small RFC 4180 reader for the demo tests (the real loader lives elsewhere):
/// quoted fields with doubled quotes and embedded line breaks, CR LF, a UTF-8 BOM.
enum CSVTestReader {
  /// The records of `bytes` (UTF-8), split on `delimiter`.
  static func records(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) -> [[String]] {
    var b = bytes[...]
    if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
    var out: [[String]] = []
    var row: [String] = []
    var field: [UInt8] = []
    var quoted = false, wasQuoted = false
    var i = b.startIndex
    func endField() {
      row.append(String(decoding: field, as: UTF8.self))
      field = []
      wasQuoted = false
    }
    while i < b.endIndex {
      let c = b[i]
      if quoted {
        if c == 34 {
          if i + 1 < b.endIndex && b[i + 1] == 34 {
            field.append(34)
            i += 1
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
      } else if c == 34 && field.isEmpty && !wasQuoted {
        quoted = true
        wasQuoted = true
      } else if c == delimiter {
        endField()
      } else if c == 10 || c == 13 {
        if c == 13 && i + 1 < b.endIndex && b[i + 1] == 10 { i += 1 }
        endField()
        out.append(row)
        row = []
      } else {
        field.append(c)
      }
      i += 1
    }
    if !field.isEmpty || !row.isEmpty {
      endField()
      out.append(row)
    }
    return out
  }

  /// The rows of `<folder>/<name>.csv` as dictionaries keyed by header.
  static func table(_ folder: String, _ name: String, delimiter: UInt8 = UInt8(ascii: ","))
    throws -> [[String: String]]
  {
    let data = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name + ".csv"))
    let recs = records([UInt8](data), delimiter: delimiter)
    guard let header = recs.first else { return [] }
    return recs.dropFirst().map { r in
      var d: [String: String] = [:]
      for (k, h) in header.enumerated() { d[h] = k < r.count ? r[k] : "" }
      return d
    }
  }
}

/// Plain decimal rupiah text (`1250000`, `-5.5`) as whole sen.
func sen(_ text: String?) -> Int64 {
  guard let text, !text.isEmpty else { return 0 }
  let parts = text.split(separator: ".", omittingEmptySubsequences: false)
  let whole = Int64(parts[0]) ?? 0
  var frac: Int64 = 0
  if parts.count > 1 {
    let f = String(parts[1].prefix(2))
    frac = (Int64(f) ?? 0) * (f.count == 1 ? 10 : 1)
  }
  return whole * 100 + (text.hasPrefix("-") ? -frac : frac)
}

/// Whole rupiah of a plain money field.
func rupiah(_ text: String?) -> Int64 { sen(text) / 100 }

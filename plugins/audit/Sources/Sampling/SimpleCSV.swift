import AwasPluginKit

/// A small reader for the sampling results file (`sample evaluate --file`):
/// a header line, `,` `;` or tab delimiters, quoted fields (line breaks and
/// delimiters inside quotes included), and Indonesian or plain amounts. (The dataset loader's CSV reader is not part of the kit
/// yet; when it is, this file should use it.)
enum SimpleCSV {
  /// The header (normalised) and the data rows, each with the line of the
  /// file on which it starts (blank lines are left out but still counted).
  static func read(_ path: String) throws -> (header: [String], rows: [[String]], lines: [Int]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw UserError(Text("Berkas `\(path)` tidak bisa dibaca.", en: "Cannot read the file `\(path)`."), argument: path)
    }
    var text = String(decoding: data, as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
    let delimiter: Character = firstLine.contains(";") ? ";" : (firstLine.contains("\t") ? "\t" : ",")
    let kept = records(text, delimiter).filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
    guard let header = kept.first else { return ([], [], []) }
    let rows = kept.dropFirst()
    return (header.fields.map { Table.normalize($0) }, rows.map(\.fields), rows.map(\.line))
  }

  /// The records of `text`: fields split at `d` outside quotes, records at
  /// line ends outside quotes (a quoted field may hold both), `""` inside
  /// quotes is one quote; fields are trimmed. Each record comes with the
  /// 1-based line on which it starts.
  static func records(_ text: String, _ d: Character) -> [(line: Int, fields: [String])] {
    var rows: [(line: Int, fields: [String])] = [], row: [String] = [], field = "", quoted = false
    var it = text.makeIterator()
    var pending: Character? = nil
    var line = 1, start = 1
    while let c = pending ?? it.next() {
      pending = nil
      if row.isEmpty && field.isEmpty && !quoted { start = line }
      if c == "\n" || c == "\r\n" || c == "\r" { line += 1 }
      if quoted {
        if c == "\"" {
          let next = it.next()
          if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == d {
        row.append(field.trimmingSpaces())
        field = ""
      } else if c == "\n" || c == "\r\n" || c == "\r" {
        row.append(field.trimmingSpaces())
        rows.append((start, row))
        row = []
        field = ""
      } else {
        field.append(c)
      }
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(field.trimmingSpaces())
      rows.append((start, row))
    }
    return rows
  }

  /// An amount in sen: `1250000`, `1.250.000`, `1.250.000,50`, `Rp 1,250,000.50`, `(1.000)`, `-1000`.
  static func money(_ s: String) -> Int64? {
    var t = s.replacingOccurrences(of: "Rp", with: "").replacingOccurrences(of: " ", with: "")
    var negative = false
    if t.hasPrefix("(") && t.hasSuffix(")") { negative = true; t = String(t.dropFirst().dropLast()) }
    if t.hasPrefix("-") { negative = true; t.removeFirst() }
    guard !t.isEmpty else { return nil }
    let lastComma = t.lastIndex(of: ","), lastDot = t.lastIndex(of: ".")
    var decimalMark: Character?
    if let c = lastComma, let d = lastDot { decimalMark = c > d ? "," : "." } else if let c = lastComma {
      decimalMark = t.distance(from: c, to: t.endIndex) - 1 == 3 && t.filter({ $0 == "," }).count >= 1 && t.count > 4 ? nil : ","
    } else if let d = lastDot {
      decimalMark = t.distance(from: d, to: t.endIndex) - 1 == 3 || t.filter({ $0 == "." }).count > 1 ? nil : "."
    }
    var whole = t, frac = ""
    if let m = decimalMark, let i = t.lastIndex(of: m) {
      whole = String(t[..<i])
      frac = String(t[t.index(after: i)...])
    }
    whole = whole.filter(\.isNumber)
    guard !whole.isEmpty || !frac.isEmpty, frac.allSatisfy(\.isNumber), frac.count <= 2, let w = Int64(whole.isEmpty ? "0" : whole) else { return nil }
    // An amount too large for sen is not an amount (never a trap) …
    let (whole100, over) = w.multipliedReportingOverflow(by: 100)
    let (sen, over2) = whole100.addingReportingOverflow(frac.isEmpty ? 0 : (Int64(frac) ?? 0) * (frac.count == 1 ? 10 : 1))
    // Nor is one beyond the loader's limit for a money cell (Rp 100 trillion).
    guard !over, !over2, sen <= Money.largestAmount.sen else { return nil }
    return negative ? -sen : sen
  }
}

extension DataIssue {
  /// The issue as text for a terminal or a log, in `language`:
  ///
  ///     pinjaman.csv:4812:17: error [bad-date]: Column tanggal_cair: "31/13/2025" is not a valid date (row skipped)
  ///       expected: a date like 31/12/2025 (DD/MM/YYYY)
  ///       4812 | P0012;A0003;31/13/2025;5000000
  ///            |             ^
  public func rendered(_ language: Language) -> String {
    let severityWord: String
    switch (severity, language) {
    case (.error, .en): severityWord = "error"
    case (.error, .id): severityWord = "galat"
    case (.warning, .en): severityWord = "warning"
    case (.warning, .id): severityWord = "peringatan"
    }
    var out = "\(location): \(severityWord) [\(kind)]: \(message(language))"
    if rowSkipped { out += language == .en ? " (row skipped)" : " (baris dilewati)" }
    if let expected {
      out += "\n  " + (language == .en ? "expected: " : "seharusnya: ") + expected(language)
    }
    if let excerpt {
      let gutter = line.map(String.init) ?? ""
      let pad = String(repeating: " ", count: gutter.count)
      let lines = excerpt.split(separator: "\n", omittingEmptySubsequences: false)
      for (i, l) in lines.enumerated() {
        out += "\n  " + (i == 0 ? gutter : pad) + " | " + l
      }
    }
    return out
  }
}

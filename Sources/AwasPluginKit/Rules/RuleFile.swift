/// A rule or checklist file (TOML) with enough of its text kept to point at
/// the line a problem is on: `ksp-2016.toml:42: band (0, 20] overlaps (10, 30]`.
///
/// ``ConfigValue`` forgets where values came from, so lines are found again
/// in the text: the n-th `[[name]]` header, and a `key =` line inside it.
public struct RuleFile: Sendable {
  /// The path or name shown in messages.
  public let file: String
  public let root: ConfigValue
  let lines: [String]

  /// Parses TOML `text`; a syntax error becomes a ``RuleFileError`` with its line.
  public init(text: String, file: String) throws {
    self.file = file
    self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    do {
      root = try ConfigDocument.parse(text, file: file)
    } catch let e as ConfigDocument.ParseError {
      throw RuleFileError([
        RuleProblem(
          file: file, line: e.line,
          message: Text("TOML tidak sah: \(e.reason)", en: "invalid TOML: \(e.reason)"))
      ])
    }
  }

  /// Reads and parses the file at `path`.
  public static func load(_ path: String) throws -> RuleFile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RuleFileError([
        RuleProblem(
          file: path, line: nil,
          message: Text("berkas tidak dapat dibaca", en: "the file cannot be read"))
      ])
    }
    return try RuleFile(text: String(decoding: data, as: UTF8.self), file: path)
  }

  /// The 1-based line of the `index`-th (0-based) `[[table]]` (or `[table]`) header, or of
  /// `key = …` inside it when `key` is given (the header line if the key is
  /// not written there). With `table` nil, `key` is looked up before the first header.
  public func line(table: String?, index: Int = 0, key: String? = nil) -> Int? {
    var start = 0
    if let table {
      var seen = -1
      var found: Int?
      for (i, l) in lines.enumerated() where Self.header(l) == table {
        seen += 1
        if seen == index {
          found = i
          break
        }
      }
      guard let f = found else { return nil }
      start = f
    }
    guard let key else { return start + 1 }
    var i = table == nil ? 0 : start + 1
    while i < lines.count {
      let t = lines[i].trimmingSpaces()
      if t.hasPrefix("[") { break }
      if Self.keyName(t) == key { return i + 1 }
      i += 1
    }
    return table == nil ? nil : start + 1
  }

  /// The line of the `element`-th (0-based) inline table of the array `key`
  /// written one element per line (`pita = [` then `{ … },` lines); the key's
  /// line when the array is on one line.
  public func line(table: String?, index: Int = 0, key: String, element: Int) -> Int? {
    guard let k = line(table: table, index: index, key: key) else { return nil }
    let keyLine = lines[k - 1]
    guard keyLine.trimmingSpaces().hasSuffix("[") else { return k }
    var seen = -1
    var i = k
    while i < lines.count {
      let t = lines[i].trimmingSpaces()
      if t.hasPrefix("]") || t.hasPrefix("[") { break }
      if t.hasPrefix("{") {
        seen += 1
        if seen == element { return i + 1 }
      }
      i += 1
    }
    return k
  }

  /// The name in a `[[name]]` or `[name]` header line, or nil.
  static func header(_ line: String) -> String? {
    let t = line.trimmingSpaces()
    if t.hasPrefix("[["), let end = t.range(of: "]]") {
      return String(t[t.index(t.startIndex, offsetBy: 2)..<end.lowerBound]).trimmingSpaces()
    }
    if t.hasPrefix("["), let end = t.firstIndex(of: "]") {
      return String(t[t.index(after: t.startIndex)..<end]).trimmingSpaces()
    }
    return nil
  }

  /// The key of a `key = value` line (bare or quoted), or nil.
  static func keyName(_ line: String) -> String? {
    guard let eq = line.firstIndex(of: "="), !line.hasPrefix("#") else { return nil }
    var k = String(line[..<eq]).trimmingSpaces()
    if k.hasPrefix("\"") && k.hasSuffix("\"") && k.count >= 2 { k = String(k.dropFirst().dropLast()) }
    return k.isEmpty ? nil : k
  }

  /// The rule file shipped as a resource: `folder/name`.
  public static func resource(_ name: String, in folder: URL) throws -> RuleFile {
    try load(folder.appendingPathComponent(name).path)
  }
}

/// One thing wrong in a rule file: where, and what.
public struct RuleProblem: Sendable, Hashable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var message: Text
  public init(file: String, line: Int?, message: Text) {
    self.file = file
    self.line = line
    self.message = message
  }
  /// `file:line: message` in `language`.
  public func text(_ language: Language) -> String {
    "\(file)\(line.map { ":\($0)" } ?? ""): \(message(language))"
  }
  public var description: String { text(.en) }
}

/// A rule file that cannot be used, with every problem found.
public struct RuleFileError: Error, Sendable, CustomStringConvertible {
  public var problems: [RuleProblem]
  public init(_ problems: [RuleProblem]) { self.problems = problems }
  public var description: String { problems.map(\.description).joined(separator: "\n") }

  /// The error as the shell shows it: every problem on its own line.
  public var userError: UserError {
    let shown = problems.prefix(20)
    let more = problems.count > 20 ? "\n… (+\(problems.count - 20))" : ""
    return UserError(
      Text(
        "Berkas aturan tidak dapat dipakai:\n" + shown.map { $0.text(.id) }.joined(separator: "\n") + more,
        en: "The rules file cannot be used:\n" + shown.map { $0.text(.en) }.joined(separator: "\n") + more),
      hint: Text(
        "Perbaiki berkas itu, atau kosongkan pengaturan yang menunjuknya.",
        en: "Fix that file, or clear the setting that points at it."))
  }
}

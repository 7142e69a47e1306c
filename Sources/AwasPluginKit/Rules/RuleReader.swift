/// Reads typed values out of a ``RuleFile`` and collects every problem with
/// its line, so a user who edited a rules file sees all mistakes at once.
///
///     var r = RuleReader(file)
///     for (entry, place) in r.entries("komponen") {
///       let id = r.string(entry, "id", at: place)
///       let w = r.number(entry, "bobot", at: place)
///     }
///     try r.finish()          // throws RuleFileError listing file:line: what
public struct RuleReader: Sendable {
  public let file: RuleFile
  public private(set) var problems: [RuleProblem] = []
  private var nestedSeen: [String: Int] = [:]

  /// Where a value sits: the root of the file, or the n-th `[[table]]` entry.
  public struct Place: Sendable, Hashable {
    /// The dotted array-of-tables name (`komponen`, `pilihan.alternatif`); nil for the root.
    public var table: String?
    /// The 0-based position among all `[[table]]` headers of the file.
    public var index: Int
    public init(table: String?, index: Int) {
      self.table = table
      self.index = index
    }
    public static let root = Place(table: nil, index: 0)
  }

  public init(_ file: RuleFile) { self.file = file }

  /// The entries of the array of tables `name` under `parent` (the root by
  /// default), each with its place; a problem if `name` is not such an array.
  public mutating func entries(
    _ name: String, in parent: ConfigValue? = nil, at parentPlace: Place = .root, required: Bool = true
  ) -> [(ConfigValue, Place)] {
    let container = parent ?? file.root
    let full = parentPlace.table.map { "\($0).\(name)" } ?? name
    guard let v = container[name] else {
      if required {
        problem(Text("`\(name)` tidak ada", en: "`\(name)` is missing"), at: parentPlace)
      }
      return []
    }
    guard let items = v.array, items.allSatisfy({ $0.table != nil }) else {
      problem(
        Text("`\(name)` harus berupa [[\(full)]]", en: "`\(name)` must be written as [[\(full)]]"),
        at: parentPlace, key: name)
      return []
    }
    var out: [(ConfigValue, Place)] = []
    for item in items {
      let i = nestedSeen[full, default: 0]
      nestedSeen[full] = i + 1
      out.append((item, Place(table: full, index: i)))
    }
    return out
  }

  /// Records a problem at `place` (and the line of `key`, or of an element of it).
  public mutating func problem(_ message: Text, at place: Place, key: String? = nil, element: Int? = nil) {
    let line: Int?
    if let key, let element {
      line = file.line(table: place.table, index: place.index, key: key, element: element)
    } else {
      line = file.line(table: place.table, index: place.index, key: key)
    }
    problems.append(RuleProblem(file: file.file, line: line, message: message))
  }

  /// A string value; a problem if it is required and absent, or not a string.
  public mutating func string(_ v: ConfigValue, _ key: String, at place: Place, required: Bool = true) -> String? {
    guard let x = v[key] else {
      if required { problem(Text("`\(key)` tidak ada", en: "`\(key)` is missing"), at: place) }
      return nil
    }
    guard let s = x.string, !s.trimmingSpaces().isEmpty else {
      problem(Text("`\(key)` harus teks", en: "`\(key)` must be a non-empty string"), at: place, key: key)
      return nil
    }
    return s
  }

  /// Bilingual text from `key` (Bahasa Indonesia) and `key_en` (English).
  public mutating func text(_ v: ConfigValue, _ key: String, at place: Place, required: Bool = true) -> Text? {
    let id = string(v, key, at: place, required: required)
    guard let id else { return nil }
    guard let en = string(v, key + "_en", at: place, required: true) else { return Text(id, en: id) }
    return Text(id, en: en)
  }

  /// A number (integer or decimal, at most four decimals).
  public mutating func number(_ v: ConfigValue, _ key: String, at place: Place, required: Bool = true) -> Decimal4? {
    guard let x = v[key] else {
      if required { problem(Text("`\(key)` tidak ada", en: "`\(key)` is missing"), at: place) }
      return nil
    }
    guard let d = x.number, let n = Decimal4(double: d) else {
      problem(Text("`\(key)` harus bilangan", en: "`\(key)` must be a number"), at: place, key: key)
      return nil
    }
    return n
  }

  /// A list of strings (a single string counts as a list of one).
  public mutating func strings(_ v: ConfigValue, _ key: String, at place: Place, required: Bool = true) -> [String]? {
    guard let x = v[key] else {
      if required { problem(Text("`\(key)` tidak ada", en: "`\(key)` is missing"), at: place) }
      return nil
    }
    if let s = x.string { return [s] }
    guard let a = x.array, a.allSatisfy({ $0.string != nil }) else {
      problem(
        Text("`\(key)` harus daftar teks", en: "`\(key)` must be a list of strings"), at: place, key: key)
      return nil
    }
    return a.compactMap(\.string)
  }

  /// A boolean.
  public mutating func bool(_ v: ConfigValue, _ key: String, at place: Place) -> Bool? {
    guard let x = v[key] else { return nil }
    guard let b = x.bool else {
      problem(Text("`\(key)` harus true/false", en: "`\(key)` must be true or false"), at: place, key: key)
      return nil
    }
    return b
  }

  /// Reports keys of `v` that are not in `known` (typos in an edited file), with a suggestion.
  public mutating func rejectUnknownKeys(_ v: ConfigValue, known: [String], at place: Place) {
    for k in v.keys where !known.contains(k) {
      let near = Suggest.closest(k, among: known)
      problem(
        Text(
          "kunci `\(k)` tidak dikenal" + (near.map { "; maksud Anda `\($0)`?" } ?? ""),
          en: "unknown key `\(k)`" + (near.map { "; did you mean `\($0)`?" } ?? "")),
        at: place, key: k)
    }
  }

  /// Throws a ``RuleFileError`` if any problem was recorded.
  public func finish() throws {
    if !problems.isEmpty { throw RuleFileError(problems) }
  }
}

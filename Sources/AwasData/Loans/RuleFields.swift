import TOMLKit

/// A problem with a collectibility rules file or override.
public struct CollectibilityRulesError: Error, Sendable, Hashable {
  /// What is wrong.
  public var message: Text
  /// The file involved, when there is one.
  public var file: String?
  public init(_ message: Text, file: String? = nil) {
    self.message = message
    self.file = file
  }
}

/// The keys and values of one rule set, flattened: sub-tables become dotted
/// keys (`ppap.macet_persen`).
struct RuleFields: Sendable {
  var values: [String: Value] = [:]
  var lists: [String: [String]] = [:]

  var isEmpty: Bool { values.isEmpty && lists.isEmpty }
  var keys: [String] { (Array(values.keys) + Array(lists.keys)).sorted() }

  /// Flattens a TOML table.
  init(_ table: TOMLTable, prefix: String = "", file: String?) throws {
    for key in table.keys {
      guard let item = table[key] else { continue }
      let name = prefix + key
      if let sub = item.table {
        let inner = try RuleFields(sub, prefix: name + ".", file: file)
        values.merge(inner.values) { a, _ in a }
        lists.merge(inner.lists) { a, _ in a }
      } else if let array = item.array {
        var strings: [String] = []
        for element in array {
          guard let s = element.string else {
            throw CollectibilityRulesError(
              Text("'\(name)' harus berisi daftar teks", en: "'\(name)' must be a list of strings"),
              file: file)
          }
          strings.append(s)
        }
        lists[name] = strings
      } else if let s = item.string {
        values[name] = .string(s)
      } else if let b = item.bool {
        values[name] = .bool(b)
      } else if let i = item.int {
        values[name] = .int(Int64(i))
      } else if let d = item.double {
        values[name] = .double(d)
      } else {
        throw CollectibilityRulesError(
          Text("'\(name)': jenis nilai tidak didukung", en: "'\(name)': unsupported kind of value"),
          file: file)
      }
    }
  }

  init(values: [String: Value] = [:], lists: [String: [String]] = [:]) {
    self.values = values
    self.lists = lists
  }

  /// Parses TOML text into a table.
  static func parse(_ text: String, file: String?) throws -> TOMLTable {
    do {
      return try TOMLTable(string: text)
    } catch let e as TOMLParseError {
      throw CollectibilityRulesError(
        Text("TOML tidak sah: \(e.description)", en: "invalid TOML: \(e.description)"), file: file)
    }
  }
}

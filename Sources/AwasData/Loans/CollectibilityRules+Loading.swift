import Foundation
import TOMLKit

/// A parsed rules file: its rule sets (unresolved) and the default set's name.
struct RuleFile: Sendable {
  var defaultName: String?
  var sets: [String: RuleFields]
  var file: String?

  init(toml text: String, file: String?) throws {
    let table = try RuleFields.parse(text, file: file)
    self.file = file
    defaultName = table["bawaan"]?.string
    sets = [:]
    guard let aturan = table["aturan"]?.table else {
      throw CollectibilityRulesError(
        Text("tidak ada tabel [aturan.<nama>]", en: "no [aturan.<name>] table"), file: file)
    }
    for name in aturan.keys {
      guard let t = aturan[name]?.table else { continue }
      sets[Table.normalize(name)] = try RuleFields(t, file: file)
    }
  }

  /// The set called `name` (or the default), with `dasar` chains resolved.
  func resolve(_ name: String?, origin: String, depth: Int = 0) throws -> CollectibilityRules {
    guard let key = (name ?? defaultName ?? (sets.count == 1 ? sets.keys.first : nil)).map(Table.normalize)
    else {
      throw CollectibilityRulesError(
        Text("sebutkan nama aturan: \(sets.keys.sorted().joined(separator: ", "))",
          en: "name a rule set: \(sets.keys.sorted().joined(separator: ", "))"), file: file)
    }
    guard var fields = sets[key] else {
      throw CollectibilityRulesError(
        Text("tidak ada aturan '\(key)'; yang ada: \(sets.keys.sorted().joined(separator: ", "))",
          en: "no rule set '\(key)'; available: \(sets.keys.sorted().joined(separator: ", "))"),
        file: file)
    }
    var base = CollectibilityRules.blank(name: key, origin: origin)
    if case .string(let parent)? = fields.values.removeValue(forKey: "dasar") {
      guard depth < 8 else {
        throw CollectibilityRulesError(Text("'dasar' berputar", en: "'dasar' loops"), file: file)
      }
      base = try (sets[Table.normalize(parent)] != nil
        ? resolve(parent, origin: origin, depth: depth + 1)
        : CollectibilityRules.named(parent))
      base.name = key
      base.origin = origin
    } else {
      for k in CollectibilityRules.requiredKeys where fields.values[k] == nil {
        throw CollectibilityRulesError(
          Text("aturan '\(key)' tidak punya '\(k)'", en: "rule set '\(key)' lacks '\(k)'"), file: file)
      }
    }
    return try base.applying(fields, file: file)
  }
}

extension CollectibilityRules {
  /// The rules file shipped with awas, parsed once.
  static let builtIn: Result<RuleFile, CollectibilityRulesError> = {
    guard
      let url = Bundle.module.url(
        forResource: "kolektibilitas", withExtension: "toml", subdirectory: "Rules"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else {
      return .failure(
        CollectibilityRulesError(
          Text("berkas aturan bawaan kolektibilitas.toml tidak ditemukan",
            en: "the built-in rules file kolektibilitas.toml is missing")))
    }
    do {
      return .success(try RuleFile(toml: text, file: "kolektibilitas.toml"))
    } catch let e as CollectibilityRulesError {
      return .failure(e)
    } catch {
      return .failure(CollectibilityRulesError(Text("\(error)", en: "\(error)")))
    }
  }()

  /// The names of the built-in rule sets (`bank`, `koperasi`).
  public static var builtInNames: [String] {
    (try? builtIn.get().sets.keys.sorted()) ?? []
  }

  /// The default rule set: the cooperative rule.
  public static func standard() throws -> CollectibilityRules {
    try builtIn.get().resolve(nil, origin: "bawaan")
  }

  /// A built-in rule set by name (`koperasi`, `bank`; `cooperative` is read as `koperasi`).
  public static func named(_ name: String) throws -> CollectibilityRules {
    let key = Table.normalize(name)
    return try builtIn.get().resolve(key == "cooperative" ? "koperasi" : key, origin: "bawaan")
  }

  /// A rule set from a user's rules file (same layout as the built-in one).
  /// - Parameter name: the set to take; nil takes the file's `bawaan` or its only set.
  public static func load(path: String, name: String? = nil) throws -> CollectibilityRules {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw CollectibilityRulesError(
        Text("berkas aturan tidak dapat dibaca", en: "cannot read the rules file"), file: path)
    }
    return try parse(toml: text, name: name, origin: path)
  }

  /// A rule set from rules-file text.
  public static func parse(toml: String, name: String? = nil, origin: String) throws
    -> CollectibilityRules
  {
    try RuleFile(toml: toml, file: origin).resolve(name, origin: origin)
  }
}

import Foundation
import TOMLKit

extension CollectibilityRules {
  /// The rule set a dataset asks for in koperasi.toml, or the default.
  ///
  /// koperasi.toml may hold a `[kolektibilitas]` table:
  ///
  ///     [kolektibilitas]
  ///     aturan = "bank"                  # a built-in set (or a set in `berkas`)
  ///     berkas = "kolektibilitas.toml"   # a rules file, relative to the dataset folder
  ///     lancar_sampai_dpd = 60           # any rule-set key; PPAP keys as ppap.<key>
  ///
  /// or a single `kolektibilitas = "bank"` (a set name or a file), at the top
  /// level or under `[kebijakan]`. Read from ``KoperasiInfo/extra`` and
  /// ``KoperasiInfo/kebijakan`` (nested keys flattened as `kolektibilitas.<key>`),
  /// else from the folder's koperasi.toml itself.
  /// - Throws: ``CollectibilityRulesError`` when the override names an unknown
  ///   set, an unreadable file, or a bad value.
  public static func forDataset(_ dataset: Dataset) throws -> CollectibilityRules {
    guard var fields = try overrideFields(dataset), !fields.isEmpty else { return try standard() }
    let file = "koperasi.toml"
    let setName = try FieldReader(fields: fields, file: file).string("aturan")
    let ruleFile = try FieldReader(fields: fields, file: file).string("berkas")
    fields.values["aturan"] = nil
    fields.values["berkas"] = nil
    var rules: CollectibilityRules
    if let ruleFile {
      let path = ruleFile.hasPrefix("/") || dataset.folder.isEmpty
        ? ruleFile : dataset.folder + "/" + ruleFile
      rules = try load(path: path, name: setName)
    } else if let setName {
      rules = try named(setName)
    } else {
      rules = try standard()
    }
    if !fields.isEmpty {
      rules = try rules.applying(fields, file: file)
      rules.overriddenKeys = fields.keys
      rules.origin = file
    }
    return rules
  }

  /// The `[kolektibilitas]` keys of koperasi.toml, or nil when there are none.
  static func overrideFields(_ dataset: Dataset) throws -> RuleFields? {
    var fields = RuleFields()
    for source in [dataset.info.kebijakan, dataset.info.extra] {
      for (rawKey, value) in source {
        let key = Table.normalize(rawKey)
        if key == "kolektibilitas", case .string(let s) = value {
          let isSet = builtInNames.contains(Table.normalize(s)) || Table.normalize(s) == "cooperative"
          fields.values[isSet ? "aturan" : "berkas"] = value
        } else if key.hasPrefix("kolektibilitas.") {
          fields.values[String(key.dropFirst("kolektibilitas.".count))] = value
        }
      }
    }
    if !fields.isEmpty { return fields }
    return try fromKoperasiToml(folder: dataset.folder)
  }

  /// The `[kolektibilitas]` table read straight from `folder/koperasi.toml`.
  static func fromKoperasiToml(folder: String) throws -> RuleFields? {
    guard !folder.isEmpty,
      let text = try? String(contentsOfFile: folder + "/koperasi.toml", encoding: .utf8),
      let table = try? TOMLTable(string: text)
    else { return nil }
    if let name = table["kolektibilitas"]?.string {
      let isSet = builtInNames.contains(Table.normalize(name))
      return RuleFields(values: [isSet ? "aturan" : "berkas": .string(name)])
    }
    guard let t = table["kolektibilitas"]?.table else { return nil }
    return try RuleFields(t, file: "koperasi.toml")
  }
}

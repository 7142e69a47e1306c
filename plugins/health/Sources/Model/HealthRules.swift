import AwasPluginKit

/// The rules the health plugin uses: the built-in scheme and checklist files
/// (resources in `Rules/`), or an edited scheme named by `health.rules`.
struct HealthRules: Sendable {
  var schemes: [Scheme]
  var checklists: [String: Checklist]

  static let schemeFiles = ["ksp-2016.toml", "kspps-2016.toml"]
  static let checklistFiles = ["manajemen-2016.toml", "syariah-2016.toml"]

  /// The folder of the built-in rule files.
  static var folder: URL? { Bundle.module.url(forResource: "Rules", withExtension: nil) }

  /// The built-in rules, read once.
  static let builtIn: Result<HealthRules, RuleFileError> = {
    guard let folder else {
      return .failure(RuleFileError([RuleProblem(file: "Rules", line: nil, message: "resources missing")]))
    }
    do {
      var lists: [String: Checklist] = [:]
      for f in checklistFiles {
        let c = try Checklist.load(try RuleFile.resource(f, in: folder))
        lists[c.id] = c
      }
      let schemes = try schemeFiles.map { f in
        try SchemeLoader.load(try RuleFile.resource(f, in: folder)) { lists[$0]?.groups.map(\.id) }
      }
      return .success(HealthRules(schemes: schemes, checklists: lists))
    } catch let e as RuleFileError {
      return .failure(e)
    } catch {
      return .failure(RuleFileError([RuleProblem(file: "Rules", line: nil, message: Text(stringLiteral: "\(error)"))]))
    }
  }()

  static func builtInRules() throws -> HealthRules {
    switch builtIn {
    case .success(let r): return r
    case .failure(let e): throw e.userError
    }
  }

  /// Reads an edited scheme file; its checklists are built-in ids or paths
  /// (ending in `.toml`) relative to the scheme file.
  static func load(schemeAt path: String) throws -> (Scheme, [String: Checklist]) {
    let base = try builtInRules()
    do {
      let file = try RuleFile.load(path)
      let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
      var lists: [String: Checklist] = [:]
      for name in file.root["kuesioner"]?.array?.compactMap(\.string) ?? [] {
        if name.hasSuffix(".toml") {
          let p = name.hasPrefix("/") ? name : dir.appendingPathComponent(name).path
          lists[name] = try Checklist.load(try RuleFile.load(p))
        } else if let c = base.checklists[name] {
          lists[name] = c
        }
      }
      let scheme = try SchemeLoader.load(file) { lists[$0]?.groups.map(\.id) }
      return (scheme, lists)
    } catch let e as RuleFileError {
      throw e.userError
    }
  }

  /// The scheme for `dataset` under `settings`, with its checklists (by the id the scheme uses).
  static func select(for dataset: Dataset?, settings: Settings) throws -> (Scheme, [String: Checklist]) {
    if let path = HealthSettings.string(settings, HealthSettings.rulesKey) {
      return try load(schemeAt: path)
    }
    let rules = try builtInRules()
    let wanted = HealthSettings.string(settings, HealthSettings.schemeKey) ?? "auto"
    let scheme: Scheme?
    if wanted == "auto" {
      let jenis = dataset?.info.jenis ?? .ksp
      scheme = rules.schemes.first { $0.jenis.contains(jenis) } ?? rules.schemes.first
    } else {
      scheme = rules.schemes.first { $0.id == wanted }
    }
    guard let scheme else {
      throw UserError(
        Text("Skema `\(wanted)` tidak ada.", en: "There is no scheme `\(wanted)`."),
        hint: Text(
          "Skema: \(rules.schemes.map(\.id).joined(separator: ", "))",
          en: "Schemes: \(rules.schemes.map(\.id).joined(separator: ", "))"))
    }
    var lists: [String: Checklist] = [:]
    for id in scheme.checklists { lists[id] = rules.checklists[id] }
    return (scheme, lists)
  }
}

import AwasPluginKit

/// One audit command declared as a value: names, parameters, what it needs
/// from the dataset, its thresholds (settings), method, formulas and citation.
/// The command spec (help, completion, validation) and the `explain` topic are
/// both derived from it.
struct AuditCheck: Sendable {
  /// The explain topic (`check.benford`).
  var topic: String
  /// The id findings carry (`audit.benford`).
  var findingID: String
  var names: Names
  var summary: Text
  /// How the check works, in a paragraph.
  var method: Text
  /// The formulas, one per line.
  var formulas: [Text] = []
  var parameters: [ParameterSpec] = []
  var requirements: [Requirement] = []
  /// The settings that hold its thresholds.
  var settings: [SettingSpec] = []
  var citation: Text
  var examples: [Example] = []
  var acceptsInput = false
  var subcommands: [CommandSpec] = []
  /// Extra blocks for `explain` (a table of cut-offs read from a data file).
  var explainExtra: (@Sendable (Context) -> [OutputBlock])? = nil
  var action: CommandSpec.Action?

  /// The command as the shell sees it.
  var spec: CommandSpec {
    var discussion = method
    for f in formulas { discussion = discussion + Text("\n  ", en: "\n  ") + f }
    if !settings.isEmpty {
      let names = settings.map(\.names.id).joined(separator: ", ")
      let namesEn = settings.map(\.names.en).joined(separator: ", ")
      discussion = discussion + Text("\nPengaturan: \(names)", en: "\nSettings: \(namesEn)")
    }
    return CommandSpec(
      names, summary: summary, discussion: discussion, parameters: parameters,
      subcommands: subcommands, examples: examples, requirements: requirements,
      acceptsInput: acceptsInput, citation: citation, action: action)
  }

  var explainTopic: ExplainTopic { ExplainTopic(topic, summary) }

  /// Whether `name` names this check's topic (`check.benford`, `periksa.benford`, `benford`).
  func answers(_ name: String) -> Bool {
    let n = name.lowercased()
    if n == topic.lowercased() || names.matches(n) { return true }
    guard let dot = topic.firstIndex(of: ".") else { return names.matches(n) }
    let tail = String(topic[topic.index(after: dot)...])
    let prefixes = ["check.", "periksa.", "audit.", "sample.", "sampel."]
    for p in prefixes where n.hasPrefix(p) {
      let rest = String(n.dropFirst(p.count))
      if rest == tail || names.matches(rest) { return true }
    }
    return false
  }

  /// `explain check.<name>`: method, formulas, parameters, thresholds with
  /// their current values, requirements and citation.
  func explain(_ ctx: Context) -> CommandOutput {
    let lang = ctx.language
    let L = Labels(language: lang)
    var out = CommandOutput()
    out.blocks.append(.heading("\(topic) — \(summary(lang))"))
    out.blocks.append(.text(method(lang)))
    if !formulas.isEmpty {
      out.blocks.append(.heading(L("Rumus", "Formulas")))
      out.blocks.append(.text(formulas.map { "  " + $0(lang) }.joined(separator: "\n")))
    }
    var fields: [(String, String)] = []
    if !requirements.isEmpty {
      let req = requirements.map { r in r.columns.isEmpty ? r.table : "\(r.table) (\(r.columns.joined(separator: ", ")))" }
      fields.append((L("Memerlukan", "Requires"), req.joined(separator: "; ")))
    }
    for p in parameters {
      var line = p.help(lang) + " — " + p.kind.expectation(lang)
      if let d = p.defaultValue { line += L(" (bawaan \(d))", " (default \(d))") }
      fields.append(("--" + p.names(lang), line))
    }
    fields.append((L("Rujukan", "Citation"), citation(lang)))
    out.blocks.append(.fields(fields))
    var b = TableBuilder(
      L("ambang", "thresholds"),
      [(L("pengaturan", "setting"), .string), (L("nilai", "value"), .string), (L("bawaan", "default"), .string), (L("arti", "meaning"), .string)])
    for s in settings {
      b.append([
        .string(s.names(lang)), .string(ValueFormatter.display(ctx.setting(s), lang)),
        .string(ValueFormatter.display(s.defaultValue, lang)), .string(s.help(lang)),
      ])
    }
    let table = b.build()
    if !settings.isEmpty { out.blocks.append(.table(table, title: L("Ambang (ubah dengan `atur`)", "Thresholds (change with `set`)"))) }
    if let extra = explainExtra { out.blocks += extra(ctx) }
    out.value = table
    return out
  }
}

import AwasPluginKit

/// Help derived from the declarations: the command list, one command's
/// syntax, parameters and examples, and the Markdown command reference.
struct HelpText {
  var registry: CommandRegistry
  var language: Language

  private func t(_ text: Text) -> String { text(language) }

  /// All commands, grouped by the plugin that declares them.
  func overview() -> String {
    var lines: [String] = []
    lines.append(t(Text("Perintah awas (ketik `bantuan PERINTAH` untuk rinciannya):", en: "awas commands (type `help COMMAND` for details):")))
    let groups = groupedCommands()
    let w = registry.commands.map { $0.names(language).displayWidth }.max() ?? 0
    for (group, specs) in groups {
      lines.append("")
      lines.append(group)
      for s in specs {
        let other = language == .en ? s.names.id : s.names.en
        let alias = other == s.names(language) ? "" : "  (\(other))"
        lines.append("  " + s.names(language).padding(toWidth: w) + "  " + t(s.summary) + alias)
      }
    }
    lines.append("")
    lines.append(t(Text("Bahasa perintah:", en: "The language:")))
    for k in Keywords.statements + Keywords.stages {
      let name = language == .en ? "\(k.en) (\(k.id))" : "\(k.id) (\(k.en))"
      lines.append("  " + name.padding(toWidth: 22) + t(k.help))
    }
    lines.append("")
    lines.append(t(Text(
      "Contoh:  pinjaman | saring dpd > 90 | urut sisa turun | ambil 10",
      en: "Example:  pinjaman | where dpd > 90 | sort sisa desc | head 10")))
    return lines.joined(separator: "\n")
  }

  func groupedCommands() -> [(String, [CommandSpec])] {
    var order: [String] = []
    var byGroup: [String: [CommandSpec]] = [:]
    for c in registry.commands {
      let owner = registry.owner[c.names.en] ?? "core"
      let label = owner == "core" ? t(Text("Dasar", en: "Basics")) : (registry.plugins.first { $0.name == owner }.map { "\(t($0.summary)) [\($0.name)]" } ?? owner)
      if byGroup[label] == nil { order.append(label) }
      byGroup[label, default: []].append(c)
    }
    return order.map { ($0, byGroup[$0] ?? []) }
  }

  /// The usage line: `risk par [--by VALUE] [--asof DATE]`.
  func usage(_ path: [String], _ spec: CommandSpec) -> String {
    var parts = path
    if !spec.subcommands.isEmpty {
      parts.append("<" + spec.subcommands.map { $0.names(language) }.joined(separator: "|") + ">")
    }
    for p in spec.parameters {
      let name = p.names(language)
      let value = placeholder(p.kind)
      let body: String
      if p.positional {
        body = positionalName(p)
      } else if case .flag = p.kind {
        body = "--\(name)"
      } else {
        body = "--\(name) \(value)"
      }
      parts.append(p.required ? body : "[\(body)]")
    }
    return parts.joined(separator: " ")
  }

  /// A positional parameter in usage lines: its kind's placeholder when that
  /// says more (`FOLDER`, `TABLE.COLUMN`), else its name (`COMMAND`).
  func positionalName(_ p: ParameterSpec) -> String {
    switch p.kind {
    case .string, .int, .number: return p.names(language).uppercased()
    default: return placeholder(p.kind)
    }
  }

  func placeholder(_ kind: ParameterKind) -> String {
    switch kind {
    case .string: return language == .en ? "TEXT" : "TEKS"
    case .int, .number: return "N"
    case .money: return "RP"
    case .percent: return language == .en ? "PERCENT" : "PERSEN"
    case .date: return language == .en ? "DATE" : "TANGGAL"
    case .flag: return ""
    case .bool: return language == .en ? "yes|no" : "ya|tidak"
    case .path(let dir): return dir ? "FOLDER" : (language == .en ? "FILE" : "BERKAS")
    case .table: return language == .en ? "TABLE" : "TABEL"
    case .column: return language == .en ? "TABLE.COLUMN" : "TABEL.KOLOM"
    case .choice(let cs): return cs.map { $0.names(language) }.joined(separator: "|")
    case .list(let k): return placeholder(k) + ",…"
    }
  }

  /// Help for one command (or subcommand path).
  func command(_ path: [String], _ spec: CommandSpec) -> String {
    var lines: [String] = []
    lines.append(t(spec.summary))
    lines.append("")
    lines.append(t(Text("Pemakaian:", en: "Usage:")) + "  " + usage(path, spec))
    let other = spec.names.all.filter { $0 != spec.names(language) }
    if !other.isEmpty { lines.append(t(Text("Nama lain:", en: "Also:")) + "  " + other.joined(separator: ", ")) }
    if let d = spec.discussion { lines += ["", t(d)] }
    if !spec.subcommands.isEmpty {
      lines += ["", t(Text("Subperintah:", en: "Subcommands:"))]
      let w = spec.subcommands.map { $0.names(language).displayWidth }.max() ?? 0
      for s in spec.subcommands { lines.append("  " + s.names(language).padding(toWidth: w) + "  " + t(s.summary)) }
    }
    if !spec.parameters.isEmpty {
      lines += ["", t(Text("Parameter:", en: "Parameters:"))]
      let labels = spec.parameters.map { p in p.positional ? positionalName(p) : "--" + p.names(language) }
      let w = labels.map(\.displayWidth).max() ?? 0
      for (p, label) in zip(spec.parameters, labels) {
        var s = "  " + label.padding(toWidth: w) + "  " + t(p.help)
        s += " — " + t(p.kind.expectation)
        if let d = p.defaultValue { s += t(Text(" (bawaan: \(d))", en: " (default: \(d))")) }
        if p.required { s += t(Text(" (wajib)", en: " (required)")) }
        lines.append(s)
      }
    }
    if !spec.requirements.isEmpty {
      lines += ["", t(Text("Memerlukan:", en: "Needs:"))]
      for r in spec.requirements {
        lines.append("  " + r.table + (r.columns.isEmpty ? "" : " (" + r.columns.joined(separator: ", ") + ")"))
      }
    }
    if let c = spec.citation { lines += ["", t(Text("Dasar:", en: "Basis:")) + " " + t(c)] }
    if !spec.examples.isEmpty {
      lines += ["", t(Text("Contoh:", en: "Examples:"))]
      for e in spec.examples {
        lines.append("  " + e.line + (t(e.note).isEmpty ? "" : "    # " + t(e.note)))
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The whole command reference as Markdown (docs/commands.md).
  func markdownReference() -> String {
    var md: [String] = []
    md.append(language == .en ? "# Command reference" : "# Rujukan perintah")
    md.append("")
    md.append(t(Text(
      "Dibuat dari deklarasi perintah (`scripts/docs`, yakni `awas -c \"bantuan --markdown\"`); jangan disunting tangan. Di dalam shell, `bantuan PERINTAH` menampilkan hal yang sama.",
      en: "Generated from the command declarations (`scripts/docs`, i.e. `awas --lang en -c \"help --markdown\"`); do not edit by hand. Inside the shell, `help COMMAND` shows the same.")))
    for (group, specs) in groupedCommands() {
      md += ["", "## \(group)"]
      for s in specs { md += markdown([s.names(language)], s, level: 3) }
    }
    md += ["", t(Text("## Pengaturan (`set`)", en: "## Settings (`set`)")), ""]
    md.append(t(Text("| nama | nilai | bawaan | arti |", en: "| name | value | default | meaning |")))
    md.append("|---|---|---|---|")
    for s in registry.settings {
      let names = s.names.all.map { "`\($0)`" }.joined(separator: " / ")
      md.append("| \(names) | \(t(s.kind.expectation)) | `\(ValueFormatter.plain(s.defaultValue))` | \(t(s.help)) |")
    }
    return md.joined(separator: "\n") + "\n"
  }

  private func markdown(_ path: [String], _ spec: CommandSpec, level: Int) -> [String] {
    var md = ["", String(repeating: "#", count: level) + " `\(path.joined(separator: " "))`", ""]
    md.append(t(spec.summary))
    md.append("")
    md.append("```")
    md.append(usage(path, spec))
    md.append("```")
    let other = spec.names.all.filter { $0 != spec.names(language) }
    if !other.isEmpty { md += ["", t(Text("Nama lain: ", en: "Also: ")) + other.map { "`\($0)`" }.joined(separator: ", ")] }
    if let d = spec.discussion { md += ["", t(d)] }
    if !spec.parameters.isEmpty {
      md += ["", t(Text("| parameter | nilai | bawaan | arti |", en: "| parameter | value | default | meaning |")), "|---|---|---|---|"]
      for p in spec.parameters {
        let name = p.positional ? positionalName(p) : "--" + p.names.all.joined(separator: ", --")
        md.append("| `\(name)` | \(t(p.kind.expectation)) | \(p.defaultValue.map { "`\($0)`" } ?? "") | \(t(p.help))\(p.required ? t(Text(" (wajib)", en: " (required)")) : "") |")
      }
    }
    if let c = spec.citation { md += ["", t(Text("Dasar: ", en: "Basis: ")) + t(c)] }
    if !spec.examples.isEmpty {
      md += ["", "```"]
      for e in spec.examples { md.append(e.line + (t(e.note).isEmpty ? "" : "    # " + t(e.note))) }
      md.append("```")
    }
    for s in spec.subcommands { md += markdown(path + [s.names(language)], s, level: level + 1) }
    return md
  }
}

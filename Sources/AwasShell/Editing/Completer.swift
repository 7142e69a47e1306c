import AwasPluginKit

/// Context-aware Tab completion: given the text before the cursor, the
/// candidates for the word being typed. Pure, so tests need no terminal.
struct Completer {
  var world: CompletionWorld

  private var lang: Language { world.language }

  func complete(_ before: String) -> Completion {
    let scan = Scan(before)
    var me = self
    if let first = scan.words.first, !["set", "atur"].contains(first.lowercased()),
      let spec = world.registry.command(first)
    {
      // Answer in the language of the command word the user typed.
      if spec.names.en == first && spec.names.id != first { me.world.language = .en }
      if spec.names.id == first && spec.names.en != first { me.world.language = .id }
      return me.completeScanned(scan)
    }
    return me.completeScanned(scan)
  }

  private func completeScanned(_ scan: Scan) -> Completion {
    let partial = scan.partial
    let prior = scan.words
    var out: [CompletionCandidate]
    if prior.isEmpty {
      out = scan.inStage ? stageStarts(partial) : statementStarts(partial)
    } else if !["set", "atur"].contains(prior[0].lowercased()), let spec = world.registry.command(prior[0]) {
      out = commandArguments(spec, Array(prior.dropFirst()), partial)
    } else {
      out = afterKeyword(prior, partial, source: scan.source)
    }
    return Completion(partial: partial, candidates: out)
  }

  // MARK: - First word

  private func statementStarts(_ p: String) -> [CompletionCandidate] {
    var out = commandNames(p, world.registry.commands)
    out += keywords(Keywords.statements, p)
    out += world.tables.filter { $0.name.hasPrefix(p) }.map {
      CompletionCandidate(text: $0.name, description: Text("tabel, \($0.columns.count) kolom", en: "table, \($0.columns.count) columns")(lang))
    }
    out += world.variables.filter { $0.hasPrefix(p) }.map {
      CompletionCandidate(text: $0, description: Text("variabel", en: "variable")(lang))
    }
    return dedupe(out)
  }

  private func stageStarts(_ p: String) -> [CompletionCandidate] {
    var out = keywords(Keywords.stages, p)
    out += commandNames(p, world.registry.commands.filter(\.acceptsInput))
    return dedupe(out)
  }

  /// Command names matching `p` in either language; with nothing typed, only
  /// the names of the session's language.
  private func commandNames(_ p: String, _ specs: [CommandSpec]) -> [CompletionCandidate] {
    specs.compactMap { s in
      preferred(s.names, p).map { CompletionCandidate(text: $0, description: s.summary(lang)) }
    }
  }

  /// The name to offer for `p`: with nothing typed, the session language's;
  /// otherwise a matching name, the session language's first.
  private func preferred(_ names: Names, _ p: String) -> String? {
    if p.isEmpty { return names(lang) }
    let matching = names.all.filter { $0.hasPrefix(p) }
    return matching.contains(names(lang)) ? names(lang) : matching.first
  }

  private func keywords(_ ks: [Keywords.Keyword], _ p: String) -> [CompletionCandidate] {
    ks.compactMap { k in
      preferred(Names(k.id, en: k.en), p).map { CompletionCandidate(text: $0, description: k.help(lang)) }
    }
  }

  // MARK: - Command arguments

  private func commandArguments(_ top: CommandSpec, _ args: [String], _ p: String) -> [CompletionCandidate] {
    var spec = top
    var positionals = 0
    var pending: ParameterSpec?
    var given = Set<String>()
    for a in args {
      if let param = pending {
        pending = nil
        given.insert(param.key)
        continue
      }
      if a.hasPrefix("--") {
        let name = String(a.dropFirst(2).split(separator: "=", maxSplits: 1).first ?? "")
        if let param = spec.parameter(name) {
          given.insert(param.key)
          if !isFlag(param.kind) && !a.contains("=") { pending = param }
        }
        continue
      }
      if positionals == 0, let sub = spec.subcommand(a) {
        spec = sub
        continue
      }
      positionals += 1
    }
    if let param = pending { return values(param.kind, p) }
    if p.hasPrefix("-") {
      let typed = String(p.drop { $0 == "-" })
      return spec.parameters.filter { !$0.positional && !given.contains($0.key) }.compactMap { param in
        preferred(param.names, typed).map { CompletionCandidate(text: "--" + $0, description: describe(param)) }
      }
    }
    var out: [CompletionCandidate] = []
    if positionals == 0 && !spec.subcommands.isEmpty {
      out += commandNames(p, spec.subcommands)
    }
    let positional = spec.parameters.filter(\.positional)
    if positionals < positional.count { out += values(positional[positionals].kind, p) }
    if top.names.en == "help" && positionals == 0 {
      out += commandNames(p, world.registry.commands).sorted { $0.text < $1.text }
    }
    if top.names.en == "explain" && positionals == 0 {
      out += world.topics.filter { $0.name.hasPrefix(p) }.map { CompletionCandidate(text: $0.name, description: $0.summary(lang)) }
    }
    return dedupe(out)
  }

  private func isFlag(_ k: ParameterKind) -> Bool {
    if case .flag = k { return true }
    return false
  }

  private func describe(_ param: ParameterSpec) -> String {
    var s = param.help(lang)
    if let d = param.defaultValue { s += lang == .en ? " (default \(d))" : " (bawaan \(d))" }
    return s
  }

  /// Candidates for a value of `kind`.
  func values(_ kind: ParameterKind, _ p: String) -> [CompletionCandidate] {
    switch kind {
    case .choice(let cs):
      return cs.compactMap { c in preferred(c.names, p).map { CompletionCandidate(text: $0, description: c.help(lang)) } }
    case .bool:
      let words = lang == .en ? ["yes", "no"] : ["ya", "tidak"]
      return (words + ["on", "off"]).filter { $0.hasPrefix(p) }.map { CompletionCandidate(text: $0, description: "") }
    case .table:
      return world.tables.filter { $0.name.hasPrefix(p) }.map { CompletionCandidate(text: $0.name, description: "") }
    case .column(let types):
      return columns(p, types: types)
    case .path(let dirOnly):
      return paths(p, directoriesOnly: dirOnly)
    case .list(let inner):
      // Complete the item after the last comma.
      let parts = p.split(separator: ",", omittingEmptySubsequences: false)
      let head = parts.dropLast().joined(separator: ",")
      let last = String(parts.last ?? "")
      let prefix = head.isEmpty ? "" : head + ","
      return values(inner, last).map { CompletionCandidate(text: prefix + $0.text, description: $0.description, appendSpace: $0.appendSpace) }
    default:
      return []
    }
  }

  /// `table.column` names; with no dot yet, the table names followed by a dot.
  func columns(_ p: String, types: [ColumnType], source: String? = nil) -> [CompletionCandidate] {
    if let dot = p.firstIndex(of: ".") {
      let tname = String(p[..<dot])
      guard let t = world.table(tname) else { return [] }
      return t.columns.filter { types.isEmpty || types.contains($0.type) }
        .map { CompletionCandidate(text: tname + "." + $0.name, description: $0.type.label(lang)) }
        .filter { $0.text.hasPrefix(p) }
    }
    return world.tables.filter { $0.name.hasPrefix(p) }.filter { t in
      types.isEmpty || t.columns.contains { types.contains($0.type) }
    }.map { CompletionCandidate(text: $0.name + ".", description: Text("tabel", en: "table")(lang), appendSpace: false) }
  }

  func paths(_ p: String, directoriesOnly: Bool) -> [CompletionCandidate] {
    var folder = "", prefix = p
    if let slash = p.lastIndex(of: "/") {
      folder = String(p[...slash])
      prefix = String(p[p.index(after: slash)...])
    }
    var listFolder = folder
    if listFolder.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
      listFolder = home + listFolder.dropFirst()
    }
    return world.listFolder(listFolder).filter { entry in
      entry.name.hasPrefix(prefix) && (prefix.hasPrefix(".") || !entry.name.hasPrefix("."))
        && (!directoriesOnly || entry.isDirectory)
    }.map { entry in
      CompletionCandidate(
        text: folder + entry.name + (entry.isDirectory ? "/" : ""),
        description: entry.isDirectory ? Text("folder", en: "folder")(lang) : "",
        appendSpace: !entry.isDirectory)
    }
  }

  // MARK: - After a keyword

  private func afterKeyword(_ prior: [String], _ p: String, source: String?) -> [CompletionCandidate] {
    let head = prior[0].lowercased()
    if head == "set" || head == "atur" {
      if prior.count == 1 {
        return world.registry.settings.compactMap { s in preferred(s.names, p).map { CompletionCandidate(text: $0, description: s.help(lang)) } }
      }
      if prior.count == 2, let s = world.registry.setting(prior[1]) { return values(s.kind, p) }
      return []
    }
    if head == "source" || head == "jalankan" { return paths(p, directoriesOnly: false) }
    if head == "let" || head == "misal" {
      return prior.count >= 3 ? statementStarts(p) : []
    }
    // Inside a stage or expression: columns of the pipeline's source table.
    var out: [CompletionCandidate] = []
    if p.contains(".") {
      out += columns(p, types: [])
    } else if let source, let t = world.table(source) {
      out += t.columns.filter { $0.name.hasPrefix(p) }.map { CompletionCandidate(text: $0.name, description: $0.type.label(lang)) }
    }
    if !p.isEmpty && prior.count >= 2 { out += keywords(Keywords.expression, p) }
    return dedupe(out)
  }

  private func dedupe(_ cs: [CompletionCandidate]) -> [CompletionCandidate] {
    var seen = Set<String>()
    return cs.filter { seen.insert($0.text).inserted }
  }
}

/// The words of the statement segment at the cursor, outside quotes.
struct Scan {
  /// Complete words before the one being typed, in the current segment.
  var words: [String] = []
  /// The word being typed ("" after a space).
  var partial = ""
  /// Whether the segment follows a `|` (a pipeline stage).
  var inStage = false
  /// The first word of the statement (the pipeline's source).
  var source: String?

  init(_ text: String) {
    var current = ""
    var quote: Character?
    var statementWords: [String] = []
    var sawWordInStatement = false
    for ch in text {
      if let q = quote {
        current.append(ch)
        if ch == q { quote = nil }
        continue
      }
      switch ch {
      case "\"", "'":
        quote = ch
        current.append(ch)
      case " ", "\t", "\n":
        if !current.isEmpty {
          words.append(current)
          if !sawWordInStatement { source = current; sawWordInStatement = true }
          statementWords.append(current)
          current = ""
        }
      case ";":
        if !current.isEmpty { words.append(current) }
        words = []
        current = ""
        inStage = false
        source = nil
        sawWordInStatement = false
        statementWords = []
      case "|":
        if !current.isEmpty {
          if !sawWordInStatement { source = current; sawWordInStatement = true }
          current = ""
        }
        words = []
        inStage = true
      default:
        current.append(ch)
      }
    }
    partial = current
    if !sawWordInStatement && !current.isEmpty && inStage { source = nil }
    _ = statementWords
  }
}

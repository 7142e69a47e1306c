import AwasPluginKit

/// The built-in commands, declared like plugin commands.
enum CoreCommands {
  static func all(_ link: ShellLink) -> [CommandSpec] {
    [help(link), tables, describe, open, validate, use, demo, schedule, explain(link), findings(link), log(link), settings(link), history(link), clear, quit, version(link)]
  }

  static func help(_ link: ShellLink) -> CommandSpec {
    CommandSpec(
      Names("bantuan", en: "help", aliases: ["?"]),
      summary: Text("daftar perintah, atau rincian satu perintah", en: "list commands, or show one command in detail"),
      parameters: [
        ParameterSpec(Names("perintah", en: "command"), .string, positional: true, help: Text("perintah yang dijelaskan", en: "the command to explain")),
        ParameterSpec(Names("subperintah", en: "subcommand"), .string, positional: true, help: Text("subperintahnya", en: "its subcommand")),
        ParameterSpec(Names("markdown"), .flag, help: Text("rujukan lengkap dalam Markdown", en: "the whole reference as Markdown")),
      ],
      examples: [Example("bantuan"), Example("bantuan risiko par"), Example("help open")],
      action: { inv in
        let lang = inv.language
        let help = HelpText(registry: link.registry, language: lang)
        if inv.arguments.flag("markdown") { return .text(help.markdownReference()) }
        guard let name = inv.arguments.string("command") else { return .text(help.overview()) }
        guard var spec = link.registry.command(name) else {
          let near = Suggest.closest(name, among: link.registry.allCommandNames)
          throw UserError(
            Text("Tidak ada perintah `\(name)`.", en: "There is no command `\(name)`."),
            hint: near.map { Text("Maksud Anda `\($0)`?", en: "Did you mean `\($0)`?") }
              ?? Text("Ketik `bantuan` untuk daftar perintah.", en: "Type `help` for the list of commands."),
            argument: name)
        }
        var path = [spec.names(lang)]
        if let subName = inv.arguments.string("subcommand") {
          guard let sub = spec.subcommand(subName) else {
            let near = Suggest.closest(subName, among: spec.subcommands.flatMap(\.names.all))
            throw UserError(
              Text("`\(path[0])` tidak punya subperintah `\(subName)`.", en: "`\(path[0])` has no subcommand `\(subName)`."),
              hint: near.map { Text("Maksud Anda `\($0)`?", en: "Did you mean `\($0)`?") }, argument: subName)
          }
          spec = sub
          path.append(sub.names(lang))
        }
        return .text(help.command(path, spec))
      })
  }

  static let tables = CommandSpec(
    Names("tabel", en: "tables"),
    summary: Text("tabel dataset dengan jumlah baris", en: "the dataset's tables with row counts"),
    examples: [Example("tabel")],
    action: { inv in
      let d = try inv.context.requireDataset()
      let lang = inv.language
      var b = TableBuilder(
        lang == .en ? "tables" : "tabel",
        [(lang == .en ? "table" : "tabel", .string), (lang == .en ? "rows" : "baris", .int),
         (lang == .en ? "columns" : "kolom", .int), (lang == .en ? "source" : "sumber", .string)])
      let fileNames = Set(d.files.map(\.name))
      for t in d.tables {
        let file = fileNames.contains(t.name + ".csv") ? t.name + ".csv" : (lang == .en ? "(derived)" : "(turunan)")
        b.append([.string(t.name), .int(Int64(t.rowCount)), .int(Int64(t.columns.count)), .string(file)])
      }
      return .table(b.build())
    })

  static let describe = CommandSpec(
    Names("uraikan", en: "describe"),
    summary: Text("kolom sebuah tabel: tipe dan jumlah terisi", en: "a table's columns: types and non-null counts"),
    parameters: [ParameterSpec(Names("tabel", en: "table"), .table, positional: true, required: true, help: Text("tabel yang diuraikan", en: "the table to describe"))],
    examples: [Example("uraikan pinjaman"), Example("describe angsuran")],
    action: { inv in
      guard let t = inv.arguments.table("table") else { throw UserError(Text("Tabel belum disebut.", en: "No table given.")) }
      let lang = inv.language
      var b = TableBuilder(
        t.name,
        [(lang == .en ? "column" : "kolom", .string), (lang == .en ? "type" : "tipe", .string),
         (lang == .en ? "non_null" : "terisi", .int), (lang == .en ? "example" : "contoh", .string)])
      for c in t.columns {
        let example = (0..<min(t.rowCount, 1000)).first { !c.isNull($0) }
          .map { ValueFormatter.display(c.value(at: $0), lang) } ?? "-"
        let shown = CellFormatter(language: lang, mask: true).isPersonal(c) && example != "-" ? CellFormatter.maskText(example) : example
        b.append([.string(c.name), .string(c.type.label(lang)), .int(Int64(c.nonNullCount)), .string(shown)])
      }
      return .table(b.build(), title: "\(t.name): \(ValueFormatter.grouped(Int64(t.rowCount), lang)) \(lang == .en ? "rows" : "baris")")
    })

  static func history(_ link: ShellLink) -> CommandSpec {
    CommandSpec(
      Names("riwayat", en: "history"),
      summary: Text("perintah yang pernah diketik", en: "statements typed before"),
      parameters: [ParameterSpec(Names("n"), .int(1...100_000), positional: true, default: "20", help: Text("berapa yang terakhir", en: "how many of the latest"))],
      examples: [Example("riwayat 50")],
      action: { inv in
        let n = inv.arguments.int("n") ?? 20
        let entries = link.history.suffix(n)
        let start = link.history.count - entries.count + 1
        var b = TableBuilder(inv.language == .en ? "history" : "riwayat", [("no", .int), (inv.language == .en ? "statement" : "perintah", .string)])
        for (i, e) in entries.enumerated() { b.append([.int(Int64(start + i)), .string(e)]) }
        return .table(b.build())
      })
  }

  static let clear = CommandSpec(
    Names("bersihkan", en: "clear", aliases: ["cls"]),
    summary: Text("bersihkan layar", en: "clear the screen"),
    action: { _ in CommandOutput(effects: [.clearScreen]) })

  static let quit = CommandSpec(
    Names("keluar", en: "quit", aliases: ["exit"]),
    summary: Text("keluar dari awas", en: "leave awas"),
    action: { _ in CommandOutput(effects: [.quit]) })

  static func version(_ link: ShellLink) -> CommandSpec {
    CommandSpec(
      Names("versi", en: "version"),
      summary: Text("versi awas dan pluginnya", en: "the version of awas and its plugins"),
      action: { inv in
        var b = TableBuilder(inv.language == .en ? "version" : "versi", [(inv.language == .en ? "module" : "modul", .string), (inv.language == .en ? "version" : "versi", .string)])
        b.append([.string("awas"), .string(link.version)])
        for p in link.registry.plugins { b.append([.string(p.name), .string(p.version)]) }
        return .table(b.build())
      })
  }

  static func explain(_ link: ShellLink) -> CommandSpec {
    CommandSpec(
      Names("jelaskan", en: "explain"),
      summary: Text("jelaskan sebuah angka: rumus, masukan, aturan", en: "explain a figure: formula, inputs, rule"),
      parameters: [ParameterSpec(Names("topik", en: "topic"), .string, positional: true, help: Text("misalnya sehat.likuiditas", en: "for example health.likuiditas"))],
      examples: [Example("jelaskan sehat.likuiditas"), Example("explain check.benford")],
      action: { inv in
        let ctx = inv.context
        let topics = link.registry.plugins.flatMap { $0.explainTopics(ctx) }
        guard let topic = inv.arguments.string("topic") else {
          var b = TableBuilder(inv.language == .en ? "topics" : "topik", [(inv.language == .en ? "topic" : "topik", .string), (inv.language == .en ? "about" : "tentang", .string)])
          for t in topics { b.append([.string(t.name), .string(t.summary(inv.language))]) }
          return .table(b.build())
        }
        for p in link.registry.plugins {
          if let out = try p.explain(topic, ctx) { return out }
        }
        let near = Suggest.closest(topic, among: topics.map(\.name))
        throw UserError(
          Text("Tidak ada penjelasan untuk `\(topic)`.", en: "Nothing to explain for `\(topic)`."),
          hint: near.map { Text("Maksud Anda `\($0)`?", en: "Did you mean `\($0)`?") }
            ?? Text("Ketik `jelaskan` untuk daftar topik.", en: "Type `explain` for the list of topics."),
          argument: topic)
      })
  }
}

extension CoreCommands {
  /// `set` with no value: every setting with its current value.
  static func settings(_ link: ShellLink) -> CommandSpec {
    CommandSpec(
    Names("atur", en: "set"),
    summary: Text("lihat atau ubah pengaturan (`atur NAMA NILAI`)", en: "show or change settings (`set NAME VALUE`)"),
    parameters: [ParameterSpec(Names("nama", en: "name"), .string, positional: true, help: Text("pengaturan yang dilihat", en: "the setting to show"))],
    examples: [Example("atur"), Example("atur format json"), Example("set asof 2025-06-30"), Example("set lang en")],
    action: { inv in
      let lang = inv.language
      let en = lang == .en
      let wanted = inv.arguments.string("name")
      var b = TableBuilder(
        en ? "settings" : "pengaturan",
        [(en ? "name" : "nama", .string), (en ? "value" : "nilai", .string), (en ? "default" : "bawaan", .string), (en ? "meaning" : "arti", .string)])
      for s in link.registry.settings where wanted == nil || s.names.matches(wanted ?? "") {
        let v = inv.context.settings[s.key] ?? s.defaultValue
        // A choice is stored by its English name; show it in the current language.
        func shown(_ value: Value) -> String {
          if case .choice(let cs) = s.kind, case .string(let raw) = value,
            let c = cs.first(where: { $0.names.en == raw })
          {
            return c.names(lang)
          }
          return ValueFormatter.display(value, lang)
        }
        b.append([.string(s.names(lang)), .string(shown(v)), .string(shown(s.defaultValue)), .string(s.help(lang))])
      }
      return .table(b.build())
    })
  }
}

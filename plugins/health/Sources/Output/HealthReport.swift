import AwasPluginKit

/// The blocks `health` prints: a heading, the table, the headline figures,
/// and the options in force.
enum HealthReport {
  static func output(_ a: Assessment, dataset: Dataset, machine: Bool, _ l: Language) -> CommandOutput {
    let table = HealthTable.build(a, l)
    var out = CommandOutput(value: table)
    out.blocks.append(.heading(heading(a, dataset, l)))
    out.blocks.append(.table(table, title: nil))
    out.blocks.append(.fields(headline(a, l)))
    if !machine { out.blocks.append(.table(optionsTable(a.scheme, a.options, l), title: Text("Pilihan yang dipakai", en: "Options in force")(l))) }
    for n in a.notes { out.blocks.append(.text("• " + n(l))) }
    out.blocks.append(.text(roundingNote(l)))
    return out
  }

  static func heading(_ a: Assessment, _ d: Dataset, _ l: Language) -> String {
    Text(
      "Penilaian kesehatan \(d.info.nama) per \(a.asOf) — \(a.scheme.regulation.id)",
      en: "Health assessment of \(d.info.nama) at \(a.asOf) — \(a.scheme.regulation.en)")(l)
  }

  static func headline(_ a: Assessment, _ l: Language) -> [(String, String)] {
    var f: [(String, String)] = [
      (Text("Skor total", en: "Total score")(l), ValueFormatter.display(.double(a.total.double), l)),
      (Text("Predikat", en: "Category")(l), a.category?.label(l) ?? "-"),
    ]
    if !a.complete {
      f.append((Text("Kelengkapan", en: "Completeness")(l), HealthTable.incompleteNote(a)(l)))
    }
    f.append((Text("Skema", en: "Scheme")(l), "\(a.scheme.id) (\(a.scheme.name(l)))"))
    let chosen = a.scheme.options.map { o in "\(o.name(l))=\(o.alternativeName(a.options.choice(o.id), l))" }
      .joined(separator: ", ")
    f.append((Text("Pilihan", en: "Options")(l), chosen.isEmpty ? "-" : chosen))
    return f
  }

  /// Every option of the scheme: the alternative in force, where it came from, and its basis.
  static func optionsTable(_ s: Scheme, _ o: ResolvedOptions, _ l: Language) -> Table {
    let en = l == .en
    var b = TableBuilder(
      en ? "options" : "pilihan",
      [
        (en ? "setting" : "pengaturan", .string), (en ? "about" : "tentang", .string), (en ? "chosen" : "dipakai", .string),
        (en ? "from" : "asal", .string), (en ? "alternatives" : "alternatif", .string), ("basis", .string),
      ], primaryKey: en ? "setting" : "pengaturan")
    for opt in s.options {
      let c = o.choice(opt.id)
      let origin: Text
      switch o.origins[opt.id] ?? .scheme {
      case .scheme: origin = Text("bawaan skema", en: "scheme default")
      case .jenis: origin = Text("bawaan untuk jenis koperasi", en: "default for the kind of cooperative")
      case .setting: origin = Text("pengaturan", en: "setting")
      }
      let alt = opt.alternative(c)
      b.append([
        .string(opt.setting(l)), .string(opt.label(l)), .string(opt.alternativeName(c, l) + (alt.map { " — " + $0.label(l) } ?? "")),
        .string(origin(l)), .string(opt.alternatives.map { $0.name(l) }.joined(separator: ", ")),
        .string((alt?.basis ?? opt.basis)(l)),
      ])
    }
    return b.build()
  }

  static func roundingNote(_ l: Language) -> String {
    Text(
      "Rasio dihitung dari sen (bilangan bulat) dan dibulatkan sekali ke 2 desimal persen (setengah menjauhi nol); pita dibandingkan dengan rasio yang dibulatkan itu. skor = nilai × bobot / 100. `*` = tidak lengkap. Rincian: `jelaskan sehat.<komponen>`.",
      en: "Ratios are computed from sen (integers) and rounded once to 2 decimals of a percent (half away from zero); bands compare that rounded ratio. score = value × weight / 100. `*` = incomplete. Details: `explain health.<component>`.")(l)
  }
}

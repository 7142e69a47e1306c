import AwasPluginKit

extension HealthExplain {
  static func aspect(_ asp: Aspect, _ a: Assessment?, scheme: Scheme, _ l: Language) -> CommandOutput {
    var out = CommandOutput()
    out.blocks.append(.heading((Text("Aspek ", en: "Aspect ") + asp.label)(l) + ", " + Text("bobot", en: "weight")(l) + " \(asp.weight)"))
    let options = defaultOptions(scheme)
    var b = TableBuilder(
      l == .en ? "aspect" : "aspek",
      [
        (l == .en ? "component" : "komponen", .string), (l == .en ? "name" : "nama", .string),
        (l == .en ? "formula" : "rumus", .string), (l == .en ? "ratio" : "rasio", .percent),
        (l == .en ? "value" : "nilai", .double), (l == .en ? "weight" : "bobot", .double), (l == .en ? "score" : "skor", .double),
      ], primaryKey: l == .en ? "component" : "komponen")
    for c in scheme.components(of: asp.id) {
      let r = a?.result(c.id)
      let formula: String
      switch c.kind {
      case .ratio(let n, let d, _):
        let o = a?.options ?? options
        formula = "(\(formulaText(n.resolve(o).0))) / (\(formulaText(d.resolve(o).0)))"
      case .questionnaire(let list, let group): formula = Text("ya / pertanyaan (\(list): \(group))", en: "yes / questions (\(list): \(group))")(l)
      }
      b.append([
        .string(c.id), .string(c.label(l)), .string(formula), r?.ratio?.percentCell ?? .null,
        r?.nilai.map { .double($0.double) } ?? .null, .double(c.weight.double), r?.skor.map { .double($0.double) } ?? .null,
      ])
    }
    let t = b.build()
    out.blocks.append(.table(t, title: nil))
    out.value = t
    if let ar = a?.aspect(asp.id) {
      out.blocks.append(.fields([
        (Text("Skor aspek", en: "Aspect score")(l), "\(ar.skor.text(l)) / \(asp.weight.text(l))" + (ar.complete ? "" : " *")),
        (Text("Persen aspek", en: "Aspect percent")(l), ar.percent.map { "\($0.text(l))%" } ?? "-"),
        (Text("Predikat aspek", en: "Aspect category")(l), ar.category?.label(l) ?? "-"),
      ]))
    }
    out.blocks.append(.text(Text(
      "Predikat per aspek = skor aspek / bobot aspek × 100 dengan batas yang sama dengan skor total [tidak pasti: disimpulkan dari skripsi]. Rincian tiap komponen: `jelaskan sehat.<komponen>`.",
      en: "Aspect category = aspect score / aspect weight × 100 with the same cut-offs as the total [uncertain: inferred from theses]. Each component: `explain health.<component>`.")(l)))
    out.blocks.append(.text(Text("Aturan: ", en: "Rule: ")(l) + scheme.regulation(l)))
    return out
  }

  static func input(_ d: InputDef, runner: HealthRunner?, scheme: Scheme, _ l: Language) -> CommandOutput {
    var out = CommandOutput()
    out.blocks.append(.heading((Text("Masukan ", en: "Input ") + d.label)(l) + " (`\(d.id)`)"))
    let options = runner?.options ?? defaultOptions(scheme)
    let (terms, choice) = d.formula.resolve(options)
    var f = [(Text("Rumus", en: "Formula")(l), formulaText(terms))]
    if let runner, let terms {
      let book = FigureBook(scheme: scheme, options: options, dataset: runner.dataset, period: .current, loanDataset: runner.dataset)
      let r = book.evaluate(terms)
      f.append((Text("Jumlah", en: "Amount")(l), r.total.map { ValueFormatter.money($0, l) } ?? Text("tidak lengkap", en: "incomplete")(l)))
      out.blocks.append(.fields(f))
      let t = ExplainInputs.table([(Text(stringLiteral: d.id), r)], l)
      out.blocks.append(.table(t, title: nil))
      out.value = t
    } else {
      out.blocks.append(.fields(f))
    }
    if let b = d.basis { out.blocks.append(.text(Text("Dasar: ", en: "Basis: ")(l) + b(l))) }
    if let ch = choice, let o = scheme.option(ch.option), let alt = o.alternative(ch.alternative) {
      out.blocks.append(.text(
        Text("Pilihan ", en: "Option ")(l) + "health.\(o.id) = \(alt.id): " + alt.basis(l)
          + " (\(o.alternatives.map(\.id).joined(separator: ", ")))"))
    }
    return out
  }

  static func total(_ a: Assessment?, _ scheme: Scheme, _ l: Language) -> CommandOutput {
    var out = CommandOutput()
    out.blocks.append(.heading(Text("Skor total dan predikat", en: "Total score and category")(l)))
    var b = TableBuilder(
      l == .en ? "categories" : "predikat",
      [(l == .en ? "category" : "predikat", .string), (l == .en ? "total" : "skor_total", .string), (l == .en ? "match" : "cocok", .string)])
    for c in scheme.categories {
      let hit = a?.category == c
      b.append([.string(c.label(l)), .string(c.interval.reading), hit ? .string("◀") : .null])
    }
    let t = b.build()
    if let a {
      out.blocks.append(.fields([
        (Text("Skor total", en: "Total score")(l), a.aspects.map { "\($0.skor)" }.joined(separator: " + ") + " = \(a.total)"),
        (Text("Predikat", en: "Category")(l), (a.category?.label(l) ?? "-") + (a.complete ? "" : " *")),
      ]))
      if !a.complete { out.blocks.append(.text(HealthTable.incompleteNote(a)(l))) }
    }
    out.blocks.append(.table(t, title: nil))
    out.value = t
    out.blocks.append(.text(Text("Aturan: ", en: "Rule: ")(l) + scheme.regulation(l)))
    return out
  }
}

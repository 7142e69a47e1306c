import AwasPluginKit

/// `explain health.<topic>`: a component, an aspect, a named input, or the total.
enum HealthExplain {
  static func topics(_ s: Scheme) -> [ExplainTopic] {
    var out: [ExplainTopic] = []
    for a in s.aspects {
      out.append(ExplainTopic("health.\(a.id)", Text("aspek ", en: "aspect ") + a.label))
      if a.idEn != a.id { out.append(ExplainTopic("health.\(a.idEn)", Text("aspek ", en: "aspect ") + a.label)) }
      for c in s.components(of: a.id) { out.append(ExplainTopic("health.\(c.id)", c.label)) }
    }
    for id in s.inputOrder {
      if let d = s.inputs[id] { out.append(ExplainTopic("health.\(id)", Text("masukan: ", en: "input: ") + d.label)) }
    }
    out.append(ExplainTopic("health.total", Text("skor total dan predikat", en: "total score and category")))
    return out
  }

  /// The topic without its `health.`/`sehat.` prefix, or nil if it is not this plugin's.
  static func key(_ topic: String) -> String? {
    let t = topic.trimmingSpaces()
    for p in ["health.", "sehat."] where t.lowercased().hasPrefix(p) { return String(t.dropFirst(p.count)) }
    return nil
  }

  static func explain(_ key: String, runner: HealthRunner?, scheme: Scheme, checklists: [String: Checklist], _ l: Language)
    throws -> CommandOutput?
  {
    let a = try runner?.current()
    if let c = scheme.component(key) {
      return component(c, a?.result(c.id), scheme: scheme, checklists: checklists, runner: runner, l)
    }
    if let asp = scheme.aspects.first(where: { $0.id.lowercased() == key.lowercased() || $0.idEn.lowercased() == key.lowercased() }) {
      return aspect(asp, a, scheme: scheme, l)
    }
    if let d = scheme.inputs[key] ?? scheme.inputs.first(where: { $0.key.lowercased() == key.lowercased() })?.value {
      return input(d, runner: runner, scheme: scheme, l)
    }
    if ["total", "predikat", "category", "skor"].contains(key.lowercased()) { return total(a, scheme, l) }
    return nil
  }

  static func formulaText(_ terms: [FigureTerm]?) -> String {
    guard let terms, !terms.isEmpty else { return "-" }
    var s = ""
    for (i, t) in terms.enumerated() {
      var u = t
      u.negative = false
      s += i == 0 ? (t.negative ? "-" : "") + u.description : (t.negative ? " − " : " + ") + u.description
    }
    return s
  }

  static func component(
    _ c: Component, _ r: ComponentResult?, scheme: Scheme, checklists: [String: Checklist], runner: HealthRunner?,
    _ l: Language
  ) -> CommandOutput {
    var out = CommandOutput()
    let asp = scheme.aspect(c.aspect)
    out.blocks.append(.heading("\(c.id) · \(c.label(l)) — \(asp?.label(l) ?? c.aspect), " + Text("bobot", en: "weight")(l) + " \(c.weight)"))
    var f: [(String, String)] = []
    let options = runner?.options ?? defaultOptions(scheme)
    switch c.kind {
    case .ratio(let n, let d, let s):
      let (nt, _) = n.resolve(options), (dt, _) = d.resolve(options), (sid, _) = s.resolve(options)
      f.append((Text("Rumus", en: "Formula")(l), "(\(formulaText(nt))) / (\(formulaText(dt))) × 100%"))
      if let r {
        f.append((Text("Pembilang", en: "Numerator")(l), r.numerator?.total.map { ValueFormatter.money($0, l) } ?? "-"))
        f.append((Text("Penyebut", en: "Denominator")(l), r.denominator?.total.map { ValueFormatter.money($0, l) } ?? "-"))
        f.append((Text("Rasio", en: "Ratio")(l), r.ratio?.display(l) ?? "-"))
        f.append((Text("Nilai × bobot / 100 = skor", en: "Value × weight / 100 = score")(l),
                  "\(r.nilai?.description ?? "-") × \(c.weight) / 100 = \(r.skor?.description ?? "-")"))
      }
      if let sid, let scale = scheme.scales[sid] { f.append((Text("Skala", en: "Scale")(l), scale.modeLabel(l))) }
      out.blocks.append(.fields(f))
      if let r, let num = r.numerator, let den = r.denominator {
        let t = ExplainInputs.table([(Text("pembilang", en: "numerator"), num), (Text("penyebut", en: "denominator"), den)], l)
        out.blocks.append(.table(t, title: Text("Masukan dan akun asalnya", en: "Inputs and the accounts they came from")(l)))
        out.value = t
      }
      if let sid, let scale = scheme.scales[sid] {
        out.blocks += ExplainScale.blocks(scale, weight: c.weight, hit: r?.band, ratio: r?.ratio, l)
      }
    case .questionnaire(let list, let group):
      if let r, let t = r.tally {
        f.append((Text("Rumus", en: "Formula")(l), Text("jawaban ya / jumlah pertanyaan × bobot", en: "yes answers / questions × weight")(l)))
        f.append((Text("Jawaban", en: "Answers")(l), Text("\(t.yes) ya, \(t.no) tidak, \(t.open) belum dari \(t.total)", en: "\(t.yes) yes, \(t.no) no, \(t.open) open of \(t.total)")(l)))
        f.append((Text("Skor", en: "Score")(l), "\(t.yes) × \(c.weight) / \(t.total) = \(r.skor?.description ?? "-")"))
      }
      out.blocks.append(.fields(f))
      if let cl = checklists[list] {
        let sheet = runner?.answers[list] ?? AnswerSheet(checklist: cl.id)
        let sub = Checklist(id: cl.id, title: cl.title, source: cl.source, groups: cl.groups, items: cl.items(in: group))
        let t = sheet.table(sub, language: l)
        out.blocks.append(.table(t, title: cl.title(l)))
        out.value = t
      }
    }
    out.blocks += citation(c, scheme: scheme, choices: r?.choices ?? [], options: options, l)
    for n in r?.notes ?? [] { out.blocks.append(.text("• " + n(l))) }
    if runner == nil {
      out.blocks.append(.text(Text("(Buka dataset untuk melihat angka.)", en: "(Open a dataset to see the figures.)")(l)))
    }
    return out
  }

  static func citation(
    _ c: Component, scheme: Scheme, choices: [(option: String, alternative: String)], options: ResolvedOptions, _ l: Language
  ) -> [OutputBlock] {
    var lines = [Text("Aturan: ", en: "Rule: ")(l) + scheme.regulation(l)]
    if let b = c.basis { lines.append(Text("Dasar: ", en: "Basis: ")(l) + b(l)) }
    for ch in choices {
      guard let o = scheme.option(ch.option), let alt = o.alternative(ch.alternative) else { continue }
      let names = o.alternatives.map { $0.name(l) }.joined(separator: ", ")
      lines.append(
        Text("Pilihan ", en: "Option ")(l) + o.setting(l) + " = \(alt.name(l)) (\(alt.label(l))): " + alt.basis(l)
          + Text(" — ubah dengan `atur \(o.setting(l)) …` (\(names))", en: " — change with `set \(o.setting(l)) …` (\(names))")(l))
    }
    return lines.map { .text($0) }
  }

  static func defaultOptions(_ s: Scheme) -> ResolvedOptions {
    (try? HealthSettings.resolve(s, settings: Settings(), jenis: nil)) ?? ResolvedOptions(choices: [:], origins: [:])
  }
}

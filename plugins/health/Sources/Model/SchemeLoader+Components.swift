import AwasPluginKit

extension SchemeLoader {
  mutating func readInputs(options: [OptionDef]) -> ([String: InputDef], [String]) {
    var out: [String: InputDef] = [:]
    var order: [String] = []
    for (m, place) in reader.entries("masukan", required: false) {
      reader.rejectUnknownKeys(m, known: ["id", "label", "label_en", "rumus", "basis", "basis_en"], at: place)
      guard let id = reader.string(m, "id", at: place) else { continue }
      if out[id] != nil || PosVocabulary.entry(id) != nil || id.hasPrefix("pinjaman.") {
        reader.problem(
          Text("masukan `\(id)` ganda atau sama dengan nama pos/pinjaman", en: "input `\(id)` is a duplicate or clashes with a pos/loan figure"),
          at: place, key: "id")
      }
      guard let f = readFormula(m["rumus"], key: "rumus", at: place, options: options) else { continue }
      out[id] = InputDef(
        id: id, label: reader.text(m, "label", at: place) ?? Text(id, en: id), formula: f,
        basis: reader.text(m, "basis", at: place, required: false))
      order.append(id)
    }
    return (out, order)
  }

  mutating func readComponents(
    aspects: [Aspect], options: [OptionDef], scales: [String: Scale], checklists: [String],
    checklistGroups: (String) -> [String]?
  ) -> [Component] {
    var out: [Component] = []
    let known = [
      "id", "aspek", "label", "label_en", "bobot", "pembilang", "penyebut", "skala", "kuesioner", "kelompok",
      "nol_per_nol", "basis", "basis_en",
    ]
    for (c, place) in reader.entries("komponen") {
      reader.rejectUnknownKeys(c, known: known, at: place)
      guard let id = reader.string(c, "id", at: place) else { continue }
      if out.contains(where: { $0.id == id }) {
        reader.problem(Text("komponen `\(id)` ganda", en: "duplicate component `\(id)`"), at: place, key: "id")
      }
      let aspect = reader.string(c, "aspek", at: place) ?? ""
      if !aspect.isEmpty, !aspects.contains(where: { $0.id == aspect }) {
        let near = Suggest.closest(aspect, among: aspects.map(\.id))
        reader.problem(
          Text("aspek `\(aspect)` tidak dideklarasikan" + (near.map { "; maksud Anda `\($0)`?" } ?? ""),
               en: "aspect `\(aspect)` is not declared" + (near.map { "; did you mean `\($0)`?" } ?? "")),
          at: place, key: "aspek")
      }
      let label = reader.text(c, "label", at: place) ?? Text(id, en: id)
      let weight = reader.number(c, "bobot", at: place) ?? .zero
      let basis = reader.text(c, "basis", at: place, required: false)
      let zero = reader.number(c, "nol_per_nol", at: place, required: false)
      let kind: Component.Kind?
      if c["kuesioner"] != nil {
        kind = readQuestionnaire(c, at: place, checklists: checklists, checklistGroups: checklistGroups)
      } else {
        let num = readFormula(c["pembilang"], key: "pembilang", at: place, options: options)
        let den = readFormula(c["penyebut"], key: "penyebut", at: place, options: options)
        let scale = readScaleRef(c["skala"], at: place, options: options, scales: scales)
        if let num, let den, let scale {
          kind = .ratio(numerator: num, denominator: den, scale: scale)
        } else {
          kind = nil
        }
      }
      guard let kind else { continue }
      out.append(
        Component(id: id, aspect: aspect, label: label, kind: kind, weight: weight, zeroOverZero: zero, basis: basis))
    }
    return out
  }

  mutating func readQuestionnaire(
    _ c: ConfigValue, at place: RuleReader.Place, checklists: [String], checklistGroups: (String) -> [String]?
  ) -> Component.Kind? {
    guard let list = reader.string(c, "kuesioner", at: place), let group = reader.string(c, "kelompok", at: place)
    else { return nil }
    guard checklists.contains(list) else {
      reader.problem(
        Text("kuesioner `\(list)` tidak ada di `kuesioner` skema", en: "checklist `\(list)` is not listed in the scheme's `kuesioner`"),
        at: place, key: "kuesioner")
      return nil
    }
    guard let groups = checklistGroups(list) else {
      reader.problem(Text("kuesioner `\(list)` tidak ditemukan", en: "checklist `\(list)` not found"), at: place, key: "kuesioner")
      return nil
    }
    guard groups.contains(group) else {
      reader.problem(
        Text("kelompok `\(group)` tidak ada di kuesioner `\(list)` (\(groups.joined(separator: ", ")))",
             en: "group `\(group)` is not in checklist `\(list)` (\(groups.joined(separator: ", ")))"),
        at: place, key: "kelompok")
      return nil
    }
    return .questionnaire(checklist: list, group: group)
  }

  mutating func readScaleRef(
    _ v: ConfigValue?, at place: RuleReader.Place, options: [OptionDef], scales: [String: Scale]
  ) -> Choosable<String>? {
    guard let v else {
      reader.problem(Text("`skala` tidak ada", en: "`skala` is missing"), at: place)
      return nil
    }
    let r = readChoosable(v, key: "skala", at: place, options: options) { (x: ConfigValue) -> (String?, [Text]) in
      (x.string, x.string == nil ? [Text("`skala` harus nama skala", en: "`skala` must name a scale")] : [])
    }
    let named: [String]
    switch r {
    case .fixed(let s)?: named = [s]
    case .byOption(_, let m)?: named = Array(m.values)
    case nil: return nil
    }
    for s in named where scales[s] == nil {
      let near = Suggest.closest(s, among: Array(scales.keys))
      reader.problem(
        Text("skala `\(s)` tidak dideklarasikan" + (near.map { "; maksud Anda `\($0)`?" } ?? ""),
             en: "scale `\(s)` is not declared" + (near.map { "; did you mean `\($0)`?" } ?? "")),
        at: place, key: "skala")
    }
    return r
  }
}

import AwasPluginKit

extension SchemeLoader {
  mutating func readOptions() -> [OptionDef] {
    var out: [OptionDef] = []
    // `set health.<option> <alternative>` takes either language's name, so no
    // name may stand for two options (or two alternatives of one option).
    var optionNames: Set<String> = []
    for (o, place) in reader.entries("pilihan", required: false) {
      reader.rejectUnknownKeys(
        o, known: ["id", "id_en", "label", "label_en", "basis", "basis_en", "bawaan", "bawaan_jenis", "alternatif"], at: place)
      guard let id = reader.string(o, "id", at: place) else { continue }
      let idEn = reader.string(o, "id_en", at: place, required: false) ?? id
      claim([id, idEn], "pilihan", "option", in: &optionNames, at: place)
      var alts: [OptionDef.Alternative] = []
      var altNames: Set<String> = []
      for (a, ap) in reader.entries("alternatif", in: o, at: place) {
        reader.rejectUnknownKeys(a, known: ["id", "id_en", "label", "label_en", "basis", "basis_en"], at: ap)
        guard let aid = reader.string(a, "id", at: ap) else { continue }
        let aidEn = reader.string(a, "id_en", at: ap, required: false) ?? aid
        // The words that name an option's default cannot name an alternative, in either language.
        for (key, name) in [("id", aid), ("id_en", aidEn)] where ["bawaan", "default"].contains(name) && (key == "id" || name != aid) {
          reader.problem(Text("`\(name)` tidak boleh menjadi nama alternatif", en: "`\(name)` cannot name an alternative"), at: ap, key: key)
        }
        claim([aid, aidEn], "alternatif", "alternative", in: &altNames, at: ap)
        alts.append(
          OptionDef.Alternative(
            id: aid, idEn: aidEn, label: reader.text(a, "label", at: ap) ?? Text(aid, en: aid),
            basis: reader.text(a, "basis", at: ap) ?? ""))
      }
      let def = reader.string(o, "bawaan", at: place) ?? ""
      if !def.isEmpty, !alts.contains(where: { $0.id == def }) {
        reader.problem(unknownAlternative(def, option: id, alts), at: place, key: "bawaan")
      }
      var byJenis: [String: String] = [:]
      for (j, v) in o["bawaan_jenis"]?.table ?? [:] {
        guard let a = v.string, alts.contains(where: { $0.id == a }) else {
          reader.problem(unknownAlternative(v.string ?? "?", option: id, alts), at: place, key: "bawaan_jenis")
          continue
        }
        byJenis[j.uppercased()] = a
      }
      out.append(
        OptionDef(
          id: id, idEn: idEn, label: reader.text(o, "label", at: place) ?? Text(id, en: id),
          basis: reader.text(o, "basis", at: place) ?? "", defaultChoice: def, defaultByJenis: byJenis,
          alternatives: alts))
    }
    return out
  }

  /// Adds an entry's names (its `id` and `id_en`) to `used`, reporting a name
  /// that an earlier entry already has (in either language).
  mutating func claim(
    _ names: [String], _ what: String, _ whatEn: String, in used: inout Set<String>, at place: RuleReader.Place
  ) {
    for (key, name) in zip(["id", "id_en"], names) where key == "id" || name != names[0] {
      if used.contains(name) {
        reader.problem(
          Text("nama \(what) `\(name)` sudah dipakai \(what) lain", en: "the \(whatEn) name `\(name)` is already used by another \(whatEn)"),
          at: place, key: key)
      }
    }
    used.formUnion(names)
  }

  func unknownAlternative(_ a: String, option: String, _ alts: [OptionDef.Alternative]) -> Text {
    let ids = alts.map(\.id).joined(separator: ", ")
    return Text(
      "`\(a)` bukan alternatif pilihan `\(option)` (\(ids))", en: "`\(a)` is not an alternative of option `\(option)` (\(ids))")
  }

  mutating func readScales() -> [String: Scale] {
    var out: [String: Scale] = [:]
    for (s, place) in reader.entries("skala") {
      reader.rejectUnknownKeys(s, known: ["id", "pita", "linear", "basis", "basis_en"], at: place)
      guard let id = reader.string(s, "id", at: place) else { continue }
      if out[id] != nil { reader.problem(Text("skala `\(id)` ganda", en: "duplicate scale `\(id)`"), at: place, key: "id") }
      let basis = reader.text(s, "basis", at: place, required: false)
      switch (s["pita"], s["linear"]) {
      case (let p?, nil):
        out[id] = Scale(id: id, kind: .bands(readBands(p, at: place)), basis: basis)
      case (nil, let l?):
        if let lin = readLinear(l, at: place) { out[id] = Scale(id: id, kind: .linear(lin), basis: basis) }
      default:
        reader.problem(
          Text("skala `\(id)` harus punya tepat satu dari `pita` atau `linear`", en: "scale `\(id)` needs exactly one of `pita` or `linear`"),
          at: place)
      }
    }
    return out
  }

  mutating func readBands(_ v: ConfigValue, at place: RuleReader.Place) -> [Scale.Band] {
    guard let items = v.array else {
      reader.problem(Text("`pita` harus daftar", en: "`pita` must be a list"), at: place, key: "pita")
      return []
    }
    var bands: [Scale.Band] = []
    for (i, b) in items.enumerated() {
      guard let r = b["rentang"]?.string, let n = b["nilai"]?.number, let nilai = Decimal4(double: n) else {
        reader.problem(
          Text("pita ke-\(i + 1) perlu `rentang` dan `nilai`", en: "band \(i + 1) needs `rentang` and `nilai`"),
          at: place, key: "pita", element: i)
        continue
      }
      switch Interval.parse(r) {
      case .success(let iv): bands.append(Scale.Band(interval: iv, nilai: nilai))
      case .failure(let m): reader.problem(m.text, at: place, key: "pita", element: i)
      }
    }
    if bands.count == items.count, let p = coverageProblem(bands.map(\.interval)) {
      reader.problem(p.text, at: place, key: "pita")
    }
    return bands
  }

  mutating func readLinear(_ v: ConfigValue, at place: RuleReader.Place) -> Scale.Linear? {
    guard v.table != nil else {
      reader.problem(Text("`linear` harus tabel", en: "`linear` must be a table"), at: place, key: "linear")
      return nil
    }
    func num(_ k: String, _ d: Decimal4?) -> Decimal4? {
      guard let x = v[k] else { return d }
      return x.number.flatMap { Decimal4(double: $0) }
    }
    func rule(_ k: String) -> RoundingRule? {
      guard let x = v[k] else { return RoundingRule.none }
      return x.string.flatMap(RoundingRule.init(rawValue:))
    }
    guard let a = num("a", .zero), let b = num("b", nil), let lo = num("min", .zero), let hi = num("max", .hundred),
      let rx = rule("bulat_x"), let ry = rule("bulat"), lo <= hi
    else {
      reader.problem(
        Text(
          "`linear` perlu b (angka), a/min/max angka (min ≤ max), bulat/bulat_x salah satu dari none, round, ceil, floor",
          en: "`linear` needs b (a number), numeric a/min/max (min ≤ max), bulat/bulat_x one of none, round, ceil, floor"),
        at: place, key: "linear")
      return nil
    }
    return Scale.Linear(a: a, b: b, min: lo, max: hi, roundX: rx, roundResult: ry)
  }

  /// A formula: a list of terms, or `{ pilihan = "…", alt = [terms], … }`.
  mutating func readFormula(
    _ v: ConfigValue?, key: String, at place: RuleReader.Place, options: [OptionDef]
  ) -> Choosable<[FigureTerm]>? {
    guard let v else {
      reader.problem(Text("`\(key)` tidak ada", en: "`\(key)` is missing"), at: place)
      return nil
    }
    func terms(_ x: ConfigValue) -> ([FigureTerm]?, [Text]) {
      let texts = x.string.map { [$0] } ?? x.array?.compactMap(\.string)
      guard let texts, !texts.isEmpty, texts.count == (x.array?.count ?? 1) else {
        return (nil, [Text("`\(key)` harus daftar suku rumus", en: "`\(key)` must be a list of formula terms")])
      }
      let (parsed, errors) = FigureFormula.parse(texts)
      return (errors.isEmpty ? parsed : nil, errors.map(\.1))
    }
    return readChoosable(v, key: key, at: place, options: options, value: terms)
  }

  mutating func readChoosable<T: Sendable & Hashable>(
    _ v: ConfigValue, key: String, at place: RuleReader.Place, options: [OptionDef],
    value: (ConfigValue) -> (T?, [Text])
  ) -> Choosable<T>? {
    func read(_ x: ConfigValue) -> T? {
      let (r, problems) = value(x)
      for p in problems { reader.problem(p, at: place, key: key) }
      return r
    }
    guard let t = v.table else { return read(v).map { .fixed($0) } }
    guard let o = t["pilihan"]?.string else {
      reader.problem(Text("`\(key)`: tabel perlu `pilihan`", en: "`\(key)`: a table needs `pilihan`"), at: place, key: key)
      return nil
    }
    guard let opt = options.first(where: { $0.id == o }) else {
      let near = Suggest.closest(o, among: options.map(\.id))
      reader.problem(
        Text("pilihan `\(o)` tidak dideklarasikan" + (near.map { "; maksud Anda `\($0)`?" } ?? ""),
             en: "option `\(o)` is not declared" + (near.map { "; did you mean `\($0)`?" } ?? "")),
        at: place, key: key)
      return nil
    }
    var m: [String: T] = [:]
    for (k, x) in t where k != "pilihan" {
      guard opt.alternative(k) != nil else {
        reader.problem(unknownAlternative(k, option: o, opt.alternatives), at: place, key: key)
        continue
      }
      if let val = read(x) { m[k] = val }
    }
    for a in opt.alternatives where t[a.id] == nil {
      reader.problem(
        Text("`\(key)`: alternatif `\(a.id)` dari `\(o)` tidak diberi nilai", en: "`\(key)`: alternative `\(a.id)` of `\(o)` has no value"),
        at: place, key: key)
    }
    return .byOption(o, m)
  }
}

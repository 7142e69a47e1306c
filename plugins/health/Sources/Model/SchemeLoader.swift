import AwasPluginKit

/// Reads and validates a scheme rules file (format: docs/health.md, "rules files").
/// Every problem is reported with its line; nothing half-valid is returned.
struct SchemeLoader {
  var reader: RuleReader
  let file: RuleFile

  /// Engines this build can score.
  static let engines = ["2016"]
  /// Engines a rules file may name but that are not built yet.
  static let reservedEngines = ["kkpkk2021"]

  static let rootKeys = [
    "id", "mesin", "nama", "nama_en", "aturan", "aturan_en", "basis", "basis_en", "jenis", "kuesioner",
    "kolektibilitas", "aspek", "komponen", "masukan", "skala", "pilihan", "predikat",
  ]

  init(_ file: RuleFile) {
    self.file = file
    reader = RuleReader(file)
  }

  /// Loads `file`; `checklistGroups` gives the groups of each checklist the scheme names
  /// (nil when the checklist cannot be found).
  static func load(_ file: RuleFile, checklistGroups: (String) -> [String]?) throws -> Scheme {
    var l = SchemeLoader(file)
    let scheme = l.read(checklistGroups: checklistGroups)
    try l.reader.finish()
    return scheme
  }

  mutating func read(checklistGroups: (String) -> [String]?) -> Scheme {
    let root = file.root
    reader.rejectUnknownKeys(root, known: Self.rootKeys, at: .root)
    let id = reader.string(root, "id", at: .root) ?? "?"
    let engine = reader.string(root, "mesin", at: .root) ?? "2016"
    if !(Self.engines + Self.reservedEngines).contains(engine) {
      reader.problem(
        Text(
          "mesin `\(engine)` tidak dikenal; yang ada: \(Self.engines.joined(separator: ", "))",
          en: "unknown engine `\(engine)`; known: \(Self.engines.joined(separator: ", "))"),
        at: .root, key: "mesin")
    }
    let name = reader.text(root, "nama", at: .root) ?? Text(id, en: id)
    let regulation = reader.text(root, "aturan", at: .root) ?? ""
    let basis = reader.text(root, "basis", at: .root, required: false)
    var jenis: [JenisKoperasi] = []
    for j in reader.strings(root, "jenis", at: .root) ?? [] {
      if let k = JenisKoperasi(rawValue: j.uppercased()) {
        jenis.append(k)
      } else {
        reader.problem(
          Text("jenis `\(j)` tidak dikenal (KSP, USP, KSPPS, USPPS, KSU)", en: "unknown jenis `\(j)` (KSP, USP, KSPPS, USPPS, KSU)"),
          at: .root, key: "jenis")
      }
    }
    let checklists = reader.strings(root, "kuesioner", at: .root, required: false) ?? []
    let classWeights = readClassWeights()
    let options = readOptions()
    let scales = readScales()
    let (inputs, inputOrder) = readInputs(options: options)
    let aspects = readAspects()
    let components = readComponents(
      aspects: aspects, options: options, scales: scales, checklists: checklists, checklistGroups: checklistGroups)
    let categories = readCategories()
    var scheme = Scheme(
      id: id, engine: engine, name: name, regulation: regulation, basis: basis, jenis: jenis,
      checklists: checklists, aspects: aspects, components: components, inputs: inputs, inputOrder: inputOrder,
      scales: scales, options: options, categories: categories, classWeights: classWeights, file: file.file)
    validateNames(&scheme)
    validateWeights(scheme)
    return scheme
  }

  mutating func readAspects() -> [Aspect] {
    var out: [Aspect] = []
    for (a, place) in reader.entries("aspek") {
      reader.rejectUnknownKeys(a, known: ["id", "id_en", "label", "label_en", "bobot"], at: place)
      guard let id = reader.string(a, "id", at: place) else { continue }
      let idEn = reader.string(a, "id_en", at: place) ?? id
      if out.contains(where: { $0.id == id }) {
        reader.problem(Text("aspek `\(id)` ganda", en: "duplicate aspect `\(id)`"), at: place, key: "id")
      }
      out.append(
        Aspect(
          id: id, idEn: idEn, label: reader.text(a, "label", at: place) ?? Text(id, en: idEn),
          weight: reader.number(a, "bobot", at: place) ?? .zero))
    }
    return out
  }

  mutating func readCategories() -> [Category] {
    var out: [Category] = []
    for (c, place) in reader.entries("predikat") {
      reader.rejectUnknownKeys(c, known: ["id", "label", "label_en", "rentang"], at: place)
      guard let id = reader.string(c, "id", at: place), let label = reader.text(c, "label", at: place),
        let r = reader.string(c, "rentang", at: place)
      else { continue }
      switch Interval.parse(r) {
      case .success(let iv): out.append(Category(id: id, label: label, interval: iv))
      case .failure(let m): reader.problem(m.text, at: place, key: "rentang")
      }
    }
    if !out.isEmpty, let p = coverageProblem(out.map(\.interval)) {
      reader.problem(Text("predikat: ", en: "categories: ") + p.text, at: RuleReader.Place(table: "predikat", index: 0))
    }
    return out
  }

  /// `bersih_jaminan = true` (every class) or a list of classes.
  mutating func netClasses(_ v: ConfigValue, at place: RuleReader.Place) -> Set<String> {
    guard let x = v["bersih_jaminan"] else { return [] }
    if let b = x.bool { return b ? Set(LoanFigures.classes) : [] }
    let names = x.array?.compactMap(\.string) ?? []
    let bad = names.filter { !LoanFigures.classes.contains($0) }
    if x.array == nil || !bad.isEmpty {
      reader.problem(
        Text("`bersih_jaminan`: true/false atau daftar dari \(LoanFigures.classes.joined(separator: ", "))",
             en: "`bersih_jaminan`: true/false or a list of \(LoanFigures.classes.joined(separator: ", "))"),
        at: place, key: "bersih_jaminan")
    }
    return Set(names)
  }

  mutating func readClassWeights() -> [String: ClassWeights] {
    var out: [String: ClassWeights] = [:]
    guard let t = file.root["kolektibilitas"] else { return out }
    guard let tables = t.table else {
      reader.problem(Text("`kolektibilitas` harus tabel", en: "`kolektibilitas` must be a table"), at: .root, key: "kolektibilitas")
      return out
    }
    for name in tables.keys.sorted() {
      let place = RuleReader.Place(table: "kolektibilitas.\(name)", index: 0)
      guard let v = tables[name], v.table != nil else {
        reader.problem(Text("`kolektibilitas.\(name)` harus tabel", en: "`kolektibilitas.\(name)` must be a table"), at: .root)
        continue
      }
      reader.rejectUnknownKeys(
        v, known: ["label", "label_en", "lancar", "kurang_lancar", "diragukan", "macet", "bersih_jaminan", "basis", "basis_en"],
        at: place)
      out[name] = ClassWeights(
        name: name, label: reader.text(v, "label", at: place) ?? Text(name, en: name),
        lancar: reader.number(v, "lancar", at: place) ?? .zero,
        kurangLancar: reader.number(v, "kurang_lancar", at: place) ?? .zero,
        diragukan: reader.number(v, "diragukan", at: place) ?? .zero,
        macet: reader.number(v, "macet", at: place) ?? .zero,
        netOfCollateral: netClasses(v, at: place),
        basis: reader.text(v, "basis", at: place, required: false))
    }
    return out
  }
}

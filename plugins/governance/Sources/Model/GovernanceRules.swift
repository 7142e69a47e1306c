import AwasPluginKit

/// One item of the governance checklist (format: docs/governance.md).
struct GovItem: Sendable {
  var id: String
  /// The built-in data check, or nil for a question.
  var check: String?
  var label: Text
  /// The rule the item cites.
  var rule: Text
  var severity: Severity
  /// Kinds of cooperative it applies to (nil = all).
  var appliesTo: [JenisKoperasi]?
  /// How pass and fail are decided.
  var logic: Text
  var recommendation: Text
  /// Asked when data cannot answer; `{tahun}`, `{jumlah}` are filled in.
  var question: Text
  var explanation: Text
  var params: [String: ConfigValue]

  func number(_ key: String, default d: Int64) -> Int64 { params[key]?.int ?? d }
  func string(_ key: String, default d: String) -> String { params[key]?.string ?? d }
}

/// The checklist file: figures by pos and the items.
struct GovChecklist: Sendable {
  var id: String
  var title: Text
  var inputs: [String: [FigureTerm]]
  var items: [GovItem]
  var file: String

  func item(_ id: String) -> GovItem? { items.first { $0.id.lowercased() == id.lowercased() } }

  static let severities: [String: Severity] = [
    "info": .info, "rendah": .low, "sedang": .medium, "tinggi": .high, "kritis": .critical,
    "low": .low, "medium": .medium, "high": .high, "critical": .critical,
  ]

  static func load(_ file: RuleFile) throws -> GovChecklist {
    var r = RuleReader(file)
    let root = file.root
    r.rejectUnknownKeys(root, known: ["id", "judul", "judul_en", "masukan", "butir"], at: .root)
    let id = r.string(root, "id", at: .root) ?? "tatakelola"
    let title = r.text(root, "judul", at: .root) ?? Text(id, en: id)
    var inputs: [String: [FigureTerm]] = [:]
    let place = RuleReader.Place(table: "masukan", index: 0)
    for (k, v) in root["masukan"]?.table ?? [:] {
      let texts = v.array?.compactMap(\.string) ?? []
      let (terms, errors) = FigureFormula.parse(texts)
      for (_, e) in errors { r.problem(e, at: place, key: k) }
      for t in terms where PosVocabulary.entry(t.name) == nil {
        let near = Suggest.closest(t.name, among: PosVocabulary.names)
        r.problem(
          Text("`\(t.name)` bukan pos" + (near.map { "; maksud Anda `\($0)`?" } ?? ""),
               en: "`\(t.name)` is not a pos" + (near.map { "; did you mean `\($0)`?" } ?? "")), at: place, key: k)
      }
      inputs[k] = terms
    }
    for needed in GovChecks.inputsUsed where inputs[needed] == nil {
      r.problem(Text("[masukan] perlu `\(needed)`", en: "[masukan] needs `\(needed)`"), at: .root)
    }
    var items: [GovItem] = []
    let known = [
      "id", "cek", "label", "label_en", "aturan", "aturan_en", "keparahan", "berlaku", "cara", "cara_en", "rekomendasi",
      "rekomendasi_en", "pertanyaan", "pertanyaan_en", "penjelasan", "penjelasan_en", "parameter",
    ]
    for (b, p) in r.entries("butir") {
      r.rejectUnknownKeys(b, known: known, at: p)
      guard let iid = r.string(b, "id", at: p) else { continue }
      if items.contains(where: { $0.id == iid }) { r.problem(Text("butir `\(iid)` ganda", en: "duplicate item `\(iid)`"), at: p, key: "id") }
      let check = r.string(b, "cek", at: p, required: false)
      if let c = check, GovChecks.registry[c] == nil {
        let near = Suggest.closest(c, among: Array(GovChecks.registry.keys))
        r.problem(
          Text("cek `\(c)` tidak dikenal" + (near.map { "; maksud Anda `\($0)`?" } ?? ""),
               en: "unknown check `\(c)`" + (near.map { "; did you mean `\($0)`?" } ?? "")), at: p, key: "cek")
      }
      let sevName = r.string(b, "keparahan", at: p) ?? "sedang"
      let severity = severities[sevName.lowercased()]
      if severity == nil {
        r.problem(Text("keparahan `\(sevName)`: info, rendah, sedang, tinggi, kritis", en: "severity `\(sevName)`: info, rendah, sedang, tinggi, kritis"), at: p, key: "keparahan")
      }
      var applies: [JenisKoperasi]?
      if let js = r.strings(b, "berlaku", at: p, required: false) {
        applies = js.compactMap { JenisKoperasi(rawValue: $0.uppercased()) }
        if applies?.count != js.count { r.problem(Text("`berlaku`: KSP, USP, KSPPS, USPPS, KSU", en: "`berlaku`: KSP, USP, KSPPS, USPPS, KSU"), at: p, key: "berlaku") }
      }
      let params = b["parameter"]?.table ?? [:]
      if let c = check, let spec = GovChecks.registry[c] {
        for k in params.keys where !spec.params.contains(k) {
          r.problem(Text("parameter `\(k)` tidak dipakai cek \(c) (\(spec.params.joined(separator: ", ")))", en: "parameter `\(k)` is not used by check \(c) (\(spec.params.joined(separator: ", ")))"), at: p, key: "parameter")
        }
      }
      items.append(GovItem(
        id: iid, check: check, label: r.text(b, "label", at: p) ?? "", rule: r.text(b, "aturan", at: p) ?? "",
        severity: severity ?? .medium, appliesTo: applies, logic: r.text(b, "cara", at: p) ?? "",
        recommendation: r.text(b, "rekomendasi", at: p) ?? "", question: r.text(b, "pertanyaan", at: p) ?? "",
        explanation: r.text(b, "penjelasan", at: p) ?? "", params: params))
    }
    try r.finish()
    return GovChecklist(id: id, title: title, inputs: inputs, items: items, file: file.file)
  }

  /// The folder of the built-in rule files.
  static var folder: URL? { Bundle.module.url(forResource: "Rules", withExtension: nil) }

  static let builtIn: Result<GovChecklist, RuleFileError> = {
    guard let folder else { return .failure(RuleFileError([RuleProblem(file: "Rules", line: nil, message: "resources missing")])) }
    do { return .success(try load(try RuleFile.resource("tatakelola.toml", in: folder))) } catch let e as RuleFileError {
      return .failure(e)
    } catch { return .failure(RuleFileError([RuleProblem(file: "Rules", line: nil, message: Text(stringLiteral: "\(error)"))])) }
  }()

  /// The checklist in force: `governance.rules` when set, else the built-in one.
  static func select(_ settings: Settings) throws -> GovChecklist {
    if let v = settings["governance.rules"], !v.isNull, let path = settings.string("governance.rules"), !path.isEmpty {
      do { return try load(try RuleFile.load(path)) } catch let e as RuleFileError { throw e.userError }
    }
    switch builtIn {
    case .success(let c): return c
    case .failure(let e): throw e.userError
    }
  }
}

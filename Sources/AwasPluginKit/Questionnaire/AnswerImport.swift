/// Reads answers from a file a script supplies (`health answer --from jawaban.toml`).
///
/// TOML or JSON (by extension; `.json` is JSON, anything else TOML). Each key
/// is a question id; each value is `ya`/`tidak`/`yes`/`no`/`lewati`/`skip`, a
/// boolean, or a table `{ jawaban = "ya", catatan = "SK 12/2024" }` (also
/// `answer`/`note`). The saved form (`{"answers": {…}}`) is accepted too.
///
///     "umum.1" = "ya"
///     "umum.2" = { jawaban = "tidak", catatan = "rencana baru 1 tahun" }
public enum AnswerImport {
  /// The answers in `path` for `checklist`; unknown ids and bad values are
  /// errors listing every problem with the key.
  public static func read(_ path: String, checklist: Checklist) throws -> [String: Answer] {
    try read(path, checklists: [checklist])[checklist.id] ?? [:]
  }

  /// The answers in `path`, split by the checklist each id belongs to (ids must
  /// be unique across `checklists`); an id of none of them is an error.
  public static func read(_ path: String, checklists: [Checklist]) throws -> [String: [String: Answer]] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw UserError(
        Text("Berkas jawaban \(path) tidak dapat dibaca.", en: "The answers file \(path) cannot be read."),
        argument: path)
    }
    let root: ConfigValue
    if path.lowercased().hasSuffix(".json") {
      guard let obj = try? JSONDecoder().decode(JSONConfig.self, from: data) else {
        throw UserError(Text("\(path): JSON tidak sah", en: "\(path): invalid JSON"), argument: path)
      }
      root = obj.value
    } else {
      do { root = try RuleFile(text: String(decoding: data, as: UTF8.self), file: path).root } catch let e as RuleFileError {
        throw e.userError
      }
    }
    let table = root["answers"]?.table ?? root["jawaban"]?.table ?? root.table ?? [:]
    return try answers(table, checklists: checklists, file: path)
  }

  /// Answers from an already-parsed table of id → value, by checklist id.
  public static func answers(
    _ table: [String: ConfigValue], checklists: [Checklist], file: String
  ) throws -> [String: [String: Answer]] {
    var out: [String: [String: Answer]] = [:]
    var problems: [Text] = []
    let ids = checklists.flatMap { $0.items.map(\.id) }
    for key in table.keys.sorted() {
      guard let v = table[key] else { continue }
      guard let owner = checklists.first(where: { $0.item(key) != nil }) else {
        if key == "checklist" || key == "version" { continue }
        let near = Suggest.closest(key, among: ids)
        let names = checklists.map(\.id).joined(separator: ", ")
        problems.append(
          Text(
            "`\(key)` bukan pertanyaan \(names)" + (near.map { "; maksud Anda `\($0)`?" } ?? ""),
            en: "`\(key)` is not a question of \(names)" + (near.map { "; did you mean `\($0)`?" } ?? "")))
        continue
      }
      var word: ConfigValue? = v
      var note: String?
      if v.table != nil {
        word = v["jawaban"] ?? v["answer"] ?? v["value"]
        note = (v["catatan"] ?? v["note"])?.string
      }
      let value: Answer.Value?
      switch word {
      case .bool(let b)?: value = b ? .yes : .no
      case .string(let s)?: value = ReplyParser.word(s)
      default: value = nil
      }
      guard let value else {
        problems.append(
          Text(
            "`\(key)`: jawaban harus ya, tidak atau lewati", en: "`\(key)`: the answer must be yes, no or skip"))
        continue
      }
      let source = (v["sumber"]?.string ?? v["source"]?.string).flatMap(Answer.Source.init(rawValue:))
      out[owner.id, default: [:]][key] = Answer(
        value, note: note.flatMap { $0.isEmpty ? nil : $0 }, source: source ?? .file,
        answeredAt: (v["answeredAt"] ?? v["waktu"])?.string ?? questionnaireTimestamp())
    }
    if !problems.isEmpty {
      throw UserError(
        Text(
          "\(file):\n" + problems.map { "  " + $0.id }.joined(separator: "\n"),
          en: "\(file):\n" + problems.map { "  " + $0.en }.joined(separator: "\n")),
        hint: Text(
          "Id pertanyaan ditampilkan oleh `… jawab --lihat`.", en: "The question ids are shown by `… answer --show`."))
    }
    return out
  }
}

/// JSON read into a ``ConfigValue`` (so TOML and JSON answers share one reader).
struct JSONConfig: Decodable {
  var value: ConfigValue
  init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let b = try? c.decode(Bool.self) {
      value = .bool(b)
    } else if let i = try? c.decode(Int64.self) {
      value = .int(i)
    } else if let d = try? c.decode(Double.self) {
      value = .double(d)
    } else if let s = try? c.decode(String.self) {
      value = .string(s)
    } else if let a = try? c.decode([JSONConfig].self) {
      value = .array(a.map(\.value))
    } else if let t = try? c.decode([String: JSONConfig].self) {
      value = .table(t.mapValues(\.value))
    } else if c.decodeNil() {
      value = .string("")
    } else {
      throw DecodingError.dataCorruptedError(in: c, debugDescription: "unsupported JSON value")
    }
  }
}

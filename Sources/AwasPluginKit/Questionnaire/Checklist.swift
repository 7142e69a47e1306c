/// A list of yes/no questions in groups, loaded from a checklist TOML file:
/// the Manajemen questionnaire of the health assessment, the questions of the
/// governance checklist that data cannot answer.
///
/// File format (docs/health.md, "checklist files"):
///
///     id = "manajemen-2016"
///     judul = "…"           judul_en = "…"
///     sumber = "…"          sumber_en = "…"
///     [[kelompok]]
///     id = "umum"   label = "…"   label_en = "…"
///     [[pertanyaan]]
///     id = "umum.1"   kelompok = "umum"
///     teks = "…"      teks_en = "…"
///     penjelasan = "…"  penjelasan_en = "…"
///     isian = "ms-tumbuh"     # optional: proposed from data by the plugin
public struct Checklist: Sendable {
  /// A group of questions (`umum`, `kelembagaan`…).
  public struct Group: Sendable, Hashable {
    public var id: String
    public var label: Text
    public init(id: String, label: Text) {
      self.id = id
      self.label = label
    }
  }

  /// One yes/no question.
  public struct Item: Sendable, Hashable {
    public var id: String
    public var group: String
    public var question: Text
    /// What the question means and what evidence answers it.
    public var explanation: Text
    /// The key of a data rule that proposes an answer, if any.
    public var prefill: String?
    /// The rule the question cites.
    public var rule: Text?
    public init(
      id: String, group: String, question: Text, explanation: Text, prefill: String? = nil, rule: Text? = nil
    ) {
      self.id = id
      self.group = group
      self.question = question
      self.explanation = explanation
      self.prefill = prefill
      self.rule = rule
    }
  }

  /// The id answers are stored under (`answers-<id>.json`).
  public var id: String
  public var title: Text
  public var source: Text?
  public var groups: [Group]
  public var items: [Item]

  public init(id: String, title: Text, source: Text? = nil, groups: [Group], items: [Item]) {
    self.id = id
    self.title = title
    self.source = source
    self.groups = groups
    self.items = items
  }

  /// The questions of group `id`, in file order.
  public func items(in group: String) -> [Item] { items.filter { $0.group == group } }

  public func item(_ id: String) -> Item? { items.first { $0.id == id } }

  public func group(_ id: String) -> Group? { groups.first { $0.id == id } }

  /// Loads and validates a checklist file; every problem with its line.
  public static func load(_ file: RuleFile) throws -> Checklist {
    var r = RuleReader(file)
    let root = file.root
    r.rejectUnknownKeys(
      root, known: ["id", "judul", "judul_en", "sumber", "sumber_en", "basis", "kelompok", "pertanyaan"],
      at: .root)
    let id = r.string(root, "id", at: .root) ?? "?"
    if !FigureTerm.isName(id.replacing("-", with: "_")) {
      r.problem(
        Text("`id` hanya huruf, angka, `-` dan `_`", en: "`id` may hold only letters, digits, `-` and `_`"),
        at: .root, key: "id")
    }
    let title = r.text(root, "judul", at: .root) ?? Text(id, en: id)
    let source = r.text(root, "sumber", at: .root, required: false)
    var groups: [Group] = []
    for (g, place) in r.entries("kelompok") {
      r.rejectUnknownKeys(g, known: ["id", "label", "label_en"], at: place)
      guard let gid = r.string(g, "id", at: place), let label = r.text(g, "label", at: place) else { continue }
      if groups.contains(where: { $0.id == gid }) {
        r.problem(Text("kelompok `\(gid)` ganda", en: "duplicate group `\(gid)`"), at: place, key: "id")
      }
      groups.append(Group(id: gid, label: label))
    }
    var items: [Item] = []
    for (q, place) in r.entries("pertanyaan") {
      r.rejectUnknownKeys(
        q,
        known: [
          "id", "kelompok", "teks", "teks_en", "penjelasan", "penjelasan_en", "isian", "aturan", "aturan_en",
        ], at: place)
      guard let qid = r.string(q, "id", at: place) else { continue }
      let group = r.string(q, "kelompok", at: place) ?? ""
      if !group.isEmpty, !groups.contains(where: { $0.id == group }) {
        let near = Suggest.closest(group, among: groups.map(\.id))
        r.problem(
          Text(
            "kelompok `\(group)` tidak dideklarasikan" + (near.map { "; maksud Anda `\($0)`?" } ?? ""),
            en: "group `\(group)` is not declared" + (near.map { "; did you mean `\($0)`?" } ?? "")),
          at: place, key: "kelompok")
      }
      if items.contains(where: { $0.id == qid }) {
        r.problem(Text("pertanyaan `\(qid)` ganda", en: "duplicate question `\(qid)`"), at: place, key: "id")
      }
      let question = r.text(q, "teks", at: place) ?? ""
      let explanation = r.text(q, "penjelasan", at: place) ?? ""
      items.append(
        Item(
          id: qid, group: group, question: question, explanation: explanation,
          prefill: r.string(q, "isian", at: place, required: false),
          rule: r.text(q, "aturan", at: place, required: false)))
    }
    for g in groups where !items.contains(where: { $0.group == g.id }) {
      r.problem(
        Text("kelompok `\(g.id)` tidak punya pertanyaan", en: "group `\(g.id)` has no questions"),
        at: RuleReader.Place(table: "kelompok", index: groups.firstIndex(of: g) ?? 0))
    }
    try r.finish()
    return Checklist(id: id, title: title, source: source, groups: groups, items: items)
  }
}

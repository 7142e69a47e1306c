import AwasPluginKit

/// The findings of a dataset, kept in its workspace (`findings.json`) so a
/// supervisor builds them up across sessions. Checks add theirs automatically;
/// people add and update theirs with `finding`.
final class FindingStore {
  /// The findings as last read or written.
  private var list: [Finding] = []
  /// The findings as saved now (read again: another session may have added some).
  var findings: [Finding] {
    reload()
    return list
  }
  private let workspace: Workspace?
  static let fileName = "findings.json"

  init(workspace: Workspace?) {
    self.workspace = workspace
    reload()
  }

  /// Reads the findings as saved (another session may have added some).
  private func reload() {
    if let data = workspace?.read(FindingStore.fileName),
      let list = try? JSONDecoder().decode([Finding].self, from: data)
    {
      self.list = list
    }
  }

  /// Runs a change on the saved findings under the workspace's lock, so two
  /// sessions on one dataset never lose each other's findings.
  private func update<R>(_ change: () throws -> R) throws -> R {
    guard let workspace else { return try change() }
    return try workspace.withLock(FindingStore.fileName) {
      reload()
      return try change()
    }
  }

  /// Records findings, skipping any already recorded (same check, title and
  /// evidence); returns how many were new.
  @discardableResult
  func record(_ new: [Finding], dataset: String?) throws -> Int {
    try recordIDs(new, dataset: dataset).count
  }

  /// Records the findings not already recorded; the ids given to them, in
  /// order (assigned under the store's lock, so another session's finding
  /// never takes one of them).
  func recordIDs(_ new: [Finding], dataset: String?) throws -> [String] {
    try update { try recordLoaded(new, dataset: dataset) }
  }

  private func recordLoaded(_ new: [Finding], dataset: String?) throws -> [String] {
    var ids: [String] = []
    for var f in new {
      if list.contains(where: { FindingStore.sameFinding($0, f) }) { continue }
      let id = nextID()
      f.id = id
      f.recorded = FindingStore.now()
      f.dataset = dataset
      list.append(f)
      ids.append(id)
    }
    if !ids.isEmpty { try save() }
    return ids
  }

  static func sameFinding(_ a: Finding, _ b: Finding) -> Bool {
    a.check == b.check && a.title == b.title && a.evidence == b.evidence
  }

  /// Changes the status of finding `id`.
  func setStatus(_ id: String, _ status: FindingStatus, note: String?) throws -> Finding? {
    try update { try setStatusLoaded(id, status, note: note) }
  }

  private func setStatusLoaded(_ id: String, _ status: FindingStatus, note: String?) throws -> Finding? {
    guard let i = list.firstIndex(where: { $0.id?.lowercased() == id.lowercased() }) else { return nil }
    list[i].status = status
    // The note is kept beside the finding, never written into its recommendation.
    list[i].notes = (list[i].notes ?? []) + [FindingNote(time: FindingStore.now(), status: status, text: note ?? "")]
    try save()
    return list[i]
  }

  private func nextID() -> String {
    let n = (list.compactMap { $0.id?.dropFirst(2) }.compactMap { Int($0) }.max() ?? 0) + 1
    let digits = String(n)
    return "T-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
  }

  private func save() throws {
    guard let workspace else { return }
    let enc = JSONEncoder()
    enc.outputFormatting = [.prettyPrinted, .sortedKeys]
    try workspace.write(FindingStore.fileName, try enc.encode(list))
  }

  static func now() -> String {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    return f.string(from: Date())
  }

  /// The findings as a table, in `language`.
  func table(_ list: [Finding], _ language: Language) -> Table {
    let en = language == .en
    var b = TableBuilder(
      en ? "findings" : "temuan",
      [("id", .string), (en ? "severity" : "tingkat", .string), ("status", .string), (en ? "check" : "pemeriksaan", .string),
       (en ? "title" : "judul", .string), (en ? "amount" : "jumlah", .money), (en ? "evidence" : "bukti", .int),
       (en ? "rule" : "dasar", .string), (en ? "recommendation" : "rekomendasi", .string), (en ? "recorded" : "dicatat", .string),
       (en ? "note" : "catatan", .string)],
      primaryKey: "id")
    for f in list {
      b.append([
        .string(f.id ?? ""), .string(f.severity.label(language)), .string(f.status.label(language)), .string(f.check),
        .string(f.title(language)), f.amount.map { .money($0) } ?? .null,
        .int(Int64(f.evidence.reduce(0) { $0 + $1.keys.count })), f.rule.map { .string($0(language)) } ?? .null,
        f.recommendation.map { .string($0(language)) } ?? .null, f.recorded.map { .string($0) } ?? .null,
        f.notes?.last(where: { !$0.text.isEmpty }).map { .string($0.text) } ?? .null,
      ])
    }
    return b.build()
  }
}

/// Keeps the answers to a checklist in the dataset's workspace as
/// `answers-<checklist>.json`, written atomically (``Workspace/write(_:_:)``).
public struct AnswerStore: Sendable {
  public let workspace: Workspace
  public let checklist: String

  public init(workspace: Workspace, checklist: String) {
    self.workspace = workspace
    self.checklist = checklist
  }

  /// `answers-<checklist>.json`.
  public var fileName: String { "answers-\(checklist).json" }

  /// The saved answers; an empty sheet when none were saved yet.
  /// - Throws: a ``UserError`` when the file exists but cannot be read as answers.
  public func load() throws -> AnswerSheet {
    guard let data = workspace.read(fileName) else { return AnswerSheet(checklist: checklist) }
    do {
      var sheet = try JSONDecoder().decode(AnswerSheet.self, from: data)
      sheet.checklist = checklist
      return sheet
    } catch {
      let path = workspace.url(fileName).path
      throw UserError(
        Text("Jawaban di \(path) tidak dapat dibaca.", en: "The answers in \(path) cannot be read."),
        hint: Text(
          "Perbaiki atau hapus berkas itu (jawaban lain tidak terpengaruh).",
          en: "Repair or remove that file (other answers are not affected)."))
    }
  }

  /// Writes `sheet` atomically (a temporary file, then rename).
  public func save(_ sheet: AnswerSheet) throws {
    let enc = JSONEncoder()
    enc.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data: Data
    do { data = try enc.encode(sheet) } catch {
      throw UserError(Text("Jawaban tidak dapat disimpan.", en: "The answers cannot be saved."))
    }
    try workspace.write(fileName, data)
  }
}

/// The current time as ISO 8601 text, for ``Answer/answeredAt``.
public func questionnaireTimestamp() -> String {
  ISO8601DateFormatter().string(from: Date())
}

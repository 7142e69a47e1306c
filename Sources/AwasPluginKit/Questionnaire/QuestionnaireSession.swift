/// One `… answer` run of a checklist, shared by the plugins: ask interactively,
/// import a file, accept the data's proposals, or show the answers; the
/// answers are saved in the workspace after every change.
public enum QuestionnaireSession {
  /// What the run does.
  public enum Mode: Sendable {
    /// Ask the open questions (every question with `all`), optionally of one group only.
    case interactive(all: Bool, group: String?)
    /// Read answers from a TOML or JSON file (``AnswerImport``).
    case importFile(String)
    /// Store answers already read (from `source`, for the message).
    case importAnswers([String: Answer], source: String)
    /// Accept every proposal from data for questions still open.
    case acceptProposals
    /// Only show the answers.
    case show
  }

  /// Runs `mode` on `checklist` and returns the saved sheet and the output to show.
  /// - Throws: ``UserError`` without a workspace, without a prompter for an
  ///   interactive run, or for a bad answers file.
  public static func run(
    _ checklist: Checklist, mode: Mode, workspace: Workspace?, prompter: (any Prompter)?, language l: Language,
    proposals: [String: Proposal] = [:], now: @escaping @Sendable () -> String = questionnaireTimestamp
  ) throws -> (AnswerSheet, CommandOutput) {
    guard let workspace else {
      throw UserError(
        Text("Tidak ada folder kerja untuk menyimpan jawaban.", en: "There is no workspace to keep the answers in."),
        hint: Text("Buka dataset dulu, atau `atur folder-kerja FOLDER`.", en: "Open a dataset first, or `set workspace FOLDER`."))
    }
    let store = AnswerStore(workspace: workspace, checklist: checklist.id)
    var sheet = try store.load()
    var out = CommandOutput()
    switch mode {
    case .show:
      break
    case .importFile(let path), .importAnswers(_, source: let path):
      var read: [String: Answer]
      if case .importAnswers(let given, _) = mode { read = given } else {
        read = try AnswerImport.read(path, checklist: checklist)
      }
      for (k, v) in read { sheet[k] = v }
      try store.save(sheet)
      out.blocks.append(.text(Text(
        "\(read.count) jawaban dibaca dari \(path) dan disimpan.", en: "\(read.count) answers read from \(path) and saved.")(l)))
    case .acceptProposals:
      var n = 0
      for item in sheet.open(in: checklist) {
        guard let p = proposals[item.id] else { continue }
        sheet[item.id] = Answer(p.value ? .yes : .no, note: p.reason(l), source: .data, answeredAt: now())
        n += 1
      }
      try store.save(sheet)
      out.blocks.append(.text(Text("\(n) usulan dari data diterima.", en: "\(n) proposals from data accepted.")(l)))
    case .interactive(let all, let group):
      guard let prompter else {
        throw UserError(
          Text("Tidak ada terminal untuk bertanya.", en: "There is no terminal to ask questions on."),
          hint: Text(
            "Dalam skrip, berikan jawaban dari berkas: `… jawab --dari jawaban.toml`.",
            en: "In a script, supply the answers from a file: `… answer --from answers.toml`."))
      }
      if let group, checklist.group(group) == nil {
        let near = Suggest.closest(group, among: checklist.groups.map(\.id))
        throw UserError(
          Text("Kelompok `\(group)` tidak ada di \(checklist.id).", en: "There is no group `\(group)` in \(checklist.id)."),
          hint: near.map { Text("Maksud Anda `\($0)`?", en: "Did you mean `\($0)`?") }
            ?? Text("Kelompok: \(checklist.groups.map(\.id).joined(separator: ", "))", en: "Groups: \(checklist.groups.map(\.id).joined(separator: ", "))"),
          argument: group)
      }
      var items = all ? checklist.items : sheet.open(in: checklist)
      if let group { items = items.filter { $0.group == group } }
      let interviewer = Interviewer(checklist: checklist, language: l, proposals: proposals, now: now)
      _ = try interviewer.run(&sheet, prompter: prompter, items: items) { try store.save($0) }
    }
    let t = sheet.table(checklist, language: l, proposals: proposals)
    out.blocks.append(.table(t, title: checklist.title(l)))
    out.value = t
    let tally = sheet.tally(checklist.items)
    out.blocks.append(.text(Text(
      "\(tally.yes) ya, \(tally.no) tidak, \(tally.open) belum dijawab (disimpan di \(store.fileName)).",
      en: "\(tally.yes) yes, \(tally.no) no, \(tally.open) open (kept in \(store.fileName)).")(l)))
    return (sheet, out)
  }
}

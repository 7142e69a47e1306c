/// An answer proposed from data for a pre-fillable question, with the figures behind it.
public struct Proposal: Sendable, Hashable {
  public var value: Bool
  /// Why: the figures compared (`MS +12,0% ≥ aset +8,0%`).
  public var reason: Text
  public init(value: Bool, reason: Text) {
    self.value = value
    self.reason = reason
  }
}

/// Asks the questions of a checklist through a ``Prompter``: shows each
/// question, its explanation on `?`, a proposal from data when there is one,
/// accepts a note as evidence, saves after every answer, and stops on
/// `berhenti` or end of input (Ctrl-D) keeping what was answered.
public struct Interviewer: Sendable {
  public var checklist: Checklist
  public var language: Language
  public var proposals: [String: Proposal]
  /// Time stamps for answers (injectable for tests).
  public var now: @Sendable () -> String

  public init(
    checklist: Checklist, language: Language, proposals: [String: Proposal] = [:],
    now: @escaping @Sendable () -> String = questionnaireTimestamp
  ) {
    self.checklist = checklist
    self.language = language
    self.proposals = proposals
    self.now = now
  }

  /// How a session ended.
  public struct Outcome: Sendable, Equatable {
    /// Questions answered yes or no in this session.
    public var answered: Int
    public var skipped: Int
    /// Whether the person stopped (or input ended) before the last question.
    public var stoppedEarly: Bool
    /// Questions still without a yes/no answer.
    public var open: Int
    public init(answered: Int, skipped: Int, stoppedEarly: Bool, open: Int) {
      self.answered = answered
      self.skipped = skipped
      self.stoppedEarly = stoppedEarly
      self.open = open
    }
  }

  /// Asks `items` (by default every question still open), saving with `save`
  /// after each answer so an interruption loses nothing.
  public func run(
    _ sheet: inout AnswerSheet, prompter: any Prompter, items: [Checklist.Item]? = nil,
    save: (AnswerSheet) throws -> Void
  ) throws -> Outcome {
    let todo = items ?? sheet.open(in: checklist)
    let l = language
    let total = checklist.items.count
    prompter.say(
      Text(
        "\(checklist.title.id): \(total) pertanyaan, \(total - sheet.open(in: checklist).count) sudah dijawab, \(todo.count) akan ditanyakan.",
        en: "\(checklist.title.en): \(total) questions, \(total - sheet.open(in: checklist).count) answered, \(todo.count) to ask.")(l))
    prompter.say(Self.instructions(l))
    var outcome = Outcome(answered: 0, skipped: 0, stoppedEarly: false, open: 0)
    questions: for (n, item) in todo.enumerated() {
      prompter.say("")
      prompter.say(header(item, number: n + 1, of: todo.count))
      prompter.say(item.question(l))
      if let p = proposals[item.id] {
        prompter.say(
          Text(
            "  Usulan dari data: \(p.value ? "ya" : "tidak") — \(p.reason.id) (Enter untuk menerima)",
            en: "  Proposed from data: \(p.value ? "yes" : "no") — \(p.reason.en) (Enter to accept)")(l))
      }
      if let old = sheet[item.id] {
        prompter.say(
          Text("  Jawaban sebelumnya: ", en: "  Previous answer: ")(l) + old.value.label(l)
            + (old.note.map { " (\($0))" } ?? ""))
      }
      while true {
        guard let line = prompter.ask(Text("jawab> ", en: "answer> ")(l)) else {
          outcome.stoppedEarly = true
          break questions
        }
        switch ReplyParser.parse(line) {
        case .help:
          prompter.say(item.explanation(l))
          if let rule = item.rule { prompter.say(Text("  Aturan: ", en: "  Rule: ")(l) + rule(l)) }
        case .stop:
          outcome.stoppedEarly = true
          break questions
        case .accept:
          guard let p = proposals[item.id] else {
            prompter.say(Text(
              "  Jawab ya, tidak atau lewati (? untuk penjelasan).",
              en: "  Answer yes, no or skip (? for the explanation).")(l))
            continue
          }
          sheet[item.id] = Answer(p.value ? .yes : .no, note: p.reason(l), source: .data, answeredAt: now())
          try save(sheet)
          outcome.answered += 1
          continue questions
        case .answer(let v, let note):
          sheet[item.id] = Answer(v, note: note, source: .user, answeredAt: now())
          try save(sheet)
          if v == .skipped { outcome.skipped += 1 } else { outcome.answered += 1 }
          continue questions
        case .invalid(let s):
          prompter.say(Text(
            "  `\(s)` bukan jawaban. Ketik ya, tidak, lewati, ? atau berhenti.",
            en: "  `\(s)` is not an answer. Type yes, no, skip, ? or stop.")(l))
        }
      }
    }
    outcome.open = sheet.open(in: checklist).count
    prompter.say("")
    prompter.say(
      outcome.stoppedEarly
        ? Text(
          "Berhenti. \(outcome.answered) jawaban disimpan; \(outcome.open) pertanyaan belum dijawab — jalankan lagi untuk melanjutkan.",
          en: "Stopped. \(counted(outcome.answered, "answer", "answers")) saved; \(counted(outcome.open, "question", "questions")) open — run it again to resume.")(l)
        : Text(
          "Selesai. \(outcome.answered) jawaban disimpan; \(outcome.open) pertanyaan belum dijawab.",
          en: "Done. \(counted(outcome.answered, "answer", "answers")) saved; \(counted(outcome.open, "question", "questions")) open.")(l))
    return outcome
  }

  func header(_ item: Checklist.Item, number: Int, of count: Int) -> String {
    let group = checklist.group(item.group)?.label(language) ?? item.group
    let inGroup = checklist.items(in: item.group)
    let k = (inGroup.firstIndex(of: item) ?? 0) + 1
    return "[\(number)/\(count)] \(group) \(k)/\(inGroup.count) · \(item.id)"
  }

  static func instructions(_ l: Language) -> String {
    Text(
      "Jawab: ya / tidak / lewati; ? = penjelasan; berhenti = simpan dan keluar (Ctrl-D juga). Catatan bukti boleh ditulis sesudah jawaban: `ya SK No. 5/2024`.",
      en: "Answer: yes / no / skip; ? = explanation; stop = save and leave (Ctrl-D too). A note as evidence may follow the answer: `yes decree no. 5/2024`.")(l)
  }
}

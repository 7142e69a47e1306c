extension AnswerSheet {
  /// The questions of `checklist` with their answers, as a table a person or
  /// a script can read: id, group, question, answer, note, source, proposal.
  public func table(
    _ checklist: Checklist, language l: Language, proposals: [String: Proposal] = [:]
  ) -> Table {
    let en = l == .en
    var b = TableBuilder(
      en ? "answers" : "jawaban",
      [
        ("id", .string), (en ? "group" : "kelompok", .string), (en ? "question" : "pertanyaan", .string),
        (en ? "answer" : "jawaban", .string), (en ? "note" : "catatan", .string),
        (en ? "source" : "sumber", .string), (en ? "proposed" : "usulan", .string),
      ], primaryKey: "id")
    for item in checklist.items {
      let a = answers[item.id]
      let p = proposals[item.id]
      b.append([
        .string(item.id), .string(checklist.group(item.group)?.label(l) ?? item.group), .string(item.question(l)),
        a.map { .string($0.value.label(l)) } ?? .null, a?.note.map { .string($0) } ?? .null,
        a.map { .string($0.source.rawValue) } ?? .null,
        p.map { .string((($0.value ? Text("ya", en: "yes") : Text("tidak", en: "no")) + Text(": ") + $0.reason)(l)) }
          ?? .null,
      ])
    }
    return b.build()
  }
}

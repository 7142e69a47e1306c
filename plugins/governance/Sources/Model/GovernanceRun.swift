import AwasPluginKit

/// One item with its outcome after answers were applied.
struct ItemResult: Sendable {
  var item: GovItem
  var outcome: ItemOutcome
  /// The question as asked (placeholders filled in).
  var question: Text
  /// The stored answer that decided the item, if any.
  var answer: Answer?
}

/// Runs the checklist on a dataset: data checks first; items the data cannot
/// decide (and question items) take the stored answer, or need one.
enum GovernanceRun {
  static let answersId = "tatakelola"

  static func run(_ list: GovChecklist, dataset: Dataset, answers: AnswerSheet) -> [ItemResult] {
    let c = GovContext(dataset: dataset, checklist: list)
    return list.items.map { item in
      var outcome: ItemOutcome
      if let applies = item.appliesTo, !applies.contains(dataset.info.jenis) {
        let kinds = applies.map(\.rawValue).joined(separator: "/")
        outcome = .notApplicable(Text("hanya untuk \(kinds)", en: "only for \(kinds)"))
      } else if let check = item.check, let spec = GovChecks.registry[check] {
        outcome = spec.run(c, item)
      } else {
        outcome = .ask(Text("tidak dapat dibaca dari data", en: "cannot be read from the data"))
      }
      // Every question and recommendation is shown filled in (`answer --show` lists
      // items the data decided too): the book year unless the check found another.
      var values = ["tahun": "\(dataset.info.tahunBuku)", "jumlah": "?"]
      values.merge(outcome.fill) { $1 }
      var result = ItemResult(item: item, outcome: outcome, question: fill(item.question, values))
      result.item.recommendation = fill(item.recommendation, values)
      if outcome.status == .needsAnswer, let a = answers[item.id], a.isDecided {
        result.answer = a
        let note = a.note.map { ": \($0)" } ?? ""
        if a.value == .yes {
          result.outcome = .pass(Text("dijawab ya\(note)", en: "answered yes\(note)"))
        } else {
          result.outcome = ItemOutcome(status: .failed, summary: Text("dijawab tidak\(note)", en: "answered no\(note)"))
        }
      }
      return result
    }
  }

  static func fill(_ t: Text, _ values: [String: String]) -> Text {
    var id = t.id, en = t.en
    for (k, v) in values {
      id = id.replacing("{\(k)}", with: v)
      en = en.replacing("{\(k)}", with: v)
    }
    return Text(id, en: en)
  }

  /// The questions of `results` as a checklist the kit's interviewer can ask
  /// (only those `include` selects), with the reason data could not decide.
  static func checklist(_ list: GovChecklist, _ results: [ItemResult], include: (ItemResult) -> Bool) -> Checklist {
    let group = Checklist.Group(id: "tatakelola", label: list.title)
    let items = results.filter(include).map { r in
      Checklist.Item(
        id: r.item.id, group: group.id, question: r.question,
        explanation: r.item.explanation + Text(" (Data: ", en: " (Data: ") + r.outcome.summary + Text(")"),
        rule: r.item.rule)
    }
    return Checklist(id: answersId, title: list.title, source: nil, groups: [group], items: items)
  }
}

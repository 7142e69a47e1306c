import AwasPluginKit

@testable import AwasHealthPlugin

/// Saves answers to `checklist`: in each group, the first `yes[group]` questions
/// yes and the rest no (groups not named stay unanswered).
func saveAnswers(_ ws: Workspace, checklist id: String, yes: [String: Int]) throws {
  let rules = try HealthRules.builtInRules()
  guard let list = rules.checklists[id] else { throw UserError(Text(stringLiteral: "no checklist")) }
  var sheet = AnswerSheet(checklist: id)
  for (group, k) in yes {
    for (i, item) in list.items(in: group).enumerated() {
      sheet[item.id] = Answer(i < k ? .yes : .no, source: .file, answeredAt: "2026-01-05T10:00:00Z")
    }
  }
  try AnswerStore(workspace: ws, checklist: id).save(sheet)
}

let allYes = ["umum": 12, "kelembagaan": 6, "permodalan": 5, "aktiva": 10, "likuiditas": 5]
let allNo = ["umum": 0, "kelembagaan": 0, "permodalan": 0, "aktiva": 0, "likuiditas": 0]

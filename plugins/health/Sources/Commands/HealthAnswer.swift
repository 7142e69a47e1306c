import AwasPluginKit

extension HealthCommands {
  static var answer: CommandSpec {
    CommandSpec(
      Names("jawab", en: "answer"),
      summary: Text("jawab kuesioner aspek manajemen (dan kepatuhan syariah)", en: "answer the Manajemen (and syariah compliance) questionnaire"),
      discussion: Text(
        "Menanyakan pertanyaan yang belum dijawab satu per satu, dengan penjelasan (`?`) dan usulan dari data bila ada. Jawaban (ya/tidak/lewati, dengan catatan bukti) disimpan di .awas/ setelah tiap jawaban; Ctrl-D atau `berhenti` menghentikan, dan perintah yang sama melanjutkan.",
        en: "Asks the open questions one by one, with the explanation (`?`) and a proposal from data when there is one. Answers (yes/no/skip, with a note as evidence) are saved in .awas/ after each one; Ctrl-D or `stop` leaves, and the same command resumes."),
      parameters: [
        ParameterSpec(Names("dari", en: "from"), .path(directory: false), help: Text("baca jawaban dari berkas TOML/JSON (untuk skrip)", en: "read answers from a TOML/JSON file (for scripts)")),
        ParameterSpec(Names("lihat", en: "show"), .flag, help: Text("hanya tampilkan jawaban", en: "only show the answers")),
        ParameterSpec(Names("ulang", en: "all"), .flag, help: Text("tanyakan semua, juga yang sudah dijawab", en: "ask every question, answered or not")),
        ParameterSpec(Names("kelompok", en: "group"), .string, help: Text("hanya satu kelompok (umum, kelembagaan, …)", en: "one group only (umum, kelembagaan, …)")),
        ParameterSpec(Names("terima-usulan", en: "accept-proposed"), .flag, help: Text("terima semua usulan dari data untuk pertanyaan yang belum dijawab", en: "accept every proposal from data for open questions")),
        ParameterSpec(Names("kuesioner", en: "checklist"), .string, help: Text("kuesioner mana (bawaan: semua milik skema)", en: "which checklist (default: every one of the scheme)")),
      ],
      examples: [
        Example("sehat jawab"), Example("sehat jawab --kelompok likuiditas"),
        Example("health answer --from answers.toml", Text("dalam skrip", en: "in a script")),
        Example("sehat jawab --lihat"),
      ],
      action: { inv in try runAnswer(inv) })
  }

  static func runAnswer(_ inv: Invocation) throws -> CommandOutput {
    let c = inv.context
    let d = try c.requireDataset()
    let runner = try HealthRunner(dataset: d, settings: c.settings, workspace: c.workspace)
    var ids = runner.scheme.checklists
    if let want = inv.arguments.string("checklist") {
      guard ids.contains(want) else {
        throw UserError(
          Text("Kuesioner `\(want)` bukan milik skema \(runner.scheme.id).", en: "Checklist `\(want)` is not one of scheme \(runner.scheme.id)."),
          hint: Text("Kuesioner: \(ids.joined(separator: ", "))", en: "Checklists: \(ids.joined(separator: ", "))"), argument: want)
      }
      ids = [want]
    }
    let lists = ids.compactMap { runner.checklists[$0] }
    var imported: [String: [String: Answer]]?
    if let from = inv.arguments.string("from") { imported = try AnswerImport.read(from, checklists: lists) }
    var out = CommandOutput()
    for list in lists {
      let mode: QuestionnaireSession.Mode
      if let imported, let from = inv.arguments.string("from") {
        mode = .importAnswers(imported[list.id] ?? [:], source: from)
      } else if inv.arguments.flag("show") {
        mode = .show
      } else if inv.arguments.flag("accept-proposed") {
        mode = .acceptProposals
      } else {
        let g = inv.arguments.string("group")
        if let g, lists.count > 1, list.group(g) == nil, lists.contains(where: { $0.group(g) != nil }) { continue }
        mode = .interactive(all: inv.arguments.flag("all"), group: g)
      }
      let proposals = HealthProposals.proposals(list, runner: runner)
      let (_, o) = try QuestionnaireSession.run(
        list, mode: mode, workspace: c.workspace, prompter: c.prompter, language: inv.language, proposals: proposals)
      out.blocks += o.blocks
      if out.value == nil { out.value = o.value }
    }
    return out
  }
}

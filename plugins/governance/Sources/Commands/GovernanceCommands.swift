import AwasPluginKit

/// `governance` (`tatakelola`) and `governance answer`.
enum GovernanceCommands {
  static var governance: CommandSpec {
    CommandSpec(
      Names("tatakelola", en: "governance"),
      summary: Text("daftar periksa tata kelola: RAT, masa jabatan, rangkap, keluarga, sertifikat, pinjaman orang dalam, audit",
                    en: "governance checklist: RAT, terms, dual roles, family ties, certificates, insider loans, audit"),
      discussion: Text(
        "Setiap butir menyebut aturannya dan hasilnya: lulus, gagal (dengan baris bukti dan temuan), perlu jawaban, tidak berlaku, atau dicatat. Butir yang gagal dihitung sebagai pengecualian (skrip keluar dengan status 2).",
        en: "Each item cites its rule and its result: passed, failed (with evidence rows and a finding), needs an answer, not applicable, or noted. Failed items count as exceptions (a script exits with status 2)."),
      subcommands: [answer],
      examples: [Example("tatakelola"), Example("tatakelola jawab"), Example("jelaskan tatakelola.hubungan-keluarga")],
      citation: Text("UU 25/1992; Permenkop UKM 9/2020, 8/2023, 2/2024", en: "UU 25/1992; Permenkop UKM 9/2020, 8/2023, 2/2024"),
      action: { inv in try run(inv) })
  }

  static func results(_ c: Context) throws -> (GovChecklist, [ItemResult], Dataset) {
    let d = try c.requireDataset()
    let list = try GovChecklist.select(c.settings)
    let sheet = try c.workspace.map { try AnswerStore(workspace: $0, checklist: GovernanceRun.answersId).load() }
      ?? AnswerSheet(checklist: GovernanceRun.answersId)
    return (list, GovernanceRun.run(list, dataset: d, answers: sheet), d)
  }

  static func run(_ inv: Invocation) throws -> CommandOutput {
    let (list, results, d) = try results(inv.context)
    return GovernanceReport.output(list, results, dataset: d, machine: inv.context.machineOutput, inv.language)
  }

  static var answer: CommandSpec {
    CommandSpec(
      Names("jawab", en: "answer"),
      summary: Text("jawab butir yang tidak dapat dibaca dari data", en: "answer the items the data cannot tell"),
      parameters: [
        ParameterSpec(Names("dari", en: "from"), .path(directory: false), help: Text("baca jawaban dari berkas TOML/JSON", en: "read answers from a TOML/JSON file")),
        ParameterSpec(Names("lihat", en: "show"), .flag, help: Text("hanya tampilkan jawaban", en: "only show the answers")),
        ParameterSpec(Names("ulang", en: "all"), .flag, help: Text("tanyakan semua pertanyaan, juga yang sudah dijawab", en: "ask every question, answered or not")),
      ],
      examples: [Example("tatakelola jawab"), Example("governance answer --from answers.toml")],
      action: { inv in try runAnswer(inv) })
  }

  static func runAnswer(_ inv: Invocation) throws -> CommandOutput {
    let c = inv.context
    let (list, results, _) = try results(c)
    let all = inv.arguments.flag("all")
    let mode: QuestionnaireSession.Mode
    let asked: Checklist
    if let from = inv.arguments.string("from") {
      // A file may answer any item that is a question now or could become one.
      asked = GovernanceRun.checklist(list, results) { _ in true }
      mode = .importFile(from)
    } else if inv.arguments.flag("show") {
      asked = GovernanceRun.checklist(list, results) { _ in true }
      mode = .show
    } else {
      asked = GovernanceRun.checklist(list, results) { r in
        r.outcome.status == .needsAnswer || (all && (r.answer != nil))
      }
      mode = .interactive(all: all, group: nil)
    }
    let (_, out) = try QuestionnaireSession.run(asked, mode: mode, workspace: c.workspace, prompter: c.prompter, language: inv.language)
    return out
  }

  static func explain(_ item: GovItem, _ list: GovChecklist, _ c: Context) throws -> CommandOutput {
    let l = c.language
    var out = CommandOutput()
    out.blocks.append(.heading("\(item.id) · \(item.label(l))"))
    var f: [(String, String)] = [
      (Text("Aturan", en: "Rule")(l), item.rule(l)),
      (Text("Cara menilai", en: "How it is decided")(l), item.logic(l)),
      (Text("Keparahan", en: "Severity")(l), item.severity.label(l)),
      (Text("Data", en: "Data")(l), item.check.map { Text("cek bawaan `\($0)`", en: "built-in check `\($0)`")(l) } ?? Text("pertanyaan", en: "a question")(l)),
    ]
    if !item.params.isEmpty {
      f.append((Text("Parameter", en: "Parameters")(l), item.params.keys.sorted().map { "\($0) = \(item.params[$0].map(describe) ?? "")" }.joined(separator: ", ")))
    }
    if c.dataset != nil, let r = try results(c).1.first(where: { $0.item.id == item.id }) {
      f.append((Text("Hasil", en: "Result")(l), r.outcome.status.label(l) + " — " + r.outcome.summary(l)))
      out.blocks.append(.fields(f))
      if let e = r.outcome.evidence {
        out.blocks.append(.table(e, title: Text("Bukti", en: "Evidence")(l)))
        out.value = e
      }
      if r.outcome.status != .passed { out.blocks.append(.text(Text("Rekomendasi: ", en: "Recommendation: ")(l) + r.item.recommendation(l))) }
      if r.outcome.status == .needsAnswer { out.blocks.append(.text(Text("Pertanyaan: ", en: "Question: ")(l) + r.question(l))) }
    } else {
      out.blocks.append(.fields(f))
    }
    return out
  }

  static func describe(_ v: ConfigValue) -> String {
    switch v {
    case .int(let i): return String(i)
    case .double(let d): return String(d)
    case .string(let s): return s
    case .bool(let b): return b ? "true" : "false"
    default: return "…"
    }
  }
}

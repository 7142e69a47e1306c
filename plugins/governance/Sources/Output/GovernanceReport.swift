import AwasPluginKit

/// The result table, the evidence tables and the findings of a checklist run.
enum GovernanceReport {
  static func table(_ results: [ItemResult], _ l: Language) -> Table {
    let en = l == .en
    var b = TableBuilder(
      en ? "governance" : "tatakelola",
      [
        (en ? "item" : "butir", .string), (en ? "check" : "pemeriksaan", .string), (en ? "result" : "hasil", .string),
        (en ? "severity" : "keparahan", .string), (en ? "rule" : "aturan", .string), (en ? "found" : "temuan", .string),
        (en ? "evidence_rows" : "baris_bukti", .int),
      ], primaryKey: en ? "item" : "butir")
    for r in results {
      b.append([
        .string(r.item.id), .string(r.item.label(l)), .string(r.outcome.status.label(l)), .string(r.item.severity.label(l)),
        .string(r.item.rule(l)), .string(r.outcome.summary(l)), r.outcome.evidence.map { .int(Int64($0.rowCount)) } ?? .null,
      ])
    }
    return b.build()
  }

  static func finding(_ r: ItemResult, dataset: Dataset) -> Finding? {
    guard r.outcome.status == .failed || r.outcome.status == .noted else { return nil }
    var evidence: [Evidence] = []
    if let t = r.outcome.evidence, let key = r.outcome.keyColumn, let col = t.column(key) {
      let keys = (0..<t.rowCount).map { col.string(at: $0) ?? ValueFormatter.plain(col.value(at: $0)) }
      evidence.append(Evidence(table: t.name, keyColumn: key, keys: keys))
    }
    var f = Finding(
      check: "governance.\(r.item.id)", severity: r.outcome.status == .noted ? .info : r.item.severity,
      title: r.item.label + Text(": ", en: ": ") + r.outcome.summary, rule: r.item.rule, evidence: evidence,
      amount: r.outcome.amount, recommendation: r.item.recommendation)
    f.dataset = dataset.info.nama
    return f
  }

  static func output(_ list: GovChecklist, _ results: [ItemResult], dataset: Dataset, machine: Bool, _ l: Language) -> CommandOutput {
    let t = table(results, l)
    var out = CommandOutput(value: t)
    out.blocks.append(.heading(list.title(l) + Text(
      " — \(dataset.info.nama) per \(dataset.asOf)", en: " — \(dataset.info.nama) at \(dataset.asOf)")(l)))
    out.blocks.append(.table(t, title: nil))
    if !machine {
      for r in results where r.outcome.status == .failed || r.outcome.status == .noted {
        guard let e = r.outcome.evidence, e.rowCount > 0 else { continue }
        out.blocks.append(.table(e, title: "\(r.item.id): " + Text("bukti", en: "evidence")(l)))
      }
    }
    out.findings = results.compactMap { finding($0, dataset: dataset) }
    out.exceptions = results.filter { $0.outcome.status == .failed }.count
    var count: [ItemOutcome.Status: Int] = [:]
    for r in results { count[r.outcome.status, default: 0] += 1 }
    let summary = ItemOutcome.Status.allCases.filter { count[$0] != nil }.map { $0.counted(count[$0] ?? 0, l) }
    out.blocks.append(.text(summary.joined(separator: ", ") + "."))
    if (count[.needsAnswer] ?? 0) > 0 {
      out.blocks.append(.text(Text(
        "Jawab yang tidak dapat dibaca dari data: `tatakelola jawab`.", en: "Answer what the data cannot tell: `governance answer`.")(l)))
    }
    return out
  }
}

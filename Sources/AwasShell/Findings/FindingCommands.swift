import AwasPluginKit

extension CoreCommands {
  static let severityChoices = Severity.allCases.map { Choice(Names($0.label.id, en: $0.rawValue), $0.label) }
  static let statusChoices = FindingStatus.allCases.map { Choice(Names($0.label.id, en: $0.rawValue), $0.label) }

  static func findings(_ link: ShellLink) -> CommandSpec {
    CommandSpec(
      Names("temuan", en: "findings", aliases: ["finding"]),
      summary: Text("temuan yang dicatat, dengan statusnya", en: "recorded findings with their status"),
      discussion: Text(
        "Pemeriksaan mencatat temuannya sendiri; tambahkan temuan Anda dengan `temuan tambah`. Temuan disimpan di folder kerja dataset (.awas/findings.json).",
        en: "Checks record their own findings; add yours with `finding add`. Findings are kept in the dataset's workspace (.awas/findings.json)."),
      parameters: [
        ParameterSpec(Names("status"), .choice(statusChoices), help: Text("hanya status ini", en: "only this status")),
        ParameterSpec(Names("tingkat", en: "severity"), .choice(severityChoices), help: Text("hanya tingkat ini", en: "only this severity")),
      ],
      subcommands: [findingAdd(link), findingSet(link), findingShow(link), findingExport(link)],
      examples: [
        Example("temuan"), Example("temuan --status terbuka"),
        Example("pinjaman | saring dpd > 180 ; temuan tambah --judul \"Pinjaman macet tanpa tindakan\" --tingkat tinggi"),
        Example("finding set T-002 closed --note \"dilunasi 5 Jan\""), Example("temuan ekspor temuan.md"),
      ],
      action: { inv in
        var list = link.findings.findings
        if let s = inv.arguments.string("status") { list = list.filter { $0.status.rawValue == s } }
        if let s = inv.arguments.string("severity") { list = list.filter { $0.severity.rawValue == s } }
        if list.isEmpty && link.findings.findings.isEmpty {
          return .text(inv.language == .en ? "No findings recorded yet." : "Belum ada temuan yang dicatat.")
        }
        return .table(link.findings.table(list, inv.language))
      })
  }

  static func findingAdd(_ link: ShellLink) -> CommandSpec {
    CommandSpec(
      Names("tambah", en: "add"),
      summary: Text("catat temuan dari hasil terakhir (atau $n)", en: "record a finding from the last result (or $n)"),
      parameters: [
        ParameterSpec(Names("judul", en: "title"), .string, required: true, help: Text("apa yang ditemukan", en: "what was found")),
        ParameterSpec(Names("tingkat", en: "severity"), .choice(severityChoices), default: "medium", help: Text("seberapa serius", en: "how serious")),
        ParameterSpec(Names("dasar", en: "rule"), .string, help: Text("aturan yang dilanggar", en: "the rule it breaks")),
        ParameterSpec(Names("rekomendasi", en: "recommendation"), .string, help: Text("apa yang harus dilakukan", en: "what should be done")),
        ParameterSpec(Names("jumlah", en: "amount"), .money, help: Text("nilai rupiah yang terkait", en: "the amount involved")),
        ParameterSpec(Names("dari", en: "from"), .table, help: Text("tabel bukti (bawaan: hasil terakhir)", en: "the evidence table (default: the last result)")),
        ParameterSpec(Names("kunci", en: "key"), .string, help: Text("kolom kunci bukti", en: "the evidence key column")),
      ],
      examples: [Example("temuan tambah --judul \"Kas tidak dihitung bulanan\" --tingkat sedang"), Example("finding add --from $3 --title \"Late RAT\" --severity high")],
      action: { inv in
        let a = inv.arguments
        let title = a.string("title") ?? ""
        var evidence: [Evidence] = []
        if let t = a.table("from") ?? inv.context.lastResult, t.rowCount > 0 {
          let keyName = a.string("key") ?? t.primaryKey ?? t.columns.first?.name ?? ""
          guard let key = t.column(keyName) else { throw UserError.missingColumn(keyName, table: t) }
          let keys = (0..<t.rowCount).map { ValueFormatter.plain(key.value(at: $0)) }
          evidence = [Evidence(table: t.name, keyColumn: key.name, keys: keys)]
        }
        let f = Finding(
          check: "manual", severity: Severity(rawValue: a.string("severity") ?? "medium") ?? .medium,
          title: Text(title, en: title), rule: a.string("rule").map { Text($0, en: $0) }, evidence: evidence,
          amount: a.money("amount"), recommendation: a.string("recommendation").map { Text($0, en: $0) })
        guard let id = try link.findings.recordIDs([f], dataset: link.datasetName).first else {
          return .text(inv.language == .en ? "The same finding is already recorded." : "Temuan yang sama sudah tercatat.")
        }
        let rows = evidence.first?.keys.count ?? 0
        return .text(inv.language == .en ? "Finding \(id) recorded with \(rows) evidence rows." : "Temuan \(id) dicatat dengan \(rows) baris bukti.")
      })
  }

  static func findingSet(_ link: ShellLink) -> CommandSpec {
    CommandSpec(
      Names("ubah", en: "set"),
      summary: Text("ubah status temuan", en: "change a finding's status"),
      parameters: [
        ParameterSpec(Names("id"), .string, positional: true, required: true, help: Text("nomor temuan (T-001)", en: "the finding's number (T-001)")),
        ParameterSpec(Names("status"), .choice(statusChoices), positional: true, required: true, help: Text("status baru", en: "the new status")),
        ParameterSpec(Names("catatan", en: "note"), .string, help: Text("tanggapan atau tindak lanjut", en: "the answer or follow-up")),
      ],
      examples: [Example("temuan ubah T-001 dijawab --catatan \"pengurus menjawab 3 Jan\"")],
      action: { inv in
        let id = inv.arguments.string("id") ?? ""
        let status = FindingStatus(rawValue: inv.arguments.string("status") ?? "") ?? .open
        guard let f = try link.findings.setStatus(id, status, note: inv.arguments.string("note")) else {
          throw UserError(
            Text("Tidak ada temuan \(id).", en: "There is no finding \(id)."),
            hint: Text("Lihat nomornya dengan `temuan`.", en: "See the numbers with `findings`."), argument: id)
        }
        return .text("\(f.id ?? id): \(f.status.label(inv.language))")
      })
  }

  static func findingShow(_ link: ShellLink) -> CommandSpec {
    CommandSpec(
      Names("tampil", en: "show"),
      summary: Text("rincian satu temuan dengan buktinya", en: "one finding in full, with its evidence"),
      parameters: [ParameterSpec(Names("id"), .string, positional: true, required: true, help: Text("nomor temuan", en: "the finding's number"))],
      action: { inv in
        let id = inv.arguments.string("id") ?? ""
        guard let f = link.findings.findings.first(where: { $0.id?.lowercased() == id.lowercased() }) else {
          throw UserError(Text("Tidak ada temuan \(id).", en: "There is no finding \(id)."), argument: id)
        }
        let lang = inv.language
        let en = lang == .en
        var fields: [(String, String)] = [
          ("id", f.id ?? ""), (en ? "title" : "judul", f.title(lang)), (en ? "severity" : "tingkat", f.severity.label(lang)),
          ("status", f.status.label(lang)), (en ? "check" : "pemeriksaan", f.check),
        ]
        if let r = f.rule { fields.append((en ? "rule" : "dasar", r(lang))) }
        if let a = f.amount { fields.append((en ? "amount" : "jumlah", ValueFormatter.money(a, lang))) }
        if let r = f.recommendation { fields.append((en ? "recommendation" : "rekomendasi", r(lang))) }
        for n in f.notes ?? [] {
          fields.append((en ? "note" : "catatan", FindingNotes.line(n, lang)))
        }
        var out = CommandOutput(blocks: [.fields(fields)])
        for e in f.evidence {
          let t = Table(name: e.table, columns: [Column.string(e.keyColumn, e.keys)], primaryKey: e.keyColumn)
          out.blocks.append(.table(t, title: (en ? "evidence: " : "bukti: ") + e.table))
        }
        return out
      })
  }

  static func findingExport(_ link: ShellLink) -> CommandSpec {
    CommandSpec(
      Names("ekspor", en: "export"),
      summary: Text("simpan temuan ke CSV, JSON atau Markdown", en: "save the findings as CSV, JSON or Markdown"),
      parameters: [ParameterSpec(Names("berkas", en: "file"), .path(), positional: true, required: true, help: Text("berkas tujuan (.csv, .json, .md)", en: "the file to write (.csv, .json, .md)"))],
      examples: [Example("temuan ekspor laporan-temuan.md")],
      action: { inv in
        let path = inv.arguments.string("file") ?? ""
        let lang = inv.language
        let table = link.findings.table(link.findings.findings, lang)
        guard let format = OutputFormat.forPath(path) else {
          throw UserError(Text("Pakai akhiran .csv, .json atau .md.", en: "Use the extension .csv, .json or .md."), argument: path)
        }
        let printer = Printer(format: format, language: lang, maskPersonal: true, width: 10_000, maxRows: .max, color: false, unicode: true)
        var text = printer.fileText(table, format: format)
        if format == .markdown {
          text = FindingReport.markdown(link.findings.findings, dataset: link.datasetName, language: lang)
        }
        do {
          try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
          throw UserError(Text("Tidak dapat menulis \(path)", en: "Cannot write \(path)"), argument: path)
        }
        return .text(lang == .en ? "\(table.rowCount) findings written to \(path)." : "\(table.rowCount) temuan ditulis ke \(path).")
      })
  }
}

/// Findings as a Markdown report section.
enum FindingReport {
  static func markdown(_ list: [Finding], dataset: String?, language: Language) -> String {
    let en = language == .en
    var md = [en ? "# Findings" : "# Temuan", ""]
    if let dataset { md += [(en ? "Dataset: " : "Dataset: ") + dataset, ""] }
    for f in list {
      md.append("## \(f.id ?? "") — \(f.title(language))")
      md.append("")
      md.append("- " + (en ? "Severity" : "Tingkat") + ": " + f.severity.label(language))
      md.append("- Status: " + f.status.label(language))
      md.append("- " + (en ? "Check" : "Pemeriksaan") + ": `\(f.check)`")
      if let r = f.rule { md.append("- " + (en ? "Rule" : "Dasar") + ": " + r(language)) }
      if let a = f.amount { md.append("- " + (en ? "Amount" : "Jumlah") + ": " + ValueFormatter.money(a, language)) }
      for e in f.evidence {
        let shown = e.keys.prefix(20).joined(separator: ", ") + (e.keys.count > 20 ? " … (+\(e.keys.count - 20))" : "")
        md.append("- " + (en ? "Evidence" : "Bukti") + ": \(e.table).\(e.keyColumn) = \(shown)")
      }
      if let r = f.recommendation { md.append("- " + (en ? "Recommendation" : "Rekomendasi") + ": " + r(language)) }
      for n in f.notes ?? [] { md.append("- " + (en ? "Note" : "Catatan") + ": " + FindingNotes.line(n, language)) }
      md.append("")
    }
    return md.joined(separator: "\n")
  }
}

/// How a status change reads: `2026-01-05 · dijawab · pengurus menjawab 5 Januari`.
enum FindingNotes {
  static func line(_ n: FindingNote, _ language: Language) -> String {
    let day = String(n.time.prefix(10))
    return ([day, n.status.label(language)] + (n.text.isEmpty ? [] : [n.text])).joined(separator: " · ")
  }
}

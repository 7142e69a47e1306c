import AwasPluginKit
import Foundation

extension CoreCommands {
  static func log(_ link: ShellLink) -> CommandSpec {
    CommandSpec(
      Names("log"),
      summary: Text("jejak audit: setiap perintah, berkas dan hasilnya", en: "the audit trail: every statement, file and result"),
      discussion: Text(
        "Setiap perintah dicatat di .awas/log.jsonl dengan waktu, pengguna, SHA-256 tiap berkas masukan, ringkasan hasil dan hash entri sebelumnya. `log periksa` menemukan entri yang diubah, dihapus atau diacak.",
        en: "Every statement is appended to .awas/log.jsonl with its time, user, the SHA-256 of each input file, a digest of the result and the hash of the previous entry. `log verify` detects edited, removed or reordered entries."),
      subcommands: [logVerify(link), logReplay(link), logScript(link)],
      examples: [Example("log"), Example("log periksa"), Example("log ulang"), Example("log skrip bulanan.awas")],
      action: { inv in
        let report = LogVerifier.verify(link.log?.read())
        let en = inv.language == .en
        var b = TableBuilder("log", [("seq", .int), (en ? "time" : "waktu", .string), (en ? "user" : "pengguna", .string),
          (en ? "session" : "sesi", .string), (en ? "statement" : "perintah", .string), ("status", .string)])
        for e in report.entries {
          b.append([.int(Int64(e.seq)), .string(e.time), .string(e.user), .string(String(e.session.prefix(8))), .string(e.statement), .string(e.status)])
        }
        return .table(b.build())
      })
  }

  static func logVerify(_ link: ShellLink) -> CommandSpec {
    CommandSpec(
      Names("periksa", en: "verify"),
      summary: Text("periksa rantai hash log", en: "check the log's hash chain"),
      action: { inv in
        guard let log = link.log else { throw UserError.noDataset }
        let report = LogVerifier.verify(log.read())
        let en = inv.language == .en
        if report.problems.isEmpty {
          return .text(en
            ? "The log is intact: \(report.entries.count) entries. Head hash: \(report.head)"
            : "Log utuh: \(report.entries.count) entri. Hash terakhir: \(report.head)")
        }
        var b = TableBuilder(en ? "log_problems" : "masalah_log", [(en ? "line" : "baris", .int), (en ? "problem" : "masalah", .string)])
        for p in report.problems {
          let what: String
          switch p.kind {
          case .unreadable: what = en ? "not a log entry" : "bukan entri log"
          case .edited: what = en ? "entry was edited (hash does not match)" : "entri diubah (hash tidak cocok)"
          case .removedOrReordered: what = en ? "entries before it were removed or reordered (chain broken)" : "entri sebelumnya dihapus atau diacak (rantai putus)"
          }
          b.append([.int(Int64(p.line)), .string(what)])
        }
        var out = CommandOutput.table(b.build())
        out.exceptions = report.problems.count
        return out
      })
  }

  /// The statements of a session (by id prefix; default the latest other session).
  /// - Parameter current: Prefer this session when it did something worth repeating (`log script`).
  static func sessionStatements(_ link: ShellLink, _ id: String?, current: Bool = false) throws -> (String, [AuditLog.Entry]) {
    guard let log = link.log else { throw UserError.noDataset }
    let entries = LogVerifier.verify(log.read()).entries
    let sessions = entries.map(\.session).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    let skip = ["log", "quit", "keluar", "exit", "clear", "bersihkan", "history", "riwayat", "help", "bantuan", "demo", "temuan", "findings", "finding"]
    func kept(_ e: AuditLog.Entry) -> Bool {
      !skip.contains(e.statement.split(separator: " ").first.map { String($0).lowercased() } ?? "")
    }
    func worthReplaying(_ e: AuditLog.Entry) -> Bool { kept(e) && !opensOwnDataset(e) }
    let chosen: String?
    if let id {
      chosen = sessions.first { $0.hasPrefix(id) }
    } else {
      // The latest earlier session that did something besides opening the dataset and looking at the log.
      let mine = current && entries.contains { $0.session == log.session && worthReplaying($0) }
      chosen = mine ? log.session : sessions.last { s in s != log.session && entries.contains { $0.session == s && worthReplaying($0) } }
        ?? sessions.last { $0 != log.session } ?? sessions.last
    }
    guard let session = chosen else {
      throw UserError(
        Text("Tidak ada sesi \(id ?? "") di log.", en: "No session \(id ?? "") in the log."),
        hint: Text("Lihat sesi dengan `log`.", en: "See the sessions with `log`."), argument: id)
    }
    return (session, entries.filter { $0.session == session && kept($0) })
  }

  /// Whether `e` opens the dataset whose log this is (`open "…/ksp"`, as
  /// `--data` logs it): a replay or a script runs on the dataset already open.
  static func opensOwnDataset(_ e: AuditLog.Entry) -> Bool {
    let words = e.statement.split(separator: " ", maxSplits: 1)
    guard let verb = words.first?.lowercased(), ["open", "buka"].contains(verb), words.count == 2, let folder = e.dataset
    else { return false }
    let target = words[1].trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
    let a = URL(fileURLWithPath: target).standardizedFileURL.path
    let b = URL(fileURLWithPath: folder).standardizedFileURL.path
    return a == b
  }

  static func logReplay(_ link: ShellLink) -> CommandSpec {
    CommandSpec(
      Names("ulang", en: "replay"),
      summary: Text("jalankan ulang sebuah sesi dan bandingkan hasilnya", en: "re-run a session and compare its results"),
      parameters: [ParameterSpec(Names("sesi", en: "session"), .string, help: Text("awal id sesi (bawaan: sesi sebelumnya)", en: "session id prefix (default: the previous session)"))],
      action: { inv in
        let (session, entries) = try sessionStatements(link, inv.arguments.string("session"))
        guard let replay = link.replay else { throw UserError(Text("Tidak bisa menjalankan ulang di sini.", en: "Replay is not available here.")) }
        let digests = replay(entries.map(\.statement))
        let en = inv.language == .en
        var b = TableBuilder(en ? "replay" : "ulang", [("seq", .int), (en ? "statement" : "perintah", .string), (en ? "same" : "sama", .bool)])
        var differ = 0
        for (e, d) in zip(entries, digests) {
          let same = e.result == d
          if !same { differ += 1 }
          b.append([.int(Int64(e.seq)), .string(e.statement), .bool(same)])
        }
        var out = CommandOutput(blocks: [
          .text(en
            ? "Session \(session.prefix(8)): \(entries.count) statements replayed, \(differ) with a different result."
            : "Sesi \(session.prefix(8)): \(entries.count) perintah diulang, \(differ) dengan hasil berbeda."),
          .table(b.build(), title: nil),
        ])
        out.exceptions = differ
        return out
      })
  }

  static func logScript(_ link: ShellLink) -> CommandSpec {
    CommandSpec(
      Names("skrip", en: "script"),
      summary: Text("ubah sebuah sesi menjadi skrip", en: "turn a session into a script"),
      parameters: [
        ParameterSpec(Names("berkas", en: "file"), .path(), positional: true, help: Text("tulis ke berkas ini", en: "write to this file")),
        ParameterSpec(Names("sesi", en: "session"), .string, help: Text("awal id sesi (bawaan: sesi ini, atau yang sebelumnya bila sesi ini baru membuka data)", en: "session id prefix (default: this session, or the previous one when this one has only opened the data)")),
      ],
      action: { inv in
        let (session, entries) = try sessionStatements(link, inv.arguments.string("session"), current: true)
        // The script runs on the dataset given with --data, so the session's own `open` is left out.
        let ok = entries.filter { $0.status != "error" && !opensOwnDataset($0) }
        let header = "# awas — " + (inv.language == .en ? "session" : "sesi") + " \(session.prefix(8)) (\(ok.first?.time ?? ""))\n"
          + (inv.language == .en
            ? "# run it on a dataset: awas --data FOLDER \(inv.arguments.string("file") ?? "script.awas")\n"
            : "# jalankan pada sebuah dataset: awas --data FOLDER \(inv.arguments.string("file") ?? "skrip.awas")\n")
        let text = header + ok.map(\.statement).joined(separator: "\n") + "\n"
        guard let path = inv.arguments.string("file") else { return .text(text) }
        do {
          try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
          throw UserError(Text("Tidak dapat menulis \(path)", en: "Cannot write \(path)"), argument: path)
        }
        return .text(inv.language == .en ? "\(ok.count) statements written to \(path)." : "\(ok.count) perintah ditulis ke \(path).")
      })
  }
}

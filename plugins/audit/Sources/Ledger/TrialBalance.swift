import AwasPluginKit

/// The journal's net per account compared with neraca.csv and phu.csv.
struct TrialBalance {
  enum Basis { case balance, movement }

  struct Row {
    var code: String
    var name: String
    var pos: String
    /// neraca, phu, or jurnal (an account in the journal only).
    var source: String
    var journalNet: Int64
    var expectedNet: Int64
    var note: String = ""
    var difference: Int64 { Money.difference(journalNet, expectedNet) }
  }

  var basis: Basis
  var rows: [Row]
  var tolerance: Int64
  var mismatches: [Row] { rows.filter { $0.difference.magnitude > tolerance.magnitude } }

  struct Account {
    var code: String
    var name: String
    var pos: String
    var now: Int64
    var before: Int64
    var side: AccountSide?
  }

  static func accounts(_ table: Table?) -> [Account] {
    guard let t = table, let code = t.column("kode_akun") else { return [] }
    let name = t.column("nama_akun"), pos = t.column("pos")
    let now = t.column("saldo_kini"), before = t.column("saldo_lalu")
    var out: [Account] = []
    for r in 0..<t.rowCount {
      guard let c = code.text(at: r)?.trimmingSpaces(), !c.isEmpty else { continue }
      let p = pos?.text(at: r)?.trimmingSpaces() ?? ""
      let n = now.flatMap { col in col.isNull(r) ? nil : col.int64s?[r] } ?? 0
      let b = before.flatMap { col in col.isNull(r) ? nil : col.int64s?[r] } ?? 0
      out.append(Account(code: c, name: name?.text(at: r) ?? "", pos: p, now: n, before: b, side: AccountSide.of(pos: p, code: c)))
    }
    return out
  }

  static func compare(jurnal: Table, neraca: Table, phu: Table?, basis: String, tolerance: Int64) throws -> TrialBalance {
    let debit = try LedgerSums.byKey(jurnal, key: "kode_akun", amount: "debet") ?? [:]
    let credit = try LedgerSums.byKey(jurnal, key: "kode_akun", amount: "kredit") ?? [:]
    var net: [String: Int64] = [:]
    for (k, v) in debit { net[k] = try (net[k] ?? 0).plus(v) }
    for (k, v) in credit { net[k] = try (net[k] ?? 0).plus(-v) }
    let bs = accounts(neraca), pl = accounts(phu)
    var plNet: Int64 = 0
    for a in pl { plNet = try plNet.plus(net[a.code] ?? 0) }

    func rows(_ b: Basis) -> [Row] {
      var out: [Row] = []
      var seen = Set<String>()
      for a in bs {
        seen.insert(a.code)
        let side = a.side ?? .debit
        var j = net[a.code] ?? 0
        var note = ""
        let saldo = b == .balance ? a.now : a.now - a.before
        if Table.normalize(a.pos) == "shu_tahun_berjalan" {
          // The year's result reaches this account through the income-statement
          // accounts (not closed in the journal); postings to it (last year's SHU
          // allocated) come on top.
          j = Money.sum(j, plNet)
          note = "PHU"
        }
        out.append(Row(code: a.code, name: a.name, pos: a.pos, source: "neraca", journalNet: j, expectedNet: side.expectedNet(saldo), note: note))
      }
      for a in pl where !seen.contains(a.code) {
        seen.insert(a.code)
        out.append(Row(code: a.code, name: a.name, pos: a.pos, source: "phu", journalNet: net[a.code] ?? 0, expectedNet: (a.side ?? .debit).expectedNet(a.now)))
      }
      for (code, n) in net.sorted(by: { $0.key < $1.key }) where !seen.contains(code) {
        out.append(Row(code: code, name: "", pos: "", source: "jurnal", journalNet: n, expectedNet: 0))
      }
      return out
    }
    let chosen: Basis
    switch basis {
    case "balance", "saldo": chosen = .balance
    case "movement", "mutasi": chosen = .movement
    default:
      let a = rows(.balance).filter { $0.difference.magnitude <= tolerance.magnitude }.count
      let m = rows(.movement).filter { $0.difference.magnitude <= tolerance.magnitude }.count
      chosen = m > a ? .movement : .balance
    }
    return TrialBalance(basis: chosen, rows: rows(chosen), tolerance: tolerance)
  }

  func table(_ L: Labels) -> Table {
    var b = TableBuilder(
      L("neraca-saldo", "trial-balance"),
      [("kode_akun", .string), ("nama_akun", .string), ("pos", .string), (L("sumber", "source"), .string),
       (L("netto_jurnal", "journal_net"), .money), (L("diharapkan", "expected"), .money), (L("selisih", "difference"), .money),
       (L("cocok", "matches"), .bool), (L("catatan", "note"), .string)])
    for r in rows {
      b.append([
        .string(r.code), .string(r.name), .string(r.pos), .string(r.source), .money(Money(sen: r.journalNet)),
        .money(Money(sen: r.expectedNet)), .money(Money(sen: r.difference)), .bool(r.difference.magnitude <= tolerance.magnitude),
        .string(r.note == "PHU" ? L("netto akun PHU", "net of income-statement accounts") : r.note),
      ])
    }
    return b.build()
  }
}

/// The `rekonsiliasi` table: ledger totals against the balance sheet.
///
/// Rows (`pos`, `buku_besar`, `neraca`, `selisih` = buku_besar − neraca):
/// - loans outstanding, per `piutang_pinjaman_anggota` and
///   `piutang_pinjaman_non_anggota` when the borrower can be looked up in
///   `anggota`, and their total `piutang_pinjaman`; written-off loans and loans
///   not yet disbursed are left out;
/// - savings balances per `jenis` against `simpanan_<jenis>`.
///
/// `neraca` sums `saldo_kini` over the rows with that `pos` (0 when none). A row
/// whose ledger total is 0 and whose `pos` the balance sheet lacks is left out.
enum Rekonsiliasi {
  static let loanPos = ["piutang_pinjaman_anggota", "piutang_pinjaman_non_anggota"]
  static let savingsOrder = ["pokok", "wajib", "sukarela", "berjangka"]

  /// What the table needs besides the loans' status: the balance sheet's
  /// totals per `pos`, each borrower's member row, and the savings totals.
  /// Made apart so that it can be computed beside the loan figures.
  struct Prepared: Sendable {
    var booked: [String: Int64]
    /// Per loan, the borrower's row in `anggota` (-1 unknown); nil without `anggota`.
    var members: ContiguousArray<Int32>?
    var savings: [(pos: String, ledger: Int64)]
  }

  /// Nil when there is no `neraca` with `pos` and `saldo_kini`.
  /// - Parameter borrowers: Each loan's borrower row, when already made.
  static func prepare(_ d: Dataset, borrowers: BorrowerRows? = nil) -> Prepared? {
    guard let neraca = d.table("neraca"), let posCol = neraca.column("pos"),
      let saldo = neraca.int64Column("saldo_kini")
    else { return nil }
    var totals: [String: SenTotal] = [:]
    for r in 0..<neraca.rowCount where !(saldo.nulls?[r] ?? false) {
      guard let p = posCol.string(at: r) else { continue }
      totals[Table.normalize(p), default: SenTotal()] += saldo.values[r]
    }
    let booked = totals.mapValues(\.sen)
    let members = (borrowers ?? BorrowerRows(pinjaman: d.table("pinjaman"), anggota: d.table("anggota")))?.rows
    return Prepared(booked: booked, members: members, savings: savingsRows(d))
  }

  /// Nil when there is no `neraca` with `pos` and `saldo_kini`, or nothing to compare.
  static func table(_ d: Dataset, loans: LoanStatus?) -> Table? {
    prepare(d).flatMap { table($0, loans: loans) }
  }

  static func table(_ prepared: Prepared, loans: LoanStatus?) -> Table? {
    let booked = prepared.booked
    var rows: [(pos: String, ledger: Int64)] = []
    if let loans { rows += loanRows(loans, members: prepared.members) }
    rows += prepared.savings

    var b = TableBuilder(
      "rekonsiliasi", [("pos", .string), ("buku_besar", .money), ("neraca", .money), ("selisih", .money)],
      primaryKey: "pos")
    for (pos, ledger) in rows {
      let inBalance: Int64?
      if pos == "piutang_pinjaman" {
        let parts = (loanPos + ["piutang_pinjaman"]).compactMap { booked[$0] }
        inBalance = parts.isEmpty ? nil : parts.reduce(into: SenTotal()) { $0 += $1 }.sen
      } else {
        inBalance = booked[pos]
      }
      if ledger == 0 && inBalance == nil { continue }
      let bs = inBalance ?? 0
      b.append([.string(pos), .money(Money(sen: ledger)), .money(Money(sen: bs)), .money(Money(sen: ledger) - Money(sen: bs))])
    }
    return b.rowCount == 0 ? nil : b.build()
  }

  /// Outstanding principal by member / non-member borrower, and the total.
  static func loanRows(_ s: LoanStatus, members member: ContiguousArray<Int32>?) -> [(pos: String, ledger: Int64)] {
    var total = SenTotal(), members = SenTotal(), others = SenTotal()
    for i in 0..<s.count where !s.unknownSisa[i] && !s.writtenOff[i] {
      total += s.sisa[i]
      if let member { if member[i] >= 0 { members += s.sisa[i] } else { others += s.sisa[i] } }
    }
    guard member != nil else { return [("piutang_pinjaman", total.sen)] }
    return [
      ("piutang_pinjaman_anggota", members.sen), ("piutang_pinjaman_non_anggota", others.sen),
      ("piutang_pinjaman", total.sen),
    ]
  }

  /// Savings balances per kind.
  static func savingsRows(_ d: Dataset) -> [(pos: String, ledger: Int64)] {
    guard let t = d.table("simpanan"), let saldo = t.int64Column("saldo")
    else { return [] }
    // Each distinct kind is named once (the column is usually dictionary-coded).
    var kinds: [String] = []
    guard
      let codes = t.codeColumn("jenis", null: .max, { j in
        let key = Table.normalize(j)
        if let k = kinds.firstIndex(of: key) { return UInt8(k) }
        if kinds.count >= 250 { return .max }
        kinds.append(key)
        return UInt8(kinds.count - 1)
      })
    else { return [] }
    var totals = [SenTotal](repeating: SenTotal(), count: kinds.count)
    for r in 0..<t.rowCount where codes[r] != .max && !(saldo.nulls?[r] ?? false) {
      totals[Int(codes[r])] += saldo.values[r]
    }
    var sums: [String: Int64] = [:]
    for (k, name) in kinds.enumerated() { sums[name] = totals[k].sen }
    for j in savingsOrder where sums[j] == nil { sums[j] = 0 }
    let ordered = savingsOrder + sums.keys.filter { !savingsOrder.contains($0) }.sorted()
    return ordered.map { ("simpanan_" + $0, sums[$0] ?? 0) }
  }
}

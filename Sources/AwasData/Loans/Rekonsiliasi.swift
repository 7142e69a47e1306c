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

  /// Nil when there is no `neraca` with `pos` and `saldo_kini`, or nothing to compare.
  static func table(_ d: Dataset, loans: LoanStatus?) -> Table? {
    guard let neraca = d.table("neraca"), let posCol = neraca.column("pos"),
      let saldo = neraca.int64Column("saldo_kini")
    else { return nil }
    var booked: [String: Int64] = [:]
    for r in 0..<neraca.rowCount where !(saldo.nulls?[r] ?? false) {
      guard let p = posCol.string(at: r) else { continue }
      booked[Table.normalize(p), default: 0] += saldo.values[r]
    }
    var rows: [(pos: String, ledger: Int64)] = []
    if let loans { rows += loanRows(d, loans) }
    rows += savingsRows(d)

    var b = TableBuilder(
      "rekonsiliasi", [("pos", .string), ("buku_besar", .money), ("neraca", .money), ("selisih", .money)],
      primaryKey: "pos")
    for (pos, ledger) in rows {
      let inBalance: Int64?
      if pos == "piutang_pinjaman" {
        let parts = (loanPos + ["piutang_pinjaman"]).compactMap { booked[$0] }
        inBalance = parts.isEmpty ? nil : parts.reduce(0, +)
      } else {
        inBalance = booked[pos]
      }
      if ledger == 0 && inBalance == nil { continue }
      let bs = inBalance ?? 0
      b.append([.string(pos), .money(Money(sen: ledger)), .money(Money(sen: bs)), .money(Money(sen: ledger - bs))])
    }
    return b.rowCount == 0 ? nil : b.build()
  }

  /// Outstanding principal by member / non-member borrower, and the total.
  static func loanRows(_ d: Dataset, _ s: LoanStatus) -> [(pos: String, ledger: Int64)] {
    var total: Int64 = 0, members: Int64 = 0
    var member: ContiguousArray<Int32>? = nil
    if let pinjaman = d.table("pinjaman"), let borrower = pinjaman.column("no_anggota"),
      let ids = d.table("anggota")?.column("no_anggota"), let index = KeyIndex(column: ids)
    {
      member = index.resolve(borrower)
    }
    for i in 0..<s.count where !s.unknownSisa[i] && !s.writtenOff[i] {
      total += s.sisa[i]
      if let member, member[i] >= 0 { members += s.sisa[i] }
    }
    guard member != nil else { return [("piutang_pinjaman", total)] }
    return [
      ("piutang_pinjaman_anggota", members), ("piutang_pinjaman_non_anggota", total - members),
      ("piutang_pinjaman", total),
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
    var totals = [Int64](repeating: 0, count: kinds.count)
    for r in 0..<t.rowCount where codes[r] != .max && !(saldo.nulls?[r] ?? false) {
      totals[Int(codes[r])] += saldo.values[r]
    }
    var sums: [String: Int64] = [:]
    for (k, name) in kinds.enumerated() { sums[name, default: 0] += totals[k] }
    for j in savingsOrder where sums[j] == nil { sums[j] = 0 }
    let ordered = savingsOrder + sums.keys.filter { !savingsOrder.contains($0) }.sorted()
    return ordered.map { ("simpanan_" + $0, sums[$0] ?? 0) }
  }
}

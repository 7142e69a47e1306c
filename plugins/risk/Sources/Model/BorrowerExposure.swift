import AwasPluginKit

/// Outstanding per borrower (member), summing the member's active loans.
struct BorrowerExposure: Sendable {
  let members: GroupCodes
  /// Per member: outstanding, active loans, whether an insider.
  var outstanding: [Int64]
  var loans: [Int32]
  var insider: [Bool]
  /// Member of each loan row (-1 when none).
  var memberOfRow: ContiguousArray<Int32> { members.codes }
  /// How insiders were found.
  let insiderSource: InsiderSource

  init(_ p: Portfolio, dataset: Dataset) throws {
    guard let col = p.table.column("no_anggota") else { throw UserError.missingColumn("no_anggota", table: p.table) }
    members = GroupCodes(col)
    let g = members.groupCount
    outstanding = [Int64](repeating: 0, count: g)
    loans = [Int32](repeating: 0, count: g)
    insider = [Bool](repeating: false, count: g)
    let flags: Bitset?
    if let bits = p.insider {
      flags = bits
      insiderSource = .column
    } else if let bits = InsiderFallback.flags(dataset, members: col) {
      flags = bits
      insiderSource = .pengurus
    } else {
      flags = nil
      insiderSource = .none
    }
    let codes = members.codes
    for i in 0..<p.count where p.isActive(i) {
      let m = Int(codes[i])
      guard m >= 0 else { continue }
      outstanding[m] = Money.sum(outstanding[m], p.sisa[i])
      loans[m] += 1
      if let flags, flags[i] { insider[m] = true }
    }
  }

  /// The `n` members with the largest outstanding, largest first (ties: first seen first).
  func top(_ n: Int) -> [Int32] {
    var best: [Int32] = []
    func before(_ a: Int32, _ b: Int32) -> Bool {
      let x = outstanding[Int(a)], y = outstanding[Int(b)]
      return x != y ? x > y : members.rank(a) < members.rank(b)
    }
    for m in 0..<outstanding.count where outstanding[m] > 0 {
      let g = Int32(m)
      if best.count == n, let last = best.last, !before(g, last) { continue }
      var pos = best.count
      while pos > 0 && before(g, best[pos - 1]) { pos -= 1 }
      best.insert(g, at: pos)
      if best.count > n { best.removeLast() }
    }
    return best
  }

  /// Total outstanding of insiders.
  var insiderTotal: Int64 {
    var s: Int64 = 0
    for m in 0..<outstanding.count where insider[m] { s = Money.sum(s, outstanding[m]) }
    return s
  }

  /// Members whose outstanding is above `limit` sen, largest first.
  func above(_ limit: Int64) -> [Int32] {
    (0..<outstanding.count).filter { outstanding[$0] > limit }.map(Int32.init)
      .sorted { a, b in
        outstanding[Int(a)] != outstanding[Int(b)] ? outstanding[Int(a)] > outstanding[Int(b)] : members.rank(a) < members.rank(b)
      }
  }
}

/// Where `orang_dalam` came from.
enum InsiderSource: Sendable {
  /// The loan engine's `orang_dalam` column (officers and their family cards).
  case column
  /// Fallback: the borrower is a serving pengurus or pengawas in `pengurus`.
  case pengurus
  /// Neither is available.
  case none

  var note: Text {
    switch self {
    case .column:
      return Text("Orang dalam: kolom `orang_dalam` (pengurus/pengawas/pengelola atau satu KK dengan mereka).", en: "Insiders: the `orang_dalam` column (officers, or sharing their family card).")
    case .pengurus:
      return Text("Orang dalam: kolom `orang_dalam` tidak ada; dipakai peminjam yang sedang menjabat pengurus/pengawas di `pengurus` (hubungan keluarga tidak diperiksa).", en: "Insiders: no `orang_dalam` column; borrowers serving as pengurus/pengawas in `pengurus` are used (family ties not checked).")
    case .none:
      return Text("Orang dalam tidak dapat ditentukan: tidak ada kolom `orang_dalam` maupun tabel `pengurus`.", en: "Insiders cannot be determined: no `orang_dalam` column and no `pengurus` table.")
    }
  }
}

/// Insiders from `pengurus` when the loan engine gave no `orang_dalam`:
/// borrowers who are serving pengurus or pengawas (8/2023 Ps 44).
enum InsiderFallback {
  static func flags(_ dataset: Dataset, members: Column) -> Bitset? {
    guard let t = dataset.table("pengurus"), let ids = t.column("no_anggota") else { return nil }
    let organ = t.column("organ"), ends = t.column("selesai")
    var serving: [String?] = []
    for r in 0..<t.rowCount {
      let o = organ?.string(at: r).map { Table.normalize($0) } ?? "pengurus"
      guard o == "pengurus" || o == "pengawas" else { continue }
      if let e = ends, !e.isNull(r), case .date(let d) = e.value(at: r), d < dataset.asOf { continue }
      serving.append(ids.string(at: r))
    }
    let rows = KeyJoin.rows(members, in: Column.string("no_anggota", serving))
    var out = Bitset(count: members.count)
    for i in 0..<rows.count where rows[i] >= 0 { out[i] = true }
    return out
  }
}

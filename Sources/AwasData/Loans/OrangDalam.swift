/// Insider loans: the borrower is an officer serving at the as-of date, or
/// shares a family card (`no_kk`) with one.
enum OrangDalam {
  /// The organs whose members count as insiders (staff, `karyawan`, do not).
  static let organs: Set<String> = ["pengurus", "pengawas", "manajer"]

  /// For each loan, whether its borrower is an insider at `asOf`. Nil when the
  /// dataset has no `pengurus` table or `pinjaman` has no `no_anggota`.
  ///
  /// An officer is a `pengurus` row whose `organ` is pengurus, pengawas or
  /// manajer (every row when there is no `organ` column), with `mulai` on or
  /// before `asOf` (or empty) and `selesai` on or after it (or empty). Family
  /// cards come from `pengurus.no_kk` and from `anggota.no_kk` of the officer's
  /// member number.
  /// - Parameter borrowers: The member register's index and each loan's
  ///   borrower row in it (``BorrowerRows``), when already made.
  static func flags(pinjaman: Table, pengurus: Table?, anggota: Table?, asOf: Day, borrowers: BorrowerRows? = nil)
    -> ContiguousArray<Bool>?
  {
    guard let pengurus, let borrower = pinjaman.column("no_anggota"),
      borrower.type == .string
    else { return nil }
    let officers = serving(pengurus, asOf: asOf)
    var members = Set<String>(), cards = Set<String>()
    let memberCol = pengurus.column("no_anggota"), cardCol = pengurus.column("no_kk")
    for r in officers {
      if let m = memberCol?.string(at: r)?.trimmingSpaces(), !m.isEmpty { members.insert(m) }
      if let k = cardCol?.string(at: r)?.trimmingSpaces(), !k.isEmpty { cards.insert(k) }
    }
    var insiders = members
    if let anggota, let ids = anggota.column("no_anggota"), let kk = anggota.column("no_kk") {
      // Officers' own family cards from the member register …
      let officerIndex = KeyIndex(strings: Array(members))
      if let rows = officerIndex.resolve(ids) {
        for r in 0..<rows.count where rows[r] >= 0 {
          if let k = kk.string(at: r)?.trimmingSpaces(), !k.isEmpty { cards.insert(k) }
        }
      }
      // … then every member holding one of those cards.
      let cardIndex = KeyIndex(strings: Array(cards))
      if !cards.isEmpty, let hits = cardIndex.resolve(kk) {
        for r in 0..<hits.count where hits[r] >= 0 {
          if let m = ids.string(at: r)?.trimmingSpaces(), !m.isEmpty { insiders.insert(m) }
        }
      }
    }
    let n = pinjaman.rowCount
    if insiders.isEmpty { return ContiguousArray(repeating: false, count: n) }
    if let found = borrowers ?? BorrowerRows(pinjaman: pinjaman, anggota: anggota),
      let flags = flags(borrower, insiders, found)
    {
      return flags
    }
    guard let hits = KeyIndex(strings: Array(insiders)).resolve(borrower) else { return nil }
    return ContiguousArray(hits.lazy.map { $0 >= 0 })
  }

  /// The flags through the member register: borrowers and insiders are both
  /// looked up in the index of `anggota.no_anggota` (its keys in order need
  /// no hashing, and the loader codes a borrower column by member row, so
  /// hundreds of thousands of member numbers are not hashed again), and a
  /// borrower is an insider when both land on the same member. Borrowers
  /// missing from the register are compared by text.
  private static func flags(_ borrower: Column, _ insiders: Set<String>, _ found: BorrowerRows)
    -> ContiguousArray<Bool>?
  {
    let rows = found.rows
    guard let insiderRows = found.index.resolve(Column(name: "", type: .string, storage: .text(Utf8Strings(insiders))))
    else { return nil }
    var isInsider = ContiguousArray<Bool>(repeating: false, count: found.registerRows)
    for r in insiderRows where r >= 0 { isInsider[Int(r)] = true }
    return ContiguousArray((0..<rows.count).lazy.map { i in
      let r = Int(rows[i])
      if r >= 0 { return isInsider[r] }
      return borrower.string(at: i).map { insiders.contains($0) } ?? false
    })
  }

  /// The rows of officers serving at `asOf`.
  static func serving(_ t: Table, asOf: Day) -> [Int] {
    let organ = t.codeColumn("organ") { organs.contains(Table.normalize($0)) ? 1 : 0 }
    let mulai = t.dayColumn("mulai"), selesai = t.dayColumn("selesai")
    return (0..<t.rowCount).filter { r in
      if let organ, organ[r] == 0 { return false }
      if let mulai, !(mulai.nulls?[r] ?? false), mulai.values[r] > asOf.serial { return false }
      if let selesai, !(selesai.nulls?[r] ?? false), selesai.values[r] < asOf.serial { return false }
      return true
    }
  }
}

/// Each loan's borrower row in the member register, with the register's
/// index: made once for the insider flags and the reconciliation.
struct BorrowerRows: Sendable {
  let index: KeyIndex
  /// Per `pinjaman` row, the row of its `no_anggota` in `anggota` (-1 unknown).
  let rows: ContiguousArray<Int32>
  /// The rows of `anggota`.
  let registerRows: Int

  /// Nil without `pinjaman.no_anggota` or `anggota.no_anggota` as text.
  init?(pinjaman: Table?, anggota: Table?) {
    guard let borrower = pinjaman?.column("no_anggota"), let register = anggota?.column("no_anggota"),
      let index = KeyIndex(column: register), let rows = index.resolve(borrower)
    else { return nil }
    self.index = index
    self.rows = rows
    registerRows = register.count
  }
}

import AwasPluginKit

/// Where a loan stands at the as-of date.
enum LoanState: UInt8, Sendable {
  /// Disbursed, not written off, outstanding > 0: in the portfolio.
  case active = 0
  /// Repaid (outstanding 0).
  case closed = 1
  /// `status = hapus_buku`: out of the outstanding, reported apart.
  case writtenOff = 2
  /// Disbursed after the as-of date.
  case notDisbursed = 3
  /// Outstanding unknown (the loan engine could not compute it).
  case unknown = 4
}

/// The loans of `pinjaman` as typed arrays, read once per command: the
/// derived columns of the loan engine (`sisa`, `dpd`, `kolektibilitas`…) and
/// the inputs the risk figures need. Row `i` is row `i` of `pinjaman`.
struct Portfolio: Sendable {
  let table: Table
  let asOf: Day
  let count: Int
  /// Outstanding principal in sen (0 where unknown).
  let sisa: ContiguousArray<Int64>
  /// Days past due (0 where unknown; see `aged`).
  let dpd: ContiguousArray<Int64>
  /// Whether dpd is known.
  let aged: Bitset
  /// `LoanClass.rawValue`, 0 where unknown.
  let klass: ContiguousArray<UInt8>
  /// The booked class (`kolektibilitas_tercatat`), 0 where none; nil without the column.
  let booked: ContiguousArray<UInt8>?
  /// Collateral value in sen (0 where none).
  let collateral: ContiguousArray<Int64>
  let state: ContiguousArray<UInt8>
  let restructured: Bitset
  /// `orang_dalam`, nil without the column.
  let insider: Bitset?
  let scheme: CollectibilityScheme

  /// The columns every risk command needs.
  static let required = ["no_pinjaman", "sisa", "dpd"]

  init(_ dataset: Dataset, scheme: CollectibilityScheme) throws {
    let t = try Self.pinjaman(dataset)
    table = t
    asOf = dataset.asOf
    self.scheme = scheme
    let n = t.rowCount
    count = n
    let sisaCol = try Self.int64Column(t, "sisa")
    let dpdCol = try Self.int64Column(t, "dpd")
    sisa = sisaCol.values
    dpd = dpdCol.values
    var agedBits = Bitset(count: n)
    for i in 0..<n where !(dpdCol.nulls?[i] ?? false) { agedBits[i] = true }
    aged = agedBits
    collateral = Self.nonNegative(t.column("nilai_jaminan"), n)
    restructured = Self.flags(t.column("restrukturisasi"), n)
    insider = t.column("orang_dalam").map { Self.flags($0, n) }
    booked = t.column("kolektibilitas_tercatat").map { ClassReading.codes($0) }

    state = Self.states(t, asOf: dataset.asOf, sisa: sisaCol)

    switch scheme {
    case .cooperative:
      guard let k = t.column("kolektibilitas") else { throw UserError.missingColumn("kolektibilitas", table: t) }
      klass = ClassReading.codes(k)
    case .bank:
      var codes = ContiguousArray<UInt8>(repeating: 0, count: n)
      for i in 0..<n where agedBits[i] { codes[i] = BankRulesPBI2005.classify(dpd: dpd[i]).rawValue }
      klass = codes
    }
  }

  @inline(__always) func isActive(_ i: Int) -> Bool { state[i] == LoanState.active.rawValue }

  /// The loan number of row `i`.
  func id(_ i: Int) -> String { table.column("no_pinjaman")?.string(at: i) ?? "#\(i + 1)" }

  /// The `pinjaman` table, or a user error naming what is missing.
  static func pinjaman(_ dataset: Dataset) throws -> Table {
    guard let t = dataset.table("pinjaman") else { throw UserError.missingTable("pinjaman", in: dataset) }
    for c in required where t.column(c) == nil {
      var e = UserError.missingColumn(c, table: t)
      if c != "no_pinjaman" {
        e.hint = Text(
          "Kolom `\(c)` dihitung mesin pinjaman saat dataset dibuka (sisa, dpd, kolektibilitas); periksa `angsuran.csv`.",
          en: "The loan engine computes `\(c)` when the dataset is opened (sisa, dpd, kolektibilitas); check `angsuran.csv`.")
      }
      throw e
    }
    return t
  }

  static func int64Column(_ t: Table, _ name: String) throws -> (values: ContiguousArray<Int64>, nulls: Bitset?) {
    guard let c = t.column(name) else { throw UserError.missingColumn(name, table: t) }
    guard let v = c.int64s else {
      throw UserError(
        Text("Kolom `\(t.name).\(name)` harus berupa angka, bukan \(c.type.label.id).", en: "Column `\(t.name).\(name)` must be a number, not \(c.type.label.en)."),
        argument: name)
    }
    return (v, c.nulls)
  }

  /// A money column with nulls and negatives read as 0 (copied only when needed).
  static func nonNegative(_ c: Column?, _ n: Int) -> ContiguousArray<Int64> {
    guard let c, let values = c.int64s else { return ContiguousArray(repeating: 0, count: n) }
    if c.nulls == nil && !values.contains(where: { $0 < 0 }) { return values }
    var out = values
    for i in 0..<n where c.isNull(i) || out[i] < 0 { out[i] = 0 }
    return out
  }

  /// A yes/no column (bool, or text `ya`/`tidak`) as bits; all clear without it.
  static func flags(_ c: Column?, _ n: Int) -> Bitset {
    var out = Bitset(count: n)
    guard let c else { return out }
    if let b = c.bools {
      for i in 0..<n where b[i] && !c.isNull(i) { out[i] = true }
      return out
    }
    return ClassReading.mapText(c, n, into: &out) { YesNo.parse($0) == true }
  }

  /// Each loan's ``LoanState`` at `asOf`. `status = hapus_buku` is the
  /// status at the reporting date (the dataset has no write-off date) and
  /// applies at every date.
  static func states(
    _ t: Table, asOf: Day, sisa: (values: ContiguousArray<Int64>, nulls: Bitset?)
  ) -> ContiguousArray<UInt8> {
    let n = t.rowCount
    let writtenOff = Self.writtenOff(t.column("status"), n)
    let cair = t.column("tanggal_cair")
    let cairDays = cair?.days
    var st = ContiguousArray<UInt8>(repeating: LoanState.active.rawValue, count: n)
    let asOfSerial = asOf.serial
    for i in 0..<n {
      if writtenOff[i] {
        st[i] = LoanState.writtenOff.rawValue
      } else if let d = cairDays, !(cair?.isNull(i) ?? true), d[i] > asOfSerial {
        st[i] = LoanState.notDisbursed.rawValue
      } else if sisa.nulls?[i] ?? false {
        st[i] = LoanState.unknown.rawValue
      } else if sisa.values[i] <= 0 {
        st[i] = LoanState.closed.rawValue
      }
    }
    return st
  }

  /// `status = hapus_buku` (any spelling) as bits.
  static func writtenOff(_ c: Column?, _ n: Int) -> Bitset {
    var out = Bitset(count: n)
    guard let c else { return out }
    return ClassReading.mapText(c, n, into: &out) { s in
      let k = Table.normalize(s).replacing("_", with: "")
      return ["hapusbuku", "dihapusbukukan", "writeoff", "writtenoff"].contains(k)
    }
  }
}

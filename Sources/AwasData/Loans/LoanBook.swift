/// The loan ledger prepared once for computing loan figures at any as-of date.
///
/// Built from a dataset's `pinjaman` and `angsuran`: every repayment is matched
/// to its loan once and each loan's schedule terms are fixed. With the
/// ``Layout/grouped`` layout (the default), repayments are also grouped per
/// loan, sorted by date, with running totals of principal and interest, so
/// ``status(asOf:rules:)`` costs O(log r + k) per loan (r its repayments, k its
/// installments due, k only for non-flat loans). No schedule is materialised.
///
///     let book = LoanBook(dataset)
///     for date in monthEnds { let s = book?.status(asOf: date, rules: rules) … }
public struct LoanBook: Sendable {
  /// How repayments are kept.
  public enum Layout: Sendable {
    /// Grouped per loan with running totals (about 20 bytes per repayment):
    /// for many as-of dates.
    case grouped
    /// As listed; each status reads them all once: for one or two as-of dates.
    case scan
  }

  /// The number of loans (rows of `pinjaman`, in order).
  public let count: Int
  /// Whether repayments were available (`angsuran` with `no_pinjaman`,
  /// `tanggal` and `pokok`). Without them no payment-dependent figure is known.
  public let hasRepayments: Bool
  /// Whether `angsuran` has `jasa`, so interest arrears are known.
  public let hasInterestPaid: Bool
  /// Repayments that name no known loan (or have no date); they are left out.
  public let unmatchedRepayments: Int

  let cair: FixedBuffer<Int32>
  let due: FixedBuffer<DueDates>
  let plafon: FixedBuffer<Int64>
  let collateral: FixedBuffer<Int64>
  let terms: FixedBuffer<LoanTerms>
  let writtenOff: FixedBuffer<Bool>
  let writtenOffMask: Bitset
  /// The repayments, one of the two by layout (neither without repayments).
  let groups: RepaymentGroups?
  let rows: RepaymentRows?
  /// The distinct loan numbers, and each loan's position among them (-1: none).
  let loanKeys: Utf8Strings
  let loanPosition: ContiguousArray<Int32>

  /// Prepares `dataset`'s loans; nil when it has no `pinjaman` table.
  /// - Parameter layout: ``Layout/grouped`` for many as-of dates,
  ///   ``Layout/scan`` for one or two.
  /// - Complexity: O(loans + repayments), in parallel where it helps.
  public init?(_ dataset: Dataset, layout: Layout = .grouped) {
    guard let pinjaman = dataset.table("pinjaman") else { return nil }
    self.init(pinjaman: pinjaman, angsuran: dataset.table("angsuran"), layout: layout)
  }

  init(pinjaman: Table, angsuran: Table?, layout: Layout = .grouped) {
    let n = pinjaman.rowCount
    count = n
    let loans = LoanColumns(pinjaman)
    cair = loans.cair
    due = loans.due
    plafon = loans.plafon
    collateral = loans.collateral
    terms = loans.terms
    writtenOff = loans.writtenOff
    var mask = Bitset(count: n)
    for i in 0..<n where loans.writtenOff[i] { mask[i] = true }
    writtenOffMask = mask
    let index = pinjaman.column("no_pinjaman").flatMap { KeyIndex(column: $0) }
    loanKeys = index?.keys ?? Utf8Strings()
    loanPosition = pinjaman.column("no_pinjaman").flatMap { index?.ownPositions($0) }
      ?? ContiguousArray(repeating: -1, count: n)
    let repayments = index.flatMap { index in angsuran.flatMap { RepaymentRows(angsuran: $0, index: index) } }
    hasRepayments = repayments != nil
    hasInterestPaid = repayments?.hasInterest ?? false
    unmatchedRepayments = repayments?.unmatched ?? 0
    switch layout {
    case .grouped:
      groups = repayments.map { RepaymentGroups($0, loans: n) }
      rows = nil
    case .scan:
      groups = nil
      rows = repayments
    }
  }

  /// Whether loan `i` was written off (`status = hapus_buku`).
  public func isWrittenOff(_ i: Int) -> Bool { writtenOff[i] }

  /// Loan `i`'s disbursement date, if known.
  public func disbursed(_ i: Int) -> Day? { cair[i] == .min ? nil : Day(serial: cair[i]) }

  /// Loan `i`'s collateral value (zero when none).
  public func collateralValue(_ i: Int) -> Money { Money(sen: collateral[i]) }
}

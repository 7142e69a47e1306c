/// The loan ledger prepared once for computing loan figures at any as-of date.
///
/// Built from a dataset's `pinjaman` and `angsuran`: every repayment is matched
/// to its loan once, repayments are grouped per loan (sorted by date, with
/// running totals of principal and interest), and each loan's schedule terms
/// are fixed. ``status(asOf:rules:)`` then costs O(log r + k) per loan (r its
/// repayments, k its installments due, k only for non-flat loans) and no
/// schedule is materialised.
///
///     let book = LoanBook(dataset)
///     for date in monthEnds { let s = book?.status(asOf: date, rules: rules) … }
public struct LoanBook: Sendable {
  /// The number of loans (rows of `pinjaman`, in order).
  public let count: Int
  /// Whether repayments were available (`angsuran` with `no_pinjaman`,
  /// `tanggal` and `pokok`). Without them no payment-dependent figure is known.
  public let hasRepayments: Bool
  /// Whether `angsuran` has `jasa`, so interest arrears are known.
  public let hasInterestPaid: Bool
  /// Repayments that name no known loan (or have no date); they are left out.
  public let unmatchedRepayments: Int

  /// Disbursement day serials; `Int32.min` when unknown.
  let cair: ContiguousArray<Int32>
  let due: ContiguousArray<DueDates>
  /// Plafon in sen; -1 when unknown.
  let plafon: ContiguousArray<Int64>
  /// Collateral in sen; 0 when none or unknown.
  let collateral: ContiguousArray<Int64>
  /// Schedule terms; `tenor == 0` marks a loan that cannot be scheduled.
  let terms: ContiguousArray<LoanTerms>
  let writtenOffMask: Bitset

  /// Repayments of loan i are positions payStart[i]..<payStart[i+1].
  let payStart: ContiguousArray<Int>
  let payDate: ContiguousArray<Int32>
  /// Running totals, per loan, of principal / interest paid (sen).
  let paidPokok: ContiguousArray<Int64>
  let paidJasa: ContiguousArray<Int64>

  /// Prepares `dataset`'s loans; nil when it has no `pinjaman` table.
  /// - Complexity: O(loans + repayments), in parallel where it helps.
  public init?(_ dataset: Dataset) {
    guard let pinjaman = dataset.table("pinjaman") else { return nil }
    self.init(pinjaman: pinjaman, angsuran: dataset.table("angsuran"))
  }

  init(pinjaman: Table, angsuran: Table?) {
    let n = pinjaman.rowCount
    count = n
    let loans = LoanColumns(pinjaman)
    cair = loans.cair
    plafon = loans.plafon
    collateral = loans.collateral
    writtenOffMask = loans.writtenOff
    due = loans.due
    terms = loans.terms

    let repayments = angsuran.flatMap { RepaymentGroups(angsuran: $0, pinjaman: pinjaman, loans: n) }
    hasRepayments = repayments != nil
    hasInterestPaid = repayments?.hasInterest ?? false
    unmatchedRepayments = repayments?.unmatched ?? 0
    payStart = repayments?.start ?? ContiguousArray(repeating: 0, count: n + 1)
    payDate = repayments?.date ?? []
    paidPokok = repayments?.pokok ?? []
    paidJasa = repayments?.jasa ?? []
  }

  /// Whether loan `i` was written off (`status = hapus_buku`).
  public func isWrittenOff(_ i: Int) -> Bool { writtenOffMask[i] }

  /// Loan `i`'s disbursement date, if known.
  public func disbursed(_ i: Int) -> Day? { cair[i] == .min ? nil : Day(serial: cair[i]) }

  /// Loan `i`'s collateral value (zero when none).
  public func collateralValue(_ i: Int) -> Money { Money(sen: collateral[i]) }
}

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

  let cair: FixedBuffer<Int32>
  let due: FixedBuffer<DueDates>
  let plafon: FixedBuffer<Int64>
  let collateral: FixedBuffer<Int64>
  let terms: FixedBuffer<LoanTerms>
  let writtenOff: FixedBuffer<Bool>
  let writtenOffMask: Bitset
  /// Repayments of loan i are positions payStart[i]..<payStart[i+1].
  let payStart: FixedBuffer<Int>
  let payDate: FixedBuffer<Int32>
  /// Running totals, per loan, of principal / interest paid (sen).
  let paidPokok: FixedBuffer<Int64>
  let paidJasa: FixedBuffer<Int64>
  /// The distinct loan numbers, and each loan's position among them (-1: none).
  let loanKeys: Utf8Strings
  let loanPosition: ContiguousArray<Int32>

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
    loanPosition = pinjaman.column("no_pinjaman").flatMap { index?.resolve($0, positions: true) }
      ?? ContiguousArray(repeating: -1, count: n)
    let repayments = index.flatMap { index in
      angsuran.flatMap { RepaymentGroups(angsuran: $0, index: index, loans: n) }
    }
    hasRepayments = repayments != nil
    hasInterestPaid = repayments?.hasInterest ?? false
    unmatchedRepayments = repayments?.unmatched ?? 0
    payStart = repayments?.start ?? FixedBuffer(repeating: 0, count: n + 1)
    payDate = repayments?.date ?? FixedBuffer(repeating: 0, count: 0)
    paidPokok = repayments?.pokok ?? FixedBuffer(repeating: 0, count: 0)
    paidJasa = repayments?.jasa ?? FixedBuffer(repeating: 0, count: 0)
  }

  /// Whether loan `i` was written off (`status = hapus_buku`).
  public func isWrittenOff(_ i: Int) -> Bool { writtenOff[i] }

  /// Loan `i`'s disbursement date, if known.
  public func disbursed(_ i: Int) -> Day? { cair[i] == .min ? nil : Day(serial: cair[i]) }

  /// Loan `i`'s collateral value (zero when none).
  public func collateralValue(_ i: Int) -> Money { Money(sen: collateral[i]) }
}

/// Every loan's figures at one as-of date: one typed array per figure, indexed
/// like the rows of `pinjaman`. Amounts are sen.
///
/// A figure that is unknown for a loan holds 0 and is marked in the masks:
/// ``notDisbursed`` (disbursed after the as-of date or on no known date: every
/// figure unknown), ``unknownSisa`` (also: no plafon), ``unaged`` (also: no
/// usable schedule: `dpd`, arrears and class unknown, except a written-off
/// loan's class).
public struct LoanStatus: Sendable {
  /// The date the figures refer to.
  public let asOf: Day
  /// The rule set that classified the loans.
  public let rules: CollectibilityRules
  /// The number of loans.
  public var count: Int { sisa.count }

  /// Principal paid on or before the as-of date.
  public let pokokDibayar: ContiguousArray<Int64>
  /// Outstanding principal: plafon − principal paid, never below 0.
  public let sisa: ContiguousArray<Int64>
  /// Principal due on or before the as-of date, less principal paid, ≥ 0.
  public let tunggakanPokok: ContiguousArray<Int64>
  /// Interest due on or before the as-of date, less interest paid, ≥ 0
  /// (unknown for every loan when the repayments have no `jasa`).
  public let tunggakanJasa: ContiguousArray<Int64>
  /// Days from the due date of the oldest installment not covered by the
  /// principal paid, to the as-of date; 0 when nothing is overdue.
  public let dpd: ContiguousArray<Int64>
  /// ``Kolektibilitas`` raw values; 0 when unknown.
  public let kolektibilitasCodes: ContiguousArray<UInt8>
  /// Collateral value below the outstanding principal (no collateral counts as 0).
  public let berisiko: ContiguousArray<Bool>

  /// Loans not disbursed by the as-of date (or with no `tanggal_cair`).
  public let notDisbursed: Bitset
  /// Loans whose `sisa` is unknown: not disbursed, or no `plafon`.
  public let unknownSisa: Bitset
  /// Loans whose `dpd`, arrears and class are unknown: the above, or no
  /// usable schedule.
  public let unaged: Bitset
  /// Loans written off (`status = hapus_buku`): figures computed as for any
  /// loan, class set by the rules (macet by default).
  public let writtenOff: Bitset
  /// Whether interest arrears are known (the repayments have `jasa`).
  public let hasInterestArrears: Bool

  /// The class of loan `i`, if known.
  public func kolektibilitas(_ i: Int) -> Kolektibilitas? {
    Kolektibilitas(rawValue: kolektibilitasCodes[i])
  }

  /// Whether loan `i` counts in the outstanding portfolio: disbursed, not
  /// written off, and with principal outstanding.
  public func isOutstanding(_ i: Int) -> Bool {
    !unknownSisa[i] && !writtenOff[i] && sisa[i] > 0
  }

  init(
    asOf: Day, rules: CollectibilityRules, figures: [ContiguousArray<Int64>],
    codes: ContiguousArray<UInt8>, states: ContiguousArray<UInt8>, berisiko: ContiguousArray<Bool>,
    writtenOff: Bitset, hasInterestArrears: Bool
  ) {
    self.asOf = asOf
    self.rules = rules
    pokokDibayar = figures[0]
    sisa = figures[1]
    tunggakanPokok = figures[2]
    tunggakanJasa = figures[3]
    dpd = figures[4]
    kolektibilitasCodes = codes
    self.berisiko = berisiko
    self.writtenOff = writtenOff
    self.hasInterestArrears = hasInterestArrears
    var notDisbursed = Bitset(count: states.count)
    var unknownSisa = Bitset(count: states.count)
    var unaged = Bitset(count: states.count)
    for i in 0..<states.count where states[i] != LoanState.aged {
      let s = states[i]
      unaged[i] = true
      if s >= LoanState.unknownSisa { unknownSisa[i] = true }
      if s == LoanState.notDisbursed { notDisbursed[i] = true }
    }
    self.notDisbursed = notDisbursed
    self.unknownSisa = unknownSisa
    self.unaged = unaged
  }
}

/// How much is known about a loan at an as-of date (each state knows less).
enum LoanState {
  static let aged: UInt8 = 0
  static let unaged: UInt8 = 1
  static let unknownSisa: UInt8 = 2
  static let notDisbursed: UInt8 = 3
}

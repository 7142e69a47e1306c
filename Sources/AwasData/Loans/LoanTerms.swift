/// How a loan's installments are computed (`metode` in pinjaman.csv).
public enum Metode: UInt8, Sendable, CaseIterable {
  /// Equal principal; interest on the original amount every month.
  case flat = 1
  /// Equal total installments; interest on the outstanding balance.
  case anuitas = 2
  /// Equal principal; interest on the outstanding balance (declining balance).
  case menurun = 3

  /// The value as written in the dataset.
  public var code: String {
    switch self {
    case .flat: return "flat"
    case .anuitas: return "anuitas"
    case .menurun: return "menurun"
    }
  }

  /// Reads `flat`, `anuitas`, `menurun` (case and spacing ignored) and common
  /// synonyms: `tetap`; `annuity`; `efektif`, `sliding`, `declining`.
  public init?(text: String) {
    switch Table.normalize(text) {
    case "flat", "tetap": self = .flat
    case "anuitas", "annuity", "anuity": self = .anuitas
    case "menurun", "efektif", "efektif_menurun", "sliding", "declining", "saldo_menurun":
      self = .menurun
    default: return nil
    }
  }
}

/// The terms that fix one loan's schedule, in sen. Built only for loans that can
/// be scheduled (positive amount, tenor ≥ 1, a known method, a plausible rate).
struct LoanTerms: Sendable {
  var plafon: Int64
  /// The principal of every installment but the last (flat, menurun, and
  /// anuitas at rate 0): plafon / tenor rounded down to whole rupiah.
  var share: Int64
  /// Anuitas: the fixed total installment, in whole rupiah (sen multiple of 100);
  /// 0 when the loan repays equal principal instead.
  var installment: Int64
  // Narrow fields last keep the stride at 32 bytes (1M loans: 32 MB).
  private var rateUnits: Int32
  private var months: Int16
  var metode: Metode

  /// Monthly rate in 1/10,000 percent.
  var rate: Int64 { Int64(rateUnits) }
  /// Installments; 0 for a loan that cannot be scheduled.
  var tenor: Int32 { Int32(months) }

  init?(metode: Metode, plafon: Int64, tenor: Int, rate: Int64) {
    guard plafon > 0, tenor >= 1, tenor <= 1200, rate >= 0, rate <= 1_000_000 else { return nil }
    self.metode = metode
    self.plafon = plafon
    months = Int16(tenor)
    rateUnits = Int32(rate)
    share = RupiahMath.floorRupiah(plafon / Int64(tenor))
    installment = 0
    if metode == .anuitas && rate > 0 {
      let r = Double(rate) / 1_000_000
      let a = Double(plafon) * r / (1 - pow1p(r, -tenor))
      guard a.isFinite, a > 0, a < 9e17 else { return nil }
      installment = Int64((a / 100).rounded(.toNearestOrAwayFromZero)) * 100
    }
  }

  /// A loan that cannot be scheduled (`tenor == 0`).
  init(unschedulable: Void) {
    metode = .flat
    plafon = 0
    months = 0
    rateUnits = 0
    share = 0
    installment = 0
  }

  /// Whether principal comes in equal shares (closed forms apply).
  var equalPrincipal: Bool { installment == 0 }

  /// Principal due by the end of installment `k` (0…tenor), equal-share loans only.
  @inline(__always)
  func equalPrincipalDue(_ k: Int) -> Int64 {
    k >= Int(tenor) ? plafon : Int64(k) * share
  }

  /// The first installment (1-based) whose cumulative principal exceeds `paid`,
  /// equal-share loans only; nil when `paid` covers the whole loan.
  @inline(__always)
  func equalFirstUncovered(paid: Int64) -> Int? {
    if paid >= plafon { return nil }
    if share == 0 { return Int(tenor) }
    let q = paid / share + 1
    return q >= Int64(tenor) ? Int(tenor) : Int(q)
  }
}

/// (1 + r)^n for a small monthly rate r and integer n.
private func pow1p(_ r: Double, _ n: Int) -> Double {
  var result = 1.0, base = 1 + r, e = abs(n)
  while e > 0 {
    if e & 1 == 1 { result *= base }
    base *= base
    e >>= 1
  }
  return n < 0 ? 1 / result : result
}

/// Walks one loan's installments in order: principal and interest of each.
struct ScheduleStepper {
  let terms: LoanTerms
  /// Installments produced so far.
  private(set) var k = 0
  /// Principal still unpaid after installment `k`.
  private(set) var balance: Int64
  let flatInterest: Int64

  init(_ terms: LoanTerms) {
    self.terms = terms
    balance = terms.plafon
    flatInterest = terms.metode == .flat ? RupiahMath.interest(balance: terms.plafon, rate: terms.rate) : 0
  }

  /// The next installment's principal and interest (call at most `tenor` times).
  @inline(__always)
  mutating func next() -> (principal: Int64, interest: Int64) {
    k += 1
    let interest: Int64
    switch terms.metode {
    case .flat: interest = flatInterest
    case .anuitas, .menurun: interest = RupiahMath.interest(balance: balance, rate: terms.rate)
    }
    var principal: Int64
    if k >= Int(terms.tenor) {
      principal = balance
    } else if terms.installment > 0 {
      principal = min(max(terms.installment - interest, 0), balance)
    } else {
      principal = min(terms.share, balance)
    }
    balance -= principal
    return (principal, interest)
  }
}

/// A loan's installment schedule as the demo generator computes it, in whole
/// rupiah (docs/demo.md, "Schedules and payments"):
///
/// - installment k falls due on the disbursement date plus k months, clamped to
///   the month's end (``Day/adding(months:)``);
/// - `flat` and `menurun`: principal ⌊plafon / tenor⌋, the last installment takes
///   the remainder; interest (jasa) is plafon × rate (flat) or the outstanding
///   principal before the installment × rate (menurun), rounded half up;
/// - `anuitas`: a constant installment A = round(P·r / (1 − (1 + r)^−n)), interest
///   round(outstanding × r), principal A − interest, the last takes the remainder.
///
/// Borrowers pay principal by *targets*: after installment k the cumulative
/// principal paid is the scheduled cumulative principal plus Rp 100, rounded up
/// to a multiple of Rp 1.000 (never above the plafon; the last target is the
/// plafon). Being a little ahead keeps a loan paid on schedule current under
/// any rounding of the official schedule (sen or rupiah), so days past due
/// depend only on the planted arrears.
struct DemoSchedule {
  var due: [Int32] = []
  var principal: [Int64] = []
  var interest: [Int64] = []
  /// Cumulative principal a punctual borrower has paid after each installment.
  var target: [Int64] = []

  /// 10^(k/1000) for k in 0…2000, by repeated multiplication (no libm, so the
  /// same on every platform).
  static let powers: [Double] = {
    var p = [Double](repeating: 1, count: 2001)
    for k in 1...2000 { p[k] = p[k - 1] * 1.002_305_238_077_899_7 }
    return p
  }()

  mutating func compute(_ loan: DemoLoan) {
    let n = Int(loan.tenor)
    let p = loan.plafon
    let bp = Int64(loan.rateBP)
    due.removeAll(keepingCapacity: true)
    principal.removeAll(keepingCapacity: true)
    interest.removeAll(keepingCapacity: true)
    target.removeAll(keepingCapacity: true)
    let start = Day(serial: loan.date)
    for k in 1...n { due.append(start.adding(months: k).serial) }
    var balance = p
    switch loan.method {
    case .flat, .menurun:
      let share = p / Int64(n)
      for k in 1...n {
        let pr = k == n ? balance : share
        let base = loan.method == .flat ? p : balance
        interest.append(Self.rate(base, bp))
        principal.append(pr)
        balance -= pr
      }
    case .anuitas:
      let r = Double(bp) / 10_000
      var q = 1.0
      for _ in 0..<n { q *= 1 + r }
      let a = Int64((Double(p) * r * q / (q - 1)).rounded())
      for k in 1...n {
        let i = Self.rate(balance, bp)
        let pr = k == n ? balance : min(balance, max(0, a - i))
        interest.append(i)
        principal.append(pr)
        balance -= pr
      }
    }
    var cumulative: Int64 = 0
    for k in 0..<n {
      cumulative += principal[k]
      target.append(k == n - 1 ? p : min(p, (cumulative + 100 + 999) / 1000 * 1000))
    }
  }

  /// `amount` × `bp` / 10 000, rounded half up (amounts are never negative).
  static func rate(_ amount: Int64, _ bp: Int64) -> Int64 {
    (amount * bp + 5_000) / 10_000
  }

  /// The principal a punctual borrower pays with installment `k` (0-based).
  func payment(_ k: Int) -> Int64 {
    target[k] - (k > 0 ? target[k - 1] : 0)
  }
}

import AwasPluginKit

/// Portfolio-at-risk sums of a set of active loans (docs/reference.md §1):
/// PARn = outstanding of loans more than n days past due (restructured loans
/// included) / gross outstanding; NPL = outstanding of KL + D + M / gross
/// outstanding (unweighted).
struct ParTotals: Sendable {
  var loans: Int64 = 0
  var outstanding: Int64 = 0
  var par1Loans: Int64 = 0
  var par1: Int64 = 0
  var par30Loans: Int64 = 0
  var par30: Int64 = 0
  var par90Loans: Int64 = 0
  var par90: Int64 = 0
  var nplLoans: Int64 = 0
  var npl: Int64 = 0
  var restructuredLoans: Int64 = 0
  var restructured: Int64 = 0
  /// Active loans whose dpd is unknown (counted in the denominator only).
  var unaged: Int64 = 0
  /// Active loans with no class.
  var unclassified: Int64 = 0

  /// Adds active loan `i` of `p`.
  @inline(__always)
  mutating func add(_ p: Portfolio, _ i: Int) {
    let s = p.sisa[i]
    loans += 1
    outstanding = Money.sum(outstanding, s)
    if p.aged[i] {
      let d = p.dpd[i]
      if d > 0 { par1Loans += 1; par1 = Money.sum(par1, s) }
      if d > 30 { par30Loans += 1; par30 = Money.sum(par30, s) }
      if d > 90 { par90Loans += 1; par90 = Money.sum(par90, s) }
    } else {
      unaged += 1
    }
    let k = p.klass[i]
    if k >= LoanClass.kurangLancar.rawValue { nplLoans += 1; npl = Money.sum(npl, s) } else if k == 0 { unclassified += 1 }
    if p.restructured[i] { restructuredLoans += 1; restructured = Money.sum(restructured, s) }
  }

  mutating func add(_ o: ParTotals) {
    loans += o.loans; outstanding = Money.sum(outstanding, o.outstanding)
    par1Loans += o.par1Loans; par1 = Money.sum(par1, o.par1)
    par30Loans += o.par30Loans; par30 = Money.sum(par30, o.par30)
    par90Loans += o.par90Loans; par90 = Money.sum(par90, o.par90)
    nplLoans += o.nplLoans; npl = Money.sum(npl, o.npl)
    restructuredLoans += o.restructuredLoans; restructured = Money.sum(restructured, o.restructured)
    unaged += o.unaged; unclassified += o.unclassified
  }

  var par1Ratio: Double? { RiskMath.ratio(par1, outstanding) }
  var par30Ratio: Double? { RiskMath.ratio(par30, outstanding) }
  var par90Ratio: Double? { RiskMath.ratio(par90, outstanding) }
  var nplRatio: Double? { RiskMath.ratio(npl, outstanding) }

  /// Totals of every active loan, and per group when `groups` is given.
  static func compute(_ p: Portfolio, groups: GroupCodes? = nil) -> (total: ParTotals, byGroup: [ParTotals]) {
    var total = ParTotals()
    guard let groups else {
      for i in 0..<p.count where p.isActive(i) { total.add(p, i) }
      return (total, [])
    }
    // One slot per group plus one (the last) for null keys.
    var by = [ParTotals](repeating: ParTotals(), count: groups.groupCount + 1)
    let nullSlot = groups.groupCount
    for i in 0..<p.count where p.isActive(i) {
      let g = Int(groups.codes[i])
      by[g < 0 ? nullSlot : g].add(p, i)
    }
    for g in by { total.add(g) }
    return (total, by)
  }
}

import AwasPluginKit

/// Sums of the active loans of one collectibility class.
struct ClassTotals: Sendable {
  var loans: Int64 = 0
  var outstanding: Int64 = 0
  /// Σ max(0, sisa − nilai_jaminan): the exposure net of collateral.
  var netExposure: Int64 = 0

  /// Per class, indexed by `LoanClass.rawValue` (index 0: unclassified).
  static func compute(_ p: Portfolio) -> [ClassTotals] {
    var out = [ClassTotals](repeating: ClassTotals(), count: 6)
    for i in 0..<p.count where p.isActive(i) {
      let k = Int(p.klass[i])
      let s = p.sisa[i]
      out[k].loans += 1
      out[k].outstanding = Money.sum(out[k].outstanding, s)
      out[k].netExposure = Money.sum(out[k].netExposure, max(0, s - p.collateral[i]))
    }
    return out
  }
}

/// The allowance a rate set requires, per class, against the one booked.
struct ProvisionFigures: Sendable {
  let rates: PPAPRateSet
  let byClass: [ClassTotals]
  /// `penyisihan_piutang` in the balance sheet, nil without it.
  let booked: Int64?

  /// The base the rate of `k` applies to: outstanding, or net of collateral.
  func base(_ k: LoanClass) -> Int64 {
    let t = byClass[Int(k.rawValue)]
    return rates.netOfCollateral.contains(k) ? t.netExposure : t.outstanding
  }

  /// rate × base, rounded once, half up, to whole sen.
  func required(_ k: LoanClass) -> Int64 { RiskMath.mulDiv(base(k), rates.rate(k), 10_000) }

  var totalRequired: Int64 { LoanClass.allCases.reduce(0) { Money.sum($0, required($1)) } }

  /// Required − booked when positive; nil without a booked figure.
  var shortfall: Int64? { booked.map { max(0, Money.difference(totalRequired, $0)) } }

  /// Outstanding of active loans with no class (no rate applies).
  var unclassified: ClassTotals { byClass[0] }
}

/// Loss-allowance (PPAP, penyisihan penghapusan aset produktif) rates per
/// collectibility class, read with the rule set they belong to.
///
/// The required allowance of a loan is its rate times its base: the outstanding
/// principal, less the collateral value for the classes in ``netOfCollateral``
/// (never below zero). Amounts are rounded half up to whole sen.
public struct ProvisioningRates: Sendable, Hashable {
  /// The regulation or document the rates come from.
  public var source: String
  /// How the rates were read from it.
  public var basis: String
  /// Rates in basis points (0.5 % → 50), per class; a missing class is 0.
  public var basisPoints: [Kolektibilitas: Int]
  /// Classes whose rate applies to the principal net of collateral.
  public var netOfCollateral: Set<Kolektibilitas>

  public init(
    source: String, basis: String, basisPoints: [Kolektibilitas: Int],
    netOfCollateral: Set<Kolektibilitas>
  ) {
    self.source = source
    self.basis = basis
    self.basisPoints = basisPoints
    self.netOfCollateral = netOfCollateral
  }

  /// The rate of `kolektibilitas` as a fraction (0.005 for 0.5 %).
  public func rate(_ kolektibilitas: Kolektibilitas) -> Double {
    Double(basisPoints[kolektibilitas] ?? 0) / 10_000
  }

  /// The allowance required for one loan.
  /// - Parameters:
  ///   - sisa: outstanding principal.
  ///   - nilaiJaminan: collateral value (zero when none).
  /// - Returns: ⌊(base × bp + 5,000) / 10,000⌋ sen, base = sisa or max(0, sisa − nilaiJaminan).
  public func required(kolektibilitas: Kolektibilitas, sisa: Money, nilaiJaminan: Money) -> Money {
    let bp = Int64(basisPoints[kolektibilitas] ?? 0)
    var base = max(0, sisa.sen)
    if netOfCollateral.contains(kolektibilitas) { base = max(0, base - max(0, nilaiJaminan.sen)) }
    return Money(sen: RupiahMath.mulDivRoundHalfUp(base, bp, 10_000))
  }
}

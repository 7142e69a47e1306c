/// A rule set that classifies a loan from its days past due and its collateral,
/// read from a TOML rules file (`Rules/kolektibilitas.toml`; see docs/derived.md).
///
/// A loan is placed by its principal days past due (`dpd`): up to
/// ``lancarMaxDPD`` it is lancar, then dalam perhatian khusus (when the set has
/// that class), kurang lancar, and beyond ``kurangLancarMaxDPD`` either
/// diragukan or macet. Beyond ``diragukanMaxDPD`` (when set) it is macet. In
/// between, the ``collateralTest`` (when set) makes it diragukan only if the
/// collateral covers enough of the debt, and ``diragukanMaxMonths`` (when set)
/// turns a diragukan loan macet once it has been past kurang lancar that long.
public struct CollectibilityRules: Sendable, Hashable {
  /// The set's name in the rules file (`koperasi`, `bank`).
  public var name: String
  /// The set's title, from `nama_id` / `nama_en`.
  public var label: Text
  /// The regulation or document the set follows.
  public var source: String
  /// How the set was derived from its source, and how sure that is.
  public var basis: String
  /// Points that are uncertain or approximated, one per line.
  public var notes: [String]
  /// Where the set was read from: `bawaan` (built in), a file path, or `koperasi.toml`.
  public var origin: String
  /// Keys changed by the cooperative's override in koperasi.toml.
  public var overriddenKeys: [String]

  /// Lancar up to this many days past due.
  public var lancarMaxDPD: Int
  /// Nil when the set has no dalam perhatian khusus class.
  public var dalamPerhatianKhususMaxDPD: Int?
  /// Kurang lancar up to this many days past due.
  public var kurangLancarMaxDPD: Int
  /// Nil when only the collateral test and the time limit separate diragukan from macet.
  public var diragukanMaxDPD: Int?
  public var collateralTest: CollateralTest?
  /// Months a loan may stay past kurang lancar (as diragukan) before it is macet.
  public var diragukanMaxMonths: Int?
  /// The class of a written-off loan (`status = hapus_buku`).
  public var writtenOff: Kolektibilitas
  /// The loss allowance (PPAP) rates that go with the classes.
  public var provisioning: ProvisioningRates

  /// Diragukan instead of macet only when collateral ≥ `minimumPercent` % of the debt.
  public struct CollateralTest: Sendable, Hashable {
    /// The collateral needed, in percent of the debt (75).
    public var minimumPercent: Double
    /// Whether the debt includes interest in arrears (`tunggakan_jasa`) besides
    /// the outstanding principal.
    public var includeInterestArrears: Bool
    public init(minimumPercent: Double, includeInterestArrears: Bool) {
      self.minimumPercent = minimumPercent
      self.includeInterestArrears = includeInterestArrears
    }
  }

  /// The class of one loan.
  /// - Parameters:
  ///   - dpd: principal days past due at `asOf`.
  ///   - sisa: outstanding principal.
  ///   - tunggakanJasa: interest in arrears.
  ///   - nilaiJaminan: collateral value (zero when none).
  ///   - writtenOff: whether the loan was written off (`hapus_buku`).
  public func classify(
    dpd: Int, sisa: Money, tunggakanJasa: Money, nilaiJaminan: Money, writtenOff: Bool, asOf: Day
  ) -> Kolektibilitas {
    compiled.classify(
      dpd: Int64(dpd), sisa: sisa.sen, arrearsInterest: tunggakanJasa.sen,
      collateral: nilaiJaminan.sen, writtenOff: writtenOff, asOf: asOf.serial)
  }

  /// The rules in the integer form the loan engine evaluates per loan.
  var compiled: CompiledRules { CompiledRules(self) }
}

/// ``CollectibilityRules`` with thresholds as integers.
struct CompiledRules: Sendable {
  let lancar: Int64
  let dpk: Int64
  let kurangLancar: Int64
  let diragukan: Int64
  let hasCollateralTest: Bool
  /// Minimum collateral in basis points of the debt (75 % → 7,500).
  let collateralBP: Int64
  let includeInterest: Bool
  let maxMonths: Int
  let writtenOff: Kolektibilitas

  init(_ r: CollectibilityRules) {
    lancar = Int64(r.lancarMaxDPD)
    dpk = Int64(r.dalamPerhatianKhususMaxDPD ?? r.lancarMaxDPD)
    kurangLancar = Int64(r.kurangLancarMaxDPD)
    diragukan = r.diragukanMaxDPD.map(Int64.init) ?? .max
    hasCollateralTest = r.collateralTest != nil
    collateralBP = Int64(((r.collateralTest?.minimumPercent ?? 0) * 100).rounded())
    includeInterest = r.collateralTest?.includeInterestArrears ?? false
    maxMonths = r.diragukanMaxMonths ?? 0
    writtenOff = r.writtenOff
  }

  @inline(__always)
  func classify(
    dpd: Int64, sisa: Int64, arrearsInterest: Int64, collateral: Int64, writtenOff isOff: Bool,
    asOf: Int32
  ) -> Kolektibilitas {
    if isOff { return writtenOff }
    if dpd <= lancar { return .lancar }
    if dpd <= dpk { return .dalamPerhatianKhusus }
    if dpd <= kurangLancar { return .kurangLancar }
    if dpd > diragukan { return .macet }
    if hasCollateralTest {
      let debt = max(0, sisa) + (includeInterest ? max(0, arrearsInterest) : 0)
      // collateral / debt ≥ bp / 10,000, in integers.
      if !RupiahMath.productAtLeast(max(0, collateral), 10_000, debt, collateralBP) { return .macet }
    }
    if maxMonths > 0 {
      // The loan passed kurang lancar on (oldest due date) + kurangLancar + 1 days.
      let entered = Day(serial: asOf - Int32(dpd) + Int32(kurangLancar) + 1)
      if asOf >= entered.adding(months: maxMonths).serial { return .macet }
    }
    return .diragukan
  }
}

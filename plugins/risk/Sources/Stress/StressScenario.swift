import AwasPluginKit

/// A what-if shock: shares of the portfolio moved into worse classes (or past
/// 30 days), applied loan by loan so every figure is recomputed by the same
/// code as the unstressed one.
struct StressScenario: Sendable {
  enum Basis: String, Sendable {
    /// Shares of gross outstanding.
    case outstanding
    /// Shares of the number of active loans.
    case loans
  }

  /// One shock: move `share` into `target` (nil target: past 30 days, PAR30).
  struct Shock: Sendable {
    var target: LoanClass?
    var share: Double
    /// The parameter that asked for it (`--diragukan` / `--doubtful`).
    var name: Names
  }

  var shocks: [Shock]
  var basis: Basis

  /// What one shock moved.
  struct Moved: Sendable {
    var shock: Shock
    var loans: Int64
    var sen: Int64
    /// The amount asked for (in sen or loans, by basis) and whether it was reached.
    var wanted: Int64
    var reached: Bool
  }

  /// Applies the shocks in order (macet, diragukan, kurang lancar, PAR30),
  /// each taking loans from the better classes, best class first; within a
  /// class, loans are taken evenly spaced in row order until the amount is
  /// reached (overshooting by at most one loan).
  /// - Returns: the new dpd and class per loan, and what moved.
  func apply(_ p: Portfolio) -> (dpd: ContiguousArray<Int64>, klass: ContiguousArray<UInt8>, aged: Bitset, moved: [Moved]) {
    var dpd = p.dpd, klass = p.klass, aged = p.aged
    var total: Int64 = 0, active: Int64 = 0
    for i in 0..<p.count where p.isActive(i) { total = Money.sum(total, p.sisa[i]); active += 1 }
    var moved: [Moved] = []
    for shock in shocks {
      let wanted = RiskMath.mulDiv(basis == .outstanding ? total : active, RiskMath.basisPoints(shock.share), 10_000)
      var got: Int64 = 0, loans: Int64 = 0, sen: Int64 = 0
      // Source groups, best first.
      let groups: [[Int]]
      if let target = shock.target {
        groups = LoanClass.allCases.filter { $0 < target }.map { k in
          (0..<p.count).filter { p.isActive($0) && klass[$0] == k.rawValue }
        }
      } else {
        groups = LoanClass.allCases.map { k in
          (0..<p.count).filter { p.isActive($0) && klass[$0] == k.rawValue && (!aged[$0] || dpd[$0] <= 30) }
        }
      }
      outer: for rows in groups where !rows.isEmpty && got < wanted {
        let weightOf: (Int) -> Int64 = { basis == .outstanding ? p.sisa[$0] : 1 }
        let groupWeight = rows.reduce(Int64(0)) { Money.sum($0, weightOf($1)) }
        let need = wanted - got
        let step = need >= groupWeight ? 1 : max(1, Int(groupWeight / max(1, need)))
        var taken = [Bool](repeating: false, count: rows.count)
        for offset in 0..<step {
          for j in stride(from: offset, to: rows.count, by: step) where !taken[j] {
            let i = rows[j]
            taken[j] = true
            if let target = shock.target {
              klass[i] = target.rawValue
              dpd[i] = max(aged[i] ? dpd[i] : 0, Self.minimumDpd(target, p.scheme))
            } else {
              dpd[i] = max(aged[i] ? dpd[i] : 0, 31)
              if p.scheme == .bank { klass[i] = BankRulesPBI2005.classify(dpd: dpd[i]).rawValue }
            }
            aged[i] = true
            loans += 1
            sen = Money.sum(sen, p.sisa[i])
            got = Money.sum(got, weightOf(i))
            if got >= wanted { break outer }
          }
        }
      }
      moved.append(Moved(shock: shock, loans: loans, sen: sen, wanted: wanted, reached: got >= wanted))
    }
    return (dpd, klass, aged, moved)
  }

  /// The least dpd consistent with `klass`: cooperative L ≤ 90, KL 91–180,
  /// D/M > 180 (docs/reference.md §4, the researcher's reading); bank per PBI 7/2/2005.
  static func minimumDpd(_ klass: LoanClass, _ scheme: CollectibilityScheme) -> Int64 {
    switch scheme {
    case .bank: return BankRulesPBI2005.minimumDpd(klass)
    case .cooperative:
      switch klass {
      case .lancar, .dalamPerhatianKhusus: return 0
      case .kurangLancar: return 91
      case .diragukan, .macet: return 181
      }
    }
  }

  /// The dataset with the stressed `dpd` and `kolektibilitas` in `pinjaman`.
  static func stressedDataset(_ d: Dataset, _ p: Portfolio, dpd: ContiguousArray<Int64>, klass: ContiguousArray<UInt8>, aged: Bitset) -> Dataset {
    var unaged = Bitset(count: p.count)
    for i in 0..<p.count where !aged[i] { unaged[i] = true }
    var nulls = Bitset(count: p.count)
    var codes = ContiguousArray<Int32>(repeating: 0, count: p.count)
    for i in 0..<p.count {
      if klass[i] == 0 { nulls[i] = true } else { codes[i] = Int32(klass[i]) - 1 }
    }
    let values = LoanClass.allCases.map(\.code)
    let t = p.table
      .setting(Column(name: "dpd", type: .int, storage: .int64(dpd), nulls: unaged))
      .setting(Column(name: "kolektibilitas", type: .string, storage: .dictionary(codes: codes, values: values), nulls: nulls))
    return d.setting(t)
  }
}

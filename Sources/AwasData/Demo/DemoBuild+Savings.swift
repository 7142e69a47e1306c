/// Members' savings (simpanan.csv): every member at the reporting date holds
/// simpanan pokok (Rp 100.000, equal for all) and simpanan wajib (Rp 25.000 for
/// every month since the month of joining); most hold sukarela, a few berjangka.
extension DemoBuild {
  static let simpananPokok: Int64 = 100_000
  static let simpananWajibPerMonth: Int64 = 25_000
  static let savingsStream: UInt64 = 0x5349_4D50_414E_414E  // "SIMPANAN"

  /// Whole months from the month member `m` joined to the month of `d`.
  func monthsOfMembership(_ m: Int, at d: Int32) -> Int64 {
    let a = Day(serial: members[m].joined).components, b = Day(serial: d).components
    return Int64(max(0, (b.year * 12 + b.month) - (a.year * 12 + a.month)))
  }

  func wajib(_ m: Int, at d: Int32) -> Int64 {
    Self.simpananWajibPerMonth * monthsOfMembership(m, at: d)
  }

  /// (sukarela, berjangka) balances of member `m` at the reporting date (0 = no row).
  func voluntarySavings(_ m: Int) -> (sukarela: Int64, berjangka: Int64) {
    var r = Xoshiro256(seed: seed, stream: Self.savingsStream, index: UInt64(m))
    var sukarela: Int64 = 0
    if r.chance(0.75) {
      let base = 50_000 * DemoSchedule.powers[r.below(2001)] * (r.chance(0.2) ? 2.5 : 1)
      sukarela = Int64(base) + Int64(r.below(1000))
    }
    let berjangka: Int64 = r.chance(0.05) ? Int64(r.int(5...50)) * 1_000_000 : 0
    return (sukarela, berjangka)
  }

  /// Totals of every kind of savings over the members at `d` (voluntary
  /// savings only at the reporting date).
  func savingsTotals(at d: Int32) -> (pokok: Int64, wajib: Int64, sukarela: Int64, berjangka: Int64) {
    var t: (pokok: Int64, wajib: Int64, sukarela: Int64, berjangka: Int64) = (0, 0, 0, 0)
    for m in members.indices where isMember(m, at: d) {
      t.pokok += Self.simpananPokok
      t.wajib += wajib(m, at: d)
      if d == asOf.serial {
        let v = voluntarySavings(m)
        t.sukarela += v.sukarela
        t.berjangka += v.berjangka
      }
    }
    return t
  }
}

/// Rounds to a multiple of `unit` (half up; amounts here are never negative).
func rounded(_ v: Int64, to unit: Int64) -> Int64 {
  (v + unit / 2) / unit * unit
}

/// `v` × `num` / `den`, rounded to a multiple of Rp 1.000.
func share(_ v: Int64, _ num: Int64, _ den: Int64) -> Int64 {
  rounded(v * num / den, to: 1000)
}

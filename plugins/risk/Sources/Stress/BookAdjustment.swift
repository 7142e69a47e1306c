import AwasPluginKit

/// Books an extra allowance expense into a dataset's statements, so the
/// health score after a shock sees it: `neraca` penyisihan_piutang + E and
/// shu_tahun_berjalan − E; `phu` beban_penyisihan_piutang + E.
enum BookAdjustment {
  /// SHU of the year: `neraca` shu_tahun_berjalan, else computed from `phu`
  /// (income − expenses ± non-operating − tax); nil when neither is there.
  static func shu(_ d: Dataset, sheet: BalanceSheet?) -> Int64? {
    if let s = sheet?.amount("shu_tahun_berjalan") { return s }
    guard let phu = BalanceSheet(table: d.table("phu")) else { return nil }
    var total = SenTotal()
    for (pos, amount) in phu.byPos {
      if pos.hasPrefix("pendapatan_beban") { total += amount } else if pos.hasPrefix("pendapatan") {
        total += amount
      } else if pos.hasPrefix("beban") || pos == "pajak" {
        total.subtract(magnitudeOf: amount)
      }
    }
    return total.sen
  }

  /// The dataset with `expense` sen booked; `applied` names the rows changed.
  static func book(_ expense: Int64, in d: Dataset) -> (dataset: Dataset, applied: [String]) {
    guard expense != 0 else { return (d, []) }
    var out = d
    var applied: [String] = []
    if let t = d.table("neraca") {
      var t2 = t
      if let x = adding(expense, toPos: "penyisihan_piutang", in: t2) { t2 = x; applied.append("neraca.penyisihan_piutang") }
      if let x = adding(-expense, toPos: "shu_tahun_berjalan", in: t2) { t2 = x; applied.append("neraca.shu_tahun_berjalan") }
      out = out.setting(t2)
    }
    if let t = d.table("phu"), let x = adding(expense, toPos: "beban_penyisihan_piutang", in: t) {
      out = out.setting(x)
      applied.append("phu.beban_penyisihan_piutang")
    }
    return (out, applied)
  }

  /// `t` with `amount` added to `saldo_kini` of the first row whose `pos` is `pos`.
  static func adding(_ amount: Int64, toPos pos: String, in t: Table) -> Table? {
    guard let posCol = t.column("pos"), let saldo = t.column("saldo_kini"), var values = saldo.int64s else { return nil }
    guard let r = (0..<t.rowCount).first(where: { posCol.string(at: $0).map(Table.normalize) == pos }) else { return nil }
    var nulls = saldo.nulls
    values[r] = Money.sum(saldo.isNull(r) ? 0 : values[r], amount)
    nulls?[r] = false
    return t.setting(Column(name: saldo.name, type: saldo.type, storage: .int64(values), nulls: nulls))
  }
}

extension BalanceSheet {
  /// Sums of any statement table by `pos` at `saldo_kini` (`neraca`, `phu`).
  init?(table t: Table?) {
    guard let t, let pos = t.column("pos"), let saldo = t.column("saldo_kini"), let amounts = saldo.int64s else { return nil }
    var sums: [String: SenTotal] = [:]
    for r in 0..<t.rowCount where !saldo.isNull(r) {
      guard let p = pos.string(at: r) else { continue }
      sums[Table.normalize(p), default: SenTotal()] += amounts[r]
    }
    self.init(byPos: sums.mapValues(\.sen))
  }
}

import AwasPluginKit

/// The limits `risk concentration` checks: insider loans in total against a
/// share of modal sendiri (8/2023 Ps 44(1), 10%), and one borrower against a
/// share of modal sendiri (Ps 45, 15% [uncertain]) and the cooperative's own
/// amount (`batas_pinjaman_per_anggota`).
struct ConcentrationLimits: Sendable {
  /// Insider limit as a percent of modal sendiri (10 = 10%).
  var insiderPercent: Decimal4
  /// Whether koperasi.toml `[kebijakan]` set the insider limit.
  var insiderFromPolicy: Bool
  /// The `[kebijakan]` insider limit as written, when it is not a percent
  /// from 0 to 100 (the default limit is used and the output says so).
  var unreadablePolicy: String? = nil
  /// Per-borrower amount from `[kebijakan] batas_pinjaman_per_anggota`, in sen.
  var borrowerAmount: Int64?
  /// Per-borrower share of modal sendiri as a percent (0 = not checked).
  var borrowerPercent: Decimal4

  init(info: KoperasiInfo, settings: RiskSettings) {
    // The same reading and rounding as the governance checklist's limit items.
    if let pct = FigureFormula.policyPercent(info.kebijakan["batas_pinjaman_orang_dalam_persen"]) {
      insiderPercent = pct
      insiderFromPolicy = true
    } else {
      insiderPercent = Decimal4(double: settings.insiderLimit * 100) ?? Decimal4(10)
      insiderFromPolicy = false
      unreadablePolicy = info.kebijakan["batas_pinjaman_orang_dalam_persen"].map(ValueFormatter.plain)
    }
    borrowerAmount = info.kebijakan["batas_pinjaman_per_anggota"].flatMap(Self.amount)
    borrowerPercent = Decimal4(double: settings.borrowerLimit * 100) ?? Decimal4(15)
  }

  /// The insider limit as a ratio (0.1 = 10%), for display.
  var insiderRatio: Double { insiderPercent.double / 100 }

  /// The per-borrower limit in sen: the stricter of the amount and the share
  /// of modal sendiri; nil when neither applies.
  func borrowerLimit(modalSendiri ms: Int64?) -> Int64? {
    var limits: [Int64] = []
    if let a = borrowerAmount { limits.append(a) }
    if borrowerPercent.raw > 0, let ms, ms > 0 { limits.append(Self.share(ms, borrowerPercent)) }
    return limits.min()
  }

  /// The insider limit in sen.
  func insiderLimit(modalSendiri ms: Int64) -> Int64 { Self.share(max(0, ms), insiderPercent) }

  /// `pct`% of `amount`, rounded half away from zero once.
  static func share(_ amount: Int64, _ pct: Decimal4) -> Int64 {
    FixedMath.percent(pct, of: amount) ?? ((amount < 0) != (pct.raw < 0) ? Int64.min : Int64.max)
  }

  /// A `[kebijakan]` amount: money, or whole rupiah as a number.
  static func amount(_ v: Value) -> Int64? { FigureFormula.policyAmount(v)?.sen }
}

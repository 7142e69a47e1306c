import AwasPluginKit

/// The limits `risk concentration` checks: insider loans in total against a
/// share of modal sendiri (8/2023 Ps 44(1), 10%), and one borrower against a
/// share of modal sendiri (Ps 45, 15% [uncertain]) and the cooperative's own
/// amount (`batas_pinjaman_per_anggota`).
struct ConcentrationLimits: Sendable {
  /// Insider limit in basis points of modal sendiri (1,000 = 10%).
  var insiderBasisPoints: Int64
  /// Whether koperasi.toml `[kebijakan]` set the insider limit.
  var insiderFromPolicy: Bool
  /// Per-borrower amount from `[kebijakan] batas_pinjaman_per_anggota`, in sen.
  var borrowerAmount: Int64?
  /// Per-borrower share of modal sendiri in basis points (0 = not checked).
  var borrowerBasisPoints: Int64

  init(info: KoperasiInfo, settings: RiskSettings) {
    if let v = info.kebijakan["batas_pinjaman_orang_dalam_persen"], let pct = Self.percent(v) {
      insiderBasisPoints = RiskMath.basisPoints(pct)
      insiderFromPolicy = true
    } else {
      insiderBasisPoints = RiskMath.basisPoints(settings.insiderLimit)
      insiderFromPolicy = false
    }
    borrowerAmount = info.kebijakan["batas_pinjaman_per_anggota"].flatMap(Self.amount)
    borrowerBasisPoints = RiskMath.basisPoints(settings.borrowerLimit)
  }

  /// The per-borrower limit in sen: the stricter of the amount and the share
  /// of modal sendiri; nil when neither applies.
  func borrowerLimit(modalSendiri ms: Int64?) -> Int64? {
    var limits: [Int64] = []
    if let a = borrowerAmount { limits.append(a) }
    if borrowerBasisPoints > 0, let ms, ms > 0 { limits.append(RiskMath.mulDiv(ms, borrowerBasisPoints, 10_000)) }
    return limits.min()
  }

  /// The insider limit in sen.
  func insiderLimit(modalSendiri ms: Int64) -> Int64 { RiskMath.mulDiv(max(0, ms), insiderBasisPoints, 10_000) }

  /// A `[kebijakan]` percentage: `10` or `10.0` mean 10%; a percent value is a ratio.
  static func percent(_ v: Value) -> Double? {
    switch v {
    case .int(let i): return Double(i) / 100
    case .double(let d): return d / 100
    case .percent(let p): return p
    default: return nil
    }
  }

  /// A `[kebijakan]` amount: money, or whole rupiah as a number.
  static func amount(_ v: Value) -> Int64? {
    switch v {
    case .money(let m): return m.sen
    case .int(let i): return i * 100
    case .double(let d): return Int64((d * 100).rounded())
    default: return nil
    }
  }
}

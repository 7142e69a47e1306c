import AwasPluginKit

/// A loan's collectibility class: the loan engine's ``Kolektibilitas`` (same
/// codes, labels and reading of booked values), with what the risk figures add.
typealias LoanClass = Kolektibilitas

extension Kolektibilitas {
  /// Problem loans (pinjaman bermasalah): KL + D + M, the NPL numerator.
  var isProblem: Bool { self >= .kurangLancar }

  /// The position of the class in `scheme`, for the size of a misclassification:
  /// cooperative L 0, KL 1, D 2, M 3 (a booked DPK counts as lancar); bank
  /// L 0, DPK 1, KL 2, D 3, M 4.
  func rank(in scheme: CollectibilityScheme) -> Int {
    switch scheme {
    case .cooperative: return self == .lancar || self == .dalamPerhatianKhusus ? 0 : Int(rawValue) - 2
    case .bank: return Int(rawValue) - 1
    }
  }

  /// The classes shown for `scheme`, best first.
  static func shown(_ scheme: CollectibilityScheme) -> [LoanClass] {
    scheme == .bank ? allCases : [.lancar, .kurangLancar, .diragukan, .macet]
  }
}

/// Which rule set classes loans.
enum CollectibilityScheme: String, Sendable {
  /// The loan engine's class (`kolektibilitas`), by default the cooperative
  /// rule of the Permen 14/2009 lineage (docs/reference.md §4).
  case cooperative
  /// Bank rules (PBI 7/2/2005), a day-count contrast: reclassified here from dpd.
  case bank
}

/// Bank rules (PBI 7/2/2005), day count only, for contrast: Lancar 0 dpd,
/// DPK 1–90, KL 91–120, D 121–180, M > 180 (docs/reference.md §4). Not a
/// cooperative rule; the cooperative class comes from the loan engine.
enum BankRulesPBI2005 {
  static func classify(dpd: Int64) -> LoanClass {
    switch dpd {
    case ...0: return .lancar
    case 1...90: return .dalamPerhatianKhusus
    case 91...120: return .kurangLancar
    case 121...180: return .diragukan
    default: return .macet
    }
  }

  /// The least dpd that puts a loan in `klass` under these rules.
  static func minimumDpd(_ klass: LoanClass) -> Int64 {
    switch klass {
    case .lancar: return 0
    case .dalamPerhatianKhusus: return 1
    case .kurangLancar: return 91
    case .diragukan: return 121
    case .macet: return 181
    }
  }
}

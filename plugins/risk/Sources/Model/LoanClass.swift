import AwasPluginKit

/// A loan's collectibility class, best to worst. The cooperative scheme has
/// four classes; `dalamPerhatianKhusus` (DPK) exists only in the bank scheme.
enum LoanClass: UInt8, CaseIterable, Comparable, Sendable {
  case lancar = 1
  case dalamPerhatianKhusus = 2
  case kurangLancar = 3
  case diragukan = 4
  case macet = 5

  static func < (a: LoanClass, b: LoanClass) -> Bool { a.rawValue < b.rawValue }

  /// The value written in `kolektibilitas` columns (`kurang_lancar`).
  var code: String {
    switch self {
    case .lancar: return "lancar"
    case .dalamPerhatianKhusus: return "dalam_perhatian_khusus"
    case .kurangLancar: return "kurang_lancar"
    case .diragukan: return "diragukan"
    case .macet: return "macet"
    }
  }

  var label: Text {
    switch self {
    case .lancar: return Text("Lancar", en: "Current (lancar)")
    case .dalamPerhatianKhusus: return Text("Dalam Perhatian Khusus", en: "Special mention (DPK)")
    case .kurangLancar: return Text("Kurang Lancar", en: "Substandard (kurang lancar)")
    case .diragukan: return Text("Diragukan", en: "Doubtful (diragukan)")
    case .macet: return Text("Macet", en: "Loss (macet)")
    }
  }

  /// Problem loans (pinjaman bermasalah): KL + D + M, the NPL numerator.
  var isProblem: Bool { self >= .kurangLancar }

  /// Reads a class as written in the data: codes, labels in any case and
  /// spacing (`Kurang Lancar`), abbreviations (L, DPK, KL, D, M) and bank
  /// numbering 1–5.
  init?(text: String) {
    let key = Table.normalize(text).replacing(".", with: "")
    switch key {
    case "lancar", "l", "1", "current": self = .lancar
    case "dalam_perhatian_khusus", "dpk", "2", "special_mention": self = .dalamPerhatianKhusus
    case "kurang_lancar", "kl", "3", "substandard": self = .kurangLancar
    case "diragukan", "d", "4", "doubtful": self = .diragukan
    case "macet", "m", "5", "loss": self = .macet
    default: return nil
    }
  }

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

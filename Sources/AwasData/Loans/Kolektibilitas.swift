/// A loan's collectibility class, from best to worst.
///
/// Cooperative rules use four classes; `dalamPerhatianKhusus` (DPK, special
/// mention) exists only in the bank-style rule set.
public enum Kolektibilitas: UInt8, Sendable, CaseIterable, Comparable, Codable {
  case lancar = 1
  case dalamPerhatianKhusus = 2
  case kurangLancar = 3
  case diragukan = 4
  case macet = 5

  public static func < (a: Kolektibilitas, b: Kolektibilitas) -> Bool { a.rawValue < b.rawValue }

  /// The value written in the `kolektibilitas` column (`kurang_lancar`).
  public var code: String {
    switch self {
    case .lancar: return "lancar"
    case .dalamPerhatianKhusus: return "dalam_perhatian_khusus"
    case .kurangLancar: return "kurang_lancar"
    case .diragukan: return "diragukan"
    case .macet: return "macet"
    }
  }

  /// The class as users read it.
  public var label: Text {
    switch self {
    case .lancar: return Text("Lancar", en: "Current")
    case .dalamPerhatianKhusus: return Text("Dalam Perhatian Khusus", en: "Special mention")
    case .kurangLancar: return Text("Kurang Lancar", en: "Substandard")
    case .diragukan: return Text("Diragukan", en: "Doubtful")
    case .macet: return Text("Macet", en: "Loss")
    }
  }

  /// Reads a class as a cooperative books it (`kolektibilitas_tercatat`): the
  /// codes above, labels in any case and spacing (`Kurang Lancar`), the
  /// abbreviations L, DPK, KL, D, M, and bank numbering 1–5.
  public init?(text: String) {
    switch Table.normalize(text).replacing(".", with: "") {
    case "lancar", "l", "1", "current": self = .lancar
    case "dalam_perhatian_khusus", "dpk", "2", "special_mention": self = .dalamPerhatianKhusus
    case "kurang_lancar", "kl", "3", "substandard": self = .kurangLancar
    case "diragukan", "d", "4", "doubtful": self = .diragukan
    case "macet", "m", "5", "loss": self = .macet
    default: return nil
    }
  }

  /// The dictionary values of the `kolektibilitas` column; a class's code is
  /// `rawValue - 1`.
  static let columnValues = allCases.map(\.code)
}

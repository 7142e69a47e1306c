import AwasPluginKit

/// Formats cells for output, masking personal data (NIK, family card, phone)
/// unless the user turned masking off (`set show-nik on`).
struct CellFormatter {
  var language: Language
  var mask: Bool

  /// Column names whose values are personal data under UU 27/2022.
  static let personalColumns: Set<String> = ["nik", "no_kk", "telepon", "hp", "no_hp"]

  func isPersonal(_ column: Column) -> Bool {
    mask && CellFormatter.personalColumns.contains(Table.normalize(column.name))
  }

  /// Whether the column holds years (`tahun_buku`), shown without grouping.
  static func isYear(_ column: Column) -> Bool {
    guard column.type == .int else { return false }
    let n = Table.normalize(column.name)
    return n.hasPrefix("tahun") || n.hasSuffix("year") || n == "tahun"
  }

  /// The cell as people read it (`Rp 1.250.000`).
  func display(_ column: Column, _ row: Int) -> String {
    let v = column.value(at: row)
    if CellFormatter.isYear(column), case .int(let y) = v { return String(y) }
    let s = ValueFormatter.display(v, language)
    return isPersonal(column) && !v.isNull ? CellFormatter.maskText(s) : s
  }

  /// The cell for machine formats (`1250000`).
  func plain(_ column: Column, _ row: Int) -> Value {
    let v = column.value(at: row)
    if isPersonal(column), case .string(let s) = v { return .string(CellFormatter.maskText(s)) }
    return v
  }

  /// Keeps the first four and last four characters of long identifiers
  /// (`3507********0002`), fewer of short ones.
  static func maskText(_ s: String) -> String {
    let chars = Array(s)
    guard chars.count > 4 else { return String(repeating: "*", count: chars.count) }
    let keep = chars.count >= 12 ? 4 : 2
    return String(chars.prefix(keep)) + String(repeating: "*", count: chars.count - 2 * keep)
      + String(chars.suffix(keep))
  }
}

import Foundation

/// One anomaly the demo generator planted on purpose, as listed in
/// `planted.json` beside the data (docs/demo.md lists every kind). Checks are
/// tested against this list: they must find every planted anomaly and, on the
/// rest of the data, nothing.
public struct PlantedAnomaly: Sendable, Hashable, Codable {
  /// What was planted: one of ``PlantedAnomaly/Kind``'s raw values.
  public var kind: String
  /// What was planted, in both languages.
  public var description: Text
  /// The table holding the evidence (`pinjaman`, `angsuran`, `jurnal`…).
  public var table: String
  /// The column whose values name the rows (`no_pinjaman`, `no_bukti`, `nik`…).
  public var keyColumn: String
  /// The values of `keyColumn` of the rows involved; every one exists in `table`.
  public var keys: [String]
  /// Facts per anomaly, e.g. `dpd` per loan (`{"dpd": {"P000123": 45}}`).
  public var details: [String: PlantedDetail]

  public init(
    kind: Kind, description: Text, table: String, keyColumn: String, keys: [String],
    details: [String: PlantedDetail] = [:]
  ) {
    self.kind = kind.rawValue
    self.description = description
    self.table = table
    self.keyColumn = keyColumn
    self.keys = keys
    self.details = details
  }

  enum CodingKeys: String, CodingKey {
    case kind, description, table, keyColumn = "key_column", keys, details
  }

  /// Every kind of anomaly the demo plants.
  public enum Kind: String, Sendable, CaseIterable, Codable {
    /// Active loans with days past due > 0 at the reporting date (several ageing buckets).
    case overdueLoan = "overdue-loan"
    /// Loans written off (`status = hapus_buku`) in the book year.
    case writtenOffLoan = "written-off-loan"
    /// `kolektibilitas_tercatat` better than the arrears imply.
    case misbookedCollectibility = "misbooked-collectibility"
    /// The same repayment (no_pinjaman, tanggal, pokok) under two receipt numbers.
    case duplicateReceipt = "duplicate-receipt"
    /// One receipt number used for two different repayments.
    case duplicateReceiptNumber = "duplicate-receipt-number"
    /// Receipt numbers missing from a sequence.
    case receiptNumberGap = "receipt-number-gap"
    /// A journal entry dated on a Sunday.
    case sundayPosting = "sunday-posting"
    /// A journal entry dated on a national holiday.
    case holidayPosting = "holiday-posting"
    /// Loans to insiders (officers or their family card) above 10 % of modal sendiri.
    case insiderLoanOverLimit = "insider-loan-over-limit"
    /// A pengurus and a pengawas on the same family card (first-degree tie).
    case officersFamilyTie = "officers-family-tie"
    /// The serving manajer's competence certificate expired before the reporting date.
    case expiredCertificate = "expired-certificate"
    /// A RAT held more than six months after the end of its book year.
    case lateRAT = "late-rat"
    /// Round disbursements just under the manager's approval limit.
    case justUnderApprovalLimit = "just-under-approval-limit"
    /// One loan officer's collections (angsuran.pokok) with uniform first digits.
    case benfordNonconformingOfficer = "benford-nonconforming-officer"
    /// One person registered twice as a member (`Muhammad` / `Muhamad`, same birth date).
    case nearDuplicateMember = "near-duplicate-member"
  }

  /// Reads `planted.json` from a demo dataset folder.
  public static func load(fromFolder folder: String) throws -> [PlantedAnomaly] {
    let url = URL(fileURLWithPath: folder).appendingPathComponent("planted.json")
    return try JSONDecoder().decode([PlantedAnomaly].self, from: Data(contentsOf: url))
  }

  /// The JSON text of `list` (sorted keys, two-space indent, deterministic).
  static func json(_ list: [PlantedAnomaly]) throws -> Data {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try e.encode(list)
  }
}

/// A value in ``PlantedAnomaly/details``: a number, text, or a list or map of them.
public indirect enum PlantedDetail: Sendable, Hashable, Codable {
  /// A whole number (amounts in rupiah, days).
  case int(Int64)
  /// Text (identifiers, ISO dates).
  case string(String)
  /// A JSON array.
  case list([PlantedDetail])
  /// A JSON object.
  case map([String: PlantedDetail])

  public init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let i = try? c.decode(Int64.self) {
      self = .int(i)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let l = try? c.decode([PlantedDetail].self) {
      self = .list(l)
    } else {
      self = .map(try c.decode([String: PlantedDetail].self))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .int(let i): try c.encode(i)
    case .string(let s): try c.encode(s)
    case .list(let l): try c.encode(l)
    case .map(let m): try c.encode(m)
    }
  }

  /// The integer, if this is one.
  public var int: Int64? { if case .int(let i) = self { return i } else { return nil } }
  /// The text, if this is text.
  public var string: String? { if case .string(let s) = self { return s } else { return nil } }
  /// The map, if this is a map.
  public var map: [String: PlantedDetail]? { if case .map(let m) = self { return m } else { return nil } }
}

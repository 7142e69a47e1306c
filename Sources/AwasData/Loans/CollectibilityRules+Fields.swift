extension CollectibilityRules {
  /// Every key a rule set may hold (besides `dasar`, the set it extends).
  static let ruleKeys: Set<String> = [
    "nama_id", "nama_en", "source", "basis", "catatan",
    "lancar_sampai_dpd", "dalam_perhatian_khusus_sampai_dpd", "kurang_lancar_sampai_dpd",
    "diragukan_sampai_dpd", "agunan_minimum_persen", "agunan_termasuk_tunggakan_jasa",
    "diragukan_maks_bulan", "hapus_buku",
    "ppap.source", "ppap.basis", "ppap.lancar_persen", "ppap.dalam_perhatian_khusus_persen",
    "ppap.kurang_lancar_persen", "ppap.diragukan_persen", "ppap.macet_persen",
    "ppap.bersih_agunan", "ppap.lancar_bersih_agunan",
  ]

  /// Keys a stand-alone rule set (one without `dasar`) must have.
  static let requiredKeys = [
    "source", "basis", "lancar_sampai_dpd", "kurang_lancar_sampai_dpd", "hapus_buku",
    "ppap.source", "ppap.lancar_persen", "ppap.kurang_lancar_persen", "ppap.diragukan_persen",
    "ppap.macet_persen",
  ]

  /// An empty set that ``applying(_:file:)`` fills.
  static func blank(name: String, origin: String) -> CollectibilityRules {
    CollectibilityRules(
      name: name, label: Text(name, en: name), source: "", basis: "", notes: [], origin: origin,
      overriddenKeys: [], lancarMaxDPD: 0, dalamPerhatianKhususMaxDPD: nil, kurangLancarMaxDPD: 0,
      diragukanMaxDPD: nil, collateralTest: nil, diragukanMaxMonths: nil, writtenOff: .macet,
      provisioning: ProvisioningRates(source: "", basis: "", basisPoints: [:], netOfCollateral: []))
  }

  /// This set with the values in `fields` replacing its own, checked.
  func applying(_ fields: RuleFields, file: String?) throws -> CollectibilityRules {
    var r = self
    var reader = FieldReader(fields: fields, file: file)
    for key in fields.keys where !Self.ruleKeys.contains(key) {
      throw reader.error("kunci tidak dikenal '\(key)'", "unknown key '\(key)'")
    }
    if let s = try reader.string("nama_id") { r.label.id = s }
    if let s = try reader.string("nama_en") { r.label.en = s }
    if let s = try reader.string("source") { r.source = s }
    if let s = try reader.string("basis") { r.basis = s }
    if let l = fields.lists["catatan"] { r.notes = l }
    if let n = try reader.days("lancar_sampai_dpd") { r.lancarMaxDPD = n }
    if let n = try reader.days("dalam_perhatian_khusus_sampai_dpd") { r.dalamPerhatianKhususMaxDPD = n }
    if let n = try reader.days("kurang_lancar_sampai_dpd") { r.kurangLancarMaxDPD = n }
    if let n = try reader.days("diragukan_sampai_dpd") { r.diragukanMaxDPD = n }
    if let p = try reader.percent("agunan_minimum_persen", max: 1_000) {
      r.collateralTest = CollateralTest(
        minimumPercent: p, includeInterestArrears: r.collateralTest?.includeInterestArrears ?? false)
    }
    if let b = try reader.bool("agunan_termasuk_tunggakan_jasa") {
      r.collateralTest?.includeInterestArrears = b
    }
    if let n = try reader.days("diragukan_maks_bulan") { r.diragukanMaxMonths = n == 0 ? nil : n }
    if let s = try reader.string("hapus_buku") {
      guard let k = Kolektibilitas(text: s) else {
        throw reader.error(
          "'hapus_buku' harus kelas kolektibilitas, bukan '\(s)'",
          "'hapus_buku' must be a collectibility class, not '\(s)'")
      }
      r.writtenOff = k
    }
    try r.provisioning.apply(&reader)
    try r.check(file: file)
    return r
  }

  /// Thresholds must not decrease from one class to the next.
  func check(file: String?) throws {
    var last = lancarMaxDPD
    for (key, limit) in [
      ("dalam_perhatian_khusus_sampai_dpd", dalamPerhatianKhususMaxDPD),
      ("kurang_lancar_sampai_dpd", kurangLancarMaxDPD), ("diragukan_sampai_dpd", diragukanMaxDPD),
    ] {
      guard let limit else { continue }
      if limit < last {
        throw CollectibilityRulesError(
          Text(
            "'\(key)' (\(limit)) lebih kecil dari batas kelas sebelumnya (\(last))",
            en: "'\(key)' (\(limit)) is below the previous class's limit (\(last))"), file: file)
      }
      last = limit
    }
  }
}

extension ProvisioningRates {
  mutating func apply(_ reader: inout FieldReader) throws {
    if let s = try reader.string("ppap.source") { source = s }
    if let s = try reader.string("ppap.basis") { basis = s }
    for k in Kolektibilitas.allCases {
      if let p = try reader.percent("ppap.\(k.code)_persen", max: 100) {
        basisPoints[k] = Int((p * 100).rounded())
      }
    }
    let lancarNet = try reader.bool("ppap.lancar_bersih_agunan")
    if let net = try reader.bool("ppap.bersih_agunan") {
      for k in Kolektibilitas.allCases where k != .lancar {
        if net { netOfCollateral.insert(k) } else { netOfCollateral.remove(k) }
      }
    }
    if let lancarNet {
      if lancarNet { netOfCollateral.insert(.lancar) } else { netOfCollateral.remove(.lancar) }
    }
  }
}

/// Typed access to ``RuleFields`` with bilingual errors.
struct FieldReader {
  let fields: RuleFields
  let file: String?

  func error(_ id: String, _ en: String) -> CollectibilityRulesError {
    CollectibilityRulesError(Text(id, en: en), file: file)
  }

  func string(_ key: String) throws -> String? {
    guard let v = fields.values[key] else { return nil }
    guard case .string(let s) = v else {
      throw error("'\(key)' harus teks", "'\(key)' must be text")
    }
    return s
  }

  func bool(_ key: String) throws -> Bool? {
    guard let v = fields.values[key] else { return nil }
    guard case .bool(let b) = v else {
      throw error("'\(key)' harus true atau false", "'\(key)' must be true or false")
    }
    return b
  }

  /// A whole number of days or months, 0…100,000.
  func days(_ key: String) throws -> Int? {
    guard let v = fields.values[key] else { return nil }
    switch v {
    case .int(let n) where (0...100_000).contains(n): return Int(n)
    case .double(let d) where d == d.rounded() && (0...100_000).contains(d): return Int(d)
    default:
      throw error(
        "'\(key)' harus bilangan bulat 0 sampai 100.000", "'\(key)' must be a whole number from 0 to 100,000")
    }
  }

  /// A percentage 0…`max`.
  func percent(_ key: String, max: Double) throws -> Double? {
    guard let v = fields.values[key] else { return nil }
    let p: Double
    switch v {
    case .int(let n): p = Double(n)
    case .double(let d), .percent(let d): p = d
    default: p = .nan
    }
    guard p.isFinite, p >= 0, p <= max else {
      throw error("'\(key)' harus persen 0 sampai \(Int(max))", "'\(key)' must be a percentage from 0 to \(Int(max))")
    }
    return p
  }
}

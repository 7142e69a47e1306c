import AwasPluginKit

/// The audit plugin's settings (`set audit.benford.z 2.576`): each check's
/// thresholds, declared once so `set`, completion and `explain check.*` read
/// the same values.
enum AuditSettings {
  static let benfordZ = SettingSpec(
    Names("audit.benford.z"), .number, default: .double(1.96),
    help: Text(
      "nilai Z kritis; digit dengan Z di atasnya ditandai (1,645 / 1,96 / 2,576)",
      en: "critical Z; digits whose Z exceeds it are flagged (1.645 / 1.96 / 2.576)"))
  static let benfordMAD = SettingSpec(
    Names("audit.benford.mad"),
    .choice([
      Choice(Names("tidak-sesuai", en: "nonconformity"), Text("temuan bila MAD > batas tidak sesuai Nigrini", en: "a finding when MAD exceeds Nigrini's nonconformity cut-off")),
      Choice(Names("marginal"), Text("temuan mulai dari marginal", en: "a finding from marginal conformity on")),
    ]),
    default: .string("nonconformity"),
    help: Text(
      "putusan MAD (batas Nigrini) yang menimbulkan temuan",
      en: "the MAD verdict (Nigrini's cut-offs) from which a finding is raised"))
  static let benfordMinN = SettingSpec(
    Names("audit.benford.n-min", en: "audit.benford.min-n"), .int(1...1_000_000_000), default: .int(300),
    help: Text(
      "jumlah nilai terkecil (per kelompok) agar putusan menjadi temuan",
      en: "the fewest values (per group) for a verdict to become a finding"))
  static let benfordGroupBasis = SettingSpec(
    Names("audit.benford.dasar-kelompok", en: "audit.benford.group-basis"),
    .choice([
      Choice(Names("benford"), Text("MAD tiap kelompok terhadap hukum Benford", en: "each group's MAD against Benford's law")),
      Choice(Names("rekan", en: "peers"), Text("MAD tiap kelompok terhadap gabungan kelompok lain (data yang memang tidak mengikuti Benford)", en: "each group's MAD against the other groups pooled (for data that does not follow Benford)")),
    ]),
    default: .string("benford"),
    help: Text(
      "pembanding kelompok pada --menurut: hukum Benford atau kelompok lain",
      en: "what --by groups are compared with: Benford's law or the other groups"))
  static let fuzzyMinScore = SettingSpec(
    Names("audit.mirip.skor-min", en: "audit.fuzzy.min-score"), .int(0...100), default: .int(70),
    help: Text("skor terendah pasangan yang dilaporkan (0–100)", en: "the lowest pair score reported (0–100)"))
  static let fuzzyMaxBlock = SettingSpec(
    Names("audit.mirip.blok-maks", en: "audit.fuzzy.max-block"), .int(2...100_000), default: .int(500),
    help: Text(
      "blok nama lebih besar dari ini dilewati (dilaporkan) agar waktu tetap wajar",
      en: "name blocks larger than this are skipped (and reported) to bound the time"))
  static let nikMinAge = SettingSpec(
    Names("audit.nik.umur-min", en: "audit.nik.min-age"), .int(0...150), default: .int(17),
    help: Text("umur terendah yang wajar saat masuk", en: "the lowest plausible age at joining"))
  static let nikMaxAge = SettingSpec(
    Names("audit.nik.umur-maks", en: "audit.nik.max-age"), .int(0...150), default: .int(100),
    help: Text("umur tertinggi yang wajar saat masuk", en: "the highest plausible age at joining"))
  static let weekendSaturday = SettingSpec(
    Names("audit.libur.sabtu", en: "audit.weekend.saturday"), .bool, default: .bool(false),
    help: Text("tandai juga posting hari Sabtu", en: "also flag postings on Saturdays"))
  static let weekendCutiBersama = SettingSpec(
    Names("audit.libur.cuti-bersama", en: "audit.weekend.cuti-bersama"), .bool, default: .bool(true),
    help: Text("tandai juga posting pada hari cuti bersama", en: "also flag postings on cuti bersama (collective leave) days"))
  static let roundUnit = SettingSpec(
    Names("audit.bulat.satuan", en: "audit.round.unit"), .money, default: .money(Money(rupiah: 1_000_000)),
    help: Text("kelipatan yang dianggap angka bulat", en: "the multiple counted as a round amount"))
  static let roundWithin = SettingSpec(
    Names("audit.bulat.dekat-batas", en: "audit.round.within"), .percent, default: .percent(0.02),
    help: Text(
      "jarak di bawah batas persetujuan yang dianggap 'tepat di bawah batas'",
      en: "how far below an approval limit counts as 'just under the limit'"))
  static let journalTolerance = SettingSpec(
    Names("audit.jurnal.toleransi", en: "audit.journal.tolerance"), .money, default: .money(.zero),
    help: Text("selisih yang masih dianggap seimbang/cocok", en: "the difference still counted as balanced/matching"))
  static let reconcileTolerance = SettingSpec(
    Names("audit.rekonsiliasi.toleransi", en: "audit.reconcile.tolerance"), .money, default: .money(.zero),
    help: Text("selisih yang masih dianggap cocok", en: "the difference still counted as matching"))
  static let sampleConfidence = SettingSpec(
    Names("audit.sampel.keyakinan", en: "audit.sample.confidence"), .percent, default: .percent(0.95),
    help: Text("tingkat keyakinan bawaan untuk sampel", en: "the default confidence level for sampling"))

  static let all: [SettingSpec] = [
    benfordZ, benfordMAD, benfordMinN, benfordGroupBasis, fuzzyMinScore, fuzzyMaxBlock, nikMinAge, nikMaxAge,
    weekendSaturday, weekendCutiBersama, roundUnit, roundWithin, journalTolerance,
    reconcileTolerance, sampleConfidence,
  ]
}

extension Context {
  /// The value of `spec` in this session, or its declared default.
  func setting(_ spec: SettingSpec) -> Value {
    if let v = settings[spec.key], !v.isNull { return v }
    for n in spec.names.all { if let v = settings[n], !v.isNull { return v } }
    return spec.defaultValue
  }

  func settingDouble(_ spec: SettingSpec) -> Double {
    setting(spec).numeric ?? spec.defaultValue.numeric ?? 0
  }

  func settingInt(_ spec: SettingSpec) -> Int {
    switch setting(spec) {
    case .int(let i): return Int(i)
    case .double(let d): return Int(d)
    default:
      if case .int(let i) = spec.defaultValue { return Int(i) }
      return 0
    }
  }

  func settingBool(_ spec: SettingSpec) -> Bool {
    if case .bool(let b) = setting(spec) { return b }
    if case .bool(let b) = spec.defaultValue { return b }
    return false
  }

  func settingMoney(_ spec: SettingSpec) -> Money {
    switch setting(spec) {
    case .money(let m): return m
    case .int(let i): return Money(rupiah: i)
    default:
      if case .money(let m) = spec.defaultValue { return m }
      return .zero
    }
  }

  /// A `.percent` setting as a ratio (5% → 0.05).
  func settingRatio(_ spec: SettingSpec) -> Double {
    switch setting(spec) {
    case .percent(let p): return p
    case let v: return v.numeric ?? 0
    }
  }

  func settingString(_ spec: SettingSpec) -> String {
    switch setting(spec) {
    case .string(let s): return s
    case let v: return ValueFormatter.plain(v)
    }
  }
}

import AwasPluginKit

/// The risk plugin's settings (`set risk.…`), declared once and read with
/// their defaults (the shell fills defaults in; tests may pass none).
struct RiskSettings: Sendable {
  var scheme: CollectibilityScheme
  /// Upper ends of the dpd buckets after `0` (`30,60,90,180,360`).
  var agingBounds: [Int64]
  /// The PPAP rate set's name (`cooperative`, `cooperative-gross`, `bank`).
  var rateSet: String
  /// A rules file replacing the bundled `ppap.toml`; nil for the bundled one.
  var rulesFile: String?
  var modalVariant: ModalVariant
  /// The insider-loan limit as a ratio of modal sendiri (0.10).
  var insiderLimit: Double
  /// The per-borrower limit as a ratio of modal sendiri (0.15; 0 = off).
  var borrowerLimit: Double
  /// A loan has defaulted (vintage) once its dpd exceeds this.
  var defaultDpd: Int64

  static let keys = (
    rules: "risk.collectibility-rules", buckets: "risk.aging-buckets", rates: "risk.ppap-rates",
    file: "risk.rules-file", modal: "risk.own-capital", insider: "risk.insider-limit",
    borrower: "risk.borrower-limit", defaultDpd: "risk.default-dpd")

  static let defaultBounds: [Int64] = [30, 60, 90, 180, 360]

  init(_ s: Settings) throws {
    let rules = s.string(Self.keys.rules) ?? "cooperative"
    scheme = ["bank"].contains(rules.lowercased()) ? .bank : .cooperative
    agingBounds = try Self.parseBounds(s.string(Self.keys.buckets) ?? "", argument: Self.keys.buckets)
      ?? Self.defaultBounds
    rateSet = PPAPRateSet.canonicalName(s.string(Self.keys.rates) ?? "cooperative")
    let file = s.string(Self.keys.file)?.trimmingSpaces() ?? ""
    rulesFile = file.isEmpty ? nil : file
    modalVariant = ModalVariant(setting: s.string(Self.keys.modal))
    insiderLimit = s.ratio(Self.keys.insider) ?? 0.10
    borrowerLimit = s.ratio(Self.keys.borrower) ?? 0.15
    defaultDpd = Int64(s.int(Self.keys.defaultDpd) ?? 90)
  }

  /// Parses `30,60,90` into increasing positive bounds; nil for empty text.
  static func parseBounds(_ text: String, argument: String) throws -> [Int64]? {
    let parts = text.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    guard !parts.isEmpty else { return nil }
    var out: [Int64] = []
    for p in parts {
      guard let v = Int64(p), v > 0, v > (out.last ?? 0) else {
        throw UserError(
          Text("Batas kelompok umur tidak sah: `\(text)`.", en: "Invalid ageing bucket bounds: `\(text)`."),
          hint: Text(
            "Tulis batas atas hari tunggakan yang naik, dipisah koma: 30,60,90,180,360.",
            en: "Write increasing upper bounds in days past due, comma-separated: 30,60,90,180,360."),
          argument: argument)
      }
      out.append(v)
    }
    return out
  }

  /// The declared settings.
  static var specs: [SettingSpec] {
    [
      SettingSpec(
        Names("risk.aturan-kolektibilitas", en: keys.rules),
        .choice([
          Choice(Names("koperasi", en: "cooperative"), Text("kelas dari mesin pinjaman (garis Permen 14/2009)", en: "class from the loan engine (Permen 14/2009 lineage)")),
          Choice(Names("bank"), Text("hitungan hari ala bank (PBI 7/2/2005), pembanding", en: "bank-style day count (PBI 7/2/2005), for contrast")),
        ]),
        default: .string("cooperative"),
        help: Text("aturan kolektibilitas yang dipakai analisis risiko", en: "collectibility rule set the risk analysis uses")),
      SettingSpec(
        Names("risk.kelompok-umur", en: keys.buckets), .string, default: .string("30,60,90,180,360"),
        help: Text("batas atas kelompok umur tunggakan (hari), setelah kelompok 0", en: "upper bounds of the ageing buckets (days), after bucket 0")),
      SettingSpec(
        Names("risk.tarif-ppap", en: keys.rates),
        .choice(PPAPRateSet.choices),
        default: .string("cooperative"),
        help: Text("set tarif PPAP dari berkas aturan", en: "PPAP rate set from the rules file")),
      SettingSpec(
        Names("risk.berkas-aturan", en: keys.file), .path(directory: false), default: .string(""),
        help: Text("salinan ppap.toml yang diubah (kosong = bawaan)", en: "an edited copy of ppap.toml (empty = built in)")),
      SettingSpec(
        Names("risk.modal-sendiri", en: keys.modal),
        .choice(ModalVariant.choices), default: .string(ModalVariant.withoutSHU.rawValue),
        help: Text("isi modal sendiri untuk batas konsentrasi", en: "what modal sendiri holds, for concentration limits")),
      SettingSpec(
        Names("risk.batas-orang-dalam", en: keys.insider), .percent, default: .percent(0.10),
        help: Text("batas pinjaman orang dalam, % modal sendiri (kebijakan koperasi menggantikan)", en: "insider-loan limit, % of modal sendiri (the cooperative's policy overrides)")),
      SettingSpec(
        Names("risk.batas-per-anggota", en: keys.borrower), .percent, default: .percent(0.15),
        help: Text("batas pinjaman satu anggota, % modal sendiri (0 = mati)", en: "one borrower's limit, % of modal sendiri (0 = off)")),
      SettingSpec(
        Names("risk.gagal-dpd", en: keys.defaultDpd), .int(0...10_000), default: .int(90),
        help: Text("vintage: pinjaman gagal bila tunggakan pernah melebihi hari ini", en: "vintage: a loan defaulted once its days past due exceeded this")),
    ]
  }
}

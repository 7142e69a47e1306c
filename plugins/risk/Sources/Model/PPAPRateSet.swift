import AwasPluginKit

/// One set of loss-allowance (PPAP) rates per class, read from `ppap.toml`.
struct PPAPRateSet: Sendable {
  /// English (canonical) and Indonesian names.
  var names: Names
  var title: Text
  /// Where the rates come from (`source`, `source_en`).
  var source: Text
  /// How the rates apply (`basis`, `basis_en`).
  var basis: Text
  var uncertainty: Text
  /// Rates in basis points of the base (0.5% → 50), per class.
  var basisPoints: [LoanClass: Int64]
  /// Classes whose base is the outstanding net of collateral.
  var netOfCollateral: Set<LoanClass>

  func rate(_ k: LoanClass) -> Int64 { basisPoints[k] ?? 0 }

  /// The rate as a ratio (0.005), for display.
  func ratio(_ k: LoanClass) -> Double { Double(rate(k)) / 10_000 }

  /// Names a setting value may use, mapped to the canonical (English) name.
  static func canonicalName(_ s: String) -> String {
    switch s.lowercased() {
    case "koperasi", "cooperative", "": return "cooperative"
    case "koperasi-bruto", "cooperative-gross": return "cooperative-gross"
    default: return s.lowercased()
    }
  }

  /// The bundled sets, for completion of `set risk.ppap-rates`.
  static let choices: [Choice] = [
    Choice(Names("koperasi", en: "cooperative"), Text("0,5% L; 10/50/100% KL/D/M setelah agunan (KKPKK 2021)", en: "0.5% L; 10/50/100% KL/D/M net of collateral (KKPKK 2021)")),
    Choice(Names("koperasi-bruto", en: "cooperative-gross"), Text("tarif sama, tanpa pengurang agunan", en: "same rates, no collateral deduction")),
    Choice(Names("bank"), Text("PBI 7/2/2005: 1/5/15/50/100%, pembanding", en: "PBI 7/2/2005: 1/5/15/50/100%, for contrast")),
  ]
}

/// The rate sets of a rules file.
struct PPAPRules: Sendable {
  var sets: [PPAPRateSet]
  var defaultName: String
  /// Where the rules came from (`ppap.toml (bawaan)` or a path).
  var origin: String

  func set(named name: String) -> PPAPRateSet? {
    let key = name.lowercased()
    return sets.first { $0.names.matches(key) }
  }

  /// The set chosen by the settings, or a user error listing the sets.
  static func selected(_ settings: RiskSettings, override name: String? = nil) throws -> (PPAPRules, PPAPRateSet) {
    let rules = try load(settings.rulesFile)
    let wanted = name.map(PPAPRateSet.canonicalName) ?? settings.rateSet
    guard let set = rules.set(named: wanted) else {
      let have = rules.sets.map(\.names.en).joined(separator: ", ")
      throw UserError(
        Text("Set tarif PPAP `\(wanted)` tidak ada di \(rules.origin).", en: "PPAP rate set `\(wanted)` is not in \(rules.origin)."),
        hint: Text("Set yang ada: \(have)", en: "Sets: \(have)"), argument: RiskSettings.keys.rates)
    }
    return (rules, set)
  }

  /// Reads the bundled `ppap.toml`, or `path` when given.
  static func load(_ path: String?) throws -> PPAPRules {
    do {
      if let path {
        return try parse(ConfigDocument.load(path), origin: path)
      }
      guard let url = Bundle.module.url(forResource: "ppap", withExtension: "toml", subdirectory: "Rules")
        ?? Bundle.module.url(forResource: "ppap", withExtension: "toml")
      else {
        throw UserError(Text("Berkas aturan ppap.toml bawaan hilang.", en: "The built-in ppap.toml rules file is missing."))
      }
      return try parse(ConfigDocument.load(url.path), origin: "ppap.toml")
    } catch let e as ConfigDocument.ParseError {
      throw UserError(
        Text("Berkas aturan PPAP tidak terbaca: \(e)", en: "The PPAP rules file cannot be read: \(e)"),
        hint: Text("Perbaiki berkasnya atau kosongkan `atur risk.berkas-aturan \"\"`.", en: "Fix the file or clear it with `set risk.rules-file \"\"`."),
        argument: RiskSettings.keys.file)
    }
  }

  /// Reads rate sets from a parsed rules document.
  static func parse(_ doc: ConfigValue, origin: String) throws -> PPAPRules {
    var sets: [PPAPRateSet] = []
    for (i, t) in (doc["tarif"]?.array ?? []).enumerated() {
      let where_ = "\(origin) [[tarif]] #\(i + 1)"
      guard let name = t["nama"]?.string, let rates = t["persen"]?.table else {
        throw invalid(Text("\(where_): perlu `nama` dan `persen`.", en: "\(where_): needs `nama` and `persen`."))
      }
      var bp: [LoanClass: Int64] = [:]
      for (key, v) in rates {
        guard let k = LoanClass(text: key), let pct = v.number, pct >= 0, pct <= 100 else {
          throw invalid(Text("\(where_): tarif `\(key)` tidak sah.", en: "\(where_): rate `\(key)` is invalid."))
        }
        bp[k] = RiskMath.basisPoints(pct / 100)
      }
      let net = Set((t["bersih_agunan"]?.array ?? []).compactMap { $0.string.flatMap(LoanClass.init(text:)) })
      let tid = t["judul_id"]?.string ?? name, ten = t["judul_en"]?.string ?? tid
      let uid = t["ketidakpastian_id"]?.string ?? "", uen = t["ketidakpastian_en"]?.string ?? uid
      let sid = t["source"]?.string ?? "", sen = t["source_en"]?.string ?? sid
      let bid = t["basis"]?.string ?? "", ben = t["basis_en"]?.string ?? bid
      sets.append(PPAPRateSet(
        names: Names(t["nama_id"]?.string ?? name, en: name), title: Text(tid, en: ten),
        source: Text(sid, en: sen), basis: Text(bid, en: ben),
        uncertainty: Text(uid, en: uen), basisPoints: bp, netOfCollateral: net))
    }
    guard !sets.isEmpty else {
      throw invalid(Text("\(origin): tidak ada [[tarif]].", en: "\(origin): no [[tarif]] rate set."))
    }
    return PPAPRules(sets: sets, defaultName: doc["bawaan"]?.string ?? sets[0].names.en, origin: origin)
  }

  static func invalid(_ message: Text) -> UserError {
    UserError(message, hint: Text("Lihat contoh di plugins/risk/Sources/Rules/ppap.toml.", en: "See the example in plugins/risk/Sources/Rules/ppap.toml."), argument: RiskSettings.keys.file)
  }
}

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

  /// Reads the bundled `ppap.toml`, or `path` when given. Every problem of
  /// the file is reported with its line (`ppap.toml:31: rate `lancr` …`).
  static func load(_ path: String?) throws -> PPAPRules {
    do {
      if let path { return try parse(RuleFile.load(path), origin: path) }
      guard let url = Bundle.module.url(forResource: "ppap", withExtension: "toml", subdirectory: "Rules")
        ?? Bundle.module.url(forResource: "ppap", withExtension: "toml")
      else {
        throw UserError(Text("Berkas aturan ppap.toml bawaan hilang.", en: "The built-in ppap.toml rules file is missing."))
      }
      let text = try String(contentsOf: url, encoding: .utf8)
      return try parse(RuleFile(text: text, file: "ppap.toml"), origin: "ppap.toml")
    } catch let e as RuleFileError {
      var u = e.userError
      u.hint = Text(
        "Perbaiki berkasnya atau kosongkan `atur risk.berkas-aturan \"\"`; contoh: plugins/risk/Sources/Rules/ppap.toml.",
        en: "Fix the file or clear it with `set risk.rules-file \"\"`; example: plugins/risk/Sources/Rules/ppap.toml.")
      u.argument = RiskSettings.keys.file
      throw u
    }
  }

  /// The keys a `[[tarif]]` rate set may have.
  static let rateSetKeys = [
    "nama", "nama_id", "judul_id", "judul_en", "source", "source_en", "basis", "basis_en", "ketidakpastian_id",
    "ketidakpastian_en", "persen", "bersih_agunan",
  ]

  /// Reads the rate sets of a rules file; throws ``RuleFileError`` listing every problem.
  static func parse(_ file: RuleFile, origin: String) throws -> PPAPRules {
    var reader = RuleReader(file)
    reader.rejectUnknownKeys(file.root, known: ["bawaan", "tarif"], at: .root)
    var sets: [PPAPRateSet] = []
    for (t, place) in reader.entries("tarif") {
      reader.rejectUnknownKeys(t, known: rateSetKeys, at: place)
      let name = reader.string(t, "nama", at: place)
      guard let rates = t["persen"]?.table else {
        reader.problem(
          Text("`persen` tidak ada atau bukan tabel kelas = persen", en: "`persen` is missing or not a table of class = percent"),
          at: place, key: "persen")
        continue
      }
      var bp: [LoanClass: Int64] = [:]
      var named: Set<LoanClass> = []
      for (key, v) in rates.sorted(by: { $0.key < $1.key }) {
        guard let k = LoanClass(text: key) else {
          reader.problem(Text("`\(key)` bukan kelas kolektibilitas", en: "`\(key)` is not a collectibility class"), at: place, key: "persen")
          continue
        }
        named.insert(k)
        guard let pct = v.number, pct >= 0, pct <= 100 else {
          reader.problem(Text("tarif `\(key)` harus persen 0–100", en: "rate `\(key)` must be a percent from 0 to 100"), at: place, key: "persen")
          continue
        }
        bp[k] = RiskMath.basisPoints(pct / 100)
      }
      // A class without a rate would need no allowance at all: the four
      // cooperative classes are required. Special mention (DPK), a bank class,
      // takes the rate of lancar when the set leaves it out, as a booked DPK
      // counts as lancar under the cooperative rule.
      if !named.contains(.dalamPerhatianKhusus), let l = bp[.lancar] { bp[.dalamPerhatianKhusus] = l }
      let missing = LoanClass.shown(.cooperative).filter { !named.contains($0) }.map(\.code)
      if !missing.isEmpty {
        let list = missing.joined(separator: ", ")
        reader.problem(
          Text("`persen` tidak memberi tarif untuk kelas \(list)", en: "`persen` gives no rate for the class(es) \(list)"),
          at: place, key: "persen")
      }
      var net: Set<LoanClass> = []
      for c in reader.strings(t, "bersih_agunan", at: place, required: false) ?? [] {
        if let k = LoanClass(text: c) {
          net.insert(k)
        } else {
          reader.problem(Text("`\(c)` bukan kelas kolektibilitas", en: "`\(c)` is not a collectibility class"), at: place, key: "bersih_agunan")
        }
      }
      guard let name else { continue }
      let tid = t["judul_id"]?.string ?? name, ten = t["judul_en"]?.string ?? tid
      let uid = t["ketidakpastian_id"]?.string ?? "", uen = t["ketidakpastian_en"]?.string ?? uid
      let sid = t["source"]?.string ?? "", sen = t["source_en"]?.string ?? sid
      let bid = t["basis"]?.string ?? "", ben = t["basis_en"]?.string ?? bid
      sets.append(PPAPRateSet(
        names: Names(t["nama_id"]?.string ?? name, en: name), title: Text(tid, en: ten),
        source: Text(sid, en: sen), basis: Text(bid, en: ben),
        uncertainty: Text(uid, en: uen), basisPoints: bp, netOfCollateral: net))
    }
    let defaultName = reader.string(file.root, "bawaan", at: .root, required: false) ?? sets.first?.names.en ?? ""
    if !sets.isEmpty, !sets.contains(where: { $0.names.matches(defaultName.lowercased()) }) {
      reader.problem(
        Text("`bawaan` = \(defaultName) bukan nama set [[tarif]]", en: "`bawaan` = \(defaultName) names no [[tarif]] set"),
        at: .root, key: "bawaan")
    }
    try reader.finish()
    return PPAPRules(sets: sets, defaultName: defaultName, origin: origin)
  }
}

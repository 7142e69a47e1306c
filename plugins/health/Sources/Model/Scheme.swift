import AwasPluginKit

/// A health-assessment scheme read from a rules file: aspects, components,
/// named inputs, scales, options (the uncertain points) and categories.
struct Scheme: Sendable {
  var id: String
  /// The engine that scores it (`2016`; `kkpkk2021` reserved).
  var engine: String
  var name: Text
  /// The regulation it implements.
  var regulation: Text
  var basis: Text?
  /// Kinds of cooperative it applies to.
  var jenis: [JenisKoperasi]
  /// Checklist files (ids of built-in checklists, or paths relative to the rules file).
  var checklists: [String]
  var aspects: [Aspect]
  var components: [Component]
  var inputs: [String: InputDef]
  var inputOrder: [String]
  var scales: [String: Scale]
  var options: [OptionDef]
  var categories: [Category]
  /// Loan-class weights by name (`rpm`, `ppapwd`); each defines input `pinjaman.<name>`.
  var classWeights: [String: ClassWeights]
  /// Where the scheme was read from.
  var file: String

  func aspect(_ id: String) -> Aspect? { aspects.first { $0.id == id } }

  /// The options that decide the named input `name` (and the inputs it uses), in order of use.
  func choices(under name: String, _ options: ResolvedOptions, seen: Set<String> = []) -> [(option: String, alternative: String)] {
    guard let def = inputs[name], !seen.contains(name) else { return [] }
    let (terms, ch) = def.formula.resolve(options)
    var out = ch.map { [$0] } ?? []
    for t in terms ?? [] {
      for c in choices(under: t.name, options, seen: seen.union([name])) where !out.contains(where: { $0 == c }) {
        out.append(c)
      }
    }
    return out
  }
  func option(_ id: String) -> OptionDef? { options.first { $0.id == id } }
  func components(of aspect: String) -> [Component] { components.filter { $0.aspect == aspect } }
  func component(_ id: String) -> Component? {
    components.first { $0.id.lowercased() == id.lowercased() }
  }
}

struct Aspect: Sendable, Hashable {
  var id: String
  var idEn: String
  var label: Text
  var weight: Decimal4
}

/// A value that is fixed, or chosen by an option (`{ pilihan = "mode-2b", tabel = …, teks = … }`).
enum Choosable<T: Sendable & Hashable>: Sendable, Hashable {
  case fixed(T)
  case byOption(String, [String: T])

  /// The value in force under `options`, and the option that chose it.
  func resolve(_ options: ResolvedOptions) -> (T?, (option: String, alternative: String)?) {
    switch self {
    case .fixed(let v): return (v, nil)
    case .byOption(let o, let m):
      let alt = options.choice(o)
      return (m[alt], (o, alt))
    }
  }
}

struct Component: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    case ratio(numerator: Choosable<[FigureTerm]>, denominator: Choosable<[FigureTerm]>, scale: Choosable<String>)
    /// Scored by the yes answers of one group of a checklist.
    case questionnaire(checklist: String, group: String)
  }
  var id: String
  var aspect: String
  var label: Text
  var kind: Kind
  var weight: Decimal4
  /// The nilai when numerator and denominator are both zero (nil: incomplete).
  var zeroOverZero: Decimal4?
  var basis: Text?
}

/// A named input computed by its own formula (`modal_sendiri`).
struct InputDef: Sendable, Hashable {
  var id: String
  var label: Text
  var formula: Choosable<[FigureTerm]>
  var basis: Text?
}

/// An uncertain point of the rules and its alternatives (`set health.<id> …`).
struct OptionDef: Sendable, Hashable {
  struct Alternative: Sendable, Hashable {
    var id: String
    /// The English name (`id_en`; the `id` when the rules give none).
    var idEn: String
    var label: Text
    var basis: Text
    /// Its name in `language`.
    func name(_ language: Language) -> String { language == .en ? idEn : id }
  }
  var id: String
  /// The English name (`id_en`; the `id` when the rules give none).
  var idEn: String
  var label: Text
  var basis: Text
  var defaultChoice: String
  /// A different default for some kinds of cooperative (USP: modal tetap).
  var defaultByJenis: [String: String]
  var alternatives: [Alternative]

  /// The alternative named `name` in either language.
  func alternative(_ name: String) -> Alternative? { alternatives.first { $0.id == name || $0.idEn == name } }

  /// Its name in `language`.
  func name(_ language: Language) -> String { language == .en ? idEn : id }

  /// The setting that switches it: `sehat.penyebut-2c` / `health.denominator-2c`.
  func setting(_ language: Language) -> String { language == .en ? "health.\(idEn)" : "sehat.\(id)" }

  /// The name in `language` of alternative `id` (as ``ResolvedOptions`` keeps it).
  func alternativeName(_ id: String, _ language: Language) -> String { alternative(id)?.name(language) ?? id }
}

/// A category (predikat) and the totals it covers.
struct Category: Sendable, Hashable {
  var id: String
  var label: Text
  var interval: Interval
}

/// Weights per recomputed loan class, in percent of outstanding.
struct ClassWeights: Sendable, Hashable {
  var name: String
  var label: Text
  var lancar: Decimal4
  var kurangLancar: Decimal4
  var diragukan: Decimal4
  var macet: Decimal4
  /// Classes whose weight applies to outstanding minus collateral value (never below zero).
  var netOfCollateral: Set<String>
  var basis: Text?

  func weight(_ kolektibilitas: String) -> Decimal4? {
    switch kolektibilitas {
    case "lancar": return lancar
    case "kurang_lancar": return kurangLancar
    case "diragukan": return diragukan
    case "macet": return macet
    default: return nil
    }
  }
}

/// The alternative chosen for every option, and why.
struct ResolvedOptions: Sendable, Hashable {
  enum Origin: String, Sendable { case scheme, jenis, setting }
  var choices: [String: String]
  var origins: [String: Origin]

  func choice(_ option: String) -> String { choices[option] ?? "" }
}

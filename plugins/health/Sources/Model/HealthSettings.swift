import AwasPluginKit

/// The settings of the health plugin: the scheme, an edited rules file, and
/// one setting per uncertain point (`health.<option>`), declared from the
/// options of the built-in schemes.
enum HealthSettings {
  static let schemeKey = "health.scheme"
  static let rulesKey = "health.rules"

  /// A setting's text, nil when unset (null, empty, `bawaan`/`default`).
  static func string(_ settings: Settings, _ key: String) -> String? {
    guard let v = settings[key], !v.isNull else { return nil }
    let s = settings.string(key)?.trimmingSpaces() ?? ""
    return s.isEmpty || s == "bawaan" || s == "default" ? nil : s
  }

  static var specs: [SettingSpec] {
    let rules = try? HealthRules.builtInRules()
    let schemes = rules?.schemes ?? []
    var out: [SettingSpec] = [
      SettingSpec(
        Names("sehat.skema", en: schemeKey),
        .choice(
          [Choice(Names("auto"), Text("menurut jenis koperasi", en: "by the kind of cooperative"))]
            + schemes.map { Choice(Names($0.id), $0.name) }),
        default: .string("auto"),
        help: Text("skema penilaian kesehatan", en: "the health-assessment scheme")),
      SettingSpec(
        Names("sehat.aturan", en: rulesKey), .path(directory: false), default: .null,
        help: Text(
          "berkas aturan hasil suntingan (salinan Rules/*.toml); kosong = bawaan",
          en: "an edited rules file (a copy of Rules/*.toml); empty = built-in")),
    ]
    var seen: [String: Int] = [:]
    for s in schemes {
      for o in s.options {
        let choices = [Choice(Names("bawaan", en: "default"), Text("menurut berkas aturan", en: "as the rules file says"))]
          + o.alternatives.map { Choice(Names($0.id, en: $0.idEn), $0.label) }
        if let i = seen[o.id] {
          if case .choice(let have) = out[i].kind {
            let extra = choices.filter { c in !have.contains { $0.names == c.names } }
            out[i].kind = .choice(have + extra)
          }
          continue
        }
        seen[o.id] = out.count
        out.append(
          // The English name is the key; `health.<id>` (the Indonesian id) is kept as an alias.
          SettingSpec(
            Names("sehat.\(o.id)", en: "health.\(o.idEn)", aliases: o.idEn == o.id ? [] : ["health.\(o.id)", "sehat.\(o.idEn)"]),
            .choice(choices), default: .null,
            help: o.label
              + Text(" (bawaan: \(o.defaultChoice))", en: " (default: \(o.alternativeName(o.defaultChoice, .en)))")))
      }
    }
    return out
  }

  /// The alternative in force for every option of `scheme`.
  static func resolve(_ scheme: Scheme, settings: Settings, jenis: JenisKoperasi?) throws -> ResolvedOptions {
    var r = ResolvedOptions(choices: [:], origins: [:])
    for o in scheme.options {
      if let s = string(settings, "health.\(o.idEn)") ?? string(settings, "health.\(o.id)") {
        guard let alt = o.alternative(s) else {
          throw UserError(
            Text(
              "\(o.setting(.id)) = `\(s)` bukan alternatif skema \(scheme.id).",
              en: "\(o.setting(.en)) = `\(s)` is not an alternative of scheme \(scheme.id)."),
            hint: Text(
              "Alternatif: \(o.alternatives.map(\.id).joined(separator: ", "))",
              en: "Alternatives: \(o.alternatives.map(\.idEn).joined(separator: ", "))"),
            argument: o.setting(.en))
        }
        r.choices[o.id] = alt.id
        r.origins[o.id] = .setting
      } else if let j = jenis, let a = o.defaultByJenis[j.rawValue] {
        r.choices[o.id] = a
        r.origins[o.id] = .jenis
      } else {
        r.choices[o.id] = o.defaultChoice
        r.origins[o.id] = .scheme
      }
    }
    return r
  }
}

import AwasPluginKit

extension HealthCommands {
  static var rules: CommandSpec {
    CommandSpec(
      Names("aturan", en: "rules"),
      summary: Text("tabel aturan skema: komponen, rumus, skala, bobot, pilihan", en: "the scheme's rule table: components, formulas, scales, weights, options"),
      parameters: [
        ParameterSpec(Names("salin", en: "copy"), .path(directory: false), help: Text(
          "salin berkas aturan ke berkas ini untuk disunting, lalu `atur sehat.aturan BERKAS`",
          en: "copy the rules file here for editing, then `set health.rules FILE`")),
      ],
      examples: [Example("sehat aturan"), Example("health rules --copy my-rules.toml")],
      action: { inv in try runRules(inv) })
  }

  static func runRules(_ inv: Invocation) throws -> CommandOutput {
    let c = inv.context, l = inv.language, en = l == .en
    let (scheme, _) = try HealthRules.select(for: c.dataset, settings: c.settings)
    if let target = inv.arguments.string("copy") {
      guard !FileManager.default.fileExists(atPath: target) else {
        throw UserError(Text("\(target) sudah ada; tidak ditimpa.", en: "\(target) exists; not overwritten."), argument: target)
      }
      do { try FileManager.default.copyItem(atPath: scheme.file, toPath: target) } catch {
        throw UserError(Text("Tidak dapat menyalin ke \(target).", en: "Cannot copy to \(target)."), argument: target)
      }
      return .text(Text(
        "Aturan \(scheme.id) disalin ke \(target). Sunting, lalu: atur sehat.aturan \(target)",
        en: "Rules \(scheme.id) copied to \(target). Edit it, then: set health.rules \(target)")(l))
    }
    let options = try HealthSettings.resolve(scheme, settings: c.settings, jenis: c.dataset?.info.jenis)
    var b = TableBuilder(
      en ? "rules" : "aturan",
      [
        (en ? "component" : "komponen", .string), (en ? "aspect" : "aspek", .string), (en ? "name" : "nama", .string),
        (en ? "numerator" : "pembilang", .string), (en ? "denominator" : "penyebut", .string),
        (en ? "scale" : "skala", .string), (en ? "weight" : "bobot", .double), ("basis", .string),
      ], primaryKey: en ? "component" : "komponen")
    for comp in scheme.components {
      var num = "-", den = "-", scale = "-"
      switch comp.kind {
      case .ratio(let n, let d, let s):
        num = HealthExplain.formulaText(n.resolve(options).0)
        den = HealthExplain.formulaText(d.resolve(options).0)
        scale = s.resolve(options).0.flatMap { scheme.scales[$0]?.modeLabel(l) } ?? "-"
      case .questionnaire(let list, let group):
        num = Text("jawaban ya", en: "yes answers")(l) + " (\(list): \(group))"
        den = Text("jumlah pertanyaan", en: "questions")(l)
        scale = Text("kuesioner", en: "questionnaire")(l)
      }
      b.append([
        .string(comp.id), .string(scheme.aspect(comp.aspect)?.label(l) ?? comp.aspect), .string(comp.label(l)),
        .string(num), .string(den), .string(scale), .double(comp.weight.double), comp.basis.map { .string($0(l)) } ?? .null,
      ])
    }
    let t = b.build()
    var out = CommandOutput(value: t)
    out.blocks.append(.heading("\(scheme.id) — \(scheme.name(l)) — \(scheme.regulation(l))"))
    out.blocks.append(.table(t, title: nil))
    out.blocks.append(.table(HealthReport.optionsTable(scheme, options, l), title: Text("Pilihan", en: "Options")(l)))
    out.blocks.append(.text(Text("Berkas: \(scheme.file)", en: "File: \(scheme.file)")(l)))
    return out
  }
}

import AwasPluginKit

extension Interpreter {
  /// Settings the language itself reads. The registry's settings of the same
  /// name take precedence (the shell may declare these with more help).
  public static let coreSettings: [SettingSpec] = [
    SettingSpec(
      Names("saat-galat", en: "on-error"),
      .choice([
        Choice(Names("berhenti", en: "stop"), Text("skrip berhenti pada galat pertama", en: "a script stops at its first error")),
        Choice(Names("lanjut", en: "continue"), Text("skrip melanjutkan setelah galat", en: "a script goes on after an error")),
      ]),
      default: .string("stop"),
      help: Text("apa yang terjadi setelah galat dalam skrip", en: "what happens after an error in a script")),
    SettingSpec(
      Names("per-tanggal", en: "asof"), .date, default: .null,
      help: Text(
        "tanggal posisi: jadwal, sisa dan dpd dihitung ulang untuk tanggal ini",
        en: "the as-of date: schedules, balances and days past due are recomputed for it")),
    SettingSpec(
      Names("bahasa", en: "lang", aliases: ["language"]),
      .choice([Choice(Names("id"), "Bahasa Indonesia"), Choice(Names("en"), "English")]),
      default: .string("id"), help: Text("bahasa tampilan", en: "the display language")),
    SettingSpec(
      Names("folder-kerja", en: "workspace"), .path(directory: true), default: .string(""),
      help: Text(
        "folder untuk jawaban, temuan dan log (bawaan: .awas di folder dataset)",
        en: "folder for answers, findings and the log (default: .awas in the dataset folder)")),
  ]

  /// The setting called `name` in either language.
  func settingSpec(_ name: String) -> SettingSpec? {
    registry.setting(name) ?? Interpreter.coreSettings.first { $0.names.matches(name) }
  }

  /// Every setting name in both languages, for "did you mean".
  var settingNames: [String] {
    (registry.settings + Interpreter.coreSettings).flatMap(\.names.all)
  }

  /// `set NAME VALUE`. Without a value, runs the registered `set` command
  /// (which lists settings), if there is one.
  func runSet(name: Word?, value: [Word], span: Span, outcome: inout RunOutcome) throws -> CommandOutput? {
    if value.isEmpty, registry.command(Keyword.set.names.en) != nil {
      let nameSpan = Span(span.start, name?.span.start ?? span.end)
      let call = CommandCall(name: Keyword.set.names.en, nameSpan: nameSpan, words: name.map { [$0] } ?? [], span: span)
      let output = try invoke(call, input: nil, outcome: &outcome)
      host.show(output, result: nil)
      return output
    }
    guard let name else {
      throw Diagnostic(Messages.setNeedsName, span: span, hint: Messages.setHint)
    }
    let key = try text(of: name)
    guard let spec = settingSpec(key) else {
      throw Diagnostic(
        Messages.unknownSetting(key), span: name.span,
        hint: Messages.didYouMean(Suggest.closest(key, among: settingNames)) ?? Messages.settingsList(settingNames))
    }
    guard let first = value.first, let last = value.last else {
      throw Diagnostic(Messages.setNeedsValue(key), span: name.span, hint: Messages.expectedKind(spec.kind))
    }
    let valueSpan = first.span.union(last.span)
    let text = try value.map { try self.text(of: $0) }.joined(separator: " ")
    try applySetting(spec.key, try settingValue(text, spec, span: valueSpan), at: valueSpan)
    return nil
  }

  /// `text` as a value of the setting; `default` (`bawaan`) restores the default.
  func settingValue(_ text: String, _ spec: SettingSpec, span: Span) throws -> Value {
    if ["default", "bawaan"].contains(text.lowercased()) { return spec.defaultValue }
    switch spec.kind {
    case .choice(let cs):
      if let c = cs.first(where: { $0.names.matches(text) }) { return .string(c.names.en) }
      throw Diagnostic(
        Messages.badSettingValue(spec.names(state.language), text), span: span,
        hint: Messages.didYouMeanWithChoices(Suggest.closest(text, among: cs.flatMap(\.names.all)), cs, state.language))
    case .list, .table, .column:
      return .string(text)
    case .path:
      return .string(ArgumentBinder.expandHome(text))
    default:
      guard let v = ValueParser.value(text, spec.kind) else {
        throw Diagnostic(
          Messages.badSettingValue(spec.names(state.language), text), span: span, hint: Messages.expectedKind(spec.kind))
      }
      return v
    }
  }

  /// Stores a setting and applies the ones the session itself acts on:
  /// `lang` switches the language, `asof` recomputes the dataset.
  func applySetting(_ key: String, _ value: Value, at span: Span) throws {
    let key = settingSpec(key)?.key ?? key
    state.settings[key] = value.isNull ? nil : value
    switch key {
    case "lang":
      if case .string(let s) = value, let l = Language(rawValue: s) { state.language = l }
    case "asof":
      guard let d = state.dataset else { return }
      if case .date(let day) = value {
        state.dataset = d.recomputed(asOf: day)
      } else {
        state.dataset = d.recomputed(asOf: d.info.tanggalLaporan)
      }
    default:
      break
    }
  }
}

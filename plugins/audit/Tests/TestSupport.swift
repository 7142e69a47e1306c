import AwasPluginKit
import Testing

@testable import AwasAuditPlugin

/// Finds the command at `path` (`["check", "benford"]`) in the plugin's declarations.
func command(_ path: [String]) -> CommandSpec? {
  var specs = AuditPlugin().commands
  var found: CommandSpec?
  for name in path {
    guard let c = specs.first(where: { $0.names.matches(name) }) else { return nil }
    found = c
    specs = c.subcommands
  }
  return found
}

/// Runs the command at `path` with `args` (keys are English parameter names).
func run(
  _ path: [String], _ args: [String: Argument] = [:], input: Table? = nil, dataset: Dataset?,
  settings: [String: Value] = [:], language: Language = .id
) throws -> CommandOutput {
  guard let spec = command(path), let action = spec.action else {
    throw UserError(Text("no command \(path)", en: "no command \(path)"))
  }
  var all = args
  for p in spec.parameters where all[p.key] == nil {
    if let d = p.defaultValue { all[p.key] = defaultArgument(p.kind, d) }
  }
  let ctx = Context(dataset: dataset, language: language, settings: Settings(settings))
  return try action(Invocation(path: path, arguments: Arguments(all), input: input, context: ctx))
}

private func defaultArgument(_ kind: ParameterKind, _ text: String) -> Argument? {
  switch kind {
  case .choice: return .choice(text)
  case .int: return Int64(text).map { .value(.int($0)) }
  case .string: return .value(.string(text))
  case .flag: return .flag(text == "true")
  default: return .value(.string(text))
  }
}

func col(_ s: String) -> Argument {
  if let dot = s.firstIndex(of: ".") {
    return .column(ColumnRef(table: String(s[..<dot]), column: String(s[s.index(after: dot)...])))
  }
  return .column(ColumnRef(table: nil, column: s))
}

func info(_ kebijakan: [String: Value] = [:]) -> KoperasiInfo {
  KoperasiInfo(
    nama: "KSP Uji", jenis: .ksp, tanggalLaporan: Day(year: 2025, month: 12, day: 31)!, tahunBuku: 2025,
    kebijakan: kebijakan)
}

func dataset(_ tables: [Table], kebijakan: [String: Value] = [:]) -> Dataset {
  Dataset(folder: "/tmp/uji-audit", info: info(kebijakan), tables: tables)
}

func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

func rp(_ r: Int64) -> Money { Money(rupiah: r) }

extension Table {
  /// The column `name` as display-independent values.
  func values(_ name: String) -> [Value] {
    guard let c = column(name) else { return [] }
    return (0..<rowCount).map { c.value(at: $0) }
  }
  func strings(_ name: String) -> [String] {
    guard let c = column(name) else { return [] }
    return (0..<rowCount).map { c.text(at: $0) ?? "" }
  }
}

/// A string column stored as `.text` (not dictionary), to test both storages.
func textColumn(_ name: String, _ values: [String?]) -> Column {
  var s = Utf8Strings()
  var nulls = Bitset(count: values.count)
  for (i, v) in values.enumerated() {
    if v == nil { nulls[i] = true }
    s.append(v ?? "")
  }
  return Column(name: name, type: .string, storage: .text(s), nulls: nulls)
}

import AwasPluginKit

extension Messages {
  /// `--digits` or `KOLOM`, as the parameter is written in `language`.
  static func parameterName(_ p: ParameterSpec, _ language: Language) -> String {
    p.positional ? p.names(language).uppercased() : "--" + p.names(language)
  }

  static func expectedKind(_ k: ParameterKind) -> Text { Text("diharapkan ", en: "expected ") + k.expectation }

  static func unknownSubcommand(_ cmd: String, _ w: String) -> Text {
    Text("`\(cmd)` tidak punya subperintah `\(w)`", en: "`\(cmd)` has no subcommand `\(w)`")
  }
  static func needsSubcommand(_ cmd: String) -> Text {
    Text("`\(cmd)` memerlukan subperintah", en: "`\(cmd)` needs a subcommand")
  }
  static func subcommandsList(_ spec: CommandSpec, _ language: Language) -> Text {
    Text(
      "subperintah: " + spec.subcommands.map { $0.names.id }.joined(separator: ", "),
      en: "subcommands: " + spec.subcommands.map { $0.names.en }.joined(separator: ", "))
  }
  static func unknownParameter(_ cmd: String, _ name: String) -> Text {
    Text("`\(cmd)` tidak punya parameter `\(name)`", en: "`\(cmd)` has no parameter `\(name)`")
  }
  static func badValue(_ p: ParameterSpec, _ text: String, _ language: Language) -> Text {
    let n = parameterName(p, language)
    return Text("nilai `\(text)` tidak sah untuk `\(n)`", en: "`\(text)` is not a valid value for `\(n)`")
  }
  static func badChoice(_ p: ParameterSpec, _ text: String, _ language: Language) -> Text { badValue(p, text, language) }
  static func didYouMeanWithChoices(_ near: String?, _ choices: [Choice], _ language: Language) -> Text {
    let id = choices.map(\.names.id).joined(separator: ", "), en = choices.map(\.names.en).joined(separator: ", ")
    if let near {
      return Text("maksud Anda `\(near)`? nilai yang sah: \(id)", en: "did you mean `\(near)`? valid values: \(en)")
    }
    return Text("nilai yang sah: \(id)", en: "valid values: \(en)")
  }
  static func missingValue(_ p: ParameterSpec, _ language: Language) -> Text {
    let n = parameterName(p, language)
    return Text("`\(n)` memerlukan nilai", en: "`\(n)` needs a value")
  }
  static func givenTwice(_ p: ParameterSpec, _ language: Language) -> Text {
    let n = parameterName(p, language)
    return Text("`\(n)` diberikan dua kali", en: "`\(n)` is given twice")
  }
  static func unexpectedArgument(_ w: String) -> Text {
    Text("argumen `\(w)` tidak terduga", en: "unexpected argument `\(w)`")
  }
  static func missingRequired(_ cmd: String, _ p: ParameterSpec, _ language: Language) -> Text {
    let n = parameterName(p, language)
    return Text("`\(cmd)` memerlukan `\(n)` (\(p.kind.expectation.id))", en: "`\(cmd)` needs `\(n)` (\(p.kind.expectation.en))")
  }
  static func tableNotValueArgument(_ p: ParameterSpec, _ language: Language) -> Text {
    let n = parameterName(p, language)
    return Text("`\(n)` memerlukan satu nilai, bukan tabel", en: "`\(n)` needs a single value, not a table")
  }
  static func variableColumnNeedsPipe(_ t: String, _ c: String) -> Text {
    Text("`\(t)` bukan tabel dataset; kirim lewat `|`: \(t) | …", en: "`\(t)` is not a dataset table; pipe it in: \(t) | …")
  }
  static func ambiguousColumn(_ c: String, _ tables: [String]) -> Text {
    Text(
      "kolom `\(c)` ada di beberapa tabel: \(tables.joined(separator: ", "))",
      en: "column `\(c)` is in several tables: \(tables.joined(separator: ", "))")
  }
  static func qualifyColumn(_ options: [String]) -> Text {
    let list = options.map { "`\($0)`" }.joined(separator: ", ")
    return Text("tulis lengkap: \(list)", en: "write it in full: \(list)")
  }
  static func datasetLacksColumn(_ c: String) -> Text {
    Text("dataset ini tidak punya kolom `\(c)`", en: "this dataset lacks column `\(c)`")
  }
  static func columnWrongType(_ c: String, _ t: ColumnType, _ allowed: [ColumnType]) -> Text {
    let id = allowed.map(\.label.id).joined(separator: "/"), en = allowed.map(\.label.en).joined(separator: "/")
    return Text("kolom `\(c)` berisi \(t.label.id), bukan \(id)", en: "column `\(c)` holds \(t.label.en), not \(en)")
  }
  static func requiresTable(_ cmd: String, _ t: String) -> Text {
    Text("`\(cmd)` memerlukan tabel `\(t)`, yang tidak ada di dataset ini", en: "`\(cmd)` needs table `\(t)`, which this dataset lacks")
  }
  static func requiresColumn(_ cmd: String, _ c: String) -> Text {
    Text("`\(cmd)` memerlukan kolom `\(c)`, yang tidak ada di dataset ini", en: "`\(cmd)` needs column `\(c)`, which this dataset lacks")
  }
  static let requirementHint = Text(
    "lihat docs/dataset.md untuk berkas dan kolom yang diharapkan", en: "see docs/dataset.md for the expected files and columns")
  static func noSuchTable(_ n: String) -> Text {
    Text("dataset ini tidak punya tabel `\(n)`", en: "this dataset has no table `\(n)`")
  }
  static func tablesList(_ names: [String]) -> Text {
    Text("tabel yang ada: \(names.joined(separator: ", "))", en: "tables: \(names.joined(separator: ", "))")
  }
  static func commandFailed(_ cmd: String, _ error: any Error) -> Text {
    Text("`\(cmd)` gagal: \(error)", en: "`\(cmd)` failed: \(error)")
  }
  static func notADataset(_ path: String, _ reason: Text) -> Text {
    Text("`\(path)` bukan dataset: \(reason.id)", en: "`\(path)` is not a dataset: \(reason.en)")
  }
}

import Testing

@testable import AwasPluginKit
@testable import AwasShell
import AwasLanguage

/// A world with one plugin-like command, two tables and a fake file system.
func testWorld(_ language: Language = .id) -> CompletionWorld {
  var registry = CommandRegistry()
  let link = ShellLink()
  registry.addBuiltins(CoreCommands.all(link), settings: Interpreter.coreSettings + CoreSettings.all)
  registry.addBuiltins(
    [
      CommandSpec(
        Names("periksa", en: "check"), summary: Text("pemeriksaan", en: "checks"),
        subcommands: [
          CommandSpec(
            Names("benford"), summary: Text("uji Benford", en: "Benford test"),
            parameters: [
              ParameterSpec(Names("kolom", en: "column"), .column(types: [.money]), positional: true, help: "kolom"),
              ParameterSpec(Names("digit", en: "digits"), .choice([Choice("1"), Choice("2"), Choice("12")]), help: Text("digit diuji", en: "digits tested")),
              ParameterSpec(Names("menurut", en: "by"), .string, help: Text("kelompok", en: "group")),
            ], action: { _ in CommandOutput() }),
          CommandSpec(Names("duplikat", en: "duplicates"), summary: Text("duplikat", en: "duplicates"), action: { _ in CommandOutput() }),
        ]),
      CommandSpec(
        Names("ringkas", en: "summarize"), summary: Text("ringkasan", en: "summary"), acceptsInput: true,
        action: { _ in CommandOutput() }),
    ], settings: [])
  var world = CompletionWorld(registry: registry)
  world.language = language
  world.tables = [
    .init(name: "pinjaman", columns: [("no_pinjaman", .string), ("plafon", .money), ("sisa", .money), ("dpd", .int)]),
    .init(name: "angsuran", columns: [("no_bukti", .string), ("pokok", .money), ("tanggal", .date)]),
  ]
  world.variables = ["macet"]
  world.listFolder = { folder in
    switch folder {
    case "": return [("contoh", true), ("bulanan.awas", false), (".hidden", false)]
    case "contoh/": return [("koperasi.toml", false), ("pinjaman.csv", false)]
    default: return []
    }
  }
  return world
}

func texts(_ line: String, _ language: Language = .id) -> [String] {
  Completer(world: testWorld(language)).complete(line).candidates.map(\.text)
}

@Suite struct CompleterTests {
  @Test func commandsInBothLanguages() {
    #expect(texts("he") == ["help"])
    #expect(texts("bant") == ["bantuan"])
    #expect(texts("per").contains("periksa"))
    #expect(texts("per").contains("periksa-data"))
    #expect(texts("pin") == ["pinjaman"])
    #expect(texts("mac") == ["macet"])
  }

  @Test func emptyLineOffersNamesInTheSessionLanguage() {
    let id = texts("")
    #expect(id.contains("bantuan") && !id.contains("help"))
    let en = texts("", .en)
    #expect(en.contains("help") && !en.contains("bantuan"))
  }

  @Test func subcommandsAndParameters() {
    #expect(texts("periksa ") == ["benford", "duplikat"])
    #expect(texts("check dup") == ["duplicates"])
    #expect(texts("periksa benford angsuran.pokok --") == ["--digit", "--menurut"])
    #expect(texts("check benford angsuran.pokok --d", .en) == ["--digits"])
    // A parameter already given is not offered again.
    #expect(texts("periksa benford x --digit 1 --") == ["--menurut"])
  }

  @Test func enumValuesAfterAParameter() {
    #expect(texts("periksa benford angsuran.pokok --digit ") == ["1", "2", "12"])
    #expect(texts("periksa benford angsuran.pokok --digit 1") == ["1", "12"])
  }

  @Test func tableDotColumnFilteredByType() {
    // Only tables with a money column, then only money columns.
    #expect(texts("periksa benford ") == ["pinjaman.", "angsuran."])
    #expect(texts("periksa benford angsuran.") == ["angsuran.pokok"])
    #expect(texts("periksa benford pinjaman.s") == ["pinjaman.sisa"])
  }

  @Test func columnsInsideAPipelineStage() {
    #expect(texts("pinjaman | where d") == ["dpd"])
    #expect(texts("pinjaman | saring dpd > 90 | urut s") == ["sisa"])
    #expect(texts("pinjaman | ") .contains("saring"))
    #expect(texts("pinjaman | rin") == ["ringkas"])
    #expect(texts("pinjaman | ri", .en) == ["ringkas"])
  }

  @Test func settingsAndTheirValues() {
    #expect(texts("set for") == ["format"])
    #expect(texts("set format ") == ["table", "csv", "json", "markdown"])
    #expect(texts("atur saat-galat ") == ["berhenti", "lanjut"])
    #expect(texts("set on-error ", .en) == ["stop", "continue"])
  }

  @Test func filePathsForPathParameters() {
    #expect(texts("buka ") == ["contoh/"])
    #expect(texts("open contoh/") == [])
    #expect(texts("source ") == ["contoh/", "bulanan.awas"])
    #expect(texts("jalankan contoh/k") == ["contoh/koperasi.toml"])
    let c = Completer(world: testWorld()).complete("buka co")
    #expect(c.candidates.first?.appendSpace == false)
  }

  @Test func helpCompletesCommandNames() {
    #expect(texts("help ri") == ["ringkas", "riwayat"])
  }

  @Test func descriptionsComeFromDeclarations() {
    let c = Completer(world: testWorld(.en)).complete("check benford x --dig")
    #expect(c.candidates == [CompletionCandidate(text: "--digits", description: "digits tested")])
  }

  @Test func afterSemicolonStartsANewStatement() {
    #expect(texts("buka contoh; pin") == ["pinjaman"])
  }

  @Test func quotedTextIsOneWord() {
    #expect(texts("buka \"a b\" ; he") == ["help"])
  }

  @Test func listOfColumnsCompletesTheLastItem() {
    let c = Completer(world: testWorld()).values(.list(.choice([Choice("tanggal"), Choice("pokok")])), "pokok,ta")
    #expect(c.map(\.text) == ["pokok,tanggal"])
  }
}

import Testing

@testable import AwasPluginKit
@testable import AwasShell

@Suite struct HelpTextTests {
  @Test func usageComesFromDeclarations() {
    let world = testWorld(.en)
    let help = HelpText(registry: world.registry, language: .en)
    let check = world.registry.command("check")!
    let benford = check.subcommand("benford")!
    #expect(help.usage(["check", "benford"], benford) == "check benford [TABLE.COLUMN] [--digits 1|2|12] [--by TEXT]")
    #expect(help.usage(["check"], check) == "check <benford|duplicates>")
  }

  @Test func commandHelpListsParametersAndExamples() {
    let world = testWorld()
    let help = HelpText(registry: world.registry, language: .id)
    let open = world.registry.command("buka")!
    let text = help.command(["buka"], open)
    #expect(text.contains("Pemakaian:  buka FOLDER"))
    #expect(text.contains("Nama lain:  open"))
    #expect(text.contains("  buka contoh"))
    #expect(text.contains("(wajib)"))
  }

  @Test func overviewGroupsCommands() {
    let help = HelpText(registry: testWorld(.en).registry, language: .en)
    let text = help.overview()
    #expect(text.contains("Basics"))
    #expect(text.contains("  open "))
    #expect(text.contains("(buka)"))
  }
}

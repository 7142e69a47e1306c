import AwasPluginKit
import Testing

@testable import AwasHealthPlugin

@Suite struct BuiltInRulesTests {
  @Test func builtInRulesLoadWithoutProblems() throws {
    let rules = try HealthRules.builtInRules()
    #expect(rules.schemes.map(\.id) == ["ksp-2016", "kspps-2016"])
    #expect(rules.checklists["manajemen-2016"]?.items.count == 38)
    let counts = ["umum", "kelembagaan", "permodalan", "aktiva", "likuiditas"].map {
      rules.checklists["manajemen-2016"]?.items(in: $0).count ?? 0
    }
    #expect(counts == [12, 6, 5, 10, 5])
  }
}

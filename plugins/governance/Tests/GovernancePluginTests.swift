import Testing
@testable import AwasGovernancePlugin

@Suite struct GovernancePluginSmokeTests {
  @Test func declares() { #expect(GovernancePlugin().name == "governance") }
}

import Testing
@testable import AwasRiskPlugin

@Suite struct RiskPluginSmokeTests {
  @Test func declares() { #expect(RiskPlugin().name == "risk") }
}

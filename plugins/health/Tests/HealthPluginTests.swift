import Testing
@testable import AwasHealthPlugin

@Suite struct HealthPluginSmokeTests {
  @Test func declares() { #expect(HealthPlugin().name == "health") }
}

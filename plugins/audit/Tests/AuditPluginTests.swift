import Testing
@testable import AwasAuditPlugin

@Suite struct AuditPluginSmokeTests {
  @Test func declares() { #expect(AuditPlugin().name == "audit") }
}

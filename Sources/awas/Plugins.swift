import AwasAuditPlugin
import AwasExamplePlugin
import AwasGovernancePlugin
import AwasHealthPlugin
import AwasPluginKit
import AwasRiskPlugin

/// The plugins built into awas: the one place that lists them.
let builtInPlugins: [any Plugin] = [
  HealthPlugin(),
  GovernancePlugin(),
  RiskPlugin(),
  AuditPlugin(),
  ExamplePlugin(),
]

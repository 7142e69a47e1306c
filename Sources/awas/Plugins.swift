import AwasExamplePlugin
import AwasPluginKit

/// The plugins built into awas: the one place that lists them.
let builtInPlugins: [any Plugin] = [
  ExamplePlugin(),
]

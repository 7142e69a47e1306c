// swift-tools-version:6.1
import PackageDescription

/// Targets by layer (see docs/architecture.md). Arrows are the only allowed imports:
///   awas → AwasShell → AwasLanguage → AwasPluginKit → AwasData
/// Plugins (under plugins/) import AwasPluginKit only.
let plugins: [(name: String, folder: String, rules: Bool)] = [
  ("AwasExamplePlugin", "example", false),
  ("AwasHealthPlugin", "health", true),
  ("AwasGovernancePlugin", "governance", true),
  ("AwasRiskPlugin", "risk", true),
  ("AwasAuditPlugin", "audit", true),
]

var targets: [Target] = [
  /** libedit, found with pkg-config; Debian package libedit-dev. */
  .systemLibrary(
    name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
  /** One-line C wrappers for libedit's variadic calls and the SIGINT flag. */
  .target(name: "CEditShim", dependencies: ["CLibEdit"]),
  /** Values, columnar tables, the dataset contract, loaders, derived loan tables. */
  .target(
    name: "AwasData",
    dependencies: [.product(name: "TOMLKit", package: "TOMLKit")],
    resources: [.copy("Rules")]),
  /** The plug-in SDK: commands, parameters, results, findings, charts, settings. */
  .target(name: "AwasPluginKit", dependencies: ["AwasData"]),
  /** Lexer, parser, AST with spans, evaluator, diagnostics. */
  .target(name: "AwasLanguage", dependencies: ["AwasPluginKit"]),
  /** REPL on libedit, completion, history, rendering, session log, built-in commands. */
  .target(
    name: "AwasShell",
    dependencies: [
      "AwasLanguage", "AwasPluginKit", "CEditShim",
      .product(name: "Crypto", package: "swift-crypto"),
    ]),
  /** The executable: argument parsing and the list of built-in plugins. */
  .executableTarget(
    name: "awas",
    dependencies: [
      "AwasShell",
      .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ] + plugins.map { .target(name: $0.name) }),
  .testTarget(name: "AwasDataTests", dependencies: ["AwasData"], exclude: ["Fixtures"]),
  .testTarget(name: "AwasPluginKitTests", dependencies: ["AwasPluginKit"]),
  .testTarget(name: "AwasLanguageTests", dependencies: ["AwasLanguage"]),
  .testTarget(name: "AwasShellTests", dependencies: ["AwasShell"]),
  .testTarget(name: "AwasEndToEndTests", dependencies: []),
]

for plugin in plugins {
  targets.append(
    .target(
      name: plugin.name, dependencies: ["AwasPluginKit"],
      path: "plugins/\(plugin.folder)/Sources",
      resources: plugin.rules ? [.copy("Rules")] : []))
  targets.append(
    .testTarget(
      name: plugin.name + "Tests", dependencies: [.target(name: plugin.name)],
      path: "plugins/\(plugin.folder)/Tests"))
}

let package = Package(
  name: "awas",
  platforms: [.macOS(.v13)],
  products: [.executable(name: "awas", targets: ["awas"])],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: targets,
  swiftLanguageModes: [.v6]
)

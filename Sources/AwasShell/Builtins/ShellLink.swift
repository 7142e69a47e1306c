import AwasPluginKit

/// What built-in commands read from the shell that is not in their Context:
/// the registry (for help) and the history. The shell runs commands on one
/// thread, so the box is only ever touched from it.
final class ShellLink: @unchecked Sendable {
  var registry = CommandRegistry()
  var history: [String] = []
  var version = "0"
}

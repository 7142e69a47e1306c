import AwasPluginKit

/// What built-in commands read from the shell that is not in their Context:
/// the registry (for help), the history, the findings and the audit log. The
/// shell runs commands on one thread, so the box is only ever touched from it.
final class ShellLink: @unchecked Sendable {
  var registry = CommandRegistry()
  var history: [String] = []
  var version = "0"
  /// The findings of the open dataset (in memory when none is open).
  var findings = FindingStore(workspace: nil)
  /// The open dataset's audit log, if its workspace can be written.
  var log: AuditLog?
  var datasetName: String?
  /// Re-runs statements in a fresh session; returns each one's result digest.
  var replay: (([String]) -> [String])?
}

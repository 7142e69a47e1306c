import AwasPluginKit

/// An error (or warning) about a statement, with the span it points at and a
/// hint saying what would be valid. Rendered by ``DiagnosticRenderer``.
public struct Diagnostic: Error, Sendable {
  public enum Severity: String, Sendable { case error, warning }

  public var severity: Severity
  public var message: Text
  public var span: Span?
  public var source: SourceText?
  public var hint: Text?

  public init(
    _ severity: Severity = .error, _ message: Text, span: Span? = nil, source: SourceText? = nil,
    hint: Text? = nil
  ) {
    self.severity = severity
    self.message = message
    self.span = span
    self.source = source
    self.hint = hint
  }
}

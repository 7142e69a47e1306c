import AwasPluginKit

extension Diagnostic {
  /// An error about `span` (the common case: severity `.error`).
  public init(_ message: Text, span: Span? = nil, source: SourceText? = nil, hint: Text? = nil) {
    self.init(.error, message, span: span, source: source, hint: hint)
  }
}

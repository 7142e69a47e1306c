import AwasPluginKit

extension Diagnostic {
  /// An error about `span` (the common case: severity `.error`).
  public init(_ message: Text, span: Span? = nil, source: SourceText? = nil, hint: Text? = nil) {
    self.init(.error, message, span: span, source: source, hint: hint)
  }
}

extension Diagnostic {
  /// "No dataset is open", pointing at `span` (the same words as
  /// ``UserError/noDataset``, which commands throw).
  static func noDataset(at span: Span?) -> Diagnostic {
    Diagnostic(UserError.noDataset.message, span: span, hint: UserError.noDataset.hint)
  }

  /// Whether this says that no dataset is open, whoever raised it (commands
  /// throw ``UserError/noDataset``, which becomes a diagnostic with its hint).
  var isNoDataset: Bool { hint == UserError.noDataset.hint }
}

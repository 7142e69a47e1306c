/// A problem found while loading or validating a dataset.
///
/// Per-value problems carry the file, line and column (1-based) and the text
/// found; table-level problems carry only the file. `message` says what was
/// wrong and `expected` what would be valid.
public struct DataIssue: Sendable, Codable, Hashable {
  public enum Severity: String, Sendable, Codable { case error, warning }

  public var severity: Severity
  /// A stable code for the kind of problem (`bad-money`, `duplicate-key`…).
  public var kind: String
  public var file: String
  public var line: Int?
  public var column: Int?
  /// The dataset column (field) involved.
  public var field: String?
  /// The offending text as found in the file.
  public var found: String?
  public var message: Text
  public var expected: Text?
  /// The source line with a caret under the offending field.
  public var excerpt: String?
  /// Whether the row was left out of the table because of this problem.
  public var rowSkipped: Bool

  public init(
    severity: Severity = .error, kind: String, file: String, line: Int? = nil, column: Int? = nil,
    field: String? = nil, found: String? = nil, message: Text, expected: Text? = nil,
    excerpt: String? = nil, rowSkipped: Bool = false
  ) {
    self.severity = severity
    self.kind = kind
    self.file = file
    self.line = line
    self.column = column
    self.field = field
    self.found = found
    self.message = message
    self.expected = expected
    self.excerpt = excerpt
    self.rowSkipped = rowSkipped
  }

  /// `pinjaman.csv:4812:17` (as much as is known).
  public var location: String {
    var s = file
    if let line { s += ":\(line)" }
    if let column { s += ":\(column)" }
    return s
  }
}

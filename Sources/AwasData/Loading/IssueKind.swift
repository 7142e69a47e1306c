/// Every kind of problem the loader reports; the raw value is ``DataIssue/kind``.
///
/// The kinds are stable codes: scripts and tests match on them.
public enum IssueKind: String, Sendable, CaseIterable {
  // Files.
  case missingFile = "missing-file"
  case unknownFile = "unknown-file"
  case unreadableFile = "unreadable-file"
  case emptyFile = "empty-file"
  case notText = "not-text"
  case invalidUTF8 = "invalid-utf8"
  case fileTooLarge = "file-too-large"
  // Header.
  case wrongDelimiter = "wrong-delimiter"
  case noHeader = "no-header"
  case missingColumn = "missing-column"
  case duplicateColumn = "duplicate-column"
  case unnamedColumn = "unnamed-column"
  case rowsBeforeHeader = "rows-before-header"
  // Records.
  case unclosedQuote = "unclosed-quote"
  case textAfterQuote = "text-after-quote"
  case extraFields = "extra-fields"
  // Values.
  case missingValue = "missing-value"
  case badMoney = "bad-money"
  case badInteger = "bad-integer"
  case badNumber = "bad-number"
  case badDate = "bad-date"
  case excelDate = "excel-date"
  case badYesNo = "bad-yes-no"
  case notAllowed = "not-allowed"
  // Rows and tables.
  case duplicateKey = "duplicate-key"
  case unknownLoan = "unknown-loan"
  case unknownMember = "unknown-member"
  case endBeforeStart = "end-before-start"
  case afterReportingDate = "after-reporting-date"
  // koperasi.toml.
  case missingKey = "missing-key"
  case badKey = "bad-key"
  // Regions.
  case unregisteredFolder = "unregistered-folder"

  /// How serious a problem of this kind is.
  public var severity: DataIssue.Severity {
    switch self {
    case .unknownFile, .invalidUTF8, .duplicateColumn, .unnamedColumn, .rowsBeforeHeader,
      .textAfterQuote, .extraFields, .afterReportingDate, .missingKey, .badKey, .unregisteredFolder:
      return .warning
    default:
      return .error
    }
  }

  /// The position of this kind in `allCases`, for counting without hashing.
  var ordinal: Int { IssueKind.ordinals[self] ?? 0 }
  private static let ordinals: [IssueKind: Int] = Dictionary(
    uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}

extension DataIssue {
  /// The kind as an ``IssueKind``, or nil for kinds other code defined.
  public var issueKind: IssueKind? { IssueKind(rawValue: kind) }

  /// An issue of `kind` with its default severity.
  init(
    _ kind: IssueKind, file: String, line: Int? = nil, column: Int? = nil, field: String? = nil,
    found: String? = nil, message: Text, expected: Text? = nil, excerpt: String? = nil,
    rowSkipped: Bool = false
  ) {
    self.init(
      severity: kind.severity, kind: kind.rawValue, file: file, line: line, column: column,
      field: field, found: found, message: message, expected: expected, excerpt: excerpt,
      rowSkipped: rowSkipped)
  }
}

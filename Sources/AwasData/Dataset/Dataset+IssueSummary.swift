extension Dataset {
  /// What `open` and `use` say of a dataset's data problems: the count of
  /// errors and warnings (prefixed with `name` when given), then the first
  /// five issues with their places. Empty when there are none.
  public func issueSummary(_ language: Language, name: String? = nil) -> [String] {
    guard !issues.isEmpty else { return [] }
    let errors = issues.filter { $0.severity == .error }.count
    let warnings = issues.filter { $0.severity == .warning }.count
    let prefix = name.map { "\($0): " } ?? ""
    let head = language == .en
      ? "\(prefix)\(errors) error\(errors == 1 ? "" : "s") and \(warnings) warning\(warnings == 1 ? "" : "s") in the data; `validate` lists them all."
      : "\(prefix)\(errors) galat dan \(warnings) peringatan pada data; `periksa-data` menampilkan semuanya."
    return [head] + issues.prefix(5).map { "  \($0.location): \($0.message(language))" }
  }
}

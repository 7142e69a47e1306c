import AwasPluginKit

/// How results are printed: `--format` / `set format`.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, csv, json, markdown

  /// The format a saved file gets from its extension (`hasil.csv` → csv), or nil.
  public static func forPath(_ path: String) -> OutputFormat? {
    let lower = path.lowercased()
    if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") { return .csv }
    if lower.hasSuffix(".json") { return .json }
    if lower.hasSuffix(".md") { return .markdown }
    if lower.hasSuffix(".txt") { return .table }
    return nil
  }

  /// Whether the format is for programs rather than people: then only table
  /// results go to standard output and everything else to standard error.
  public var isMachine: Bool { self == .csv || self == .json }
}

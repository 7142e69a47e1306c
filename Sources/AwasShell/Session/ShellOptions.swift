import AwasPluginKit

/// How the shell was started (from the command line).
public struct ShellOptions: Sendable {
  public var format: String?
  public var language: Language
  /// A dataset folder to open at start.
  public var dataPath: String?
  public var historyPath: String?
  public var version: String

  public init(format: String? = nil, language: Language = .id, dataPath: String? = nil, historyPath: String? = HistoryStoreDefaults.path(), version: String = "0") {
    self.format = format
    self.language = language
    self.dataPath = dataPath
    self.historyPath = historyPath
    self.version = version
  }
}

/// The default history location (see ``HistoryStore``).
public enum HistoryStoreDefaults {
  public static func path() -> String? { HistoryStore.defaultPath() }
}

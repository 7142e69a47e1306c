import AwasPluginKit

/// What a name is bound to: a table or a single value.
public enum SessionValue: Sendable {
  case table(Table)
  case value(Value)

  /// The table, when this is one.
  public var table: Table? { if case .table(let t) = self { return t } else { return nil } }
}

/// A *wilayah*: several datasets in one folder, loaded when selected.
public struct Region: Sendable {
  /// The region folder.
  public var path: String
  /// Member folder names, in register order.
  public var members: [String]
  /// The members loaded so far, by name.
  public var loaded: [String: Dataset]
  /// The member in use (`use NAME`).
  public var selected: String?

  /// A region with nothing loaded or selected yet.
  public init(path: String, members: [String]) {
    self.path = path
    self.members = members
    self.loaded = [:]
    self.selected = nil
  }
}

/// Everything a session has built up: the open dataset (or region), named
/// variables, numbered results, settings and the language.
public struct SessionState: Sendable {
  /// The selected dataset; nil when none is open (or a region has none selected).
  public internal(set) var dataset: Dataset?
  /// The open region, if a *wilayah* folder was opened.
  public internal(set) var region: Region?
  /// `let` bindings and script arguments (`arg1`, `args`), by name.
  public internal(set) var variables: [String: SessionValue] = [:]
  /// Results by number (`$1`…). Only the latest ``SessionState/keptResults`` are kept.
  public internal(set) var results: [Int: Table] = [:]
  /// The number of the last result (`_`), 0 before the first.
  public internal(set) var lastResult: Int = 0
  /// Every setting by canonical (English) key.
  public internal(set) var settings: Settings
  /// The language of messages and labels.
  public internal(set) var language: Language

  /// How many results stay addressable by number.
  public static let keptResults = 100

  init(settings: Settings, language: Language) {
    self.settings = settings
    self.language = language
  }

  /// The last result (`_`).
  public var last: Table? { results[lastResult] }

  /// Stores a result under the next number and returns the number.
  mutating func record(_ table: Table) -> Int {
    lastResult += 1
    results[lastResult] = table
    results[lastResult - SessionState.keptResults] = nil
    return lastResult
  }

  /// Names of the variables, sorted.
  public var variableNames: [String] { variables.keys.sorted() }
}

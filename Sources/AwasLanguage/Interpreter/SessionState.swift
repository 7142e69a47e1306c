import AwasPluginKit

/// What a name is bound to: a table or a single value.
public enum SessionValue: Sendable {
  case table(Table)
  case value(Value)

  /// The table, when this is one.
  public var table: Table? { if case .table(let t) = self { return t } else { return nil } }
}

/// An open *wilayah*: the register and its cooperatives, each loaded when selected.
public struct RegionSession: Sendable {
  public var region: Region
  /// The members loaded so far, by member name.
  public var loaded: [String: Dataset] = [:]
  /// The name of the selected member.
  public var selected: String?

  public init(_ region: Region) { self.region = region }

  /// Names of the members that have a dataset folder.
  public var names: [String] { region.members.filter(\.hasDataset).map(\.name) }
}

/// Everything a session has built up: the open dataset (or region), named
/// variables, numbered results, settings and the language.
public struct SessionState: Sendable {
  /// The selected dataset; nil when none is open (or a region has none selected).
  public internal(set) var dataset: Dataset?
  /// The open region, if a *wilayah* folder was opened.
  public internal(set) var region: RegionSession?
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
  /// What was selected before a command that selects the dataset failed in
  /// the current run (see ``CommandSpec/selectsDataset``).
  private var held: HeldSelection?

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

  /// Clears the selection for the rest of the run, keeping what it was.
  mutating func holdSelection() {
    if held == nil { held = HeldSelection(dataset: dataset, member: region?.selected) }
    dataset = nil
    region?.selected = nil
  }

  /// Something was opened or selected: the held selection is not coming back.
  mutating func forgetHeldSelection() { held = nil }

  /// At the end of a run: the held selection returns (recomputed if `asof`
  /// was set meanwhile).
  mutating func releaseHeldSelection() {
    guard let h = held else { return }
    held = nil
    if let d = h.dataset {
      let asOf = settings.date("asof") ?? d.info.tanggalLaporan
      dataset = d.asOf == asOf ? d : d.recomputed(asOf: asOf)
    }
    region?.selected = h.member
  }

  /// Names of the variables, sorted.
  public var variableNames: [String] { variables.keys.sorted() }
}

/// The selection a failed `open` or `use` cleared, until its run ends.
private struct HeldSelection: Sendable {
  var dataset: Dataset?
  var member: String?
}

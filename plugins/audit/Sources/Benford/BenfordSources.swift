import AwasPluginKit

/// The tables recent Benford tests ran on, so that `$n | rows 7` can find the
/// rows behind a digit even when the test ran on a piped, filtered table.
/// A result's metadata names its token; when the token is gone (a new
/// session), the drill-down falls back to the dataset table of that name.
final class BenfordSources: @unchecked Sendable {
  static let shared = BenfordSources()
  private let lock = NSLock()
  private var tables: [(token: String, table: Table)] = []
  private var counter = 0
  /// How many sources are kept (tables share storage with the dataset).
  let capacity = 16

  /// Keeps `table` and returns its token.
  func store(_ table: Table) -> String {
    lock.lock()
    defer { lock.unlock() }
    counter += 1
    let token = "b\(counter)"
    tables.append((token, table))
    if tables.count > capacity { tables.removeFirst(tables.count - capacity) }
    return token
  }

  func table(_ token: String) -> Table? {
    lock.lock()
    defer { lock.unlock() }
    return tables.last { $0.token == token }?.table
  }
}

/// Metadata keys a Benford result carries (they survive filters and sorts).
enum BenfordMeta {
  static let test = "audit.benford.test"
  static let table = "audit.benford.table"
  static let column = "audit.benford.column"
  static let token = "audit.benford.token"
  static let by = "audit.benford.by"
  /// `digits` for the per-digit table, `groups` for the ranking by group.
  static let kind = "audit.benford.kind"
}

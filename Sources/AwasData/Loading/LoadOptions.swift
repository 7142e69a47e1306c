import Foundation

/// Knobs of a load that tests turn to exercise the parallel path on small files.
struct LoadOptions: Sendable {
  /// Files at least this large are parsed by several threads.
  var parallelBytes = 1 << 20
  /// How many threads a large file is split across.
  var threads = Swift.max(1, Swift.min(8, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
  /// A file read in two parts: the thread that finishes its part first takes
  /// over the tail of the other while at least this many bytes of it are
  /// unclaimed (see ``PartSplit``); `Int.max` never.
  var stealBytes = 2 << 20
  /// How far ahead each part claims its bytes.
  var claimBytes = 1 << 20
  /// Tests: parse the parts one after the other on the calling thread, so
  /// the taking over happens at a known moment.
  var partOrder = PartOrder.concurrent
  /// How often a part reports progress, checks the text ahead and maps memory in.
  var checkpointBytes = 4 << 20
  /// Tests: counts the parts taken over.
  var taken: TakenCount? = nil

  static let standard = LoadOptions()
}

/// The order in which the parts of a file are parsed.
enum PartOrder: Sendable {
  /// At once, on as many threads.
  case concurrent
  /// Tests: one after the other on the calling thread, the last first (it
  /// takes over the tail of the first, which has claimed nothing yet).
  case lastFirst
  /// Tests: one after the other, the first first (it takes over the tail of the last).
  case firstFirst
}

/// How many parts were taken over from other parts (see ``LoadOptions/taken``).
final class TakenCount: @unchecked Sendable {
  private let lock = NSLock()
  private var n = 0
  var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return n
  }
  func add() {
    lock.lock()
    n += 1
    lock.unlock()
  }
}

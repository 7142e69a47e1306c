import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counts bytes parsed across threads and reports them to the caller's callback.
///
/// `@unchecked Sendable`: the only mutable state, `done`, is read and written
/// under `mutex`; `total` and `callback` never change.
final class ProgressMeter: @unchecked Sendable {
  private let total: Int64
  private let callback: @Sendable (Int64, Int64) -> Void
  private var done: Int64 = 0
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

  init(total: Int64, _ callback: @escaping @Sendable (Int64, Int64) -> Void) {
    self.total = total
    self.callback = callback
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// Adds `bytes` and reports the new total (outside the lock).
  func advance(_ bytes: Int) {
    guard bytes > 0 else { return }
    pthread_mutex_lock(mutex)
    done = Swift.min(total, done + Int64(bytes))
    let now = done
    pthread_mutex_unlock(mutex)
    callback(now, total)
  }
}

/// Knobs of a load that tests turn to exercise the parallel path on small files.
struct LoadOptions: Sendable {
  /// Files at least this large are parsed by several threads.
  var parallelBytes = 1 << 20
  /// How many threads a large file is split across.
  var threads = Swift.max(1, Swift.min(8, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
  /// A file read in two parts: the thread that finishes the second part takes
  /// over the tail of the first while at least this many bytes of it are
  /// unclaimed (see ``PartSplit``); `Int.max` never.
  var stealBytes = 2 << 20
  /// How far ahead the first part claims its bytes.
  var claimBytes = 1 << 20
  /// Tests: parse the parts one after the other on the calling thread, the
  /// last first, so the taking over happens at a known moment.
  var lastPartFirst = false
  /// How often a part reports progress, checks the text ahead and maps memory in.
  var checkpointBytes = 4 << 20
  /// Tests: counts the parts taken over.
  var taken: TakenCount? = nil

  static let standard = LoadOptions()
}

/// How many parts were taken over from first parts (see ``LoadOptions/taken``).
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

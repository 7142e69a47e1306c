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

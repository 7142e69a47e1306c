import Dispatch
import Foundation

/// Work started on a thread of its own, whose result the starter collects
/// with ``wait()``.
///
/// A dedicated thread, not a dispatch queue: loops that split over the cores
/// with `concurrentPerform` stay parallel in the starter and in the work (a
/// `concurrentPerform` nested in another runs on one thread), and waiting
/// cannot stall on a pool whose workers are all busy.
final class BackgroundWork<T: Sendable>: @unchecked Sendable {
  // Written once by the thread before `done` is signalled; read after `wait()`.
  private var value: T?
  private let done = DispatchSemaphore(value: 0)

  init(_ work: @escaping @Sendable () -> T) {
    let thread = Thread { [self] in
      value = work()
      done.signal()
    }
    thread.start()
  }

  /// Blocks until the work has finished and returns its result.
  func wait() -> T {
    done.wait()
    done.signal()  // a later wait returns at once
    return value.unsafelyUnwrapped
  }
}

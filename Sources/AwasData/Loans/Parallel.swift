import Dispatch
import Foundation

/// Splits loop work over the machine's cores.
///
/// Every helper hands each task a disjoint range, so tasks that write through
/// buffer pointers never touch the same element.
enum Parallel {
  /// The number of cores to spread work over.
  static let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)

  /// Calls `body` with disjoint ranges that cover `0..<count`, concurrently when
  /// `count` is at least `minimum`. Range bounds are multiples of 64.
  static func forEachChunk(_ count: Int, minimum: Int = 32_768, _ body: (Range<Int>) -> Void) {
    if count <= 0 { return }
    if count < minimum || workers == 1 {
      body(0..<count)
      return
    }
    // A few chunks per core evens out uneven loans (long tenors, many repayments).
    let chunks = min(workers * 4, (count + 63) / 64)
    let per = ((count + chunks - 1) / chunks + 63) & ~63
    // `body` writes only inside its own range (callers' contract), so running
    // it on several threads is safe although the closure is not `Sendable`.
    nonisolated(unsafe) let work = body
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
      let lo = c * per
      let hi = min(count, lo + per)
      if lo < hi { work(lo..<hi) }
    }
  }
}

/// An array of `count` elements that `fill` initialises completely (every element
/// of the buffer must be written; elements are trivial types, so assignment is
/// initialisation).
@inline(__always)
func makeArray<T>(_ count: Int, _ fill: (UnsafeMutableBufferPointer<T>) -> Void) -> ContiguousArray<T> {
  ContiguousArray(unsafeUninitializedCapacity: count) { buffer, initialized in
    fill(buffer)
    initialized = count
  }
}

/// `k` arrays of `count` elements, filled together by `fill` (see ``makeArray(_:_:)``).
func makeArrays<T>(
  _ k: Int, _ count: Int, _ fill: ([UnsafeMutableBufferPointer<T>]) -> Void
) -> [ContiguousArray<T>] {
  var buffers: [UnsafeMutableBufferPointer<T>] = []
  var done: [ContiguousArray<T>] = []
  func level(_ j: Int) {
    if j == k {
      fill(buffers)
      return
    }
    var inner: [ContiguousArray<T>] = []
    let array = ContiguousArray<T>(unsafeUninitializedCapacity: count) { buffer, initialized in
      buffers.append(buffer)
      level(j + 1)
      inner = done
      initialized = count
    }
    done = [array] + inner
  }
  level(0)
  return done
}

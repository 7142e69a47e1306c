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

extension Parallel {
  /// Calls `body(part)` for every part in `0..<parts`, concurrently.
  static func forEachPart(_ parts: Int, _ body: (Int) -> Void) {
    if parts <= 1 {
      if parts == 1 { body(0) }
      return
    }
    nonisolated(unsafe) let work = body
    DispatchQueue.concurrentPerform(iterations: parts) { work($0) }
  }
}

/// An array of `count` elements that `fill` initialises completely (every element
/// of the buffer must be written; elements are trivial types, so assignment is
/// initialisation).
@inline(__always)
func makeArray<T>(_ count: Int, _ fill: (UnsafeMutableBufferPointer<T>) -> Void) -> ContiguousArray<T> {
  ContiguousArray(unsafeUninitializedCapacity: count) { buffer, initialized in
    populateFresh(buffer)
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
      populateFresh(buffer)
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

/// A fixed-size buffer of trivial values whose address never changes, so hot
/// loops (also on several threads) index it without retain/release or
/// exclusivity checks.
///
/// It is filled once by its creator before being shared, and only read after
/// that; this is why it can be `@unchecked Sendable`.
final class FixedBuffer<T> {
  let pointer: UnsafeMutableBufferPointer<T>
  var count: Int { pointer.count }

  /// A buffer of `count` elements, each set to `value`.
  init(repeating value: T, count: Int) {
    pointer = .allocate(capacity: count)
    populateFresh(pointer)
    pointer.initialize(repeating: value)
  }

  /// A buffer of `count` elements that `fill` sets (it must set every one).
  init(count: Int, _ fill: (UnsafeMutableBufferPointer<T>) -> Void) {
    pointer = .allocate(capacity: count)
    populateFresh(pointer)
    fill(pointer)
  }

  /// A copy of `array`.
  convenience init(_ array: ContiguousArray<T>) {
    self.init(count: array.count) { p in
      array.withUnsafeBufferPointer { src in
        if let base = src.baseAddress, let dst = p.baseAddress {
          dst.initialize(from: base, count: src.count)
        }
      }
    }
  }

  deinit { pointer.deallocate() }

  @inline(__always) subscript(i: Int) -> T { pointer[i] }
}

extension FixedBuffer: @unchecked Sendable where T: Sendable {}

import Dispatch
import Foundation
import Testing

@testable import AwasData

@Suite("BackgroundWork: work on a thread of its own", .timeLimit(.minutes(1)))
struct BackgroundWorkTests {
  @Test func returnsTheResultFromAnotherThreadToEveryWait() {
    let starter = Self.threadID()
    let work = BackgroundWork { () -> (sum: Int, sameThread: Bool) in
      ((1...1000).reduce(0, +), Self.threadID() == starter)
    }
    let r = work.wait()
    #expect(r.sum == 500_500)
    #expect(!r.sameThread)
    #expect(work.wait().sum == 500_500)  // a second wait does not block
  }

  /// The calling thread's identity (`pthread_self`).
  static func threadID() -> UInt {
    #if canImport(Glibc)
    return UInt(pthread_self())
    #else
    return UInt(bitPattern: pthread_self())
    #endif
  }

  /// Every pool worker busy waiting on background work that itself splits a
  /// loop over the pool: the waits all finish.
  @Test func waitingFromEveryPoolWorkerFinishes() {
    let slots = UnsafeMutableBufferPointer<Int>.allocate(capacity: 16)
    slots.initialize(repeating: 0)
    defer { slots.deallocate() }
    nonisolated(unsafe) let out = slots
    DispatchQueue.concurrentPerform(iterations: 16) { i in
      let work = BackgroundWork { () -> Int in
        let parts = FixedBuffer<Int>(repeating: 0, count: 1024)
        let p = parts.pointer
        // Chunk bounds are multiples of 64, so each chunk has a slot of its own.
        Parallel.forEachChunk(64 * 1024, minimum: 1) { range in p[range.lowerBound / 64] = range.count }
        return (0..<1024).reduce(0) { $0 + p[$1] } + i
      }
      out[i] = work.wait()
    }
    #expect((0..<16).allSatisfy { slots[$0] == 64 * 1024 + $0 })
  }
}

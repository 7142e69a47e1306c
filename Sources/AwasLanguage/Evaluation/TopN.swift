import AwasPluginKit

/// Helpers for `sort … | head n` and `distinct`.
enum TopN {
  /// The n-th smallest value (1-based), with a bounded max-heap.
  static func nthSmallest(_ values: ContiguousArray<UInt64>, _ n: Int) -> UInt64 {
    var heap: [UInt64] = []
    heap.reserveCapacity(n)
    for v in values {
      if heap.count < n {
        heap.append(v)
        var i = heap.count - 1
        while i > 0, heap[(i - 1) / 2] < heap[i] {
          heap.swapAt(i, (i - 1) / 2)
          i = (i - 1) / 2
        }
      } else if v < heap[0] {
        heap[0] = v
        var i = 0
        while true {
          let l = 2 * i + 1, r = l + 1
          var m = i
          if l < heap.count, heap[l] > heap[m] { m = l }
          if r < heap.count, heap[r] > heap[m] { m = r }
          if m == i { break }
          heap.swapAt(i, m)
          i = m
        }
      }
    }
    return heap.first ?? .max
  }

  /// A code per row such that equal cells (and only they) share a code.
  static func codes(_ c: Column) -> ContiguousArray<Int64> {
    var out: ContiguousArray<Int64>
    switch c.storage {
    case .int64(let a): out = a
    case .day(let a): out = ContiguousArray(a.lazy.map { Int64($0) })
    case .double(let a): out = ContiguousArray(a.lazy.map { Int64(bitPattern: $0.bitPattern) })
    case .bool(let a): out = ContiguousArray(a.lazy.map { $0 ? 1 : 0 })
    case .dictionary(let codes, let values):
      var first: [String: Int64] = [:]
      let canonical = values.enumerated().map { i, v -> Int64 in
        if let f = first[v] { return f }
        first[v] = Int64(i)
        return Int64(i)
      }
      out = ContiguousArray(codes.lazy.map { canonical[Int($0)] })
    case .text(let s):
      var ids: [String: Int64] = [:]
      out = ContiguousArray((0..<s.count).map { i in
        let v = s[i]
        if let id = ids[v] { return id }
        let id = Int64(ids.count)
        ids[v] = id
        return id
      })
    }
    if let nulls = c.nulls {
      // Nulls share one code that no value uses: one past the largest, or a sentinel.
      for i in 0..<out.count where nulls[i] { out[i] = Int64.min }
    }
    return out
  }
}

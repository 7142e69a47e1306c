import AwasPluginKit

/// Helpers for `sort … | head n` and `distinct`.
enum TopN {
  /// An order-preserving rank per row, nulls last in either direction. Text
  /// ranks by UTF-8 bytes (code-point order), interned or not.
  static func ranks(_ c: Column, descending: Bool) -> ContiguousArray<UInt64> {
    var r: ContiguousArray<UInt64>
    switch c.storage {
    case .int64(let a): r = ContiguousArray(a.lazy.map { UInt64(bitPattern: $0) ^ (1 << 63) })
    case .day(let a): r = ContiguousArray(a.lazy.map { UInt64(bitPattern: Int64($0)) ^ (1 << 63) })
    case .double(let a):
      r = ContiguousArray(a.lazy.map { d in
        let bits = d.isNaN ? UInt64.max >> 1 : d.bitPattern
        return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
      })
    case .bool(let a): r = ContiguousArray(a.lazy.map { $0 ? 2 : 1 })
    case .dictionary(let codes, let values):
      let byValue = values.indices.sorted { values[$0].utf8.lexicographicallyPrecedes(values[$1].utf8) }
      var rankOf = [UInt64](repeating: 0, count: values.count)
      var rank: UInt64 = 0
      for (k, code) in byValue.enumerated() {
        if k > 0, values[byValue[k - 1]] != values[code] { rank += 1 }
        rankOf[code] = rank + 1
      }
      r = ContiguousArray(codes.lazy.map { rankOf[Int($0)] })
    case .text(let s):
      r = textRanks(s)
    }
    // Ranks above are ≥ 1 and below the maximum for every kind, so ~rank
    // never collides with the null rank.
    if descending { for i in 0..<r.count { r[i] = ~r[i] } }
    if let nulls = c.nulls {
      for i in 0..<r.count { r[i] = nulls[i] ? UInt64.max : min(r[i], UInt64.max - 1) }
    }
    return r
  }

  /// Dense ranks (from 1) of plain text by UTF-8 bytes.
  private static func textRanks(_ s: Utf8Strings) -> ContiguousArray<UInt64> {
    let n = s.count
    var idx = ContiguousArray(0..<Int32(n))
    var r = ContiguousArray<UInt64>(repeating: 0, count: n)
    s.bytes.withUnsafeBufferPointer { bytes in
      s.offsets.withUnsafeBufferPointer { off in
        func less(_ a: Int32, _ b: Int32) -> Bool {
          let a0 = Int(off[Int(a)]), a1 = Int(off[Int(a) + 1]), b0 = Int(off[Int(b)]), b1 = Int(off[Int(b) + 1])
          let m = Swift.min(a1 - a0, b1 - b0)
          for k in 0..<m where bytes[a0 + k] != bytes[b0 + k] { return bytes[a0 + k] < bytes[b0 + k] }
          return a1 - a0 < b1 - b0
        }
        idx.sort(by: less)
        var rank: UInt64 = 1
        for k in 0..<n {
          if k > 0, less(idx[k - 1], idx[k]) { rank += 1 }
          r[Int(idx[k])] = rank
        }
      }
    }
    return r
  }

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

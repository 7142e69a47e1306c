/// One key of a sort: a column and a direction.
public struct SortKey: Sendable {
  public var column: String
  public var descending: Bool
  public init(_ column: String, descending: Bool = false) {
    self.column = column
    self.descending = descending
  }
}

extension Table {
  /// The table's rows ordered by `keys` (stable; nulls last in either direction).
  /// Returns nil if a key names a missing column.
  public func sorted(by keys: [SortKey]) -> Table? {
    guard let order = sortedRows(by: keys) else { return nil }
    return gather(order)
  }

  /// The row order that sorts the table by `keys` (stable; nulls last).
  ///
  /// Every key becomes an order-preserving 64-bit rank per row
  /// (``Column/sortRanks(descending:)``); the rows are radix-sorted key by
  /// key, last key first.
  /// - Complexity: O(n) per numeric key and pass; text keys add an O(n log n) ranking.
  public func sortedRows(by keys: [SortKey]) -> ContiguousArray<Int32>? {
    var order: ContiguousArray<Int32>?
    for key in keys.reversed() {
      guard let c = column(key.column) else { return nil }
      order = RadixSort.radix(c.sortRanks(descending: key.descending), order)
    }
    return order ?? ContiguousArray(0..<Int32(rowCount))
  }
}

extension Column {
  /// An order-preserving rank per row, nulls last in either direction. Text
  /// ranks by UTF-8 bytes (code-point order), interned or not.
  public func sortRanks(descending: Bool) -> ContiguousArray<UInt64> {
    let c = self
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
      r = Column.textRanks(s)
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
  static func textRanks(_ s: Utf8Strings) -> ContiguousArray<UInt64> {
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

}

/// Stable LSD radix sort of row numbers by 64-bit ranks. Ranks travel with
/// their row numbers, so each pass reads sequentially instead of looking up a
/// rank through the permutation (a cache miss per row per pass).
enum RadixSort {
  /// Bits per radix digit: 2048 buckets, so a 33-bit amount takes 3 passes.
  static let digitBits = 11
  static let buckets = 1 << digitBits
  static let digits = (64 + digitBits - 1) / digitBits

  /// Stable LSD radix sort of `order` (identity when nil) by `ranks[row]`,
  /// skipping digits that are equal in every rank.
  static func radix(_ ranks: ContiguousArray<UInt64>, _ order: ContiguousArray<Int32>?) -> ContiguousArray<Int32> {
    let n = ranks.count
    guard n > 1 else { return order ?? ContiguousArray(0..<Int32(n)) }
    let mask = UInt64(buckets - 1)
    var keys = ContiguousArray<UInt64>(repeating: 0, count: n)
    var rows = ContiguousArray<Int32>(repeating: 0, count: n)
    var counts = [Int](repeating: 0, count: digits * buckets)
    ranks.withUnsafeBufferPointer { rk in
      keys.withUnsafeMutableBufferPointer { k in
        rows.withUnsafeMutableBufferPointer { r in
          counts.withUnsafeMutableBufferPointer { c in
            for i in 0..<n {
              let row = order.map { Int($0[i]) } ?? i
              let v = rk[row]
              k[i] = v
              r[i] = Int32(row)
              for d in 0..<digits {
                c[d &* buckets &+ Int((v >> UInt64(d &* digitBits)) & mask)] &+= 1
              }
            }
          }
        }
      }
    }
    var keys2 = ContiguousArray<UInt64>(repeating: 0, count: n)
    var rows2 = ContiguousArray<Int32>(repeating: 0, count: n)
    for d in 0..<digits {
      let base = d * buckets
      // A digit every rank shares puts all n rows in one bucket: nothing to do.
      if counts[base..<(base + buckets)].contains(n) { continue }
      var sum = 0
      for b in 0..<buckets {
        let c = counts[base + b]
        counts[base + b] = sum
        sum += c
      }
      let shift = UInt64(d * digitBits)
      counts.withUnsafeMutableBufferPointer { c in
        keys.withUnsafeBufferPointer { k in
          rows.withUnsafeBufferPointer { r in
            keys2.withUnsafeMutableBufferPointer { k2 in
              rows2.withUnsafeMutableBufferPointer { r2 in
                for i in 0..<n {
                  let v = k[i]
                  let slot = base &+ Int((v >> shift) & mask)
                  let to = c[slot]
                  c[slot] = to &+ 1
                  k2[to] = v
                  r2[to] = r[i]
                }
              }
            }
          }
        }
      }
      swap(&keys, &keys2)
      swap(&rows, &rows2)
    }
    return rows
  }
}

import AwasPluginKit

/// Sorting for the `sort` stage: stable, nulls last in either direction.
///
/// Every key becomes an order-preserving 64-bit rank per row (``TopN/ranks``);
/// the rows are radix-sorted (11-bit digits) key by key, last key first. Ranks travel with
/// their row numbers, so each pass reads sequentially instead of looking up
/// a rank through the permutation (a cache miss per row per pass).
enum Sorter {
  /// The row order of `t` sorted by `keys`, or nil when a key names no column.
  /// - Complexity: O(n) per numeric key and pass; text keys add an O(n log n) ranking.
  static func order(_ t: Table, _ keys: [SortKey]) -> ContiguousArray<Int32>? {
    var order: ContiguousArray<Int32>?
    for key in keys.reversed() {
      guard let c = t.column(key.column) else { return nil }
      order = radix(TopN.ranks(c, descending: key.descending), order)
    }
    return order ?? ContiguousArray(0..<Int32(t.rowCount))
  }

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

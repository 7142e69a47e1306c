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
  /// Every key is turned into an order-preserving 64-bit rank, then the rows
  /// are radix-sorted key by key from the last to the first.
  /// - Complexity: O(n) per numeric key; O(n log n) for text keys.
  public func sortedRows(by keys: [SortKey]) -> ContiguousArray<Int32>? {
    var order = ContiguousArray((0..<Int32(rowCount)))
    for key in keys.reversed() {
      guard let c = column(key.column) else { return nil }
      let ranks = c.sortRanks(descending: key.descending)
      order = radixSort(order, by: ranks)
    }
    return order
  }
}

extension Column {
  /// An order-preserving UInt64 per cell; nulls rank last.
  func sortRanks(descending: Bool) -> ContiguousArray<UInt64> {
    var r = ContiguousArray<UInt64>(repeating: 0, count: count)
    switch storage {
    case .int64(let a):
      for i in 0..<a.count { r[i] = UInt64(bitPattern: a[i]) ^ (1 << 63) }
    case .day(let a):
      for i in 0..<a.count { r[i] = UInt64(bitPattern: Int64(a[i])) ^ (1 << 63) }
    case .double(let a):
      for i in 0..<a.count {
        let bits = a[i].isNaN ? UInt64.max >> 1 : a[i].bitPattern
        r[i] = bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
      }
    case .bool(let a):
      for i in 0..<a.count { r[i] = a[i] ? 1 : 0 }
    case .dictionary(let codes, let values):
      let byValue = values.indices.sorted { values[$0] < values[$1] }
      var rankOf = [UInt64](repeating: 0, count: values.count)
      for (rank, code) in byValue.enumerated() { rankOf[code] = UInt64(rank) }
      for i in 0..<codes.count { r[i] = rankOf[Int(codes[i])] }
    case .text(let s):
      let idx = (0..<s.count).sorted { s[$0] < s[$1] }
      var rank: UInt64 = 0
      for (k, i) in idx.enumerated() {
        if k > 0 && s[idx[k - 1]] != s[i] { rank += 1 }
        r[i] = rank
      }
    }
    if descending { for i in 0..<r.count { r[i] = ~r[i] } }
    if let nulls {
      // Keep nulls last: shift real ranks below the maximum.
      for i in 0..<r.count { r[i] = nulls[i] ? UInt64.max : min(r[i], UInt64.max - 1) }
    }
    return r
  }
}

/// Stable LSD radix sort of `order` by `ranks[order[i]]`, 8 bits per pass,
/// skipping passes where every rank has the same byte.
func radixSort(_ order: ContiguousArray<Int32>, by ranks: ContiguousArray<UInt64>)
  -> ContiguousArray<Int32>
{
  let n = order.count
  if n < 2 { return order }
  var src = order
  var dst = ContiguousArray<Int32>(repeating: 0, count: n)
  var orAll: UInt64 = 0, andAll: UInt64 = .max
  for r in ranks { orAll |= r; andAll &= r }
  let differing = orAll ^ andAll
  var counts = [Int](repeating: 0, count: 256)
  for pass in 0..<8 {
    let shift = UInt64(pass * 8)
    if (differing >> shift) & 0xFF == 0 { continue }
    for i in 0..<256 { counts[i] = 0 }
    src.withUnsafeBufferPointer { s in
      ranks.withUnsafeBufferPointer { rk in
        for i in 0..<n { counts[Int((rk[Int(s[i])] >> shift) & 0xFF)] += 1 }
      }
    }
    var sum = 0
    for i in 0..<256 {
      let c = counts[i]
      counts[i] = sum
      sum += c
    }
    src.withUnsafeBufferPointer { s in
      ranks.withUnsafeBufferPointer { rk in
        dst.withUnsafeMutableBufferPointer { d in
          for i in 0..<n {
            let b = Int((rk[Int(s[i])] >> shift) & 0xFF)
            d[counts[b]] = s[i]
            counts[b] += 1
          }
        }
      }
    }
    swap(&src, &dst)
  }
  return src
}

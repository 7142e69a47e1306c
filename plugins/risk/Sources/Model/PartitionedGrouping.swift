import AwasPluginKit

/// Groups the rows of a text column by their bytes, in cache-sized pieces:
/// rows are first scattered by the top bits of their key's hash into
/// partitions, then each partition is grouped with a small table that stays
/// in cache. For a million loans by member this avoids a random memory access
/// per row into one large table.
///
/// Group numbers follow the partitions, not the rows; `firstRow` gives each
/// group's first row (for its label and a stable order).
enum PartitionedGrouping {
  private struct Entry {
    var lo: UInt64
    var hi: UInt64
    var row: Int32
  }

  /// - Returns: the group of each row (-1 for null rows) and the first row of each group.
  /// - Complexity: O(rows), three sequential passes.
  static func group(_ strings: Utf8Strings, nulls: Bitset?) -> (codes: ContiguousArray<Int32>, firstRow: ContiguousArray<Int32>) {
    let n = strings.count
    var bits = 4
    while bits < 14 && (n >> (bits + 10)) > 0 { bits += 1 }
    let partitions = 1 << bits
    let shift = UInt64(64 - bits)
    var codes = ContiguousArray<Int32>(repeating: -1, count: n)
    var firstRow = ContiguousArray<Int32>()
    var starts = [Int](repeating: 0, count: partitions + 1)
    var entries = ContiguousArray<Entry>()
    strings.bytes.withUnsafeBufferPointer { all in
      func key(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: all[Int(strings.offsets[i])..<Int(strings.offsets[i + 1])])
      }
      // 1. Partition sizes.
      for i in 0..<n where !(nulls?[i] ?? false) {
        let (lo, hi) = KeyInterner.pack(key(i))
        starts[Int(UInt64(bitPattern: Int64(KeyInterner.slot(lo, hi))) >> shift) + 1] += 1
      }
      for p in 0..<partitions { starts[p + 1] += starts[p] }
      // 2. Scatter the packed keys by partition.
      entries = ContiguousArray(repeating: Entry(lo: 0, hi: 0, row: 0), count: starts[partitions])
      var next = starts
      for i in 0..<n where !(nulls?[i] ?? false) {
        let (lo, hi) = KeyInterner.pack(key(i))
        let p = Int(UInt64(bitPattern: Int64(KeyInterner.slot(lo, hi))) >> shift)
        entries[next[p]] = Entry(lo: lo, hi: hi, row: Int32(i))
        next[p] += 1
      }
      // 3. Group each partition with a small table.
      var largest = 0
      for p in 0..<partitions { largest = max(largest, starts[p + 1] - starts[p]) }
      var size = 16
      while size < largest * 2 { size <<= 1 }
      var group = ContiguousArray<Int32>(repeating: -1, count: size)
      var slotLo = ContiguousArray<UInt64>(repeating: 0, count: size), slotHi = slotLo
      var slotRow = ContiguousArray<Int32>(repeating: 0, count: size)
      var used: [Int] = []
      for p in 0..<partitions where starts[p + 1] > starts[p] {
        var mask = 16
        while mask < (starts[p + 1] - starts[p]) * 2 { mask <<= 1 }
        mask -= 1
        for e in starts[p]..<starts[p + 1] {
          let entry = entries[e]
          var s = KeyInterner.slot(entry.lo, entry.hi) & mask
          while true {
            let g = group[s]
            if g < 0 {
              let new = Int32(firstRow.count)
              firstRow.append(entry.row)
              group[s] = new
              slotLo[s] = entry.lo
              slotHi[s] = entry.hi
              slotRow[s] = entry.row
              used.append(s)
              codes[Int(entry.row)] = new
              break
            }
            if slotLo[s] == entry.lo && slotHi[s] == entry.hi
              && (entry.hi >> 56 != 0xFF || key(Int(entry.row)).elementsEqual(key(Int(slotRow[s]))))
            {
              codes[Int(entry.row)] = g
              break
            }
            s = (s + 1) & mask
          }
        }
        for s in used { group[s] = -1 }
        used.removeAll(keepingCapacity: true)
      }
    }
    return (codes, firstRow)
  }
}

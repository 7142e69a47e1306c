import AwasPluginKit

/// Rows compared by the typed values of some columns: a 64-bit hash per row,
/// built a column at a time, and an exact equality check for collisions.
/// No strings are made (text is hashed from its UTF-8 bytes; dictionary text
/// by its code).
struct RowKeys {
  let columns: [Column]
  let rowCount: Int

  static let nullMark: UInt64 = 0x6E75_6C6C_6E75_6C6C

  @inline(__always)
  static func mix(_ h: UInt64, _ v: UInt64) -> UInt64 {
    var x = (h ^ v) &* 0x9E37_79B9_7F4A_7C15
    x ^= x >> 29
    return x &* 0xBF58_476D_1CE4_E5B9
  }

  /// FNV-1a over bytes.
  @inline(__always)
  static func fnv(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for c in b { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
    return h
  }

  /// The hash of every row.
  func hashes() -> ContiguousArray<UInt64> {
    var h = ContiguousArray<UInt64>(repeating: 0x1234_5678_9ABC_DEF0, count: rowCount)
    h.withUnsafeMutableBufferPointer { hp in
      for c in columns {
        switch c.storage {
        case .int64(let a):
          a.withUnsafeBufferPointer { p in for r in 0..<rowCount { hp[r] = Self.mix(hp[r], UInt64(bitPattern: p[r])) } }
        case .double(let a):
          for r in 0..<rowCount { hp[r] = Self.mix(hp[r], (a[r] == 0 ? 0 : a[r]).bitPattern) }
        case .day(let a):
          a.withUnsafeBufferPointer { p in for r in 0..<rowCount { hp[r] = Self.mix(hp[r], UInt64(UInt32(bitPattern: p[r]))) } }
        case .bool(let a):
          for r in 0..<rowCount { hp[r] = Self.mix(hp[r], a[r] ? 1 : 2) }
        case .dictionary(let codes, _):
          codes.withUnsafeBufferPointer { p in for r in 0..<rowCount { hp[r] = Self.mix(hp[r], UInt64(UInt32(bitPattern: p[r]))) } }
        case .text(let s):
          s.bytes.withUnsafeBufferPointer { all in
            for r in 0..<rowCount {
              let lo = Int(s.offsets[r]), hi = Int(s.offsets[r + 1])
              hp[r] = Self.mix(hp[r], Self.fnv(UnsafeBufferPointer(rebasing: all[lo..<hi])))
            }
          }
        }
        if let nulls = c.nulls {
          for r in 0..<rowCount where nulls[r] { hp[r] = Self.mix(hp[r], Self.nullMark) }
        }
      }
    }
    return h
  }

  /// Whether rows `a` and `b` have equal keys (null equals null).
  func equal(_ a: Int, _ b: Int) -> Bool {
    for c in columns {
      let na = c.isNull(a), nb = c.isNull(b)
      if na || nb {
        if na != nb { return false }
        continue
      }
      switch c.storage {
      case .int64(let v): if v[a] != v[b] { return false }
      case .double(let v): if v[a] != v[b] { return false }
      case .day(let v): if v[a] != v[b] { return false }
      case .bool(let v): if v[a] != v[b] { return false }
      case .dictionary(let codes, _): if codes[a] != codes[b] { return false }
      case .text(let s):
        let ea = s.withBytes(a) { pa in s.withBytes(b) { pb in pa.elementsEqual(pb) } }
        if !ea { return false }
      }
    }
    return true
  }

  /// Every row whose key an earlier row already has, with that first row.
  ///
  /// Rows are first partitioned by the top bits of their hash (a counting
  /// sort that keeps row order, carrying the hashes along), so each
  /// partition's open-addressing table — slots holding a 32-bit fingerprint
  /// and a position — and its hashes stay in the processor cache. The full
  /// hash and the values are compared only when the fingerprints agree.
  /// - Complexity: O(rows) expected.
  func duplicatePairs() -> [(first: Int32, row: Int32)] {
    let h = hashes()
    guard rowCount > 0 else { return [] }
    var partitionBits = 0
    while partitionBits < 12 && (rowCount >> partitionBits) > 8_192 { partitionBits += 1 }
    let partitions = 1 << partitionBits
    let shift = UInt64(64 - partitionBits)
    @inline(__always) func part(_ x: UInt64) -> Int { partitionBits == 0 ? 0 : Int(x >> shift) }
    var starts = [Int](repeating: 0, count: partitions + 1)
    for x in h { starts[part(x) + 1] += 1 }
    for p in 0..<partitions { starts[p + 1] += starts[p] }
    var order = ContiguousArray<Int32>(repeating: 0, count: rowCount)
    var orderedHash = ContiguousArray<UInt64>(repeating: 0, count: rowCount)
    var next = starts
    h.withUnsafeBufferPointer { hp in
      order.withUnsafeMutableBufferPointer { op in
        orderedHash.withUnsafeMutableBufferPointer { ohp in
          next.withUnsafeMutableBufferPointer { np in
            for r in 0..<rowCount {
              let x = hp[r]
              let p = part(x)
              let at = np[p]
              op[at] = Int32(r)
              ohp[at] = x
              np[p] = at + 1
            }
          }
        }
      }
    }
    var largest = 0
    for p in 0..<partitions { largest = max(largest, starts[p + 1] - starts[p]) }
    var cap = 16
    while cap < largest + largest / 2 { cap <<= 1 }
    var table = ContiguousArray<UInt64>(repeating: 0, count: cap)  // 0 = empty; else fingerprint << 32 | position + 1
    var pairs: [(first: Int32, row: Int32)] = []
    orderedHash.withUnsafeBufferPointer { hp in
      order.withUnsafeBufferPointer { op in
        table.withUnsafeMutableBufferPointer { tp in
          for p in 0..<partitions {
            let lo = starts[p], hi = starts[p + 1]
            guard hi > lo else { continue }
            var size = 16
            while size < (hi - lo) + (hi - lo) / 2 { size <<= 1 }
            let mask = size - 1
            for i in 0..<size { tp[i] = 0 }
            for at in lo..<hi {
              let hash = hp[at]
              let fp = hash & 0xFFFF_FFFF
              var i = Int(truncatingIfNeeded: hash >> 32) & mask
              while true {
                let s = tp[i]
                if s == 0 {
                  tp[i] = fp << 32 | UInt64(at + 1)
                  break
                }
                if s >> 32 == fp {
                  let other = Int(s & 0xFFFF_FFFF) - 1
                  if hp[other] == hash && equal(Int(op[other]), Int(op[at])) {
                    pairs.append((op[other], op[at]))
                    break
                  }
                }
                i = (i + 1) & mask
              }
            }
          }
        }
      }
    }
    return pairs
  }

  /// Groups of two or more rows sharing a key, in order of first appearance;
  /// each group lists its rows in table order.
  func duplicateGroups() -> [[Int32]] {
    var pairs = duplicatePairs()
    pairs.sort { $0.first != $1.first ? $0.first < $1.first : $0.row < $1.row }
    var groups: [[Int32]] = []
    for (first, row) in pairs {
      if groups.last?.first == first { groups[groups.count - 1].append(row) } else { groups.append([first, row]) }
    }
    return groups
  }
}

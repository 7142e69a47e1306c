/// A hash index from text keys (loan or member numbers) to the row holding them,
/// comparing UTF-8 bytes without making a `String` per row.
///
/// Empty and null keys are not indexed; for a key on several rows the first wins.
/// A key's *position* is its row for a text column, its value index for a
/// dictionary column. Each slot holds the key's first 16 bytes, so a lookup
/// usually touches one cache line, and lookups are issued in small batches so
/// their memory accesses overlap.
///
/// Keys that are already in strictly increasing byte order with none empty
/// (loan and member numbers as exported, usually) are unique as they stand:
/// the index is then the column itself, searched by halving, and no hash table
/// is built unless a large text column is looked up in it.
struct KeyIndex: Sendable {
  /// The keys: the source column's own buffer, or its dictionary values.
  let keys: Utf8Strings
  /// For a dictionary source, the first row using each value (-1: unused).
  let rowOfKey: ContiguousArray<Int32>?
  /// Two tables, for keys whose hash has bit 32 clear / set, so two cores can
  /// build them at once (the second is empty for small indexes).
  let slots: FixedBuffer<KeySlot>
  let slotsHigh: FixedBuffer<KeySlot>
  /// Whether the key at each position is in the table (not null, empty or a repeat).
  let indexed: FixedBuffer<Bool>
  /// Keys non-empty and strictly increasing: every one indexed, found by
  /// binary search; `slots` and `slotsHigh` are empty.
  let sorted: Bool

  /// An index of the non-empty cells of a text column. Nil for other types.
  init?(column: Column) {
    var skip: ContiguousArray<Bool>
    switch column.storage {
    case .text(let s):
      keys = s
      rowOfKey = nil
      if column.nulls?.isEmpty ?? true, KeyIndex.isStrictlyIncreasing(s) {
        sorted = true
        indexed = FixedBuffer(repeating: true, count: s.count)
        slots = FixedBuffer(repeating: KeySlot(), count: 0)
        slotsHigh = slots
        return
      }
      skip = ContiguousArray(repeating: false, count: s.count)
      column.nulls?.forEachSet { skip[$0] = true }
    case .dictionary(let codes, let values):
      var firstRow = ContiguousArray<Int32>(repeating: -1, count: values.count)
      let nulls = column.nulls
      for i in 0..<codes.count where !(nulls?[i] ?? false) {
        let c = Int(codes[i])
        if c < values.count && firstRow[c] < 0 { firstRow[c] = Int32(i) }
      }
      keys = Utf8Strings(values)
      rowOfKey = firstRow
      skip = ContiguousArray(firstRow.lazy.map { $0 < 0 })
    default:
      return nil
    }
    sorted = false
    (slots, slotsHigh, indexed) = KeyIndex.build(keys, skip: skip)
  }

  /// An index of `strings`, each standing for its position.
  init(strings: [String]) {
    keys = Utf8Strings(strings)
    rowOfKey = nil
    sorted = false
    (slots, slotsHigh, indexed) = KeyIndex.build(
      keys, skip: ContiguousArray(repeating: false, count: strings.count))
  }

  /// The same keys with a hash table (for many lookups in arbitrary order).
  private init(hashing sortedIndex: KeyIndex) {
    keys = sortedIndex.keys
    rowOfKey = sortedIndex.rowOfKey
    sorted = false
    (slots, slotsHigh, indexed) = KeyIndex.build(
      keys, skip: ContiguousArray(repeating: false, count: keys.count))
  }

  /// Whether every key is non-empty and sorts strictly after the one before.
  static func isStrictlyIncreasing(_ s: Utf8Strings) -> Bool {
    s.bytes.withUnsafeBufferPointer { b in
      s.offsets.withUnsafeBufferPointer { o in
        var previous = 0, previousLength = -1
        for i in 0..<s.count {
          let lo = Int(o[i]), n = Int(o[i + 1]) - lo
          if n == 0 { return false }
          if previousLength >= 0
            && compareBytes(b.baseAddress.map { $0 + previous }, previousLength, b.baseAddress.map { $0 + lo }, n) >= 0
          {
            return false
          }
          previous = lo
          previousLength = n
        }
        return true
      }
    }
  }

  private static func build(_ keys: Utf8Strings, skip: ContiguousArray<Bool>)
    -> (FixedBuffer<KeySlot>, FixedBuffer<KeySlot>, FixedBuffer<Bool>)
  {
    let n = keys.count
    let split = n >= 65_536 && Parallel.workers > 1
    let indexed = FixedBuffer<Bool>(repeating: false, count: n)
    return keys.bytes.withUnsafeBufferPointer { b in
      keys.offsets.withUnsafeBufferPointer { o in
        let empty = UnsafeMutableBufferPointer<KeySlot>(start: nil, count: 0)
        let probe = KeyLookup(bytes: b.baseAddress, offsets: o.baseAddress, low: empty, high: empty, indexed: indexed.pointer)
        // Which table each key goes to, and how many each gets (tables at most two thirds full).
        var high = 0
        let side: ContiguousArray<Bool> = makeArray(n) { side in
          for i in 0..<n {
            side[i] = split && !skip[i] && KeyLookup.isHigh(probe.digest(i).hash)
            if side[i] { high += 1 }
          }
        }
        let low = n - high
        let lowTable = FixedBuffer<KeySlot>(repeating: KeySlot(), count: low + low / 2 + 16)
        let highTable = FixedBuffer<KeySlot>(repeating: KeySlot(), count: split ? high + high / 2 + 16 : 0)
        let lookup = KeyLookup(
          bytes: b.baseAddress, offsets: o.baseAddress, low: lowTable.pointer, high: highTable.pointer,
          indexed: indexed.pointer)
        Parallel.forEachPart(split ? 2 : 1) { part in
          // In batches: load the home slots of 16 keys first so the misses overlap.
          var i = 0
          while i < n {
            let end = min(i + 16, n)
            var touch: UInt64 = 0
            for k in i..<end where !skip[k] && side[k] == (part == 1) {
              let h = lookup.digest(k).hash
              let t = lookup.table(h)
              touch &+= t[KeyLookup.home(h, t.count)].k0
            }
            for k in i..<end where !skip[k] && side[k] == (part == 1) { indexed.pointer[k] = lookup.insert(k) }
            if touch == 0x5EED_5EED_5EED_5EED { indexed.pointer[i] = indexed.pointer[i] }
            i = end
          }
        }
        return (lowTable, highTable, indexed)
      }
    }
  }

  /// The most cells of a text column looked up in a sorted index by halving.
  static let searchLimit = 4096

  /// The row of the key at `position`.
  @inline(__always)
  func row(ofPosition p: Int32) -> Int32 {
    guard p >= 0 else { return -1 }
    return rowOfKey?[Int(p)] ?? p
  }

  /// Calls `body` with a lookup valid for the duration of the call.
  func withLookup<R>(_ body: (KeyLookup) -> R) -> R {
    keys.bytes.withUnsafeBufferPointer { b in
      keys.offsets.withUnsafeBufferPointer { o in
        body(
          KeyLookup(
            bytes: b.baseAddress, offsets: o.baseAddress, low: slots.pointer, high: slotsHigh.pointer,
            indexed: indexed.pointer, sorted: sorted))
      }
    }
  }

  /// The position of `key`, or -1.
  func position(_ key: String) -> Int32 {
    var s = key
    return s.withUTF8 { k in withLookup { $0.position(KeyDigest(k.baseAddress, k.count), k.baseAddress) } }
  }

  /// The row of `key`, or -1.
  func find(_ key: String) -> Int32 { row(ofPosition: position(key)) }

  /// For each of `values`, the row of its key (or, with `positions`, its
  /// position), or -1 for empty or unknown keys.
  private func resolveValues(_ values: [String], positions: Bool) -> ContiguousArray<Int32> {
    // A value equal to the key at its own position is found without a lookup
    // (a foreign key as the loader builds it); the others are misses, marked -2.
    var found: ContiguousArray<Int32> = makeArray(values.count) { out in
      keys.bytes.withUnsafeBufferPointer { kb in
        keys.offsets.withUnsafeBufferPointer { ko in
          Parallel.forEachChunk(values.count, minimum: 65_536) { range in
            for j in range {
              var v = values[j]
              let same = j < keys.count && indexed.pointer[j] && v.withUTF8 { u in
                let lo = Int(ko[j]), n = Int(ko[j + 1]) - lo
                return n == u.count && (n == 0 || memoryEqual(kb.baseAddress.unsafelyUnwrapped + lo, u.baseAddress.unsafelyUnwrapped, n))
              }
              out[j] = same ? (positions ? Int32(j) : row(ofPosition: Int32(j))) : -2
            }
          }
        }
      }
    }
    var misses: [Int] = []
    for j in found.indices where found[j] == -2 {
      found[j] = -1
      misses.append(j)
    }
    guard !misses.isEmpty else { return found }
    let rest = Column(name: "", type: .string, storage: .text(Utf8Strings(misses.map { values[$0] })))
    if let r = resolve(rest, positions: positions) {
      for (k, j) in misses.enumerated() { found[j] = r[k] }
    }
    return found
  }

  /// For each row of `column`, the column this index was made from, the
  /// position of its key (-1 for null or empty cells).
  func ownPositions(_ column: Column) -> ContiguousArray<Int32>? {
    // Sorted keys are each at their own row.
    if sorted { return ContiguousArray((0..<Int32(keys.count))) }
    return resolve(column, positions: true)
  }

  /// For every cell of text `column`, the row of its key (or, with `positions`,
  /// the key's position), or -1 for null, empty or unknown keys. Nil when
  /// `column` is not text.
  func resolve(_ column: Column, positions: Bool = false) -> ContiguousArray<Int32>? {
    switch column.storage {
    case .dictionary(let codes, let values):
      // Each distinct value is looked up once. A foreign-key column as the
      // loader builds it lists the referenced keys first, in row order: a
      // value equal to the indexed key at its own position is that position
      // without a lookup.
      let found = resolveValues(values, positions: positions)
      // Every value found at its own position: the codes are the answer (shared, not copied).
      if column.nulls == nil && found.indices.allSatisfy({ found[$0] == Int32($0) })
        && codes.allSatisfy({ $0 >= 0 && Int($0) < found.count })
      {
        return codes
      }
      var out: ContiguousArray<Int32> = makeArray(codes.count) { out in
        codes.withUnsafeBufferPointer { codes in
          for i in 0..<codes.count {
            let c = Int(codes[i])
            out[i] = c < found.count ? found[c] : -1
          }
        }
      }
      column.nulls?.forEachSet { out[$0] = -1 }
      return out
    case .text(let s):
      // Halving is quick for a few keys; many, in any order, want the hash table.
      if sorted && s.count > KeyIndex.searchLimit {
        return KeyIndex(hashing: self).resolve(column, positions: positions)
      }
      let mapped = positions ? nil : rowOfKey
      let result: ContiguousArray<Int32> = makeArray(s.count) { out in
        s.bytes.withUnsafeBufferPointer { bytes in
          s.offsets.withUnsafeBufferPointer { offsets in
            withLookup { lookup in
              Parallel.forEachChunk(s.count) { range in
                lookup.resolveRows(range, bytes.baseAddress, offsets, out)
                if let mapped {
                  for i in range where out[i] >= 0 { out[i] = mapped[Int(out[i])] }
                }
              }
            }
          }
        }
      }
      guard let nulls = column.nulls else { return result }
      var masked = result
      nulls.forEachSet { masked[$0] = -1 }
      return masked
    default:
      return nil
    }
  }
}

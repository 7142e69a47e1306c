/// A hash index from text keys (loan or member numbers) to the row holding them,
/// comparing UTF-8 bytes without making a `String` per row.
///
/// Empty and null keys are not indexed; for a key on several rows the first wins.
/// A key's *position* is its row for a text column, its value index for a
/// dictionary column. Each slot holds the key's first 16 bytes, so a lookup
/// usually touches one cache line, and lookups are issued in small batches so
/// their memory accesses overlap.
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

  /// An index of the non-empty cells of a text column. Nil for other types.
  init?(column: Column) {
    var skip: ContiguousArray<Bool>
    switch column.storage {
    case .text(let s):
      keys = s
      rowOfKey = nil
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
    (slots, slotsHigh, indexed) = KeyIndex.build(keys, skip: skip)
  }

  /// An index of `strings`, each standing for its position.
  init(strings: [String]) {
    keys = Utf8Strings(strings)
    rowOfKey = nil
    (slots, slotsHigh, indexed) = KeyIndex.build(
      keys, skip: ContiguousArray(repeating: false, count: strings.count))
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
            indexed: indexed.pointer))
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

  /// For every cell of text `column`, the row of its key (or, with `positions`,
  /// the key's position), or -1 for null, empty or unknown keys. Nil when
  /// `column` is not text.
  func resolve(_ column: Column, positions: Bool = false) -> ContiguousArray<Int32>? {
    switch column.storage {
    case .dictionary(let codes, let values):
      // Each distinct value is looked up once (as a text column of its own).
      guard let found = resolve(Column(name: "", type: .string, storage: .text(Utf8Strings(values))), positions: positions)
      else { return nil }
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

/// One slot (24 bytes): the first 16 bytes of the key inline, its position
/// (-1: empty), a hash tag and its length (capped at 65,535; longer keys are
/// compared in full anyway).
struct KeySlot {
  var k0: UInt64 = 0
  var k1: UInt64 = 0
  var position: Int32 = -1
  var tag: UInt16 = 0
  var length: UInt16 = 0
}

/// A key's first 16 bytes (zero-padded), length and hash.
struct KeyDigest {
  var k0: UInt64 = 0
  var k1: UInt64 = 0
  var hash: UInt64 = 0
  var length = 0

  init() {}

  @inline(__always)
  init(_ p: UnsafePointer<UInt8>?, _ n: Int) {
    length = n
    guard let p, n > 0 else { return }
    if n >= 8 {
      k0 = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
      k1 = n >= 16 ? UnsafeRawPointer(p + 8).loadUnaligned(as: UInt64.self) : partialWord(p + 8, n - 8)
    } else {
      k0 = partialWord(p, n)
    }
    var h = (k0 ^ 0x9E37_79B9_7F4A_7C15) &* 0xFF51_AFD7_ED55_8CCD
    h = (h ^ (h >> 32) ^ k1) &* 0xC4CE_B9FE_1A85_EC53
    h ^= UInt64(n)
    var i = 16
    while i < n {
      let w = i + 8 <= n ? UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) : partialWord(p + i, n - i)
      h = (h ^ (h >> 29) ^ w) &* 0xFF51_AFD7_ED55_8CCD
      i += 8
    }
    h ^= h >> 32
    h = h &* 0x9E37_79B9_7F4A_7C15
    hash = h ^ (h >> 29)
  }
}

/// The `n` (< 8) bytes at `p` as a little-endian word, zero-padded.
@inline(__always)
private func partialWord(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
  var w: UInt64 = 0
  var i = 0
  while i < n {
    w |= UInt64(p[i]) << UInt64(8 * i)
    i += 1
  }
  return w
}

/// Raw-pointer access to a ``KeyIndex``, valid inside ``KeyIndex/withLookup(_:)``.
struct KeyLookup {
  let bytes: UnsafePointer<UInt8>?
  let offsets: UnsafePointer<UInt32>?
  let low: UnsafeMutableBufferPointer<KeySlot>
  /// Empty when the index has one table.
  let high: UnsafeMutableBufferPointer<KeySlot>
  let indexed: UnsafeMutableBufferPointer<Bool>

  /// Whether a key with `hash` belongs in the second table (when there is one).
  @inline(__always)
  static func isHigh(_ hash: UInt64) -> Bool { (hash >> 32) & 1 == 1 }

  /// The table for `hash`.
  @inline(__always)
  func table(_ hash: UInt64) -> UnsafeMutableBufferPointer<KeySlot> {
    high.count > 0 && KeyLookup.isHigh(hash) ? high : low
  }

  /// The first slot to try for `hash` in a table of `count` slots: the hash's
  /// low 32 bits scaled to the table.
  @inline(__always)
  static func home(_ hash: UInt64, _ count: Int) -> Int {
    Int(((hash & 0xFFFF_FFFF) &* UInt64(count)) >> 32)
  }

  @inline(__always)
  func matches(_ s: KeySlot, _ d: KeyDigest, _ key: UnsafePointer<UInt8>?) -> Bool {
    guard s.tag == UInt16(truncatingIfNeeded: d.hash >> 48), Int(s.length) == min(d.length, 65_535),
      s.k0 == d.k0, s.k1 == d.k1
    else { return false }
    if d.length <= 16 { return true }
    // Longer keys: compare the rest against the stored key.
    guard let offsets, let bytes, let key else { return false }
    let lo = Int(offsets[Int(s.position)])
    return Int(offsets[Int(s.position) + 1]) - lo == d.length
      && memoryEqual(bytes + lo + 16, key + 16, d.length - 16)
  }

  /// The position of the key with digest `d` (bytes at `key`), or -1.
  @inline(__always)
  func position(_ d: KeyDigest, _ key: UnsafePointer<UInt8>?) -> Int32 {
    if d.length == 0 { return -1 }
    let slots = table(d.hash)
    if slots.count == 0 { return -1 }
    var slot = KeyLookup.home(d.hash, slots.count)
    while true {
      let s = slots[slot]
      if s.position < 0 { return -1 }
      if matches(s, d, key) { return s.position }
      slot = slot + 1 == slots.count ? 0 : slot + 1
    }
  }

  /// The digest of the key at `position`.
  @inline(__always)
  func digest(_ position: Int) -> KeyDigest {
    guard let offsets else { return KeyDigest() }
    let lo = Int(offsets[position])
    return KeyDigest(bytes.map { $0 + lo }, Int(offsets[position + 1]) - lo)
  }

  /// Adds the key at `position` unless it is empty or already present;
  /// whether it was added.
  func insert(_ position: Int) -> Bool {
    guard let offsets else { return false }
    let lo = Int(offsets[position]), length = Int(offsets[position + 1]) - lo
    if length == 0 { return false }
    let key = bytes.map { $0 + lo }
    let d = KeyDigest(key, length)
    let slots = table(d.hash)
    var slot = KeyLookup.home(d.hash, slots.count)
    while slots[slot].position >= 0 {
      if matches(slots[slot], d, key) { return false }
      slot = slot + 1 == slots.count ? 0 : slot + 1
    }
    slots[slot] = KeySlot(
      k0: d.k0, k1: d.k1, position: Int32(position), tag: UInt16(truncatingIfNeeded: d.hash >> 48),
      length: UInt16(min(length, 65_535)))
    return true
  }

  /// Whether the indexed key at `position` is `key[0..<length]`.
  @inline(__always)
  func isKey(_ position: Int, _ key: UnsafePointer<UInt8>?, _ length: Int) -> Bool {
    guard let offsets, position < indexed.count, indexed[position] else { return false }
    let lo = Int(offsets[position])
    return Int(offsets[position + 1]) - lo == length && memoryEqual(bytes.map { $0 + lo }, key, length)
  }

  /// Writes the position of the key of every row in `range` of a text buffer
  /// (`bytes`, `offsets`) to `out`, or -1.
  ///
  /// A row repeating the previous row's key reuses its answer. While rows
  /// follow the index's own key order (repayments grouped by loan, in loan
  /// order), the key after the previous answer is tried first. Otherwise keys
  /// are looked up in batches of 16 whose slots are loaded first, so the cache
  /// misses of a batch overlap instead of following one another.
  func resolveRows(
    _ range: Range<Int>, _ base: UnsafePointer<UInt8>?, _ offsets: UnsafeBufferPointer<UInt32>,
    _ out: UnsafeMutableBufferPointer<Int32>
  ) {
    let batch = 16
    withUnsafeTemporaryAllocation(of: KeyDigest.self, capacity: batch) { digests in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: batch) { rows in
        var pending = 0
        func flush() {
          var touch: UInt64 = 0
          for b in 0..<pending {
            let t = table(digests[b].hash)
            if t.count > 0 { touch &+= t[KeyLookup.home(digests[b].hash, t.count)].k0 }
          }
          for b in 0..<pending {
            let r = rows[b]
            out[r] = position(digests[b], base.map { $0 + Int(offsets[r]) })
          }
          // Keeps the loads of the first loop from being optimised away.
          if touch == 0x5EED_5EED_5EED_5EED { out[rows[0]] = out[rows[0]] }
          pending = 0
        }
        var lastLo = 0, lastLength = -1
        var sequential = true, lastPosition: Int32 = -1, hits = 0, misses = 0
        for i in range {
          let lo = Int(offsets[i]), length = Int(offsets[i + 1]) - lo
          let key = base.map { $0 + lo }
          if length == lastLength && memoryEqual(key, base.map { $0 + lastLo }, length) {
            out[i] = -2  // same as the previous row: filled in below
            continue
          }
          lastLo = lo
          lastLength = length
          if sequential {
            let next = Int(lastPosition) + 1
            if lastPosition >= 0 && isKey(next, key, length) {
              hits += 1
              lastPosition = Int32(next)
            } else {
              misses += 1
              lastPosition = position(KeyDigest(key, length), key)
              // Mostly out of order: switch to batched lookups.
              if misses > 64 && misses > hits { sequential = false }
            }
            out[i] = lastPosition
            continue
          }
          digests[pending] = KeyDigest(key, length)
          rows[pending] = i
          pending += 1
          if pending == batch { flush() }
        }
        flush()
      }
    }
    for i in range where out[i] == -2 { out[i] = out[i - 1] }
  }
}

@inline(__always)
func memoryEqual(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, _ n: Int) -> Bool {
  if n == 0 { return true }
  guard let a, let b else { return false }
  var i = 0
  while i + 8 <= n {
    if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self)
      != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self)
    {
      return false
    }
    i += 8
  }
  while i < n {
    if a[i] != b[i] { return false }
    i += 1
  }
  return true
}

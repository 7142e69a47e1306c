/// Raw-pointer access to a ``KeyIndex``, valid inside ``KeyIndex/withLookup(_:)``.
struct KeyLookup {
  let bytes: UnsafePointer<UInt8>?
  let offsets: UnsafePointer<UInt32>?
  let low: UnsafeMutableBufferPointer<KeySlot>
  /// Empty when the index has one table.
  let high: UnsafeMutableBufferPointer<KeySlot>
  let indexed: UnsafeMutableBufferPointer<Bool>
  /// Keys non-empty and strictly increasing (``KeyIndex/sorted``): found by
  /// binary search, with no hash table.
  var sorted = false

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
    if sorted { return search(key, d.length) }
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

  /// The position of `key[0..<length]` among sorted keys, or -1.
  func search(_ key: UnsafePointer<UInt8>?, _ length: Int) -> Int32 {
    guard let offsets else { return -1 }
    return searchSortedKeys(bytes, offsets, indexed.count, key, length)
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

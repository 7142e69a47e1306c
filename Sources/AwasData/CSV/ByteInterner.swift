/// A hash table that assigns each distinct byte string a dense code (0, 1, 2…),
/// without making a `String` per lookup: the loader's dictionary encoding.
///
/// Layout: `slots` hold `(hash tag << 40) | (entry offset + 1)`; each entry in
/// `arena` is `[code: UInt32][length: UInt32][bytes…]`, so a lookup touches one
/// slot and one entry. ``touch(hash:)`` lets a caller issue the slot loads of
/// many lookups back to back, so their cache misses overlap.
///
/// A value type over malloc'd memory (see ``RawVec``): copies share storage,
/// and the owner calls ``free()`` once. A table that is no longer mutated may be
/// read from several threads at once.
struct ByteInterner {
  private(set) var arena = RawVec<UInt8>()
  /// The entry offset of each code.
  private(set) var entries = RawVec<Int>()
  private var slots = RawVec<UInt64>()
  private var mask = 0

  private static let offsetBits: UInt64 = 40
  private static let offsetMask: UInt64 = (1 << 40) - 1

  init(expected: Int = 16) {
    var n = 16
    while n < expected * 2 { n *= 2 }
    slots.append(repeating: 0, count: n)
    mask = n - 1
    arena.reserve(Swift.max(64, expected * 16))
    entries.reserve(Swift.max(16, expected))
  }

  var count: Int { entries.count }

  /// The slot a hash starts probing at; loading it early warms the cache.
  @inline(__always)
  func touch(hash h: UInt64) -> UInt64 { slots[Int(truncatingIfNeeded: h) & mask] }

  /// Loads the entry header a slot value points at (to warm the cache).
  @inline(__always)
  func touch(slot s: UInt64) -> UInt64 {
    guard s != 0 else { return 0 }
    let off = Int(s & ByteInterner.offsetMask) - 1
    return UnsafeRawPointer(arena.base.unsafelyUnwrapped + off).loadUnaligned(as: UInt64.self)
  }

  /// Loads the first slot of each hash into `out` (cache warming, many loads in flight).
  func touchSlots(_ hashes: UnsafeMutablePointer<UInt64>, into out: UnsafeMutablePointer<UInt64>, count: Int) {
    let s = slots.base.unsafelyUnwrapped
    let m = UInt64(mask)
    for i in 0..<count { out[i] = s[Int(truncatingIfNeeded: hashes[i] & m)] }
  }

  /// Loads the entry header each slot value points at, in place (cache warming).
  func touchEntries(_ slotValues: UnsafeMutablePointer<UInt64>, count: Int) {
    guard let a = arena.base else { return }
    let raw = UnsafeRawPointer(a)
    for i in 0..<count {
      let s = slotValues[i]
      let off = Int(truncatingIfNeeded: s & ByteInterner.offsetMask) &- 1
      slotValues[i] = s == 0 ? 0 : raw.loadUnaligned(fromByteOffset: off, as: UInt64.self)
    }
  }

  /// The code of the bytes, or -1 when absent.
  @inline(__always)
  func find(_ p: UnsafePointer<UInt8>, _ n: Int, hash h: UInt64) -> Int32 {
    let tag = h >> ByteInterner.offsetBits
    var i = Int(truncatingIfNeeded: h) & mask
    while true {
      let s = slots[i]
      if s == 0 { return -1 }
      if s >> ByteInterner.offsetBits == tag {
        let off = Int(s & ByteInterner.offsetMask) - 1
        let e = arena.base.unsafelyUnwrapped + off
        let header = UnsafeRawPointer(e).loadUnaligned(as: UInt64.self)
        if Int(header >> 32) == n && Bytes.equal(e + 8, p, n) { return Int32(truncatingIfNeeded: header) }
      }
      i = (i + 1) & mask
    }
  }

  /// The code of the bytes, adding them when new.
  @inline(__always)
  mutating func intern(_ p: UnsafePointer<UInt8>, _ n: Int) -> (code: Int32, isNew: Bool) {
    let h = Bytes.hash(p, n)
    let found = find(p, n, hash: h)
    if found >= 0 { return (found, false) }
    return (insertNew(p, n, hash: h), true)
  }

  /// Adds bytes known to be absent; returns the new code.
  mutating func insertNew(_ p: UnsafePointer<UInt8>, _ n: Int, hash h: UInt64) -> Int32 {
    let code = count
    let off = arena.count
    var header = UInt64(UInt32(truncatingIfNeeded: n)) << 32 | UInt64(UInt32(truncatingIfNeeded: code))
    withUnsafeBytes(of: &header) { arena.append($0.baseAddress.unsafelyUnwrapped.assumingMemoryBound(to: UInt8.self), count: 8) }
    arena.append(p, count: n)
    entries.append(off)
    if (code + 1) * 2 > slots.count { rehash(slots.count * 2) } else { place(off, h) }
    return Int32(truncatingIfNeeded: code)
  }

  private func place(_ off: Int, _ h: UInt64) {
    var i = Int(truncatingIfNeeded: h) & mask
    while slots[i] != 0 { i = (i + 1) & mask }
    slots[i] = (h >> ByteInterner.offsetBits) << ByteInterner.offsetBits | UInt64(off + 1)
  }

  private mutating func rehash(_ n: Int) {
    slots.free()
    slots.append(repeating: 0, count: n)
    mask = n - 1
    for c in 0..<count { withBytes(c) { place(entries[c], Bytes.hash($0, $1)) } }
  }

  /// Calls `body` with the bytes of string `code`.
  @inline(__always)
  func withBytes<R>(_ code: Int, _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
    let e = arena.base.unsafelyUnwrapped + entries[code]
    let n = Int(UnsafeRawPointer(e).loadUnaligned(fromByteOffset: 4, as: UInt32.self))
    return body(e + 8, n)
  }

  /// String `code`.
  func string(_ code: Int) -> String { withBytes(code) { Bytes.string($0, $1) } }

  /// Every string, in code order.
  func strings() -> [String] { (0..<count).map(string) }

  mutating func free() {
    arena.free()
    entries.free()
    slots.free()
  }
}

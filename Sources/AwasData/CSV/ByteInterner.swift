/// A hash table that assigns each distinct byte string a dense code (0, 1, 2…),
/// without making a `String` per lookup: the loader's dictionary encoding.
///
/// A value type over malloc'd memory (see ``RawVec``): copies share storage,
/// and the owner calls ``free()`` once. A table that is no longer mutated may be
/// read from several threads at once (``find(_:_:hash:)`` only reads).
struct ByteInterner {
  /// All strings end to end; string `c` is `arena[offsets[c]..<offsets[c+1]]`.
  private(set) var arena = RawVec<UInt8>()
  private(set) var offsets = RawVec<Int>()
  /// Open addressing: `(hash high 32 bits << 32) | (code + 1)`, 0 = empty.
  private var slots = RawVec<UInt64>()
  private var mask = 0

  init(expected: Int = 16) {
    offsets.append(0)
    var n = 16
    while n < expected * 2 { n *= 2 }
    slots.append(repeating: 0, count: n)
    mask = n - 1
  }

  var count: Int { offsets.count - 1 }

  /// The code of the bytes, or -1 when absent.
  @inline(__always)
  func find(_ p: UnsafePointer<UInt8>, _ n: Int, hash h: UInt64) -> Int32 {
    let tag = h >> 32
    var i = Int(truncatingIfNeeded: h) & mask
    while true {
      let s = slots[i]
      if s == 0 { return -1 }
      if s >> 32 == tag {
        let code = Int(s & 0xFFFF_FFFF) - 1
        if matches(code, p, n) { return Int32(code) }
      }
      i = (i + 1) & mask
    }
  }

  @inline(__always)
  private func matches(_ code: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    let lo = offsets[code], hi = offsets[code + 1]
    guard hi - lo == n else { return false }
    guard n > 0, let a = arena.base else { return n == 0 }
    return bytesEqual(a + lo, p, n)
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
    arena.append(p, count: n)
    offsets.append(arena.count)
    if (code + 1) * 2 > slots.count { rehash(slots.count * 2) } else { place(code, h) }
    return Int32(code)
  }

  private func place(_ code: Int, _ h: UInt64) {
    var i = Int(truncatingIfNeeded: h) & mask
    while slots[i] != 0 { i = (i + 1) & mask }
    slots[i] = (h >> 32) << 32 | UInt64(code + 1)
  }

  private mutating func rehash(_ n: Int) {
    slots.free()
    slots.append(repeating: 0, count: n)
    mask = n - 1
    for c in 0..<count { withBytes(c) { place(c, Bytes.hash($0, $1)) } }
  }

  /// Calls `body` with the bytes of string `code`.
  @inline(__always)
  func withBytes<R>(_ code: Int, _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
    let lo = offsets[code], hi = offsets[code + 1]
    if let a = arena.base { return body(a + lo, hi - lo) }
    return withUnsafePointer(to: UInt8(0)) { body($0, 0) }
  }

  /// String `code`.
  func string(_ code: Int) -> String { withBytes(code) { Bytes.string($0, $1) } }

  /// Every string, in code order.
  func strings() -> [String] { (0..<count).map(string) }

  mutating func free() {
    arena.free()
    offsets.free()
    slots.free()
  }
}

/// Owns a finished ``ByteInterner`` shared read-only between loads of several
/// tables (a foreign-key seed), and frees it when released.
final class InternerBox {
  let table: ByteInterner
  /// `table.strings()`, made once and shared by every column seeded from it.
  private(set) lazy var strings: [String] = table.strings()

  init(_ table: ByteInterner) { self.table = table }
  deinit {
    var t = table
    t.free()
  }
}

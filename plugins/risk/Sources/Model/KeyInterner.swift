import AwasPluginKit

/// Gives each distinct text key a small number, reading the UTF-8 bytes in
/// place (no `String` per row): groups 1M loans by member without boxing.
///
/// Keys of up to 15 bytes (member and loan numbers) are packed into two
/// words and stored in the slot itself, so a lookup touches one slot; longer
/// keys are compared byte by byte.
struct KeyInterner: Sendable {
  private struct Slot: Sendable {
    var lo: UInt64
    var hi: UInt64
    var id: Int32
  }

  private var slots: ContiguousArray<Slot>
  private var mask: Int
  /// The bytes of every key, by number (for labels and long keys).
  private var bytes = ContiguousArray<UInt8>()
  private var offsets: ContiguousArray<UInt32> = [0]

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = ContiguousArray(repeating: Slot(lo: 0, hi: 0, id: -1), count: size)
    mask = size - 1
  }

  var count: Int { offsets.count - 1 }

  /// The text of key number `k`.
  func label(_ k: Int32) -> String {
    let lo = Int(offsets[Int(k)]), hi = Int(offsets[Int(k) + 1])
    return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }
  }

  /// The number of `key`, adding it when new.
  mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
    let (lo, hi) = Self.pack(key)
    var s = Self.slot(lo, hi) & mask
    while true {
      let slot = slots[s]
      if slot.id < 0 { break }
      if slot.lo == lo && slot.hi == hi && (key.count <= 15 || equal(slot.id, key)) { return slot.id }
      s = (s + 1) & mask
    }
    let k = Int32(count)
    bytes.append(contentsOf: key)
    offsets.append(UInt32(bytes.count))
    slots[s] = Slot(lo: lo, hi: hi, id: k)
    if count * 2 > slots.count { grow() }
    return k
  }

  /// The number of `key`, or nil when it was never interned.
  func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
    let (lo, hi) = Self.pack(key)
    var s = Self.slot(lo, hi) & mask
    while true {
      let slot = slots[s]
      if slot.id < 0 { return nil }
      if slot.lo == lo && slot.hi == hi && (key.count <= 15 || equal(slot.id, key)) { return slot.id }
      s = (s + 1) & mask
    }
  }

  private func equal(_ k: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let lo = Int(offsets[Int(k)]), hi = Int(offsets[Int(k) + 1])
    guard hi - lo == key.count else { return false }
    return bytes.withUnsafeBufferPointer { all in
      guard let a = all.baseAddress, let b = key.baseAddress else { return key.isEmpty }
      return memcmp(a + lo, b, key.count) == 0
    }
  }

  private mutating func grow() {
    let old = slots
    let size = slots.count * 2
    slots = ContiguousArray(repeating: Slot(lo: 0, hi: 0, id: -1), count: size)
    mask = size - 1
    for slot in old where slot.id >= 0 {
      var s = Self.slot(slot.lo, slot.hi) & mask
      while slots[s].id >= 0 { s = (s + 1) & mask }
      slots[s] = slot
    }
  }

  /// Up to 15 bytes: the bytes themselves, the length in the top byte of
  /// `hi`. Longer: two hashes, with 0xFF as the top byte.
  @inline(__always)
  static func pack(_ key: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
    let n = key.count
    if n <= 15 {
      var lo: UInt64 = 0, hi: UInt64 = 0
      for i in 0..<min(n, 8) { lo |= UInt64(key[i]) << UInt64(8 * i) }
      if n > 8 { for i in 8..<n { hi |= UInt64(key[i]) << UInt64(8 * (i - 8)) } }
      return (lo, hi | UInt64(n) << 56)
    }
    var h1: UInt64 = 0xcbf2_9ce4_8422_2325, h2: UInt64 = 0x8422_2325_cbf2_9ce4
    for b in key {
      h1 = (h1 ^ UInt64(b)) &* 0x100_0000_01b3
      h2 = (h2 &+ UInt64(b)) &* 0x9e37_79b9_7f4a_7c15
    }
    return (h1, (h2 & 0x00ff_ffff_ffff_ffff) | 0xff00_0000_0000_0000)
  }

  /// The slot of a packed key (MurmurHash3's 64-bit finalizer).
  @inline(__always)
  static func slot(_ lo: UInt64, _ hi: UInt64) -> Int {
    var h = lo ^ (hi &* 0x9e37_79b9_7f4a_7c15)
    h ^= h >> 33
    h = h &* 0xff51_afd7_ed55_8ccd
    h ^= h >> 33
    h = h &* 0xc4ce_b9fe_1a85_ec53
    h ^= h >> 33
    return Int(truncatingIfNeeded: h)
  }
}

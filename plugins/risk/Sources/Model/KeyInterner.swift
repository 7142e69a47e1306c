import AwasPluginKit

/// Gives each distinct text key a small number, hashing the UTF-8 bytes in
/// place (no `String` per row): group 1M loans by member without boxing.
struct KeyInterner: Sendable {
  /// The distinct keys, by number.
  private(set) var keys = Utf8Strings()
  private var hashes: ContiguousArray<UInt64> = []
  private var slots: ContiguousArray<Int32>
  private var mask: Int

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = ContiguousArray(repeating: -1, count: size)
    mask = size - 1
  }

  var count: Int { keys.count }

  /// The text of key number `k`.
  func label(_ k: Int32) -> String { keys[Int(k)] }

  /// The number of `bytes`, adding it when new.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let h = Self.hash(bytes)
    var s = Int(truncatingIfNeeded: h) & mask
    while true {
      let k = slots[s]
      if k < 0 { break }
      if hashes[Int(k)] == h && equal(Int(k), bytes) { return k }
      s = (s + 1) & mask
    }
    let k = Int32(keys.count)
    keys.append(bytes)
    hashes.append(h)
    slots[s] = k
    if keys.count * 2 > slots.count { grow() }
    return k
  }

  /// The number of `bytes`, or nil when it was never interned.
  func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    let h = Self.hash(bytes)
    var s = Int(truncatingIfNeeded: h) & mask
    while true {
      let k = slots[s]
      if k < 0 { return nil }
      if hashes[Int(k)] == h && equal(Int(k), bytes) { return k }
      s = (s + 1) & mask
    }
  }

  private func equal(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard keys.length(k) == bytes.count else { return false }
    return keys.withBytes(k) { a in
      bytes.count == 0 || memcmp(a.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    }
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = ContiguousArray(repeating: -1, count: size)
    mask = size - 1
    for k in 0..<hashes.count {
      var s = Int(truncatingIfNeeded: hashes[k]) & mask
      while slots[s] >= 0 { s = (s + 1) & mask }
      slots[s] = Int32(k)
    }
  }

  /// FNV-1a, 64 bits, with a final mix so that low bits spread.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    h ^= h >> 33
    h = h &* 0xff51_afd7_ed55_8ccd
    h ^= h >> 33
    return h
  }
}

/// The group number of each row of a text column (-1 for null) and the
/// group labels, made only for the groups asked for.
struct GroupCodes: Sendable {
  var codes: ContiguousArray<Int32>
  let groupCount: Int
  private let names: [String]
  private let interner: KeyInterner?

  /// Groups a text column: dictionary codes as they are, other text interned.
  init(_ c: Column) {
    let n = c.count
    var out = ContiguousArray<Int32>(repeating: -1, count: n)
    switch c.storage {
    case .dictionary(let codes, let values):
      for i in 0..<n where !c.isNull(i) { out[i] = codes[i] }
      names = values
      interner = nil
    case .text(let strings):
      var keys = KeyInterner(capacity: min(n, 1 << 16))
      strings.bytes.withUnsafeBufferPointer { all in
        for i in 0..<n where !c.isNull(i) {
          let lo = Int(strings.offsets[i]), hi = Int(strings.offsets[i + 1])
          out[i] = keys.intern(UnsafeBufferPointer(rebasing: all[lo..<hi]))
        }
      }
      names = []
      interner = keys
    default:
      // Numbers or dates used as keys: their plain text.
      var index: [String: Int32] = [:]
      var list: [String] = []
      for i in 0..<n where !c.isNull(i) {
        let s = ValueFormatter.plain(c.value(at: i))
        if let k = index[s] { out[i] = k } else {
          let k = Int32(list.count)
          index[s] = k
          list.append(s)
          out[i] = k
        }
      }
      names = list
      interner = nil
    }
    codes = out
    groupCount = interner?.count ?? names.count
  }

  /// Groups from codes made elsewhere (months, joined columns).
  init(codes: ContiguousArray<Int32>, labels: [String]) {
    self.codes = codes
    names = labels
    interner = nil
    groupCount = labels.count
  }

  /// The label of group `g` (`-` for null).
  func label(_ g: Int32) -> String {
    guard g >= 0 else { return "-" }
    if let interner { return interner.label(g) }
    return Int(g) < names.count ? names[Int(g)] : "-"
  }
}

/// Finds, for each row of a key column, the row of another table with the
/// same key (`pinjaman.no_anggota` → `anggota` row), or -1.
enum KeyJoin {
  static func rows(_ keys: Column, in target: Column) -> ContiguousArray<Int32> {
    var index = KeyInterner(capacity: target.count)
    var rowOfKey = ContiguousArray<Int32>()
    for r in 0..<target.count {
      guard let s = target.string(at: r) else { continue }
      var text = s
      let k = text.withUTF8 { index.intern($0) }
      if Int(k) == rowOfKey.count { rowOfKey.append(Int32(r)) }
    }
    let n = keys.count
    var out = ContiguousArray<Int32>(repeating: -1, count: n)
    switch keys.storage {
    case .text(let strings):
      strings.bytes.withUnsafeBufferPointer { all in
        for i in 0..<n where !keys.isNull(i) {
          let lo = Int(strings.offsets[i]), hi = Int(strings.offsets[i + 1])
          if let k = index.find(UnsafeBufferPointer(rebasing: all[lo..<hi])) { out[i] = rowOfKey[Int(k)] }
        }
      }
    case .dictionary(let codes, let values):
      let map: [Int32] = values.map { v in
        var text = v
        return text.withUTF8 { index.find($0) }.map { rowOfKey[Int($0)] } ?? -1
      }
      for i in 0..<n where !keys.isNull(i) {
        let c = Int(codes[i])
        if c >= 0 && c < map.count { out[i] = map[c] }
      }
    default:
      for i in 0..<n where !keys.isNull(i) {
        var text = ValueFormatter.plain(keys.value(at: i))
        if let k = text.withUTF8({ index.find($0) }) { out[i] = rowOfKey[Int(k)] }
      }
    }
    return out
  }
}

/// A hash index from text keys (loan or member numbers) to the row holding them,
/// comparing UTF-8 bytes without making a `String` per row.
///
/// Empty and null keys are not indexed; for a key on several rows the first wins.
struct KeyIndex: Sendable {
  /// The distinct keys.
  private(set) var keys = Utf8Strings()
  /// The source row of each key.
  private(set) var rows = ContiguousArray<Int32>()
  /// Open-addressing slots holding key ordinals; -1 is empty.
  private var slots: ContiguousArray<Int32>
  private var mask: Int

  /// An index of the non-empty cells of a text column. Nil for other types.
  init?(column: Column) {
    switch column.storage {
    case .text(let s):
      self.init(capacity: s.count)
      s.bytes.withUnsafeBufferPointer { bytes in
        for i in 0..<s.count where !column.isNull(i) {
          let lo = Int(s.offsets[i]), hi = Int(s.offsets[i + 1])
          insert(UnsafeBufferPointer(rebasing: bytes[lo..<hi]), row: Int32(i))
        }
      }
    case .dictionary(let codes, let values):
      // Each distinct value once, at the first row that uses it.
      var firstRow = ContiguousArray<Int32>(repeating: -1, count: values.count)
      for i in 0..<codes.count where !column.isNull(i) {
        let c = Int(codes[i])
        if c < values.count && firstRow[c] < 0 { firstRow[c] = Int32(i) }
      }
      self.init(capacity: values.count)
      for (c, v) in values.enumerated() where firstRow[c] >= 0 { insert(v, row: firstRow[c]) }
    default:
      return nil
    }
  }

  /// An index of `strings`, each standing for its position.
  init(strings: [String]) {
    self.init(capacity: strings.count)
    for (i, s) in strings.enumerated() { insert(s, row: Int32(i)) }
  }

  private init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = ContiguousArray(repeating: -1, count: size)
    mask = size - 1
    keys.offsets.reserveCapacity(capacity + 1)
    rows.reserveCapacity(capacity)
  }

  var count: Int { rows.count }

  private mutating func insert(_ s: String, row: Int32) {
    var s = s
    s.withUTF8 { insert($0, row: row) }
  }

  private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, row: Int32) {
    if key.isEmpty { return }
    var slot = Int(truncatingIfNeeded: hashBytes(key)) & mask
    while slots[slot] >= 0 {
      if keys.withBytes(Int(slots[slot]), { $0.elementsEqual(key) }) { return }
      slot = (slot + 1) & mask
    }
    slots[slot] = Int32(rows.count)
    keys.append(key)
    rows.append(row)
  }

  /// The source row of `key`, or -1.
  @inline(__always)
  func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
    let o = ordinal(key)
    return o < 0 ? -1 : rows[Int(o)]
  }

  /// The position of `key` among ``keys``, or -1.
  @inline(__always)
  func ordinal(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
    if key.isEmpty { return -1 }
    return keys.bytes.withUnsafeBufferPointer { kb in
      keys.offsets.withUnsafeBufferPointer { ko in
        slots.withUnsafeBufferPointer { sl in
          var slot = Int(truncatingIfNeeded: hashBytes(key)) & mask
          while true {
            let ordinal = Int(sl[slot])
            if ordinal < 0 { return -1 }
            let lo = Int(ko[ordinal]), hi = Int(ko[ordinal + 1])
            if hi - lo == key.count
              && memoryEqual(kb.baseAddress.map { $0 + lo }, key.baseAddress, key.count)
            {
              return Int32(ordinal)
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
  }

  func find(_ key: String) -> Int32 {
    var s = key
    return s.withUTF8 { find($0) }
  }

  /// The keys as Strings, in ordinal order.
  func keyStrings() -> [String] { (0..<keys.count).map { keys[$0] } }

  /// For every cell of `column` (text), the source row of its key (or, with
  /// `ordinals`, the key's position), or -1 for null, empty or unknown keys.
  /// Nil when `column` is not text.
  func resolve(_ column: Column, ordinals: Bool = false) -> ContiguousArray<Int32>? {
    switch column.storage {
    case .dictionary(let codes, let values):
      let rowOfCode = ContiguousArray(values.map { v -> Int32 in
        var v = v
        return v.withUTF8 { ordinals ? ordinal($0) : find($0) }
      })
      let nulls = column.nulls
      return makeArray(codes.count) { out in
        Parallel.forEachChunk(codes.count) { range in
          for i in range {
            let c = Int(codes[i])
            out[i] = (nulls?[i] ?? false) || c >= rowOfCode.count ? -1 : rowOfCode[c]
          }
        }
      }
    case .text(let s):
      let nulls = column.nulls
      return makeArray(s.count) { out in
        s.bytes.withUnsafeBufferPointer { bytes in
          Parallel.forEachChunk(s.count) { range in
            // Rows of one loan tend to sit together: reuse the previous answer.
            var lastLo = 0, lastHi = -1
            var last: Int32 = -1
            for i in range {
              if nulls?[i] ?? false {
                out[i] = -1
                continue
              }
              let lo = Int(s.offsets[i]), hi = Int(s.offsets[i + 1])
              if hi - lo == lastHi - lastLo
                && memoryEqual(bytes.baseAddress.map { $0 + lo }, bytes.baseAddress.map { $0 + lastLo }, hi - lo)
              {
                out[i] = last
                continue
              }
              let key = UnsafeBufferPointer(rebasing: bytes[lo..<hi])
              last = ordinals ? ordinal(key) : find(key)
              lastLo = lo
              lastHi = hi
              out[i] = last
            }
          }
        }
      }
    default:
      return nil
    }
  }
}

@inline(__always)
private func memoryEqual(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, _ n: Int) -> Bool {
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

/// A fast 64-bit hash of a short byte string (word-at-a-time multiply-mix).
@inline(__always)
func hashBytes(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
  let n = key.count
  var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
  guard let p = key.baseAddress else { return h }
  var i = 0
  while i + 8 <= n {
    let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
    h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 32
    i += 8
  }
  var tail: UInt64 = 0
  var shift: UInt64 = 0
  while i < n {
    tail |= UInt64(p[i]) << shift
    shift += 8
    i += 1
  }
  h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
  h ^= h >> 29
  h = h &* 0x9E37_79B9_7F4A_7C15
  return h ^ (h >> 32)
}

/// Sorted keys that are all one prefix followed by the same number of digits
/// (`P0000001`, `000123`), as bookkeeping programs number loans and members:
/// a value's code comes from its number through a table, without comparing
/// or hashing keys, whatever order the rows that look it up are in.
///
/// Exact: a value is a key only if it has the keys' length, prefix and digits
/// only after it, and then its number names the one key with those bytes.
final class NumberedKeys: @unchecked Sendable {
  /// The prefix, and the length of every key.
  let prefix: FixedBuffer<UInt8>
  let length: Int
  /// The smallest key's number; `codes[v - first]` is the code of number `v`, or -1.
  let first: Int64
  /// Nil when the numbers have no gaps: the code of number `v` is then `v - first`
  /// (found without a load from a table, which misses the cache when rows
  /// look keys up in no order).
  let codes: FixedBuffer<Int32>?
  /// How many numbers the table covers, from `first` on.
  let slots: Int

  /// Digits after the prefix are at most this many (so numbers fit in Int64).
  static let maxDigits = 18
  /// Numbers may leave gaps, but the table is at most this many times the keys (plus a little).
  static let maxSpread = 2

  /// Nil unless `keys` (non-empty, strictly increasing) all share the pattern
  /// and their numbers are dense enough for a table.
  init?(_ keys: Utf8Strings) {
    guard keys.count > 0 else { return nil }
    let length = keys.length(0)
    let digits = keys.withBytes(0) { b in b.reversed().prefix { $0 &- 0x30 < 10 }.count }
    guard digits > 0, digits <= NumberedKeys.maxDigits else { return nil }
    let prefix = keys.withBytes(0) { Array($0.prefix(length - digits)) }
    var numbers = [Int64](repeating: 0, count: keys.count)
    let fits = keys.bytes.withUnsafeBufferPointer { b -> Bool in
      let base = b.baseAddress.unsafelyUnwrapped
      for i in 0..<keys.count {
        let lo = Int(keys.offsets[i])
        guard Int(keys.offsets[i + 1]) - lo == length,
          prefix.withUnsafeBufferPointer({ Bytes.equal(base + lo, $0.baseAddress ?? base, $0.count) }),
          let v = NumberedKeys.number(base + lo + prefix.count, digits)
        else { return false }
        numbers[i] = v
      }
      return true
    }
    // Fixed-width digits in increasing byte order are increasing numbers; the
    // smallest and largest bound the table even if a caller broke that order.
    guard fits, let first = numbers.min(), let last = numbers.max(),
      last - first < Int64(NumberedKeys.maxSpread * keys.count + 4_096)
    else { return nil }
    let slots = Int(last - first) + 1
    // Strictly increasing numbers with as many slots as keys: number `first + i` is key i.
    let dense = slots == keys.count && zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 }
    if dense {
      codes = nil
    } else {
      let table = FixedBuffer<Int32>(repeating: -1, count: slots)
      for (i, v) in numbers.enumerated() { table.pointer[Int(v - first)] = Int32(i) }
      codes = table
    }
    self.prefix = FixedBuffer(ContiguousArray(prefix))
    self.length = length
    self.first = first
    self.slots = slots
  }

  /// The value of `n` ASCII digits at `p`, or nil if one is not a digit.
  @inline(__always)
  static func number(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int64? {
    var v: Int64 = 0
    for j in 0..<n {
      let d = p[j] &- 0x30
      guard d < 10 else { return nil }
      v = v &* 10 &+ Int64(d)
    }
    return v
  }

  /// Raw access for the loader's inner loops (no reference counting per row),
  /// valid while this object lives.
  var lookup: NumberedLookup {
    NumberedLookup(
      prefix: prefix.pointer.baseAddress.map { UnsafePointer($0) }, prefixCount: prefix.count, length: length,
      first: first, codes: codes.map { UnsafePointer($0.pointer.baseAddress.unsafelyUnwrapped) }, slots: slots)
  }
}

/// ``NumberedKeys`` as raw pointers (see ``NumberedKeys/lookup``).
struct NumberedLookup {
  let prefix: UnsafePointer<UInt8>?
  let prefixCount: Int
  let length: Int
  let first: Int64
  /// Nil when number `first + i` is key i.
  let codes: UnsafePointer<Int32>?
  let slots: Int

  /// The code of the key `p[0..<n]`, or -1 when it is none of the keys.
  @inline(__always)
  func code(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int32 {
    guard n == length else { return -1 }
    if let prefix {
      for j in 0..<prefixCount where p[j] != prefix[j] { return -1 }
    }
    guard let v = NumberedKeys.number(p + prefixCount, n - prefixCount) else { return -1 }
    let slot = v &- first
    guard slot >= 0, slot < Int64(slots) else { return -1 }
    guard let codes else { return Int32(truncatingIfNeeded: slot) }
    return codes[Int(slot)]
  }
}

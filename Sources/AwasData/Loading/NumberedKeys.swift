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
    let count = keys.count
    // One pass over the keys: each one's number, the smallest and largest,
    // and whether they rise by one each time (no table needed then).
    func numbers(_ each: (Int, Int64) -> Void) -> Bool {
      keys.offsets.withUnsafeBufferPointer { o in
        keys.bytes.withUnsafeBufferPointer { b in
          prefix.withUnsafeBufferPointer { pre in
            guard let base = b.baseAddress, let o = o.baseAddress else { return false }
            let p = pre.baseAddress ?? base
            for i in 0..<count {
              let lo = Int(o[i])
              guard Int(o[i + 1]) - lo == length, Bytes.equal(base + lo, p, pre.count),
                let v = NumberedKeys.number(base + lo + pre.count, digits)
              else { return false }
              each(i, v)
            }
            return true
          }
        }
      }
    }
    var first = Int64.max, last = Int64.min, previous = Int64.min, stepsByOne = true
    let fits = numbers { i, v in
      if i > 0 && v != previous &+ 1 { stepsByOne = false }
      previous = v
      first = Swift.min(first, v)
      last = Swift.max(last, v)
    }
    // Fixed-width digits in increasing byte order are increasing numbers; the
    // smallest and largest bound the table even if a caller broke that order.
    guard fits, last - first < Int64(NumberedKeys.maxSpread * count + 4_096) else { return nil }
    let slots = Int(last - first) + 1
    // Numbers rising by one from the first: number `first + i` is key i.
    if stepsByOne {
      codes = nil
    } else {
      let table = FixedBuffer<Int32>(repeating: -1, count: slots)
      _ = numbers { i, v in table.pointer[Int(v - first)] = Int32(i) }
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

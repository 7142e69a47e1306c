import Foundation

/// A table's primary keys (code `i` is row `i`), shared read-only by the loads
/// of the tables whose foreign keys point at it.
///
/// Keys that are non-empty and in strictly increasing byte order, as exported
/// loan and member numbers usually are, are unique as they stand: they are
/// kept as the column holds them (``sorted``) and a foreign key is found by
/// stepping on from the previous row's key or by halving (``SortedKeys``). Their
/// hash table (``table``) is built only when a file looks them up in no
/// particular order. Other keys come with the table the duplicate check built.
final class InternerBox: @unchecked Sendable {
  /// The number of keys.
  let count: Int
  /// The keys, when non-empty and strictly increasing.
  let sorted: Utf8Strings?
  // Guarded by `lock`.
  private var built: ByteInterner?
  private let lock = NSLock()
  // Guarded by `numberedLock`: nil before the first ask, then .some(nil)
  // when the keys are not numbered.
  private var madeNumbered: NumberedKeys??
  private let numberedLock = NSLock()
  // Guarded by `stringsLock` (two tables pointing here may ask at once).
  private var madeStrings: [String]?
  private let stringsLock = NSLock()

  init(_ table: ByteInterner) {
    count = table.count
    sorted = nil
    built = table
  }

  /// Keys known to be non-empty and strictly increasing (`count > 0`).
  init(sorted keys: Utf8Strings) {
    count = keys.count
    sorted = keys
    built = nil
  }

  /// The hash table of the keys, made on first use (from any thread).
  var table: ByteInterner {
    lock.lock()
    defer { lock.unlock() }
    if let built { return built }
    var made = ByteInterner(expected: count)
    if let sorted { InternerBox.insert(sorted, into: &made) }
    built = made
    return made
  }

  /// Adds unique `keys` in order (code `i` is key `i`). The slots of a batch
  /// of keys are loaded first, so their cache misses overlap.
  private static func insert(_ keys: Utf8Strings, into table: inout ByteInterner) {
    let batch = 256
    var hashes = [UInt64](repeating: 0, count: batch)
    var warm: UInt64 = 0
    keys.bytes.withUnsafeBufferPointer { b in
      keys.offsets.withUnsafeBufferPointer { o in
        let base = b.baseAddress.unsafelyUnwrapped
        var i = 0
        while i < keys.count {
          let end = Swift.min(keys.count, i + batch)
          for j in i..<end {
            hashes[j - i] = Bytes.hash(base + Int(o[j]), Int(o[j + 1] - o[j]))
            warm ^= table.touch(hash: hashes[j - i])
          }
          for j in i..<end { _ = table.insertNew(base + Int(o[j]), Int(o[j + 1] - o[j]), hash: hashes[j - i]) }
          i = end
        }
      }
    }
    if warm == 1 { hashes.reserveCapacity(batch) }  // keeps the warming loads alive
  }

  /// The sorted keys' number table when they are numbered (``NumberedKeys``), made on first use.
  var numbered: NumberedKeys? {
    numberedLock.lock()
    defer { numberedLock.unlock() }
    if let madeNumbered { return madeNumbered }
    let made = sorted.flatMap { NumberedKeys($0) }
    madeNumbered = .some(made)
    return made
  }

  /// Every key in code order, made once and shared by every column seeded from it.
  var strings: [String] {
    stringsLock.lock()
    defer { stringsLock.unlock() }
    if let madeStrings { return madeStrings }
    let made = sorted.map { s in (0..<s.count).map { s[$0] } } ?? table.strings()
    madeStrings = made
    return made
  }

  deinit {
    if var t = built { t.free() }
  }
}

/// Raw access to an ``InternerBox``'s sorted keys, valid while the box lives
/// (its arrays are never mutated, so their storage stays where it is).
struct SortedKeys {
  let bytes: UnsafePointer<UInt8>
  let offsets: UnsafePointer<UInt32>
  let count: Int
  /// Set when the keys are numbered: codes are then found by number.
  let numbered: NumberedLookup?

  init?(_ box: InternerBox) {
    guard let s = box.sorted, s.count > 0,
      let b = s.bytes.withUnsafeBufferPointer({ $0.baseAddress }),
      let o = s.offsets.withUnsafeBufferPointer({ $0.baseAddress })
    else { return nil }
    bytes = b
    offsets = o
    count = s.count
    numbered = box.numbered?.lookup
  }

  /// Whether key `i` is `p[0..<n]`.
  @inline(__always)
  func isKey(_ i: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    let lo = Int(offsets[i])
    return Int(offsets[i + 1]) - lo == n && Bytes.equal(bytes + lo, p, n)
  }

  /// The code of `p[0..<n]`, or -1.
  func search(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int32 {
    searchSortedKeys(bytes, offsets, count, p, n)
  }
}

/// The position of `key[0..<length]` among `count` strictly increasing keys
/// (key `i` is `bytes[offsets[i]..<offsets[i+1]]`), or -1.
func searchSortedKeys(
  _ bytes: UnsafePointer<UInt8>?, _ offsets: UnsafePointer<UInt32>, _ count: Int, _ key: UnsafePointer<UInt8>?,
  _ length: Int
) -> Int32 {
  var lo = 0, hi = count
  while lo < hi {
    let mid = (lo + hi) / 2
    let start = Int(offsets[mid])
    let order = compareBytes(bytes.map { $0 + start }, Int(offsets[mid + 1]) - start, key, length)
    if order == 0 { return Int32(mid) }
    if order < 0 { lo = mid + 1 } else { hi = mid }
  }
  return -1
}

/// How one part's foreign-key lookups in sorted keys have gone.
struct SortedCursor {
  /// The key a value is compared with first: the previous value's.
  var next = 0
  /// Values looked up (repeats of the previous row's not counted), and of
  /// them those found by halving.
  var lookups = 0
  var searches = 0

  /// How many keys after the previous value's are compared before halving.
  static let stepsAhead = 4
  /// Searches by halving a part may make before it may switch to the hash
  /// table (it does once more than one lookup in eight needs one).
  static let searchLimit = 4_096
}

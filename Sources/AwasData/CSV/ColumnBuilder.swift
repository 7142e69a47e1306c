/// The cells of one column as one thread parses its part of a file: a typed
/// buffer and a null bitmap, turned into a ``Column`` by ``ColumnBuilder/merge(_:name:type:dictionary:)``.
struct ColumnBuilder {
  enum Kind: UInt8 {
    /// `int`, `money`.
    case int64
    case double
    /// `date` (day serials).
    case day
    case bool
    /// Text stored end to end.
    case text
    /// Dictionary codes.
    case codes
  }

  let kind: Kind
  var i64 = RawVec<Int64>()
  var f64 = RawVec<Double>()
  /// Day serials or dictionary codes.
  var i32 = RawVec<Int32>()
  var flags = RawVec<Bool>()
  var bytes = RawVec<UInt8>()
  /// `count + 1` offsets into `bytes` (text only).
  var offsets = RawVec<UInt32>()
  var nullWords = RawVec<UInt64>()
  var count = 0
  /// Text past 4 GiB could not be stored.
  var overflowed = false

  /// A builder whose values go straight into `region` (a column's final
  /// array), at `offset`, with room for `capacity` values; the first part owns
  /// the array, the second lodges after the first part's room.
  init(_ kind: Kind, region: ColumnRegion, offset: Int, capacity: Int, owning: Bool) {
    self.kind = kind
    switch region {
    case .int64(let r): i64 = RawVec(region: r, offset: offset, capacity: capacity, owning: owning)
    case .double(let r): f64 = RawVec(region: r, offset: offset, capacity: capacity, owning: owning)
    case .int32(let r): i32 = RawVec(region: r, offset: offset, capacity: capacity, owning: owning)
    case .bool(let r): flags = RawVec(region: r, offset: offset, capacity: capacity, owning: owning)
    }
  }

  /// A text builder whose bytes go straight into `region` (the column's final
  /// byte array) from `byteOffset`, with room for `byteCapacity` bytes: the
  /// first part owns the array from 0, the second lodges after the first
  /// part's room. Offsets are kept per part (from 0) and shifted when joined;
  /// the first part's are in an array with room for `rows` offsets.
  init(textRegion region: ArrayStorage<UInt8>, byteOffset: Int, byteCapacity: Int, rows: Int, owning: Bool) {
    kind = .text
    bytes = RawVec(region: region, offset: byteOffset, capacity: byteCapacity, owning: owning)
    if owning { offsets = RawVec(arrayCapacity: rows + 1) } else { offsets.reserve(rows + 1) }
    offsets.append(0)
  }

  /// - Parameter arrayBacked: Keep the values in the memory of the column's
  ///   final array (the first part of a file), so ``merge(_:name:type:dictionary:)``
  ///   appends the other parts to it instead of copying every part.
  init(_ kind: Kind, expectedRows: Int, arrayBacked: Bool = false) {
    self.kind = kind
    let n = Swift.max(16, expectedRows)
    switch kind {
    case .int64: if arrayBacked { i64 = RawVec(arrayCapacity: n) } else { i64.reserve(n) }
    case .double: if arrayBacked { f64 = RawVec(arrayCapacity: n) } else { f64.reserve(n) }
    case .day, .codes: if arrayBacked { i32 = RawVec(arrayCapacity: n) } else { i32.reserve(n) }
    case .bool: if arrayBacked { flags = RawVec(arrayCapacity: n) } else { flags.reserve(n) }
    case .text:
      if arrayBacked {
        // Generous: capacity that is never written costs address space only.
        offsets = RawVec(arrayCapacity: n + 1)
        bytes = RawVec(arrayCapacity: n * 32)
      } else {
        offsets.reserve(n + 1)
        bytes.reserve(n * 8)
      }
      offsets.append(0)
    }
  }

  @inline(__always) mutating func append(_ v: Int64) {
    i64.append(v)
    count += 1
  }
  @inline(__always) mutating func append(_ v: Double) {
    f64.append(v)
    count += 1
  }
  @inline(__always) mutating func append(_ v: Int32) {
    i32.append(v)
    count += 1
  }
  @inline(__always) mutating func append(_ v: Bool) {
    flags.append(v)
    count += 1
  }
  @inline(__always) mutating func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
    if bytes.count + n > Int(UInt32.max) {
      overflowed = true
      offsets.append(UInt32(bytes.count))
    } else {
      bytes.append(p, count: n)
      offsets.append(UInt32(truncatingIfNeeded: bytes.count))
    }
    count += 1
  }

  /// Appends a null cell (a placeholder value and a set bit).
  mutating func appendNull() {
    let row = count
    switch kind {
    case .int64: i64.append(0)
    case .double: f64.append(0)
    case .day, .codes: i32.append(0)
    case .bool: flags.append(false)
    case .text: offsets.append(UInt32(truncatingIfNeeded: bytes.count))
    }
    count += 1
    let w = row >> 6
    if nullWords.count <= w { nullWords.append(repeating: 0, count: w + 1 - nullWords.count) }
    nullWords[w] |= 1 << UInt64(row & 63)
  }

  /// Whether cell `row` is null.
  @inline(__always)
  func isNull(_ row: Int) -> Bool {
    let w = row >> 6
    return w < nullWords.count && nullWords[w] & (1 << UInt64(row & 63)) != 0
  }

  /// Drops the cells from row `n` on (a row that turned out to be skipped).
  mutating func truncate(_ n: Int) {
    guard count > n else { return }
    for r in n..<count where r >> 6 < nullWords.count { nullWords[r >> 6] &= ~(1 << UInt64(r & 63)) }
    switch kind {
    case .int64: i64.truncate(n)
    case .double: f64.truncate(n)
    case .day, .codes: i32.truncate(n)
    case .bool: flags.truncate(n)
    case .text:
      offsets.truncate(n + 1)
      bytes.truncate(Int(offsets[n]))
    }
    count = n
  }

  /// Appends text builder `other`'s values (bytes and offsets) and frees its memory.
  mutating func absorbText(_ other: inout ColumnBuilder) {
    let shift = offsets.count > 0 ? offsets[offsets.count - 1] : 0
    if other.offsets.count > 1 {
      offsets.reserve(offsets.count + other.offsets.count - 1)
      for r in 1..<other.offsets.count { offsets.append(other.offsets[r] &+ shift) }
    }
    bytes.absorb(&other.bytes)
    other.offsets.free()
  }

  /// Maps in the memory of about the next `rows` values (see ``RawVec/prefault(ahead:)``).
  mutating func prefault(rows: Int) {
    switch kind {
    case .int64: i64.prefault(ahead: rows)
    case .double: f64.prefault(ahead: rows)
    case .day, .codes: i32.prefault(ahead: rows)
    case .bool: flags.prefault(ahead: rows)
    case .text:
      offsets.prefault(ahead: rows)
      // As many bytes per value as so far.
      if count > 0 { bytes.prefault(ahead: rows * (bytes.count / count + 1)) }
    }
  }

  mutating func free() {
    i64.free()
    f64.free()
    i32.free()
    flags.free()
    bytes.free()
    offsets.free()
    nullWords.free()
  }

  /// One column from the parts that threads built, in order; frees the parts.
  static func merge(_ parts: inout [ColumnBuilder], name: String, type: ColumnType, dictionary: [String]?)
    -> Column
  {
    let total = parts.reduce(0) { $0 + $1.count }
    var nulls: Bitset? = nil
    if parts.contains(where: { p in (0..<p.nullWords.count).contains { p.nullWords[$0] != 0 } }) {
      var b = Bitset(count: total)
      var base = 0
      for part in parts {
        for w in 0..<part.nullWords.count {
          var bits = part.nullWords[w]
          while bits != 0 {
            b[base + w * 64 + bits.trailingZeroBitCount] = true
            bits &= bits - 1
          }
        }
        base += part.count
      }
      nulls = b
    }
    let storage: ColumnStorage
    switch parts.first?.kind ?? .text {
    case .int64: storage = .int64(concat(&parts, \.i64))
    case .double: storage = .double(concat(&parts, \.f64))
    case .day: storage = .day(concat(&parts, \.i32))
    case .bool: storage = .bool(concat(&parts, \.flags))
    case .codes:
      let values = dictionary.map { $0.isEmpty ? [""] : $0 } ?? [""]
      storage = .dictionary(codes: concat(&parts, \.i32), values: values)
    case .text: storage = .text(concatText(&parts))
    }
    for i in parts.indices { parts[i].free() }
    return Column(name: name, type: type, storage: storage, nulls: nulls)
  }

  /// The part lodging in the first part's array (the second part of a file
  /// read in two, ``PartRegion``), if any.
  ///
  /// Parts between the first and the lodger (taken over from the first part's
  /// tail) are folded into the first part's room by `fold` when `fits` says
  /// they fit there. Returns the lodger's index when the first part and it can
  /// then be joined in place; parts after the lodger (taken over from its
  /// tail) are appended after the join.
  private static func joinable(
    _ parts: inout [ColumnBuilder], isLodger: (ColumnBuilder) -> Bool, isEmpty: (ColumnBuilder) -> Bool,
    fits: ([ColumnBuilder]) -> Bool, fold: (inout ColumnBuilder, inout ColumnBuilder) -> Void
  ) -> Int? {
    guard let l = parts.indices.dropFirst().first(where: { isLodger(parts[$0]) }) else { return nil }
    if l > 1 && fits(Array(parts[0..<l])) {
      var first = parts[0]
      for i in 1..<l { fold(&first, &parts[i]) }
      parts[0] = first
    }
    return (1..<l).allSatisfy { isEmpty(parts[$0]) } ? l : nil
  }

  private static func concat<T>(_ parts: inout [ColumnBuilder], _ key: WritableKeyPath<ColumnBuilder, RawVec<T>>)
    -> ContiguousArray<T>
  {
    let total = parts.reduce(0) { $0 + $1[keyPath: key].count }
    let lodger = joinable(
      &parts, isLodger: { $0[keyPath: key].isLodger }, isEmpty: { $0[keyPath: key].count == 0 },
      fits: { p in p.reduce(0) { $0 + $1[keyPath: key].count } <= p[0][keyPath: key].capacity },
      fold: { $0[keyPath: key].absorb(&$1[keyPath: key]) })
    if let l = lodger {
      var first = parts[0][keyPath: key], second = parts[l][keyPath: key]
      if var joined = RawVec.joinInPlace(&first, &second) {
        parts[0][keyPath: key] = first
        parts[l][keyPath: key] = second
        for i in (l + 1)..<parts.count {
          let v = parts[i][keyPath: key]
          if v.count > 0 { joined.append(contentsOf: v.buffer) }
          parts[i][keyPath: key].free()
        }
        return joined
      }
    }
    // The first part's array cannot take the others while a later part still
    // lodges in it (appending would write over that part's values).
    if !parts.dropFirst().contains(where: { $0[keyPath: key].isLodger }), var first = parts[0][keyPath: key].takeArray() {
      // The first part's values are already in an array: append the rest.
      first.reserveCapacity(total)
      for i in 1..<parts.count {
        let v = parts[i][keyPath: key]
        if v.count > 0 { first.append(contentsOf: v.buffer) }
        parts[i][keyPath: key].free()
      }
      return first
    }
    return ContiguousArray(unsafeUninitializedCapacity: total) { buf, n in
      var at = 0
      for i in parts.indices {
        let v = parts[i][keyPath: key]
        if v.count > 0, let src = v.base, let dst = buf.baseAddress {
          (dst + at).initialize(from: src, count: v.count)
        }
        at += v.count
        parts[i][keyPath: key].free()
      }
      n = at
    }
  }

  /// Appends part `p`'s strings to `bytes` and `offsets`, offsets clamped
  /// below 4 GiB; frees the part's text.
  private static func appendText(_ p: inout ColumnBuilder, bytes: inout ContiguousArray<UInt8>, offsets: inout ContiguousArray<UInt32>) {
    let shift = bytes.count
    let room = Int(UInt32.max) - shift
    let take = Swift.min(p.bytes.count, room)
    if take > 0, let src = p.bytes.base { bytes.append(contentsOf: UnsafeBufferPointer(start: src, count: take)) }
    for r in 1..<Swift.max(1, p.offsets.count) {
      offsets.append(UInt32(Swift.min(Int(p.offsets[r]), take) + shift))
    }
    p.bytes.free()
    p.offsets.free()
  }

  private static func concatText(_ parts: inout [ColumnBuilder]) -> Utf8Strings {
    let rows = parts.reduce(0) { $0 + $1.count }
    let byteTotal = Swift.min(parts.reduce(0) { $0 + $1.bytes.count }, Int(UInt32.max))
    var offsets = ContiguousArray<UInt32>()
    var bytes = ContiguousArray<UInt8>()
    // Parts written into one byte array: the lodger's bytes move down to
    // follow the first's (mostly onto pages already in use), and only the
    // offsets are shifted. Parts taken over from the first part's tail go
    // into its room first, when they fit there (the room is under 4 GiB, so
    // offsets cannot wrap); otherwise every part is copied once below,
    // offsets clamped.
    let lodger = joinable(
      &parts, isLodger: { $0.bytes.isLodger }, isEmpty: { $0.bytes.count == 0 && $0.offsets.count <= 1 },
      fits: { p in p.reduce(0) { $0 + $1.bytes.count } <= p[0].bytes.capacity },
      fold: { $0.absorbText(&$1) })
    if let l = lodger {
      var first = parts[0].bytes, second = parts[l].bytes
      if let array = RawVec.joinInPlace(&first, &second) {
        parts[0].bytes = first
        parts[l].bytes = second
        bytes = array
        // The first part's offsets, then the lodger's shifted past the first's bytes.
        let shift = parts[0].offsets.count > 0 ? Int(parts[0].offsets[parts[0].offsets.count - 1]) : 0
        offsets = parts[0].offsets.takeArray() ?? parts[0].offsets.toArray()
        parts[0].offsets.free()
        for i in 1..<l { parts[i].offsets.free() }
        offsets.reserveCapacity(rows + 1)
        let p = parts[l]
        for r in 1..<Swift.max(1, p.offsets.count) { offsets.append(UInt32(Int(p.offsets[r]) + shift)) }
        parts[l].offsets.free()
        for i in (l + 1)..<parts.count { appendText(&parts[i], bytes: &bytes, offsets: &offsets) }
        return Utf8Strings(bytes: bytes, offsets: offsets)
      }
    }
    var from = 0
    if let o = parts[0].offsets.takeArray() {
      // The first part is already in arrays; the others are appended.
      offsets = o
      // Not while a later part lodges in the first part's byte array.
      if !parts.dropFirst().contains(where: { $0.bytes.isLodger }), let b = parts[0].bytes.takeArray() {
        bytes = b
      } else {
        bytes.reserveCapacity(byteTotal)
        if let src = parts[0].bytes.base { bytes.append(contentsOf: UnsafeBufferPointer(start: src, count: parts[0].bytes.count)) }
      }
      parts[0].bytes.free()
      from = 1
    } else {
      offsets.append(0)
    }
    offsets.reserveCapacity(rows + 1)
    bytes.reserveCapacity(byteTotal)
    for i in from..<parts.count { appendText(&parts[i], bytes: &bytes, offsets: &offsets) }
    return Utf8Strings(bytes: bytes, offsets: offsets)
  }
}

/// The final array of one fixed-width column, shared by the two parts of a
/// file that write into it (``ColumnBuilder/init(_:region:offset:capacity:owning:)``).
enum ColumnRegion {
  case int64(ArrayStorage<Int64>)
  case double(ArrayStorage<Double>)
  case int32(ArrayStorage<Int32>)
  case bool(ArrayStorage<Bool>)

  /// The byte array of a text column, with room for `bytes` bytes.
  static func textBytes(_ bytes: Int) -> ArrayStorage<UInt8> { ArrayStorage(capacity: Swift.max(16, bytes)) }

  /// An array for a column of `kind` with room for `capacity` values; nil for text.
  init?(_ kind: ColumnBuilder.Kind, capacity: Int) {
    let n = Swift.max(16, capacity)
    switch kind {
    case .int64: self = .int64(ArrayStorage(capacity: n))
    case .double: self = .double(ArrayStorage(capacity: n))
    case .day, .codes: self = .int32(ArrayStorage(capacity: n))
    case .bool: self = .bool(ArrayStorage(capacity: n))
    case .text: return nil
    }
  }
}

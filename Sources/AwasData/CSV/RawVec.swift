#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable buffer of trivial values in malloc'd memory, for the loader's hot loops.
///
/// Unlike `ContiguousArray`, appending performs no uniqueness or exclusivity
/// checks, and growth uses `realloc`, which for large blocks remaps pages
/// instead of copying them. The owner must call ``free()`` exactly once;
/// copies of a `RawVec` share the same memory.
struct RawVec<T: BitwiseCopyable> {
  private(set) var base: UnsafeMutablePointer<T>?
  private(set) var count: Int = 0
  private(set) var capacity: Int = 0
  /// Set when the memory is the storage of a `ContiguousArray` (see
  /// ``init(arrayCapacity:)``), which ``takeArray()`` hands over without a copy.
  private var owner: ArrayStorage<T>? = nil
  /// Set when the memory is a region of another vector's array (the second
  /// part of a file, written where it will end up): never freed here.
  private var lender: ArrayStorage<T>? = nil
  /// Bytes from `base` already mapped in by ``prefault(ahead:)``.
  private(set) var populated = 0

  init(capacity: Int = 0) {
    if capacity > 0 { grow(to: capacity) }
  }

  /// A vector whose memory is a `ContiguousArray`'s, so the finished values
  /// become a column without being copied (``takeArray()``). Pages of the
  /// capacity that are never written are never touched.
  init(arrayCapacity n: Int) {
    let storage = ArrayStorage<T>(capacity: Swift.max(16, n))
    owner = storage
    base = storage.base
    // The values the array counts as its own, not its allocation's capacity,
    // which may be larger: ``takeArray()`` trims the count back from here.
    capacity = storage.array.count
  }

  /// A vector over `capacity` values of `storage` from `offset`: the whole
  /// array's owner (`owning`, offset 0) or a lodger in a later region of it.
  init(region storage: ArrayStorage<T>, offset: Int, capacity: Int, owning: Bool) {
    if owning { owner = storage } else { lender = storage }
    base = storage.base + offset
    self.capacity = capacity
  }

  /// The two parts of one array joined where they lie: `second`'s values move
  /// down to follow `first`'s, and the array is returned without copying the
  /// first part. nil unless `first` owns the array `second` lodges in.
  static func joinInPlace(_ first: inout RawVec<T>, _ second: inout RawVec<T>) -> ContiguousArray<T>? {
    guard let storage = first.owner, let lender = second.lender, storage === lender else { return nil }
    let n0 = first.count, n1 = second.count
    let stride = MemoryLayout<T>.stride
    if let src = second.base {
      // The regions may overlap: memmove semantics.
      if n1 > 0 {
        UnsafeMutableRawPointer(storage.base + n0).copyMemory(from: UnsafeRawPointer(src), byteCount: n1 * stride)
      }
      // The pages the second part left or only mapped in ahead, which nothing
      // now uses, leave the resident set.
      releasePages(
        UnsafeMutableRawPointer(storage.base), from: (n0 + n1) * stride,
        to: (src - storage.base) * stride + Swift.max(n1 * stride, second.populated))
    }
    var array = storage.array
    storage.array = []
    array.removeLast(array.count - (n0 + n1))
    first.owner = nil
    first.base = nil
    first.count = 0
    first.capacity = 0
    second.lender = nil
    second.base = nil
    second.count = 0
    second.capacity = 0
    return array
  }

  /// Whether the memory is a region of another vector's array (``init(region:offset:capacity:owning:)``, not owning).
  var isLodger: Bool { lender != nil }

  /// Appends `other`'s values and frees `other`.
  mutating func absorb(_ other: inout RawVec<T>) {
    prefault(ahead: other.count)
    if other.count > 0, let src = other.base { append(UnsafePointer(src), count: other.count) }
    other.free()
  }

  /// The values as an array without copying them, when the memory is an
  /// array's (``init(arrayCapacity:)``) and never had to grow; nil otherwise.
  /// The vector is empty afterwards either way the caller frees it.
  mutating func takeArray() -> ContiguousArray<T>? {
    guard let owner else { return nil }
    // Pages mapped in ahead past the values leave the resident set.
    if let start = base { releasePages(UnsafeMutableRawPointer(start), from: count * MemoryLayout<T>.stride, to: populated) }
    var array = owner.array
    owner.array = []
    self.owner = nil
    array.removeLast(array.count - count)
    base = nil
    count = 0
    capacity = 0
    return array
  }

  @inline(__always)
  mutating func append(_ v: T) {
    if count == capacity { grow(to: Swift.max(16, capacity * 2)) }
    // Safe: grow guarantees base is non-nil and capacity > count.
    base.unsafelyUnwrapped[count] = v
    count += 1
  }

  /// Appends `n` copies of `v`.
  mutating func append(repeating v: T, count n: Int) {
    guard n > 0 else { return }
    reserve(count + n)
    (base.unsafelyUnwrapped + count).initialize(repeating: v, count: n)
    count += n
  }

  /// Appends `n` values from `p`.
  @inline(__always)
  mutating func append(_ p: UnsafePointer<T>, count n: Int) {
    guard n > 0 else { return }
    if count + n > capacity { reserve(count + n) }
    let dst = base.unsafelyUnwrapped + count
    if n <= 16 {
      for i in 0..<n { dst[i] = p[i] }
    } else {
      dst.update(from: p, count: n)
    }
    count += n
  }

  /// Makes room for at least `n` values in total.
  mutating func reserve(_ n: Int) {
    if n > capacity { grow(to: Swift.max(n, capacity * 2)) }
  }

  @inline(__always)
  subscript(i: Int) -> T {
    get { base.unsafelyUnwrapped[i] }
    nonmutating set { base.unsafelyUnwrapped[i] = newValue }
  }

  /// Maps in the pages of the next `n` values past the current count (within
  /// the capacity) in one call, so the appends that follow do not fault them
  /// in one by one (on the benchmark's virtual machine a page fault cost
  /// about 3 µs, mapping the same page ahead about 2 µs; docs/architecture.md). Pages already
  /// mapped are left as they are; nothing is written.
  mutating func prefault(ahead n: Int) {
    guard let base, n > 0 else { return }
    let stride = MemoryLayout<T>.stride
    let end = Swift.min(capacity, count + n) * stride
    let from = Swift.max(populated, count * stride)
    // Small stretches are not worth a system call.
    guard end - from >= 256 << 10 else { return }
    populatePages(UnsafeMutableRawPointer(base), from: from, to: end)
    populated = end
  }

  /// Drops values past `n`.
  mutating func truncate(_ n: Int) { if n < count { count = n } }

  mutating func removeAll() { count = 0 }

  var buffer: UnsafeBufferPointer<T> { UnsafeBufferPointer(start: base, count: count) }

  private mutating func grow(to n: Int) {
    if owner != nil || lender != nil {
      // Outgrew the array: move to memory of its own (one copy).
      let old = owner ?? lender
      let from = base
      owner = nil
      lender = nil
      let kept = count
      base = nil
      capacity = 0
      count = 0
      grow(to: n)
      if kept > 0, let src = from { base.unsafelyUnwrapped.update(from: src, count: kept) }
      withExtendedLifetime(old) {}
      count = kept
      return
    }
    let bytes = n * MemoryLayout<T>.stride
    guard let p = realloc(UnsafeMutableRawPointer(base), bytes) else {
      // Out of memory is not a user-data error; nothing sensible can continue.
      fatalError("out of memory (\(bytes) bytes)")
    }
    base = p.bindMemory(to: T.self, capacity: n)
    capacity = n
    populated = 0
  }

  /// Releases the memory. The vector is empty afterwards.
  mutating func free() {
    if owner != nil || lender != nil {
      if lender != nil, let base {
        // A region of another vector's array that will not be joined (a
        // part parsed again): its pages are given back to the system.
        releasePages(UnsafeMutableRawPointer(base), from: 0, to: Swift.max(count * MemoryLayout<T>.stride, populated))
      }
      owner = nil
      lender = nil
    } else if let base {
      releaseMemory(base)
    }
    base = nil
    count = 0
    capacity = 0
  }

  /// A `ContiguousArray` holding the same values (copied).
  func toArray() -> ContiguousArray<T> {
    ContiguousArray(unsafeUninitializedCapacity: count) { buf, n in
      if count > 0, let dst = buf.baseAddress { dst.update(from: base.unsafelyUnwrapped, count: count) }
      n = count
    }
  }
}

/// `free(3)`, under a name that does not clash with ``RawVec/free()``.
@inline(__always)
func releaseMemory(_ p: UnsafeMutableRawPointer) { free(p) }

/// A `ContiguousArray` whose storage a ``RawVec`` writes through a pointer.
///
/// The array is created with `capacity` elements counted as initialised (their
/// bytes are whatever the allocator gave: `T` is a plain bit pattern and every
/// element is written before it is read) and is never mutated while the
/// pointer is in use, so its storage stays where it is. ``RawVec/takeArray()``
/// drops the unwritten tail.
final class ArrayStorage<T: BitwiseCopyable> {
  var array: ContiguousArray<T>
  let base: UnsafeMutablePointer<T>

  init(capacity: Int) {
    var start: UnsafeMutablePointer<T>? = nil
    array = ContiguousArray(unsafeUninitializedCapacity: capacity) { buf, n in
      start = buf.baseAddress
      n = capacity
    }
    base = start.unsafelyUnwrapped
  }
}

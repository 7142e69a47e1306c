#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small byte-level helpers shared by the scanner and the value parsers.
enum Bytes {
  // Computed rather than stored, so hot loops see constants, not lazy globals.
  @inline(__always) static var quote: UInt8 { 0x22 }
  @inline(__always) static var newline: UInt8 { 0x0A }
  @inline(__always) static var cr: UInt8 { 0x0D }
  @inline(__always) static var space: UInt8 { 0x20 }
  @inline(__always) static var tab: UInt8 { 0x09 }

  /// The first offset in `[from, end)` holding byte `a` or byte `b` (else `end`),
  /// eight bytes at a time.
  @inline(__always)
  static func find(_ base: UnsafePointer<UInt8>, _ from: Int, _ end: Int, _ a: UInt8, _ b: UInt8) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let ma = ones &* UInt64(a), mb = ones &* UInt64(b)
    var p = from
    while p + 8 <= end {
      let x = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)
      let xa = x ^ ma, xb = x ^ mb
      // The lowest set high bit marks the first byte equal to a or b.
      let m = (((xa &- ones) & ~xa) | ((xb &- ones) & ~xb)) & highs
      if m != 0 { return p + m.trailingZeroBitCount >> 3 }
      p += 8
    }
    while p < end {
      let c = base[p]
      if c == a || c == b { return p }
      p += 1
    }
    return end
  }

  /// The value of `n` (1…8) ASCII digits at `p`, or nil when one is not a digit.
  /// Reads 8 bytes at `p`: the caller ensures they are inside the buffer.
  @inline(__always)
  static func digits8(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64? {
    var x = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
    if n < 8 {
      // Keep the n digits in the high bytes; the low bytes become '0' (leading zeros).
      x = (x << UInt64((8 - n) * 8)) | (0x3030_3030_3030_3030 >> UInt64(n * 8))
    }
    x = x &- 0x3030_3030_3030_3030
    // Every byte must now be 0…9: adding 0x76 sets bit 7 for bytes above 9,
    // and bytes below '0' wrapped around and have bit 7 set already.
    guard ((x &+ 0x7676_7676_7676_7676) | x) & 0x8080_8080_8080_8080 == 0 else { return nil }
    x = (x &* 10) &+ (x >> 8)
    let mask: UInt64 = 0x0000_00FF_0000_00FF
    let mul1: UInt64 = 0x000F_4240_0000_0064  // 100 + (1_000_000 << 32)
    let mul2: UInt64 = 0x0000_2710_0000_0001  // 1 + (10_000 << 32)
    let a = (x & mask) &* mul1
    let b = ((x >> 16) & mask) &* mul2
    return (a &+ b) >> 32
  }

  /// The high bit of each byte of `x` that equals the byte whose pattern is `m`
  /// (`m` = the byte times 0x0101…01); exact for every byte.
  @inline(__always)
  static func matches(_ x: UInt64, _ m: UInt64) -> UInt64 {
    let y = x ^ m
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((y & low) &+ low) | y | low)
  }

  /// Whether `n` bytes at `a` and `b` are equal (short strings compared word by word).
  @inline(__always)
  static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    if n > 32 { return bytesEqual(a, b, n) }
    var i = 0
    let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
    while i + 8 <= n {
      if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
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

  /// `[lo, hi)` without leading and trailing spaces, tabs and no-break spaces (U+00A0).
  @inline(__always)
  /// How many bytes equal to `c` are in `p[lo..<hi]`.
  static func count(_ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int, _ c: UInt8) -> Int {
    var n = 0
    for i in lo..<Swift.max(lo, hi) where p[i] == c { n += 1 }
    return n
  }

  static func trim(_ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int) -> (Int, Int) {
    var a = lo, b = hi
    while a < b {
      let c = p[a]
      if c == space || c == tab || c == cr { a += 1 } else if c == 0xC2 && a + 1 < b && p[a + 1] == 0xA0 {
        a += 2
      } else { break }
    }
    while b > a {
      let c = p[b - 1]
      if c == space || c == tab || c == cr { b -= 1 } else if c == 0xA0 && b - 2 >= a && p[b - 2] == 0xC2 {
        b -= 2
      } else { break }
    }
    return (a, b)
  }

  /// A String from bytes (invalid UTF-8 is repaired with U+FFFD).
  static func string(_ p: UnsafePointer<UInt8>, _ n: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
  }

  /// ASCII lowercase of `c`.
  @inline(__always)
  static func lower(_ c: UInt8) -> UInt8 { c &- 65 < 26 ? c | 0x20 : c }

  /// Whether the bytes equal `s` ignoring ASCII case.
  static func equalsIgnoringCase(_ p: UnsafePointer<UInt8>, _ n: Int, _ s: StaticString) -> Bool {
    guard n == s.utf8CodeUnitCount else { return false }
    let q = s.utf8Start
    for i in 0..<n where lower(p[i]) != lower(q[i]) { return false }
    return true
  }

  /// A 64-bit hash of `n` bytes (multiply–xorshift over 8-byte words).
  @inline(__always)
  static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    let k: UInt64 = 0x9E37_79B9_7F4A_7C15
    var h = k ^ UInt64(truncatingIfNeeded: n)
    let raw = UnsafeRawPointer(p)
    var i = 0
    while i + 8 <= n {
      h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* k
      h ^= h >> 32
      i += 8
    }
    if i < n {
      var w: UInt64 = 0
      var s: UInt64 = 0
      while i < n {
        w |= UInt64(p[i]) << s
        s += 8
        i += 1
      }
      h = (h ^ w) &* k
      h ^= h >> 32
    }
    h ^= h >> 29
    h = h &* 0xBF58_476D_1CE4_E5B9
    return h ^ (h >> 32)
  }
}

/// `memchr(3)` typed for byte pointers.
@inline(__always)
func memchrPointer(_ p: UnsafePointer<UInt8>, _ byte: UInt8, _ n: Int) -> UnsafePointer<UInt8>? {
  guard n > 0, let r = memchr(p, Int32(byte), n) else { return nil }
  return UnsafePointer(r.assumingMemoryBound(to: UInt8.self))
}

/// Whether `n` bytes at `a` and `b` are equal (`memcmp(3)`).
@inline(__always)
func bytesEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
  memcmp(a, b, n) == 0
}

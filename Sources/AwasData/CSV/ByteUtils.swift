#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small byte-level helpers shared by the scanner and the value parsers.
enum Bytes {
  static let quote = UInt8(ascii: "\"")
  static let newline = UInt8(ascii: "\n")
  static let cr = UInt8(ascii: "\r")
  static let space = UInt8(ascii: " ")
  static let tab = UInt8(ascii: "\t")

  /// `[lo, hi)` without leading and trailing spaces, tabs and no-break spaces (U+00A0).
  @inline(__always)
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

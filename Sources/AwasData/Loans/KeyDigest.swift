#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One slot (24 bytes): the first 16 bytes of the key inline, its position
/// (-1: empty), a hash tag and its length (capped at 65,535; longer keys are
/// compared in full anyway).
struct KeySlot {
  var k0: UInt64 = 0
  var k1: UInt64 = 0
  var position: Int32 = -1
  var tag: UInt16 = 0
  var length: UInt16 = 0
}

/// A key's first 16 bytes (zero-padded), length and hash.
struct KeyDigest {
  var k0: UInt64 = 0
  var k1: UInt64 = 0
  var hash: UInt64 = 0
  var length = 0

  init() {}

  @inline(__always)
  init(_ p: UnsafePointer<UInt8>?, _ n: Int) {
    length = n
    guard let p, n > 0 else { return }
    if n >= 8 {
      k0 = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
      k1 = n >= 16 ? UnsafeRawPointer(p + 8).loadUnaligned(as: UInt64.self) : partialWord(p + 8, n - 8)
    } else {
      k0 = partialWord(p, n)
    }
    var h = (k0 ^ 0x9E37_79B9_7F4A_7C15) &* 0xFF51_AFD7_ED55_8CCD
    h = (h ^ (h >> 32) ^ k1) &* 0xC4CE_B9FE_1A85_EC53
    h ^= UInt64(n)
    var i = 16
    while i < n {
      let w = i + 8 <= n ? UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) : partialWord(p + i, n - i)
      h = (h ^ (h >> 29) ^ w) &* 0xFF51_AFD7_ED55_8CCD
      i += 8
    }
    h ^= h >> 32
    h = h &* 0x9E37_79B9_7F4A_7C15
    hash = h ^ (h >> 29)
  }
}

/// The `n` (< 8) bytes at `p` as a little-endian word, zero-padded.
@inline(__always)
private func partialWord(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
  var w: UInt64 = 0
  var i = 0
  while i < n {
    w |= UInt64(p[i]) << UInt64(8 * i)
    i += 1
  }
  return w
}

@inline(__always)
func memoryEqual(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, _ n: Int) -> Bool {
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

/// The byte-wise order of `a[0..<m]` and `b[0..<n]` (a shorter prefix first):
/// negative, zero or positive.
@inline(__always)
func compareBytes(_ a: UnsafePointer<UInt8>?, _ m: Int, _ b: UnsafePointer<UInt8>?, _ n: Int) -> Int {
  let common = min(m, n)
  if common > 0, let a, let b {
    let c = memcmp(a, b, common)
    if c != 0 { return Int(c) }
  }
  return m - n
}

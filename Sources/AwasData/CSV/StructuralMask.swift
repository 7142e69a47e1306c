#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// Where a record's structure is: the delimiters, line feeds and quotes of a
/// stretch of bytes as one bit mask, read with vector compares where the
/// processor has them (SSE2, part of every x86-64) and eight bytes at a time
/// elsewhere.
///
/// The byte at `p + i` is marked in the mask of the stretch at `p`
/// (`StructuralMask.width` bytes long) by a bit whose index, shifted right by
/// `StructuralMask.shift`, is `i`: bit i with SSE2, the high bit of byte i
/// (bit 8i + 7) eight bytes at a time. One value
/// per delimiter, made once per part of a file: the byte patterns it compares
/// with are not rebuilt for every record.
struct StructuralMask {
  #if arch(x86_64)
  private let d: __m128i
  private let n: __m128i
  private let q: __m128i

  init(delimiter: UInt8) {
    d = _mm_set1_epi8(CChar(bitPattern: delimiter))
    n = _mm_set1_epi8(CChar(bitPattern: Bytes.newline))
    q = _mm_set1_epi8(CChar(bitPattern: Bytes.quote))
  }

  /// Bytes per mask.
  @inline(__always) static var width: Int { 64 }
  /// Bits per byte in a mask: `1 << shift`.
  @inline(__always) static var shift: Int { 0 }

  /// The mask of `p[0..<64]`: bit i is set when byte i is the delimiter, `\n` or `"`.
  @inline(__always)
  func of(_ p: UnsafePointer<UInt8>) -> UInt64 {
    var m: UInt64 = 0
    for i in 0..<4 {
      let x = _mm_loadu_si128(UnsafeRawPointer(p + 16 &* i).assumingMemoryBound(to: __m128i.self))
      let hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, d), _mm_cmpeq_epi8(x, n)), _mm_cmpeq_epi8(x, q))
      m |= UInt64(UInt16(truncatingIfNeeded: _mm_movemask_epi8(hit))) &<< UInt64(16 &* i)
    }
    return m
  }
  #else
  private let d: UInt64
  private let n: UInt64
  private let q: UInt64

  init(delimiter: UInt8) {
    let ones: UInt64 = 0x0101_0101_0101_0101
    d = ones &* UInt64(delimiter)
    n = ones &* UInt64(Bytes.newline)
    q = ones &* UInt64(Bytes.quote)
  }

  @inline(__always) static var width: Int { 8 }
  @inline(__always) static var shift: Int { 3 }

  /// The mask of `p[0..<8]`: the high bit of byte i (bit `8i + 7`) is set when
  /// it is the delimiter, `\n` or `"`.
  @inline(__always)
  func of(_ p: UnsafePointer<UInt8>) -> UInt64 {
    let x = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
    return Bytes.matches(x, d) | Bytes.matches(x, n) | Bytes.matches(x, q)
  }
  #endif
}

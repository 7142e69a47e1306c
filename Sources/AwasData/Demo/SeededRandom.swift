/// SplitMix64 (Steele, Lea, Flood 2014): seeds the main generator and derives
/// independent streams from (seed, index) pairs.
struct SplitMix64 {
  var state: UInt64

  init(_ seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A well-mixed 64-bit value of `a` and `b` (for per-row seeds).
  static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var s = SplitMix64(a ^ (b &* 0xD6E8_FEB8_6659_FD93))
    return s.next()
  }
}

/// xoshiro256** (Blackman, Vigna 2018): the demo generator's random source.
///
/// Swift's standard library has no seeded generator, and its `random(in:using:)`
/// algorithms may change between releases, so every draw the demo makes goes
/// through the methods below: the same seed gives the same bytes on any platform
/// and toolchain.
struct Xoshiro256 {
  private var s0, s1, s2, s3: UInt64

  init(seed: UInt64) {
    var sm = SplitMix64(seed)
    s0 = sm.next()
    s1 = sm.next()
    s2 = sm.next()
    s3 = sm.next()
  }

  /// An independent stream for item `index` of a generator seeded with `seed`.
  init(seed: UInt64, stream: UInt64, index: UInt64) {
    self.init(seed: SplitMix64.mix(SplitMix64.mix(seed, stream), index))
  }

  @inline(__always)
  mutating func next() -> UInt64 {
    let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = (s3 << 45) | (s3 >> 19)
    return result
  }

  /// A uniform integer in `0..<n` (Lemire's multiply-shift with rejection); 0 when n ≤ 0.
  @inline(__always)
  mutating func below(_ n: Int) -> Int {
    guard n > 1 else { return 0 }
    let bound = UInt64(n)
    var m = next().multipliedFullWidth(by: bound)
    if m.low < bound {
      let threshold = (0 &- bound) % bound
      while m.low < threshold { m = next().multipliedFullWidth(by: bound) }
    }
    return Int(m.high)
  }

  /// A uniform integer in `range`.
  @inline(__always)
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.upperBound - range.lowerBound + 1)
  }

  /// A uniform real in [0, 1) with 53 random bits.
  @inline(__always)
  mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// True with probability `p`.
  @inline(__always)
  mutating func chance(_ p: Double) -> Bool { unit() < p }

  /// A uniformly chosen element (`items` must not be empty).
  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// An index chosen with the given relative weights.
  mutating func weighted(_ weights: [Int]) -> Int {
    let total = weights.reduce(0, +)
    var r = below(total)
    for (i, w) in weights.enumerated() {
      if r < w { return i }
      r -= w
    }
    return weights.count - 1
  }

  /// The elements in a random order (Fisher–Yates).
  mutating func shuffled<T>(_ items: [T]) -> [T] {
    var a = items
    if a.count < 2 { return a }
    for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, below(i + 1)) }
    return a
  }
}

/// The random numbers behind every sample, fixed so that a seed gives the
/// same sample in every version of awas and on every machine.
///
/// Algorithm (Steele, Lea & Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014; the `splitmix64` reference code by S. Vigna):
///
///     state = state + 0x9E3779B97F4A7C15            (mod 2^64)
///     z = state
///     z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9      (mod 2^64)
///     z = (z ^ (z >> 27)) * 0x94D049BB133111EB      (mod 2^64)
///     return z ^ (z >> 31)
///
/// The initial state is the seed. A uniform integer in `0..<m` takes the next
/// output `x`, rejects it while `x >= 2^64 - (2^64 mod m)` (so every value is
/// equally likely), and returns `x mod m`. See docs/audit-checks.md.
struct SplitMix64: Sendable {
  private(set) var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in `0..<m` (m > 0), by rejection (no modulo bias).
  mutating func uniform(_ m: UInt64) -> UInt64 {
    precondition(m > 0)
    // 2^64 mod m, computed without overflow as (0 - m) mod m.
    let excess = (0 &- m) % m
    let limit = UInt64.max - excess  // accept x <= limit: (limit + 1) is a multiple of m
    while true {
      let x = next()
      if x <= limit { return x % m }
    }
  }
}

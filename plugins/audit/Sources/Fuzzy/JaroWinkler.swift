/// Jaro–Winkler similarity (Winkler 1990), on bytes: 1 = equal, 0 = nothing in common.
enum JaroWinkler {
  static func similarity(_ a: String, _ b: String) -> Double {
    similarity(Array(a.utf8), Array(b.utf8))
  }

  static func similarity(_ s1: [UInt8], _ s2: [UInt8]) -> Double {
    if s1 == s2 { return s1.isEmpty ? 0 : 1 }
    if s1.isEmpty || s2.isEmpty { return 0 }
    if s1.count <= 64 && s2.count <= 64 { return small(s1, s2) }
    var m1 = [Bool](repeating: false, count: s1.count)
    var m2 = [Bool](repeating: false, count: s2.count)
    return jaroWinkler(s1, s2, isMatched1: { m1[$0] }, setMatched1: { m1[$0] = true }, isMatched2: { m2[$0] }, setMatched2: { m2[$0] = true })
  }

  /// Strings of up to 64 bytes: the matched flags live in two machine words.
  static func small(_ s1: [UInt8], _ s2: [UInt8]) -> Double {
    var m1: UInt64 = 0, m2: UInt64 = 0
    return jaroWinkler(
      s1, s2, isMatched1: { m1 & (1 << UInt64($0)) != 0 }, setMatched1: { m1 |= 1 << UInt64($0) },
      isMatched2: { m2 & (1 << UInt64($0)) != 0 }, setMatched2: { m2 |= 1 << UInt64($0) })
  }

  @inline(__always)
  static func jaroWinkler(
    _ s1: [UInt8], _ s2: [UInt8], isMatched1: (Int) -> Bool, setMatched1: (Int) -> Void, isMatched2: (Int) -> Bool,
    setMatched2: (Int) -> Void
  ) -> Double {
    let window = max(0, max(s1.count, s2.count) / 2 - 1)
    var matches = 0
    for i in 0..<s1.count {
      let lo = max(0, i - window), hi = min(s2.count - 1, i + window)
      if lo > hi { continue }
      for j in lo...hi where !isMatched2(j) && s1[i] == s2[j] {
        setMatched1(i)
        setMatched2(j)
        matches += 1
        break
      }
    }
    if matches == 0 { return 0 }
    var transpositions = 0, k = 0
    for i in 0..<s1.count where isMatched1(i) {
      while !isMatched2(k) { k += 1 }
      if s1[i] != s2[k] { transpositions += 1 }
      k += 1
    }
    let m = Double(matches)
    let jaro = (m / Double(s1.count) + m / Double(s2.count) + (m - Double(transpositions) / 2) / m) / 3
    var prefix = 0
    while prefix < min(4, s1.count, s2.count) && s1[prefix] == s2[prefix] { prefix += 1 }
    return jaro + Double(prefix) * 0.1 * (1 - jaro)
  }
}

/// Jaro–Winkler similarity (Winkler 1990), on bytes: 1 = equal, 0 = nothing in common.
enum JaroWinkler {
  static func similarity(_ a: String, _ b: String) -> Double {
    similarity(Array(a.utf8), Array(b.utf8))
  }

  static func similarity(_ s1: [UInt8], _ s2: [UInt8]) -> Double {
    if s1 == s2 { return s1.isEmpty ? 0 : 1 }
    if s1.isEmpty || s2.isEmpty { return 0 }
    let window = max(0, max(s1.count, s2.count) / 2 - 1)
    var m1 = [Bool](repeating: false, count: s1.count)
    var m2 = [Bool](repeating: false, count: s2.count)
    var matches = 0
    for i in 0..<s1.count {
      let lo = max(0, i - window), hi = min(s2.count - 1, i + window)
      if lo > hi { continue }
      for j in lo...hi where !m2[j] && s1[i] == s2[j] {
        m1[i] = true
        m2[j] = true
        matches += 1
        break
      }
    }
    if matches == 0 { return 0 }
    var transpositions = 0, k = 0
    for i in 0..<s1.count where m1[i] {
      while !m2[k] { k += 1 }
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

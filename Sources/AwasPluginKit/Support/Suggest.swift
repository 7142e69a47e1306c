/// "Did you mean …?": the closest candidates by edit distance.
public enum Suggest {
  /// The candidate closest to `word` (case-insensitive), if it is close enough
  /// to be a likely typo: distance ≤ 1 for short words, ≤ 2 up to 8, else ≤ 3;
  /// a candidate that starts with `word` also counts.
  public static func closest(_ word: String, among candidates: [String]) -> String? {
    ranked(word, among: candidates).first
  }

  /// Candidates within the typo distance, closest first.
  public static func ranked(_ word: String, among candidates: [String]) -> [String] {
    let w = word.lowercased()
    guard !w.isEmpty else { return [] }
    let limit = w.count <= 3 ? 1 : (w.count <= 8 ? 2 : 3)
    var scored: [(String, Int)] = []
    var seen = Set<String>()
    for c in candidates where seen.insert(c).inserted {
      let lc = c.lowercased()
      if lc == w { continue }
      let d = distance(w, lc)
      if d <= limit { scored.append((c, d)) } else if lc.hasPrefix(w) && w.count >= 3 {
        scored.append((c, limit))
      }
    }
    return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
  }

  /// Damerau–Levenshtein (optimal string alignment) distance.
  public static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 0...x.count { d[i][0] = i }
    for j in 0...y.count { d[0][j] = j }
    for i in 1...x.count {
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        }
      }
    }
    return d[x.count][y.count]
  }
}

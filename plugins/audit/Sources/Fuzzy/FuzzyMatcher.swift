import AwasPluginKit

/// Near-duplicate people: candidate pairs by blocking, then a score that
/// combines name similarity with identity evidence (NIK, birth date in the
/// NIK, phone, family card, sex).
enum FuzzyMatcher {
  /// One person as compared.
  struct Person: Sendable {
    var name: NameNormalizer.Normalized
    /// 16 digits, or nil.
    var nik: String?
    /// DDMMYY of the NIK with the day reduced by 40 for women, as an integer.
    var birth: Int?
    /// From jenis_kelamin (P) or, failing that, the NIK day (> 40).
    var female: Bool?
    /// Digits only, the last nine (so +62 812… and 0812… agree).
    var phone: String?
    var kk: String?

    init(name: String, nik: String? = nil, phone: String? = nil, kk: String? = nil, sex: String? = nil) {
      self.name = NameNormalizer.normalize(name)
      if let nik, case .success(let n) = NIK.parse(nik) {
        self.nik = nik.trimmingSpaces()
        birth = n.dayOfMonth * 10_000 + n.month * 100 + n.yy
        female = n.female
      }
      if let sex = sex?.trimmingSpaces().uppercased(), sex == "L" || sex == "P" { female = sex == "P" }
      if let phone {
        let digits = phone.utf8.filter { $0 >= 48 && $0 <= 57 }
        if digits.count >= 8 { self.phone = String(decoding: digits.suffix(9), as: UTF8.self) }
      }
      if let kk {
        let digits = kk.utf8.filter { $0 >= 48 && $0 <= 57 }
        if digits.count >= 8 { self.kk = String(decoding: digits, as: UTF8.self) }
      }
    }
  }

  /// A scored pair with the reasons behind the score.
  struct Match: Sendable {
    var a: Int
    var b: Int
    var score: Int
    var nameSimilarity: Double
    var reasons: [Text]
  }

  static func nameSimilarity(_ a: NameNormalizer.Normalized, _ b: NameNormalizer.Normalized) -> Double {
    if a.keys.isEmpty || b.keys.isEmpty { return 0 }
    return max(JaroWinkler.similarity(a.key, b.key), JaroWinkler.similarity(a.sortedKey, b.sortedKey))
  }

  /// The score of a pair, 0–100 (see docs/audit-checks.md for the weights).
  static func score(_ p: Person, _ q: Person, a: Int = 0, b: Int = 1) -> Match {
    let sim = nameSimilarity(p.name, q.name)
    var score = Int((60 * sim).rounded())
    var reasons: [Text] = [Text("nama mirip \(Int((sim * 100).rounded()))%", en: "name similarity \(Int((sim * 100).rounded()))%")]
    var sameNIK = false
    if let n1 = p.nik, let n2 = q.nik {
      if n1 == n2 {
        sameNIK = true
        score += 40
        reasons.append(Text("NIK sama", en: "same NIK"))
      } else if zip(n1.utf8, n2.utf8).filter({ $0 != $1 }).count == 1 {
        score += 10
        reasons.append(Text("NIK beda satu digit", en: "NIK differs in one digit"))
      } else {
        score -= 30
        reasons.append(Text("NIK berbeda", en: "different NIK"))
      }
    }
    if !sameNIK, let b1 = p.birth, let b2 = q.birth {
      if b1 == b2 {
        score += 15
        reasons.append(Text("tanggal lahir (NIK) sama", en: "same birth date (NIK)"))
      } else {
        score -= 20
        reasons.append(Text("tanggal lahir (NIK) berbeda", en: "different birth date (NIK)"))
      }
    }
    if let t1 = p.phone, t1 == q.phone {
      score += 20
      reasons.append(Text("telepon sama", en: "same phone"))
    }
    if let k1 = p.kk, k1 == q.kk {
      score += 10
      reasons.append(Text("KK sama", en: "same family card"))
    }
    if let f1 = p.female, let f2 = q.female, f1 != f2 {
      score -= 20
      reasons.append(Text("jenis kelamin berbeda", en: "different sex"))
    }
    if sameNIK { score = max(score, 80) }
    return Match(a: a, b: b, score: min(100, max(0, score)), nameSimilarity: sim, reasons: reasons)
  }

  /// The blocking keys of a person: only people sharing a key are compared.
  ///
  /// A pair sharing none of NIK, phone, family card or NIK birth date scores
  /// at most 60 (the name alone), so the name-only blocks (whole-name key;
  /// last word + initial) are used only when `nameBlocks` is set, i.e. when
  /// the reporting threshold is 60 or less.
  static func blockKeys(_ p: Person, nameBlocks: Bool) -> [String] {
    var k: [String] = []
    if let nik = p.nik { k.append("n" + nik) }
    if let phone = p.phone { k.append("t" + phone) }
    if let kk = p.kk { k.append("k" + kk) }
    if let birth = p.birth, let first = p.name.distinctive?.first {
      k.append("b\(birth)|\(p.female == true ? "p" : "l")|\(first)")
    }
    if nameBlocks && !p.name.keys.isEmpty {
      k.append("s" + p.name.sortedKey)
      if let last = p.name.keys.last, let initial = p.name.keys.first?.first, p.name.keys.count > 1 {
        k.append("l" + last + "|" + String(initial))
      }
    }
    return k
  }

  /// Candidate pairs (i < j) from the blocks, and how many blocks were too
  /// large to compare.
  static func candidates(_ people: [Person], maxBlock: Int, nameBlocks: Bool = true) -> (pairs: [UInt64], skippedBlocks: Int, skippedRows: Int) {
    var blocks: [String: [Int32]] = [:]
    for (i, p) in people.enumerated() {
      for key in blockKeys(p, nameBlocks: nameBlocks) { blocks[key, default: []].append(Int32(i)) }
    }
    var pairs = Set<UInt64>()
    var skipped = 0, skippedRows = 0
    for (_, members) in blocks where members.count > 1 {
      if members.count > maxBlock {
        skipped += 1
        skippedRows += members.count
        continue
      }
      for x in 0..<members.count {
        for y in (x + 1)..<members.count {
          let a = UInt64(UInt32(members[x])), b = UInt64(UInt32(members[y]))
          pairs.insert(a < b ? a << 32 | b : b << 32 | a)
        }
      }
    }
    return (pairs.sorted(), skipped, skippedRows)
  }

  /// Every pair scoring at least `minScore`, best first.
  static func matches(
    _ people: [Person], minScore: Int, maxBlock: Int, progress: (any ProgressReporter)? = nil
  ) -> (matches: [Match], compared: Int, skippedBlocks: Int, skippedRows: Int) {
    let c = candidates(people, maxBlock: maxBlock, nameBlocks: minScore <= 60)
    var out: [Match] = []
    for (n, pair) in c.pairs.enumerated() {
      if n % 100_000 == 0, let progress {
        progress.report("fuzzy", done: n, total: c.pairs.count)
        if progress.isCancelled { break }
      }
      let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
      let m = score(people[a], people[b], a: a, b: b)
      if m.score >= minScore { out.append(m) }
    }
    out.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
    return (out, c.pairs.count, c.skippedBlocks, c.skippedRows)
  }
}

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
    let inOrder = JaroWinkler.similarity(a.key, b.key)
    if inOrder == 1 || a.keys.count == 1 && b.keys.count == 1 { return inOrder }
    return max(inOrder, JaroWinkler.similarity(a.sortedKey, b.sortedKey))
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

  /// The blocking keys of a person, hashed: only people sharing a key are compared.
  ///
  /// Keys: same NIK; same phone; same family card; same NIK birth date, sex and
  /// first letter of the given name. A pair sharing none of these scores at
  /// most 60 (the name alone), so the name-only keys (whole-name key; last
  /// word + initial) are added only when `nameBlocks` is set, i.e. when the
  /// reporting threshold is 60 or less. Keys are 64-bit FNV-1a hashes (a
  /// collision only adds a comparison).
  static func blockKeys(_ p: Person, nameBlocks: Bool) -> [UInt64] {
    func hash(_ tag: UInt8, _ parts: [UInt8]...) -> UInt64 {
      var h: UInt64 = 0xCBF2_9CE4_8422_2325
      func add(_ c: UInt8) { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
      add(tag)
      for part in parts {
        for c in part { add(c) }
        add(0xFF)
      }
      return h
    }
    var k: [UInt64] = []
    if let nik = p.nik { k.append(hash(110, Array(nik.utf8))) }
    if let phone = p.phone { k.append(hash(116, Array(phone.utf8))) }
    if let kk = p.kk { k.append(hash(107, Array(kk.utf8))) }
    if let birth = p.birth, let first = p.name.distinctive?.first {
      k.append(hash(98, withUnsafeBytes(of: UInt32(birth).littleEndian, Array.init), [p.female == true ? 1 : 0, first]))
    }
    if nameBlocks && !p.name.keys.isEmpty {
      k.append(hash(115, p.name.sortedKey))
      if let last = p.name.keys.last, let initial = p.name.keys.first?.first, p.name.keys.count > 1 {
        k.append(hash(108, last, [initial]))
      }
    }
    return k
  }

  /// Candidate pairs (i < j, packed as i << 32 | j, sorted, distinct) from the
  /// blocks, and how many blocks were too large to compare.
  /// - Complexity: O(k log k) for k block entries, plus the pairs.
  static func candidates(_ people: [Person], maxBlock: Int, nameBlocks: Bool = true) -> (pairs: [UInt64], skippedBlocks: Int, skippedRows: Int) {
    var entries: [(key: UInt64, row: Int32)] = []
    entries.reserveCapacity(people.count * 3)
    for (i, p) in people.enumerated() {
      for key in blockKeys(p, nameBlocks: nameBlocks) { entries.append((key, Int32(i))) }
    }
    entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.row < $1.row }
    var pairs: [UInt64] = []
    var skipped = 0, skippedRows = 0
    var start = 0
    while start < entries.count {
      var end = start + 1
      while end < entries.count && entries[end].key == entries[start].key { end += 1 }
      let size = end - start
      if size > maxBlock {
        skipped += 1
        skippedRows += size
      } else if size > 1 {
        for x in start..<end {
          for y in (x + 1)..<end where entries[x].row != entries[y].row {
            pairs.append(UInt64(UInt32(entries[x].row)) << 32 | UInt64(UInt32(entries[y].row)))
          }
        }
      }
      start = end
    }
    pairs.sort()
    var unique: [UInt64] = []
    unique.reserveCapacity(pairs.count)
    for p in pairs where unique.last != p { unique.append(p) }
    return (unique, skipped, skippedRows)
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

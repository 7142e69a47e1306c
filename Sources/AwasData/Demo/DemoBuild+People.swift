/// Creating one member: a new family's first member, or a relative joining a family.
extension DemoBuild {
  static let year: Int32 = 365

  func newFamilyHead(joined: Int32, officer: Bool, r: inout Xoshiro256) -> DemoMember {
    let tradition = DemoNames.Tradition(rawValue: UInt8(r.weighted([50, 25, 25]))) ?? .malay
    let desa = UInt16(r.below(DemoPlaces.desa.count))
    let female = r.chance(officer ? 0.3 : 0.42)
    let age = Int32(officer ? r.int(30...46) : r.int(21...55))
    let birth = joined - age * Self.year - Int32(r.below(365))
    let earliest = max(birth + 20 * Self.year, day(2005, 1, 1))
    let issued = earliest >= joined ? joined : earliest + Int32(r.below(Int(joined - earliest)))
    let kec = DemoPlaces.desa[Int(desa)].kecamatan
    let marga = tradition == .malay ? 0 : UInt16(1 + r.below(DemoNames.margas(tradition).count))
    families.append(
      DemoFamily(
        tradition: tradition, desa: desa, kkIssued: issued,
        kkSerial: nextKKSerial(kecamatan: kec, issued: issued), marga: marga, members: 0,
        closed: false))
    return DemoMember(
      joined: joined, birth: birth, female: female, family: Int32(families.count - 1), first: 0,
      second: 0, marga: 0, muhammad: 0, title: 0, boru: false, nikSerial: 0,
      phoneStyle: phoneStyle(&r))
  }

  /// A spouse (opposite sex, similar age) or an adult child of member `head`.
  func relative(of head: Int, joined: Int32, spouse: Bool, r: inout Xoshiro256) -> DemoMember {
    let h = members[head]
    let female = spouse ? !h.female : r.chance(0.5)
    var birth = spouse
      ? h.birth + Int32(r.int(-8 * 365...8 * 365)) : h.birth + Int32(r.int(20 * 365...32 * 365))
    if joined - birth < 18 * Self.year { birth = h.birth + Int32(r.int(-4 * 365...4 * 365)) }
    if joined - birth < 18 * Self.year { birth = joined - 18 * Self.year - Int32(r.below(2000)) }
    return DemoMember(
      joined: joined, birth: birth, female: female, family: h.family, first: 0, second: 0,
      marga: 0, muhammad: 0, title: 0, boru: false, nikSerial: 0,
      phoneStyle: spouse ? phoneStyle(&r) : (r.chance(0.6) ? phoneStyle(&r) : 0))
  }

  private func phoneStyle(_ r: inout Xoshiro256) -> UInt8 {
    r.chance(0.15) ? 0 : UInt8(1 + r.weighted([70, 20, 10]))
  }

  /// Draws a name until it differs clearly (edit distance > 2 after
  /// normalising) from every member born on the same day and from the
  /// member's own family.
  func chooseName(
    _ m: inout DemoMember, spouse: Bool, byBirth: [Int32: [Int32]], r: inout Xoshiro256
  ) {
    let family = families[Int(m.family)]
    for attempt in 0..<64 {
      drawName(&m, family: family, spouse: spouse, r: &r)
      if !nameConflicts(m, byBirth: byBirth) { return }
      if attempt % 8 == 7 { m.birth -= Int32(1 + r.below(20)) }
    }
  }

  private func drawName(
    _ m: inout DemoMember, family: DemoFamily, spouse: Bool, r: inout Xoshiro256
  ) {
    let t = family.tradition
    m.first = UInt16(r.below(DemoNames.firstNames(female: m.female, t).count))
    let seconds = m.female ? DemoNames.femaleSecond : DemoNames.maleSecond
    m.second = r.chance(0.35) ? UInt16(1 + r.below(seconds.count)) : 0
    m.muhammad = !m.female && t != .batak && r.chance(0.15) ? UInt8(1 + r.weighted([50, 15, 10, 15, 10])) : 0
    switch t {
    case .malay: m.marga = 0
    case .mandailing, .batak:
      if spouse && m.female {
        m.marga = t == .batak || r.chance(0.5) ? UInt16(1 + r.below(DemoNames.margas(t).count)) : 0
      } else {
        m.marga = family.marga
      }
    }
    m.boru = t == .batak && m.female && m.marga != 0 && r.chance(0.5)
    let ageNow = (asOf.serial - m.birth) / Self.year
    m.title = 0
    if t != .batak && ageNow >= 45 && r.chance(m.female ? 0.04 : 0.06) { m.title = 1 }
    else if r.chance(0.02) { m.title = 2 }
    else if !m.female && r.chance(0.01) { m.title = 3 }
    else if r.chance(0.03) { m.title = 4 }
    else if r.chance(0.02) { m.title = 5 }
  }

  func nameConflicts(_ m: DemoMember, byBirth: [Int32: [Int32]]) -> Bool {
    let name = normalizedName(of: m)
    for other in byBirth[m.birth] ?? [] where Self.within2(name[...], normalizedName(Int(other))) {
      return true
    }
    let f = Int(m.family)
    if families[f].members > 0 {
      var k = Int(firstInFamily[f])
      while k >= 0 {
        if Self.within2(name[...], normalizedName(k)) { return true }
        k = Int(nextInFamily[k])
      }
    }
    return false
  }

  /// The first of the planted near-duplicate pair: `Muhammad Rizki Pratama`.
  func forceDuplicateName(_ m: inout DemoMember, byBirth: [Int32: [Int32]], r: inout Xoshiro256) {
    let f = Int(m.family)
    families[f].tradition = .malay
    families[f].marga = 0
    m.female = false
    m.first = UInt16(DemoNames.muslimMale.firstIndex(of: "Rizki") ?? 0)
    m.second = UInt16(1 + (DemoNames.maleSecond.firstIndex(of: "Pratama") ?? 0))
    m.marga = 0
    m.muhammad = 1
    m.title = 0
    m.boru = false
    if m.phoneStyle == 0 { m.phoneStyle = 1 }
    // The second registration (`Muhamad Rizki Pratama`) normalises to the same
    // name: no other member born on that day may be close to it.
    while nameConflicts(m, byBirth: byBirth) { m.birth -= Int32(1 + r.below(20)) }
  }

  /// Lower-case letters of `Muhammad` + first + second name + marga, without
  /// titles or `br.`: the form that near-duplicate checks compare.
  func normalizedName(of m: DemoMember) -> [UInt8] {
    let t = families[Int(m.family)].tradition
    var out: [UInt8] = m.muhammad > 0 ? Array("muhammad".utf8) : []
    out += DemoNames.normalized(DemoNames.firstNames(female: m.female, t)[Int(m.first)])
    if m.second > 0 {
      let seconds = m.female ? DemoNames.femaleSecond : DemoNames.maleSecond
      out += DemoNames.normalized(seconds[Int(m.second) - 1])
    }
    if m.marga > 0 { out += DemoNames.normalized(DemoNames.margas(t)[Int(m.marga) - 1]) }
    return out
  }

  /// Whether the edit distance of `a` and `b` is at most 2 (Levenshtein,
  /// computed only in the band |i − j| ≤ 2).
  static func within2(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
    let la = a.count, lb = b.count
    if abs(la - lb) > 2 { return false }
    if la == 0 || lb == 0 { return max(la, lb) <= 2 }
    // prev[k] holds D[i-1][j] for j = (i-1) + k - 2.
    var prev = Band5(99, 99, 0, 1, 2)
    let a0 = a.startIndex, b0 = b.startIndex
    for i in 1...la {
      var row = Band5(99, 99, 99, 99, 99)
      var best = 99
      for k in 0..<5 {
        let j = i + k - 2
        guard j >= 0 && j <= lb else { continue }
        var v: Int
        if j == 0 {
          v = i
        } else {
          let cost = a[a0 + i - 1] == b[b0 + j - 1] ? 0 : 1
          v = prev[k] + cost  // D[i-1][j-1]
          if k < 4 { v = min(v, prev[k + 1] + 1) }  // D[i-1][j]
          if k > 0 { v = min(v, row[k - 1] + 1) }  // D[i][j-1]
        }
        row[k] = v
        best = min(best, v)
      }
      if best > 2 { return false }
      prev = row
    }
    return prev[lb - la + 2] <= 2
  }
}

/// Five small integers without an allocation (one band row of the edit distance).
struct Band5 {
  private var v: (Int, Int, Int, Int, Int)
  init(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ e: Int) { v = (a, b, c, d, e) }
  subscript(k: Int) -> Int {
    get {
      switch k {
      case 0: return v.0
      case 1: return v.1
      case 2: return v.2
      case 3: return v.3
      default: return v.4
      }
    }
    set {
      switch k {
      case 0: v.0 = newValue
      case 1: v.1 = newValue
      case 2: v.2 = newValue
      case 3: v.3 = newValue
      default: v.4 = newValue
      }
    }
  }
}

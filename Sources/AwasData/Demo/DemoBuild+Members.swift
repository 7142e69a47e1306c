/// Members: join dates, families (shared family cards), names, birth dates, NIK
/// serials and phones. Officers and the planted near-duplicate pair are placed
/// at chosen positions; every other pair of members differs clearly (see
/// docs/demo.md, "near-duplicate members").
extension DemoBuild {
  /// Where the special members go (index → plan), chosen before generation.
  enum SpecialMember {
    case officerHead
    case officerSpouse(of: Int)
    case officerChild(of: Int)
    case duplicateFirst
    case duplicateSecond(of: Int)
  }

  /// Indices of the officers among members, in the order pengurus (ketua,
  /// sekretaris, bendahara), pengawas (ketua, anggota, anggota), past pengurus
  /// (3), past pengawas (2); plus the insider relative and the duplicate pair.
  struct SpecialIndices {
    var officers: [Int] = []
    var insiderRelative = 0
    var duplicatePair = (0, 0)
    var plans: [Int: SpecialMember] = [:]
  }

  func memberCount() -> Int { max(150, loanCount * 65 / 100) }

  func planMembers() -> SpecialIndices {
    let m = memberCount()
    var r = stream("members.special")
    let joinedEarly = max(20, m / 5)  // joined before about 2014
    var used = Set<Int>()
    func fresh(_ range: Range<Int>) -> Int {
      while true {
        let i = range.lowerBound + r.below(range.count)
        if !used.contains(i) && !used.contains(i - 1) && !used.contains(i + 1) {
          used.insert(i)
          return i
        }
      }
    }
    var s = SpecialIndices()
    for _ in 0..<11 { s.officers.append(fresh(0..<joinedEarly - 1)) }
    for i in s.officers { s.plans[i] = .officerHead }
    // The planted family tie: pengawas anggota (index 4) is the spouse of the
    // pengurus sekretaris (index 1); the spouse must come later in join order.
    if s.officers[4] < s.officers[1] { s.officers.swapAt(4, 1) }
    s.plans[s.officers[4]] = .officerSpouse(of: s.officers[1])
    s.insiderRelative = fresh(joinedEarly..<m - 2)
    s.plans[s.insiderRelative] = .officerChild(of: s.officers[3])
    let a = fresh(m / 4..<m / 2), b = fresh(m / 2 + 1..<m - 1)
    s.duplicatePair = (a, b)
    s.plans[a] = .duplicateFirst
    s.plans[b] = .duplicateSecond(of: a)
    return s
  }

  func generateMembers(_ special: SpecialIndices) {
    let m = memberCount()
    var r = stream("members")
    let span = Double(asOf.serial - 40 - founded.serial)
    members.reserveCapacity(m)
    firstInFamily.reserveCapacity(m)
    nextInFamily = [Int32](repeating: -1, count: m)
    var byBirth: [Int32: [Int32]] = [:]
    var openFamilies: [Int32] = []
    for i in 0..<m {
      let x = (Double(i) + 0.5) / Double(m)
      // x^0.75 of the span: members join faster as the cooperative grows.
      let x34 = x.squareRoot() * x.squareRoot().squareRoot()
      let joined = calendar.onOrAfter(founded.serial + Int32(span * x34))
      let plan = special.plans[i]
      var member: DemoMember
      switch plan {
      case .officerSpouse(let head)?:
        member = relative(of: head, joined: joined, spouse: true, r: &r)
        member.role = .officer
        chooseName(&member, spouse: true, byBirth: byBirth, r: &r)
      case .officerChild(let head)?:
        member = relative(of: head, joined: joined, spouse: false, r: &r)
        member.role = .officerFamily
        chooseName(&member, spouse: false, byBirth: byBirth, r: &r)
      case .duplicateSecond(let first)?:
        member = members[first]
        member.joined = joined
        member.muhammad = 2
      case .duplicateFirst?:
        member = newFamilyHead(joined: joined, officer: false, r: &r)
        families[Int(member.family)].closed = true
        member.role = .nearDuplicate
        forceDuplicateName(&member, byBirth: byBirth, r: &r)
      case .officerHead?:
        member = newFamilyHead(joined: joined, officer: true, r: &r)
        member.role = .officer
        families[Int(member.family)].closed = true
        chooseName(&member, spouse: false, byBirth: byBirth, r: &r)
      case nil:
        var spouse = false
        // Join a recent family (one of the last 400 founded) that has room.
        let f = openFamilies.isEmpty || !r.chance(0.14)
          ? -1 : Int(openFamilies[openFamilies.count - 1 - r.below(min(400, openFamilies.count))])
        if f >= 0 && families[f].members < 3 && !families[f].closed {
          let head = Int(firstInFamily[f])
          spouse = families[f].members == 1 && r.chance(0.7)
          member = relative(of: head, joined: joined, spouse: spouse, r: &r)
        } else {
          member = newFamilyHead(joined: joined, officer: false, r: &r)
          openFamilies.append(member.family)
        }
        chooseName(&member, spouse: spouse, byBirth: byBirth, r: &r)
      }
      if case .duplicateSecond? = plan {} else { member.phoneOwner = Int32(i) }
      addMember(member, byBirth: &byBirth)
    }
  }

  private func addMember(_ member: DemoMember, byBirth: inout [Int32: [Int32]]) {
    let i = Int32(members.count)
    var member = member
    let kec = Int(DemoPlaces.desa[Int(families[Int(member.family)].desa)].kecamatan)
    member.nikSerial = nextNIKSerial(kecamatan: kec, birth: member.birth, female: member.female)
    members.append(member)
    nameBytes.append(contentsOf: normalizedName(of: member))
    nameOffsets.append(Int32(nameBytes.count))
    byBirth[member.birth, default: []].append(i)
    let f = Int(member.family)
    families[f].members += 1
    if families[f].members == 1 {
      firstInFamily.append(i)
    } else {
      var k = Int(firstInFamily[f])
      while nextInFamily[k] >= 0 { k = Int(nextInFamily[k]) }
      nextInFamily[k] = i
    }
  }

  func nextNIKSerial(kecamatan: Int, birth: Int32, female: Bool) -> UInt16 {
    let key = Int64(kecamatan) << 40 | (female ? 1 << 39 : 0) | Int64(birth + 100_000)
    let s = (nikSerials[key] ?? 0) + 1
    nikSerials[key] = s
    return s
  }

  func nextKKSerial(kecamatan: Int, issued: Int32) -> UInt16 {
    let key = Int64(kecamatan) << 40 | Int64(issued + 100_000)
    let s = (kkSerials[key] ?? 0) + 1
    kkSerials[key] = s
    return s
  }
}

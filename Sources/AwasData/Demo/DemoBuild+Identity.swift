/// The text of members' identifiers: names as written, NIK, family card
/// numbers, phones, member and loan numbers.
extension DemoBuild {
  /// The name as the member wrote it: `H. Muhammad Rizki Pratama`,
  /// `Romauli br. Sinaga`, `Sri Wahyuni, S.Pd.`.
  func displayName(_ i: Int) -> String { displayName(of: members[i]) }

  func displayName(of m: DemoMember) -> String {
    let t = families[Int(m.family)].tradition
    var parts: [String] = []
    switch m.title {
    case 1: parts.append(m.female ? "Hj." : "H.")
    case 2: parts.append(m.female ? "Dra." : "Drs.")
    case 3: parts.append("Ir.")
    default: break
    }
    if m.muhammad > 0 { parts.append(DemoNames.muhammad[Int(m.muhammad) - 1]) }
    parts.append(DemoNames.firstNames(female: m.female, t)[Int(m.first)])
    if m.second > 0 {
      parts.append((m.female ? DemoNames.femaleSecond : DemoNames.maleSecond)[Int(m.second) - 1])
    }
    if m.marga > 0 {
      let marga = DemoNames.margas(t)[Int(m.marga) - 1]
      parts.append(m.boru ? "br. " + marga : marga)
    }
    var name = parts.joined(separator: " ")
    if m.title == 4 { name += ", S.Pd." }
    if m.title == 5 { name += ", S.E." }
    return name
  }

  /// NIK: regency 1219, kecamatan, birth day (+40 for women), month, two-digit
  /// year, and a serial per (kecamatan, birth date, sex).
  func nik(_ i: Int) -> String { nik(of: members[i]) }

  func nik(of m: DemoMember) -> String {
    let kec = DemoPlaces.desa[Int(families[Int(m.family)].desa)].kecamatan
    let (y, mo, d) = Day(serial: m.birth).components
    return DemoPlaces.regencyCode + DemoPlaces.kecamatan[kec].code
      + zeroPadded(d + (m.female ? 40 : 0), 2) + zeroPadded(mo, 2) + zeroPadded(y % 100, 2)
      + zeroPadded(Int(m.nikSerial), 4)
  }

  /// Family card number: regency, kecamatan, issue date DDMMYY, serial.
  func noKK(_ i: Int) -> String { noKK(family: Int(members[i].family)) }

  func noKK(family f: Int) -> String {
    let fam = families[f]
    let kec = DemoPlaces.desa[Int(fam.desa)].kecamatan
    let (y, mo, d) = Day(serial: fam.kkIssued).components
    return DemoPlaces.regencyCode + DemoPlaces.kecamatan[kec].code + zeroPadded(d, 2)
      + zeroPadded(mo, 2) + zeroPadded(y % 100, 2) + zeroPadded(Int(fam.kkSerial), 4)
  }

  static let phonePrefixes = [
    "0811", "0812", "0813", "0821", "0822", "0852", "0853", "0857", "0856", "0877", "0878",
    "0895", "0896",
  ]

  /// The member's mobile number, or nil. Numbers are unique per member (the
  /// last eight digits are a bijection of the member's index), written in one
  /// of three styles: `081234567890`, `0812-3456-7890`, `+6281234567890`.
  func phone(_ i: Int) -> String? {
    let m = members[i]
    guard m.phoneStyle > 0 else { return nil }
    let owner = UInt64(m.phoneOwner >= 0 ? m.phoneOwner : Int32(i))
    let prefix = Self.phonePrefixes[Int(SplitMix64.mix(seed, owner) % UInt64(Self.phonePrefixes.count))]
    let number = (owner &* 7_919 &+ 40_213_577) % 100_000_000
    let digits = zeroPadded(Int(number), 8)
    switch m.phoneStyle {
    case 2: return prefix + "-" + digits.prefix(4) + "-" + digits.suffix(4)
    case 3: return "+62" + prefix.dropFirst() + digits
    default: return prefix + digits
    }
  }

  /// Member numbers: zero-padded, in joining order (`000123`).
  var memberNumberWidth: Int { max(6, String(members.count).count) }

  func memberNumber(_ i: Int) -> String { zeroPadded(i + 1, memberNumberWidth) }

  /// Loan numbers: `P` and a zero-padded number in disbursement order (`P000123`).
  var loanNumberWidth: Int { max(6, String(loans.count).count) }

  func loanNumber(_ i: Int) -> String { "P" + zeroPadded(i + 1, loanNumberWidth) }
}

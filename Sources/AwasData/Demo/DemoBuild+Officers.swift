/// pengurus.csv: officers' terms, the manajer and the staff (loan officers,
/// cashier, bookkeeper). Officers (pengurus, pengawas) are members; the
/// manajer and staff are not, and share no family card with anyone.
extension DemoBuild {
  /// RAT dates per book year (all working days). Book year 2022's RAT is the
  /// planted late one: more than six months after the year's end.
  static let ratDates: [(bookYear: Int, date: String)] = [
    (2016, "2017-03-24"), (2020, "2021-03-26"), (2021, "2022-03-18"), (2022, "2023-07-21"),
    (2023, "2024-03-22"), (2024, "2025-03-14"),
  ]
  static let lateRATBookYear = 2022

  func ratDate(_ bookYear: Int) -> Day {
    Day(iso: Self.ratDates.first { $0.bookYear == bookYear }?.date ?? "") ?? asOf
  }

  /// How many loan officers: one per 350 loans, at least 6.
  var petugasCount: Int { max(6, loanCount / 350) }

  func planOfficers(_ special: SpecialIndices) {
    var r = stream("officers")
    let termStart = ratDate(2021), pastStart = ratDate(2016)
    let roles: [(organ: String, jabatan: String, current: Bool)] = [
      ("pengurus", "ketua", true), ("pengurus", "sekretaris", true), ("pengurus", "bendahara", true),
      ("pengawas", "ketua", true), ("pengawas", "anggota", true), ("pengawas", "anggota", true),
      ("pengurus", "ketua", false), ("pengurus", "sekretaris", false), ("pengurus", "bendahara", false),
      ("pengawas", "ketua", false), ("pengawas", "anggota", false),
    ]
    for (k, role) in roles.enumerated() {
      let i = special.officers[k]
      var cert: String? = nil
      var validUntil: Day? = nil
      if role.current {
        let issued = Day(serial: day(2023, 5, 2) + Int32(r.below(700)))
        cert = "SKK/\(role.organ == "pengurus" ? "PGR" : "PGW")/\(issued.year)/\(zeroPadded(r.int(100...899), 4))"
        validUntil = issued.adding(months: 36)
      }
      terms.append(
        DemoOfficerTerm(
          name: displayName(i), member: Int32(i), nik: nik(i), noKK: noKK(i), organ: role.organ,
          jabatan: role.jabatan, start: role.current ? termStart : pastStart,
          end: role.current ? nil : termStart, certificate: cert, certificateValidUntil: validUntil))
    }
    // The manajer's certificate expired before the reporting date (planted).
    terms.append(
      staff(
        organ: "manajer", jabatan: "manajer", start: Day(serial: day(2019, 1, 7)),
        certificate: "SKK/MNJ-KSP/2021/0347",
        validUntil: Day(year: 2024, month: 6, day: 14), r: &r))
    for k in 0..<petugasCount {
      // Two officers at the head office (one of them fabricates), one per branch, then any.
      let office = k < 4 ? [0, 1, 2, 0][k] : r.weighted([45, 30, 25])
      var term = staff(
        organ: "karyawan", jabatan: "petugas lapangan", start: Day(serial: day(2018, 7, 2) + Int32(r.below(500))),
        certificate: nil, validUntil: nil, r: &r)
      term.start = Day(serial: calendar.onOrAfter(term.start.serial))
      let base = String(term.name.split(separator: " ").first ?? "petugas")
      let taken = petugas.filter { $0.user == base || $0.user.hasPrefix(base + ".") }.count
      petugas.append((user: taken == 0 ? base : base + "." + String(taken + 1), office: office))
      terms.append(term)
    }
    fabricatingPetugas = r.pick(petugas.indices.filter { petugas[$0].office == 0 })
    terms.append(
      staff(organ: "karyawan", jabatan: "kasir", start: Day(serial: day(2016, 2, 1)), certificate: nil, validUntil: nil, r: &r))
    terms.append(
      staff(organ: "karyawan", jabatan: "staf akuntansi", start: Day(serial: day(2017, 8, 1)), certificate: nil, validUntil: nil, r: &r))
  }

  /// A member of staff who is not a member: own family card, own NIK.
  private func staff(
    organ: String, jabatan: String, start: Day, certificate: String?, validUntil: Day?,
    r: inout Xoshiro256
  ) -> DemoOfficerTerm {
    let joined = calendar.onOrAfter(start.serial)
    var m = newFamilyHead(joined: joined, officer: false, r: &r)
    families[Int(m.family)].closed = true
    let t = families[Int(m.family)].tradition
    m.first = UInt16(r.below(DemoNames.firstNames(female: m.female, t).count))
    m.marga = families[Int(m.family)].marga
    m.muhammad = 0
    let kec = DemoPlaces.desa[Int(families[Int(m.family)].desa)].kecamatan
    m.nikSerial = nextNIKSerial(kecamatan: kec, birth: m.birth, female: m.female)
    return DemoOfficerTerm(
      name: displayName(of: m), member: nil, nik: nik(of: m), noKK: noKK(family: Int(m.family)),
      organ: organ, jabatan: jabatan, start: Day(serial: joined), end: nil,
      certificate: certificate, certificateValidUntil: validUntil)
  }
}

/// `n` zero-padded to `width` digits.
func zeroPadded(_ n: Int, _ width: Int) -> String {
  let s = String(n)
  return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

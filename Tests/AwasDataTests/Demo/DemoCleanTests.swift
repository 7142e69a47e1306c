import Foundation
import Testing
@testable import AwasData

/// Each planted anomaly is in the data, and outside of them the data is clean
/// by the definitions of docs/demo.md ("What clean means").
@Suite struct DemoCleanTests {
  static let asOf = Day(year: 2025, month: 12, day: 31) ?? Day(serial: 0)

  @Test func overdueLoansAreExactlyThePlantedOnes() throws {
    let d = try DemoData.load()
    let paid = d.paidByLoan
    var overdue: [String: Int] = [:]
    for p in d.pinjaman where p["status"] == "aktif" {
      let dpd = daysPastDue(p, paid: paid[p["no_pinjaman"] ?? "", default: 0], asOf: Self.asOf)
      if dpd > 0 { overdue[p["no_pinjaman"] ?? ""] = dpd }
    }
    #expect(Set(overdue.keys) == d.keys(.overdueLoan))
    for e in d.entries(.overdueLoan) { #expect(Int64(overdue[e.keys[0]] ?? -1) == e.details["dpd"]?.int) }
    let dpds = overdue.values
    for range in [1...30, 31...60, 61...90, 91...180, 181...360, 361...720] {
      #expect(dpds.contains { range.contains($0) }, "no loan \(range) days past due")
    }
    #expect(d.keys(.misbookedCollectibility).isSubset(of: d.keys(.overdueLoan)))
  }

  /// Booked class vs the class by arrears (the cooperative rule: lancar ≤ 90
  /// days, kurang lancar ≤ 180, then diragukan with collateral ≥ the
  /// outstanding, else macet): only the misbooked loans are booked better.
  @Test func onlyMisbookedLoansAreBookedTooWell() throws {
    let d = try DemoData.load()
    let paid = d.paidByLoan
    let rank = ["lancar": 0, "kurang_lancar": 1, "diragukan": 2, "macet": 3]
    var better: Set<String> = []
    for p in d.pinjaman where p["status"] == "aktif" {
      let no = p["no_pinjaman"] ?? ""
      let sisa = rupiah(p["plafon"]) - paid[no, default: 0]
      let dpd = daysPastDue(p, paid: paid[no, default: 0], asOf: Self.asOf)
      let cover = rupiah(p["nilai_jaminan"]) >= sisa
      let due = dpd <= 90 ? 0 : dpd <= 180 ? 1 : cover ? 2 : 3
      if (rank[p["kolektibilitas_tercatat"] ?? ""] ?? -1) < due { better.insert(no) }
    }
    #expect(better == d.keys(.misbookedCollectibility))
    #expect(Set(d.pinjaman.filter { $0["status"] == "hapus_buku" }.compactMap { $0["no_pinjaman"] }) == d.keys(.writtenOffLoan))
  }

  @Test func everyDateIsAWorkingDayButThePlantedPostings() throws {
    let d = try DemoData.load()
    let calendar = DemoCalendar(from: Day(year: 2005, month: 1, day: 1) ?? Self.asOf, to: Self.asOf)
    let planted = d.keys(.sundayPosting).union(d.keys(.holidayPosting))
    let columns: [(String, [[String: String]], [String])] = [
      ("anggota", d.anggota, ["tanggal_masuk", "tanggal_keluar"]), ("pinjaman", d.pinjaman, ["tanggal_cair"]),
      ("angsuran", d.angsuran, ["tanggal"]), ("jurnal", d.jurnal, ["tanggal"]),
      ("rat", d.rat, ["tanggal_rat", "tanggal_laporan_selesai"]), ("pengurus", d.pengurus, ["mulai", "selesai"]),
    ]
    var offDays = 0
    for (name, rows, cols) in columns {
      for r in rows {
        for c in cols where !(r[c] ?? "").isEmpty {
          let day = Day(text: r[c])
          #expect(day <= Self.asOf)
          if !calendar.isWorking(day.serial) {
            #expect(name == "jurnal" && planted.contains(r["no_bukti"] ?? ""), "\(name).\(c) \(r[c] ?? "")")
            offDays += 1
          }
        }
      }
    }
    #expect(offDays >= 4)  // both planted entries, two lines each
    let sunday = Day(text: d.entries(.sundayPosting).first?.details["tanggal"]?.string)
    #expect(sunday.isoWeekday == 7)
    #expect(DemoCalendar.isHoliday(Day(text: d.entries(.holidayPosting).first?.details["tanggal"]?.string)))
  }

  @Test func receiptsAreUniqueAndGapFreeButThePlantedOnes() throws {
    let d = try DemoData.load()
    var count: [String: Int] = [:]
    var sequences: [String: [Int]] = [:]
    var triples: [String: [String]] = [:]
    var sameDay: [String: Int] = [:]
    for a in d.angsuran {
      let no = a["no_bukti"] ?? ""
      count[no, default: 0] += 1
      let digits = no.reversed().prefix { $0.isNumber }
      sequences[String(no.dropLast(digits.count)), default: []].append(Int(String(digits.reversed())) ?? -1)
      triples[[a["no_pinjaman"] ?? "", a["tanggal"] ?? "", a["pokok"] ?? ""].joined(separator: "|"), default: []].append(no)
      sameDay[(a["no_pinjaman"] ?? "") + "|" + (a["tanggal"] ?? ""), default: 0] += 1
    }
    #expect(Set(count.filter { $0.value > 1 }.keys) == d.keys(.duplicateReceiptNumber))
    let doubled = triples.values.filter { $0.count > 1 }.map { Set($0) }
    #expect(Set(doubled) == Set(d.entries(.duplicateReceipt).map { Set($0.keys) }))
    #expect(sameDay.values.filter { $0 > 1 }.count == d.entries(.duplicateReceipt).count)
    var gaps: Set<[String]> = []
    for (prefix, numbers) in sequences {
      let sorted = Set(numbers).sorted()
      #expect(sorted.first == 1, "\(prefix)")
      for (x, y) in zip(sorted, sorted.dropFirst()) where y != x + 1 {
        gaps.insert([x, y].map { prefix + zeroPadded($0, 6) })
      }
    }
    #expect(gaps == Set(d.entries(.receiptNumberGap).map(\.keys)))
  }

  @Test func roundSumsJustUnderTheLimitAreThePlantedOnes() throws {
    let d = try DemoData.load()
    let near = d.pinjaman.filter { (22_500_000..<25_000_000).contains(rupiah($0["plafon"])) }
    #expect(Set(near.compactMap { $0["no_pinjaman"] }) == d.keys(.justUnderApprovalLimit))
    let perMemberLimit: Int64 = 50_000_000
    let over = d.pinjaman.filter { rupiah($0["plafon"]) > perMemberLimit }
    #expect(Set(over.compactMap { $0["no_pinjaman"] }) == d.keys(.insiderLoanOverLimit))
  }

  @Test func insidersAndOfficers() throws {
    let d = try DemoData.load()
    let officerMembers = Set(d.pengurus.compactMap { $0["no_anggota"] }.filter { !$0.isEmpty })
    let officerCards = Set(d.pengurus.compactMap { $0["no_kk"] })
    var card: [String: String] = [:]
    for a in d.anggota { card[a["no_anggota"] ?? ""] = a["no_kk"] }
    let insiders = d.pinjaman.filter {
      officerMembers.contains($0["no_anggota"] ?? "") || officerCards.contains(card[$0["no_anggota"] ?? ""] ?? "")
    }
    #expect(Set(insiders.compactMap { $0["no_pinjaman"] }) == d.keys(.insiderLoanOverLimit))
    let n = d.balances(d.neraca)
    let equity = ["simpanan_pokok", "simpanan_wajib", "modal_penyertaan", "hibah", "cadangan_umum", "cadangan_tujuan_risiko", "shu_tahun_berjalan"]
      .reduce(Int64(0)) { $0 + (n[$1]?.1 ?? 0) }
    let paid = d.paidByLoan
    for p in insiders {
      #expect((rupiah(p["plafon"]) - paid[p["no_pinjaman"] ?? "", default: 0]) * 10 > equity)
    }
    // Officers (one row per person) share a family card only in the planted pair.
    var byCard: [String: Set<String>] = [:]
    for o in d.pengurus { byCard[o["no_kk"] ?? "", default: []].insert(o["nik"] ?? "") }
    let shared = byCard.values.filter { $0.count > 1 }
    #expect(shared == [d.keys(.officersFamilyTie)])
    // Serving officers' certificates: only the manajer's has expired.
    let expired = d.pengurus.filter {
      ($0["selesai"] ?? "").isEmpty && !($0["sertifikat_berlaku_sampai"] ?? "").isEmpty
        && Day(text: $0["sertifikat_berlaku_sampai"]) < Self.asOf
    }
    #expect(Set(expired.compactMap { $0["nik"] }) == d.keys(.expiredCertificate))
    #expect(expired.first?["organ"] == "manajer")
    let serving = d.pengurus.filter { ($0["selesai"] ?? "").isEmpty && ["pengurus", "pengawas", "manajer"].contains($0["organ"] ?? "") }
    #expect(serving.allSatisfy { !($0["sertifikat"] ?? "").isEmpty })
    for o in d.pengurus where !(o["selesai"] ?? "").isEmpty {
      #expect(Day(text: o["mulai"]).adding(months: 60) > Day(text: o["selesai"]))
    }
  }

  @Test func ratOnTimeButThePlantedYear() throws {
    let d = try DemoData.load()
    let late = d.rat.filter {
      let year = Int($0["tahun_buku"] ?? "") ?? 0
      return Day(text: $0["tanggal_rat"]) > (Day(year: year + 1, month: 6, day: 30) ?? Self.asOf)
    }
    #expect(Set(late.compactMap { $0["tahun_buku"] }) == d.keys(.lateRAT))
    #expect(d.rat.map { $0["tahun_buku"] ?? "" } == ["2020", "2021", "2022", "2023", "2024"])
    for r in d.rat {
      #expect(Day(text: r["tanggal_laporan_selesai"]).adding(months: 1) <= Day(text: r["tanggal_rat"]))
      #expect((Int(r["hadir"] ?? "") ?? 0) * 2 > (Int(r["jumlah_anggota"] ?? "") ?? 0))
    }
  }

  @Test func onlyTheFabricatingOfficerFailsBenford() throws {
    let d = try DemoData.load()
    var digits: [String: [Int]] = [:]
    for a in d.angsuran {
      let v = rupiah(a["pokok"])
      guard v >= 10, let first = String(v).first?.wholeNumberValue else { continue }
      digits[a["petugas"] ?? "", default: Array(repeating: 0, count: 10)][first] += 1
    }
    func mad(_ c: [Int]) -> Double {
      let n = Double(c.reduce(0, +))
      return (1...9).map { abs(Double(c[$0]) / n - log10(1 + 1 / Double($0))) }.reduce(0, +) / 9
    }
    let fabricating = d.keys(.benfordNonconformingOfficer)
    #expect(fabricating.count == 1)
    for (petugas, c) in digits {
      if fabricating.contains(petugas) {
        #expect(mad(c) > 0.015, "\(petugas)")  // Nigrini: nonconformity
      } else {
        #expect(mad(c) <= 0.006, "\(petugas) \(mad(c))")  // close conformity
      }
    }
    let all = digits.values.reduce(Array(repeating: 0, count: 10)) { zip($0, $1).map { $0 + $1 } }
    #expect(mad(all) <= 0.012)
  }

  /// Names compared as lower-case letters without titles (H., Hj., Drs., Dra.,
  /// Ir., S.Pd., S.E.) or `br.`, every spelling of Muhammad read as one.
  static func normalized(_ name: String) -> String {
    var s = name.lowercased()
    for suffix in [", s.pd.", ", s.e."] where s.hasSuffix(suffix) { s = String(s.dropLast(suffix.count)) }
    let tokens = s.split { $0 == " " || $0 == "." }.map(String.init)
      .filter { !["h", "hj", "drs", "dra", "ir", "br"].contains($0) }
      .map { ["muhammad", "muhamad", "mohammad", "m", "moh"].contains($0) ? "muhammad" : $0 }
    return tokens.joined()
  }

  @Test func nearDuplicateMembersAreThePlantedPair() throws {
    let d = try DemoData.load()
    var byBirth: [String: [[String: String]]] = [:]
    var phones: [String: Int] = [:]
    var niks: Set<String> = []
    for a in d.anggota {
      let nik = Array(a["nik"] ?? "")
      #expect(nik.count == 16 && nik.allSatisfy(\.isNumber))
      #expect(String(nik.prefix(4)) == "1219")
      let day = Int(String(nik[6...7])) ?? 0, month = Int(String(nik[8...9])) ?? 0
      #expect((day > 40) == (a["jenis_kelamin"] == "P"))
      #expect((1...12).contains(month) && (1...31).contains(day > 40 ? day - 40 : day))
      #expect(niks.insert(a["nik"] ?? "").inserted)
      byBirth[String(nik[6...11]).replacingOccurrences(of: "^[4-7]", with: "", options: .regularExpression), default: []].append(a)
      if let p = a["telepon"], !p.isEmpty {
        let plain = p.replacing("-", with: "").replacing("+62", with: "0")
        phones[plain, default: 0] += 1
      }
    }
    var pairs: Set<Set<String>> = []
    for group in byBirth.values where group.count > 1 {
      for i in group.indices {
        for j in group.indices where j > i {
          let a = Array(Self.normalized(group[i]["nama"] ?? "").utf8), b = Array(Self.normalized(group[j]["nama"] ?? "").utf8)
          if DemoBuild.within2(a[...], b[...]) { pairs.insert([group[i]["no_anggota"] ?? "", group[j]["no_anggota"] ?? ""]) }
        }
      }
    }
    #expect(pairs == [d.keys(.nearDuplicateMember)])
    #expect(phones.values.filter { $0 > 1 }.count == 1)
  }

  @Test func membersBorrowOneLoanAtATimeWhileMembers() throws {
    let d = try DemoData.load()
    let paid = d.paidByLoan
    var member: [String: [String: String]] = [:]
    for a in d.anggota { member[a["no_anggota"] ?? ""] = a }
    var open: [String: Int] = [:]
    for p in d.pinjaman {
      let m = member[p["no_anggota"] ?? ""]
      #expect(m != nil)
      #expect(Day(text: m?["tanggal_masuk"]) < Day(text: p["tanggal_cair"]))
      let sisa = rupiah(p["plafon"]) - paid[p["no_pinjaman"] ?? "", default: 0]
      if p["status"] == "aktif" { open[p["no_anggota"] ?? "", default: 0] += 1 }
      if m?["status"] == "keluar" { #expect(sisa == 0) }
    }
    #expect(open.values.allSatisfy { $0 == 1 })
  }
}

import Foundation
import Testing
@testable import AwasData

/// contoh/ (the hand-made dataset): every figure its README states, recomputed
/// from the files.
@Suite struct ContohTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("contoh").path
  static let asOf = Day(year: 2025, month: 12, day: 31) ?? Day(serial: 0)

  func table(_ name: String) throws -> [[String: String]] { try CSVTestReader.table(Self.folder, name) }

  /// (no_pinjaman, principal paid, sisa, tunggakan_pokok, dpd) as README lists them.
  static let expected: [(String, Int64, Int64, Int64, Int)] = [
    ("P-001", 11_000_000, 1_000_000, 0, 0), ("P-002", 4_927_000, 5_073_000, 0, 0),
    ("P-003", 4_000_000, 2_000_000, 0, 0), ("P-004", 5_000_000, 0, 0, 0),
    ("P-005", 3_000_000, 0, 0, 0), ("P-006", 2_000_000, 0, 0, 0),
    ("P-007", 1_800_000, 600_000, 400_000, 31), ("P-008", 0, 0, 0, 0),
    ("P-009", 4_500_000, 13_500_000, 0, 0), ("P-010", 3_700_000, 2_300_000, 2_300_000, 173),
    ("P-011", 2_100_000, 900_000, 0, 0), ("P-012", 1_200_000, 1_200_000, 1_200_000, 439),
  ]

  @Test func loansAsTheReadmeStates() throws {
    let loans = try table("pinjaman"), pays = try table("angsuran")
    #expect(loans.map { $0["no_pinjaman"] ?? "" } == Self.expected.map(\.0))
    for (row, e) in zip(loans, Self.expected) {
      let paid = pays.filter { $0["no_pinjaman"] == e.0 }.reduce(Int64(0)) { $0 + rupiah($1["pokok"]) }
      let counts = row["status"] == "aktif" && Day(text: row["tanggal_cair"]) <= Self.asOf
      var s = DemoSchedule()
      s.compute(demoLoan(row))
      let dueByNow = zip(s.due, s.principal).filter { $0.0 <= Self.asOf.serial }.reduce(Int64(0)) { $0 + $1.1 }
      #expect(paid == e.1, "\(e.0) paid")
      #expect((counts ? rupiah(row["plafon"]) - paid : 0) == e.2, "\(e.0) sisa")
      #expect((counts ? max(0, dueByNow - paid) : 0) == e.3, "\(e.0) tunggakan")
      #expect((counts ? daysPastDue(row, paid: paid, asOf: Self.asOf) : 0) == e.4, "\(e.0) dpd")
    }
    // Month-end clamping of P-007 (31 January).
    var s = DemoSchedule()
    s.compute(demoLoan(loans[6]))
    #expect(s.due.prefix(4).map { Day(serial: $0).description } == ["2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31"])
    #expect(Day(serial: s.due[9]).description == "2025-11-30")
    // The anuitas schedule of P-002.
    s.compute(demoLoan(loans[1]))
    #expect(s.principal == [1_625_484, 1_641_739, 1_658_156, 1_674_738, 1_691_485, 1_708_398])
    #expect(s.interest == [100_000, 83_745, 67_328, 50_746, 33_999, 17_084])
  }

  @Test func koperasiToml() throws {
    let text = try String(contentsOfFile: Self.folder + "/koperasi.toml", encoding: .utf8)
    #expect(text.contains("nama = \"KSP Contoh Makmur\""))
    #expect(text.contains("tanggal_laporan = 2025-12-31\ntahun_buku = 2025"))
    #expect(text.contains("batas_persetujuan_manajer = 25_000_000"))
  }

  @Test func booksBalanceAndReconcile() throws {
    let neraca = try table("neraca"), phu = try table("phu"), jurnal = try table("jurnal")
    var now: [String: Int64] = [:], before: [String: Int64] = [:]
    for r in neraca + phu {
      now[r["pos"] ?? ""] = rupiah(r["saldo_kini"])
      before[r["pos"] ?? ""] = rupiah(r["saldo_lalu"])
    }
    let assets = ["kas", "bank", "investasi", "piutang_pinjaman_anggota", "piutang_pinjaman_non_anggota", "piutang_lain", "aset_tetap", "aset_lain"]
    func total(_ v: [String: Int64]) -> Int64 {
      assets.reduce(0) { $0 + (v[$1] ?? 0) } - (v["penyisihan_piutang"] ?? 0) - (v["akumulasi_penyusutan"] ?? 0)
    }
    #expect(total(before) == 68_450_000)
    #expect(total(now) == 76_423_873)
    let funding = neraca.filter { $0["kode_akun"]?.first == "2" || $0["kode_akun"]?.first == "3" }
    #expect(funding.reduce(Int64(0)) { $0 + rupiah($1["saldo_kini"]) } == 76_423_873)
    #expect(funding.reduce(Int64(0)) { $0 + rupiah($1["saldo_lalu"]) } == 68_450_000)
    #expect(now["piutang_pinjaman_anggota"] == 26_573_000)
    #expect(before["piutang_pinjaman_anggota"] == 11_500_000)
    #expect(now["shu_tahun_berjalan"] == 1_829_573 && before["shu_tahun_berjalan"] == 137_000)
    var entries: [String: Int64] = [:]
    for j in jurnal { entries[j["no_bukti"] ?? "", default: 0] += rupiah(j["debet"]) - rupiah(j["kredit"]) }
    #expect(entries.count == 107)
    #expect(entries.values.allSatisfy { $0 == 0 })
    let jasa = try table("angsuran").filter { $0["tanggal"]?.hasPrefix("2025") == true }.reduce(Int64(0)) { $0 + rupiah($1["jasa"]) }
    #expect(now["pendapatan_jasa_pinjaman_anggota"] == jasa && jasa == 6_160_073)
    var savings: [String: Int64] = [:]
    for s in try table("simpanan") { savings[s["jenis"] ?? "", default: 0] += rupiah(s["saldo"]) }
    #expect(savings == ["pokok": 1_900_000, "wajib": 35_525_000, "sukarela": 17_076_500, "berjangka": 15_000_000])
    for (k, v) in savings { #expect(now["simpanan_" + k] == v) }
  }

  @Test func cleanForTheAuditChecks() throws {
    let calendar = DemoCalendar(from: Day(year: 2015, month: 1, day: 1) ?? Self.asOf, to: Day(year: 2026, month: 12, day: 31) ?? Self.asOf)
    let dated: [(String, [String])] = [
      ("anggota", ["tanggal_masuk", "tanggal_keluar"]), ("pinjaman", ["tanggal_cair"]), ("angsuran", ["tanggal"]),
      ("jurnal", ["tanggal"]), ("rat", ["tanggal_rat", "tanggal_laporan_selesai"]), ("pengurus", ["mulai"]),
    ]
    for (name, cols) in dated {
      for r in try table(name) {
        for c in cols where !(r[c] ?? "").isEmpty {
          let d = Day(text: r[c])
          #expect(d.isoWeekday <= 5 && !DemoCalendar.isHoliday(d), "\(name).\(c) \(r[c] ?? "")")
          if d.year >= 2024 && d.year <= 2025 { #expect(calendar.isWorking(d.serial), "\(name).\(c) \(r[c] ?? "")") }
        }
      }
    }
    let receipts = try table("angsuran").map { $0["no_bukti"] ?? "" }
    #expect(Set(receipts).count == receipts.count)
    for (year, n) in [(2023, 5), (2024, 9), (2025, 57)] {
      #expect(receipts.filter { $0.hasPrefix("KW-\(year)-") }.sorted() == (1...n).map { "KW-\(year)-" + zeroPadded($0, 6) })
    }
    let members = try table("anggota")
    let names = members.map { Array(DemoCleanTests.normalized($0["nama"] ?? "").utf8) }
    for i in names.indices { for j in names.indices where j > i { #expect(!DemoBuild.within2(names[i][...], names[j][...])) } }
    for m in members {
      let nik = Array(m["nik"] ?? "")
      #expect(nik.count == 16 && String(nik.prefix(4)) == "1219")
      #expect(((Int(String(nik[6...7])) ?? 0) > 40) == (m["jenis_kelamin"] == "P"))
    }
    #expect(Set(members.map { $0["nik"] ?? "" }).count == 20)
    let officers = try table("pengurus")
    #expect(Set(officers.map { $0["no_kk"] ?? "" }).count == officers.count)
    #expect(officers.filter { !($0["sertifikat_berlaku_sampai"] ?? "").isEmpty }.allSatisfy { Day(text: $0["sertifikat_berlaku_sampai"]) > Self.asOf })
    // The only insider loan is P-011, far below 10 % of modal sendiri (42.479.800).
    let insiders = Set(officers.compactMap { $0["no_anggota"] }.filter { !$0.isEmpty })
    #expect(try table("pinjaman").filter { insiders.contains($0["no_anggota"] ?? "") }.map { $0["no_pinjaman"] ?? "" } == ["P-011"])
  }
}

import Foundation
import Testing
@testable import AwasData

@Suite struct DemoGeneratorTests {
  static let asOf = Day(year: 2025, month: 12, day: 31) ?? Day(serial: 0)

  @Test func everyFileWithTheContractsColumns() throws {
    let d = try DemoData.load()
    let expected: [String: [String]] = [
      "anggota": ["no_anggota", "nama", "nik", "no_kk", "jenis_kelamin", "tanggal_masuk", "tanggal_keluar", "status", "telepon", "desa"],
      "pengurus": ["nama", "no_anggota", "nik", "no_kk", "organ", "jabatan", "mulai", "selesai", "sertifikat", "sertifikat_berlaku_sampai"],
      "pinjaman": ["no_pinjaman", "no_anggota", "tanggal_cair", "plafon", "bunga_persen_bulan", "metode", "tenor_bulan", "jaminan", "nilai_jaminan", "petugas", "status", "restrukturisasi", "kolektibilitas_tercatat"],
      "angsuran": ["no_bukti", "no_pinjaman", "tanggal", "pokok", "jasa", "denda", "petugas"],
      "simpanan": ["no_anggota", "jenis", "saldo"],
      "neraca": ["kode_akun", "nama_akun", "pos", "saldo_lalu", "saldo_kini"],
      "phu": ["kode_akun", "nama_akun", "pos", "saldo_lalu", "saldo_kini"],
      "jurnal": ["no_bukti", "tanggal", "kode_akun", "keterangan", "debet", "kredit", "dibuat_oleh"],
      "rat": ["tahun_buku", "tanggal_rat", "hadir", "jumlah_anggota", "laporan_disahkan", "tanggal_laporan_selesai", "akuntan_publik", "opini"],
    ]
    for (name, header) in expected {
      let data = try Data(contentsOf: URL(fileURLWithPath: d.folder).appendingPathComponent(name + ".csv"))
      #expect(CSVTestReader.records([UInt8](data)).first == header, "\(name)")
    }
    #expect(d.pinjaman.count == 2000)
    #expect(d.anggota.count == 1300)
    let toml = try String(contentsOfFile: d.folder + "/koperasi.toml", encoding: .utf8)
    #expect(toml.contains("tanggal_laporan = 2025-12-31\ntahun_buku = 2025\n"))
    #expect(toml.contains("batas_persetujuan_manajer = 25_000_000\n"))
    #expect(toml.contains("batas_pinjaman_orang_dalam_persen = 10\n"))
  }

  @Test func plantedListsEveryKindWithExistingKeys() throws {
    let d = try DemoData.load()
    #expect(Set(d.planted.map(\.kind)) == Set(PlantedAnomaly.Kind.allCases.map(\.rawValue)))
    let tables: [String: [[String: String]]] = [
      "anggota": d.anggota, "pengurus": d.pengurus, "pinjaman": d.pinjaman, "angsuran": d.angsuran,
      "jurnal": d.jurnal, "rat": d.rat,
    ]
    for p in d.planted {
      let rows = tables[p.table] ?? []
      let values = Set(rows.compactMap { $0[p.keyColumn] })
      #expect(!p.keys.isEmpty)
      for k in p.keys { #expect(values.contains(k), "\(p.kind): \(p.keyColumn) \(k) not in \(p.table)") }
      #expect(!p.description.id.isEmpty && !p.description.en.isEmpty)
    }
    // Scaled kinds at 2,000 loans: six ageing buckets + two misbooked.
    #expect(d.entries(.overdueLoan).count == 8)
    #expect(d.entries(.misbookedCollectibility).count == 2)
    #expect(d.entries(.writtenOffLoan).count == 2)
    #expect(d.entries(.duplicateReceipt).count == 2)
    #expect(d.entries(.duplicateReceiptNumber).count == 1)
    #expect(d.entries(.receiptNumberGap).count == 2)
    #expect(d.entries(.justUnderApprovalLimit).count == 3)
    #expect(d.entries(.insiderLoanOverLimit).count == 2)
  }

  @Test func balanceSheetBalancesInBothYears() throws {
    let d = try DemoData.load()
    let assets = ["kas", "bank", "investasi", "piutang_pinjaman_anggota", "piutang_pinjaman_non_anggota", "piutang_lain", "aset_tetap", "aset_lain"]
    let contra = ["penyisihan_piutang", "akumulasi_penyusutan"]
    for year in 0..<2 {
      var a: Int64 = 0, le: Int64 = 0
      for (pos, v) in d.balances(d.neraca) {
        let x = year == 0 ? v.0 : v.1
        if assets.contains(pos) { a += x } else if contra.contains(pos) { a -= x } else { le += x }
      }
      #expect(a == le && a > 0)
    }
    let n = d.balances(d.neraca), p = d.balances(d.phu)
    let income = ["pendapatan_jasa_pinjaman_anggota", "pendapatan_jasa_pinjaman_non_anggota", "pendapatan_lain", "pendapatan_beban_non_operasional"]
    let shu = p.reduce(Int64(0)) { $0 + (income.contains($1.key) ? $1.value.1 : -$1.value.1) }
    let shuBefore = p.reduce(Int64(0)) { $0 + (income.contains($1.key) ? $1.value.0 : -$1.value.0) }
    #expect(n["shu_tahun_berjalan"]?.1 == shu && shu > 0)
    #expect(n["shu_tahun_berjalan"]?.0 == shuBefore && shuBefore > 0)
  }

  @Test func journalEntriesBalanceAndExplainTheBooks() throws {
    let d = try DemoData.load()
    var entries: [String: (Int64, Int64)] = [:]
    var movement: [String: Int64] = [:]
    var posOf: [String: String] = [:]
    for r in d.neraca + d.phu { posOf[r["kode_akun"] ?? ""] = r["pos"] }
    for j in d.jurnal {
      let debit = rupiah(j["debet"]), credit = rupiah(j["kredit"])
      entries[j["no_bukti"] ?? "", default: (0, 0)].0 += debit
      entries[j["no_bukti"] ?? "", default: (0, 0)].1 += credit
      movement[posOf[j["kode_akun"] ?? ""] ?? "?", default: 0] += debit - credit
      #expect(Day(text: j["tanggal"]).year == 2025)
    }
    #expect(movement["?"] == nil)
    #expect(entries.count > 250)
    for (number, e) in entries { #expect(e.0 == e.1, "\(number)") }
    let debitNormal: Set<String> = [
      "kas", "bank", "investasi", "piutang_pinjaman_anggota", "piutang_pinjaman_non_anggota", "piutang_lain",
      "aset_tetap", "aset_lain", "beban_jasa_simpanan", "beban_jasa_pinjaman", "beban_karyawan",
      "beban_operasional_lain", "beban_perkoperasian", "beban_penyisihan_piutang", "beban_penyusutan", "pajak",
    ]
    func natural(_ pos: String) -> Int64 { debitNormal.contains(pos) ? movement[pos, default: 0] : -movement[pos, default: 0] }
    for (pos, v) in d.balances(d.neraca) where pos != "shu_tahun_berjalan" {
      #expect(v.0 + natural(pos) == v.1, "\(pos)")
    }
    for (pos, v) in d.balances(d.phu) { #expect(natural(pos) == v.1, "\(pos)") }
  }

  @Test func ledgersReconcileWithTheBalanceSheet() throws {
    let d = try DemoData.load()
    let paid = d.paidByLoan
    var outstanding: Int64 = 0
    for p in d.pinjaman {
      let sisa = rupiah(p["plafon"]) - paid[p["no_pinjaman"] ?? "", default: 0]
      switch p["status"] {
      case "aktif": #expect(sisa > 0); outstanding += sisa
      case "lunas": #expect(sisa == 0)
      default: #expect(p["status"] == "hapus_buku" && sisa > 0)
      }
    }
    let n = d.balances(d.neraca)
    #expect(n["piutang_pinjaman_anggota"]?.1 == outstanding)
    var savings: [String: Int64] = [:]
    for s in d.simpanan { savings[s["jenis"] ?? "", default: 0] += rupiah(s["saldo"]) }
    for jenis in ["pokok", "wajib", "sukarela", "berjangka"] {
      #expect(n["simpanan_" + jenis]?.1 == savings[jenis], "\(jenis)")
    }
    // Every member at the reporting date holds Rp 100.000 pokok; wajib is Rp 25.000 a month.
    let members = d.anggota.filter { $0["status"] == "aktif" }
    #expect(savings["pokok"] == Int64(members.count) * 100_000)
  }

  @Test func sameSeedSameBytesOtherSeedOtherBytes() throws {
    let a = temporaryFolder("det-a"), b = temporaryFolder("det-b"), c = temporaryFolder("det-c")
    defer { for f in [a, b, c] { try? FileManager.default.removeItem(atPath: f) } }
    try DemoGenerator(seed: 11, loans: 400).write(to: a)
    try DemoGenerator(seed: 11, loans: 400).write(to: b)
    try DemoGenerator(seed: 12, loans: 400).write(to: c)
    let files = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
    #expect(files.count == 11)
    for f in files {
      let x = try Data(contentsOf: URL(fileURLWithPath: a + "/" + f))
      #expect(x == (try Data(contentsOf: URL(fileURLWithPath: b + "/" + f))), "\(f)")
    }
    for f in ["anggota.csv", "pinjaman.csv", "angsuran.csv", "jurnal.csv", "planted.json"] {
      let x = try Data(contentsOf: URL(fileURLWithPath: a + "/" + f))
      #expect(x != (try Data(contentsOf: URL(fileURLWithPath: c + "/" + f))), "\(f)")
    }
  }

  @Test func tooSmallIsAnError() {
    #expect(throws: DemoError.self) { try DemoGenerator(loans: 50).write(to: temporaryFolder("small")) }
  }

  @Test func anyFormatWritesTheSameValues() throws {
    let plain = temporaryFolder("fmt-plain"), odd = temporaryFolder("fmt-odd")
    defer { for f in [plain, odd] { try? FileManager.default.removeItem(atPath: f) } }
    try DemoGenerator(seed: 5, loans: 300).write(to: plain)
    let format = CSVFormat(delimiter: UInt8(ascii: ";"), decimalComma: true, dates: .dmySlash, encoding: .utf8)
    let options = DatasetWriter.Options(
      byteOrderMark: true, crlf: true, rupiahPrefix: .spaced, negatives: .parentheses, headerStyle: .titleSpaced)
    try DemoGenerator(seed: 5, loans: 300, format: format, options: options).write(to: odd)
    let toml = try String(contentsOfFile: odd + "/koperasi.toml", encoding: .utf8)
    #expect(toml.contains("pemisah = \";\"\ndesimal = \",\"\ntanggal = \"DD/MM/YYYY\""))
    let a = try CSVTestReader.table(plain, "pinjaman")
    let raw = try Data(contentsOf: URL(fileURLWithPath: odd + "/pinjaman.csv"))
    #expect(Array(raw.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(raw.contains(Data("\r\n".utf8)))
    let b = try CSVTestReader.table(odd, "pinjaman", delimiter: UInt8(ascii: ";"))
    #expect(a.count == b.count)
    for (x, y) in zip(a, b) {
      #expect(y["No Pinjaman"] == x["no_pinjaman"])
      // Rp 1.250.000 → 1250000; 31/12/2025 → 2025-12-31; 1,5 → 1.5
      let plafon = (y["Plafon"] ?? "").replacing("Rp ", with: "").replacing(".", with: "")
      #expect(plafon == x["plafon"])
      let date = (y["Tanggal Cair"] ?? "").split(separator: "/").reversed().joined(separator: "-")
      #expect(date == x["tanggal_cair"])
      #expect((y["Bunga Persen Bulan"] ?? "").replacing(",", with: ".") == x["bunga_persen_bulan"])
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: plain + "/planted.json"))
      == (try Data(contentsOf: URL(fileURLWithPath: odd + "/planted.json"))))
    // The smallest book still holds every planted kind.
    let kinds = Set(try PlantedAnomaly.load(fromFolder: plain).map(\.kind))
    #expect(kinds == Set(PlantedAnomaly.Kind.allCases.map(\.rawValue)))
  }

  @Test func windows1252DemoIsPlainASCII() throws {
    let dir = temporaryFolder("cp1252")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try DemoGenerator(seed: 2, loans: 300, format: CSVFormat(encoding: .windows1252)).write(to: dir)
    for f in ["anggota", "pengurus", "pinjaman", "jurnal"] {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + f + ".csv"))
      #expect(bytes.allSatisfy { $0 < 0x80 }, "\(f)")
    }
    #expect(try String(contentsOfFile: dir + "/koperasi.toml", encoding: .utf8).contains("encoding = \"Windows-1252\""))
  }

  @Test func twentyThousandLoans() throws {
    let dir = temporaryFolder("20k")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try DemoGenerator(seed: 3, loans: 20_000).write(to: dir)
    let planted = try PlantedAnomaly.load(fromFolder: dir)
    // 20,000 loans: 1 + 3 doublings above 4,000 → every scalable kind × 4.
    #expect(planted.filter { $0.kind == PlantedAnomaly.Kind.overdueLoan.rawValue }.count == 32)
    #expect(planted.filter { $0.kind == PlantedAnomaly.Kind.justUnderApprovalLimit.rawValue }.count == 12)
    let pinjaman = try Data(contentsOf: URL(fileURLWithPath: dir + "/pinjaman.csv"))
    #expect(pinjaman.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } == 20_001)
  }
}

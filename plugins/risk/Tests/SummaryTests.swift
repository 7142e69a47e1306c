import AwasPluginKit
import Testing

@testable import AwasRiskPlugin

@Suite struct SummaryTests {
  @Test func figuresOfTheFixture() throws {
    let t = try #require(try runRisk(nil).primaryTable)
    #expect(t.name == "risiko")
    // 9 active loans, 45 juta (P06 repaid, P07 written off, P08 not yet disbursed).
    #expect(t.cell("kode", "pinjaman_aktif", "jumlah") == .int(9))
    #expect(sen(t.cell("kode", "pinjaman_aktif", "rupiah")) == jt(45))
    // PAR1: all but P01 = 39 juta, 8 loans; 39/45 = 86.67%.
    #expect(t.cell("kode", "par1", "jumlah") == .int(8))
    #expect(sen(t.cell("kode", "par1", "rupiah")) == jt(39))
    #expect(pct(t.cell("kode", "par1", "persen")) == 86.67)
    // PAR30: P02 10 + P03 8 + P04 4 + P05 6 + P11 3 + P12 1 = 32 juta (P10 at 30 days is not in); 71.11%.
    #expect(sen(t.cell("kode", "par30", "rupiah")) == jt(32))
    #expect(pct(t.cell("kode", "par30", "persen")) == 71.11)
    // PAR90: P03 8 + P04 4 + P05 6 + P12 1 = 19 juta (P11 at 90 days is not in); 42.22%.
    #expect(sen(t.cell("kode", "par90", "rupiah")) == jt(19))
    #expect(pct(t.cell("kode", "par90", "persen")) == 42.22)
    // NPL: KL P03 8 + P12 1, D P04 4, M P05 6 = 19 juta.
    #expect(sen(t.cell("kode", "npl", "rupiah")) == jt(19))
    // Restructured P03 (8 juta) is in PAR and NPL and counted apart.
    #expect(sen(t.cell("kode", "restrukturisasi", "rupiah")) == jt(8))
    // Written off reported, outside the outstanding: P07, 2.5 juta.
    #expect(t.cell("kode", "hapus_buku", "jumlah") == .int(1))
    #expect(sen(t.cell("kode", "hapus_buku", "rupiah")) == rp(2_500_000))
    #expect(t.cell("kode", "belum_cair", "jumlah") == .int(1))
    #expect(t.cell("kode", "lunas", "jumlah") == .int(1))
    // Required 6.83 juta (see ProvisionTests), booked 2 juta, short 4.83 juta.
    #expect(sen(t.cell("kode", "ppap_wajib", "rupiah")) == rp(6_830_000))
    #expect(sen(t.cell("kode", "ppap_kurang", "rupiah")) == rp(4_830_000))
    // Booked better than recomputed: P03, P04, P05 = 18 juta.
    #expect(t.cell("kode", "salah_kelas", "jumlah") == .int(3))
    #expect(sen(t.cell("kode", "salah_kelas", "rupiah")) == jt(18))
    // MS 60 juta; largest borrower A02 10 juta = 16.67%; insiders P04 + P05 = 10 juta = 16.67%.
    #expect(sen(t.cell("kode", "modal_sendiri", "rupiah")) == jt(60))
    #expect(sen(t.cell("kode", "peminjam_terbesar", "rupiah")) == jt(10))
    #expect(t.cell("kode", "peminjam_terbesar", "keterangan") == .string("Peminjam terbesar: A02"))
    #expect(pct(t.cell("kode", "orang_dalam", "persen")) == 16.67)
  }

  @Test func tableIsTypedForJSON() throws {
    let t = try #require(try runRisk(nil).primaryTable)
    #expect(t.column("jumlah")?.type == .int)
    #expect(t.column("rupiah")?.type == .money)
    #expect(t.column("persen")?.type == .percent)
    #expect(t.primaryKey == "kode")
  }

  @Test func labelsInBothLanguages() throws {
    let id = try #require(try runRisk(nil, language: .id).primaryTable)
    let en = try #require(try runRisk(nil, language: .en).primaryTable)
    #expect(id.cell("kode", "par30", "keterangan") == .string("PAR30: tunggakan > 30 hari"))
    #expect(en.cell("kode", "par30", "keterangan") == .string("PAR30: more than 30 days late"))
    // Codes and column names stay the same, so scripts work in either language.
    #expect(id.columnNames == en.columnNames)
    #expect(id.strings("kode") == en.strings("kode"))
  }

  @Test func withoutDerivedColumnsTheErrorNamesTheLoanEngine() {
    let bare = Dataset(
      folder: "/tmp/x", info: KoperasiInfo(nama: "X", jenis: .ksp, tanggalLaporan: day("2025-12-31"), tahunBuku: 2025),
      tables: [Table(name: "pinjaman", columns: [Column.string("no_pinjaman", ["P1"])])])
    do {
      _ = try runRisk(nil, dataset: bare)
      Issue.record("expected an error")
    } catch let e as UserError {
      #expect(e.message.en.contains("no column `sisa`"))
      #expect(e.hint?.en.contains("loan engine") == true)
    } catch { Issue.record("unexpected \(error)") }
  }

  @Test func withoutADatasetTheErrorSaysWhatToDo() {
    #expect(throws: UserError.self) { try runRisk(nil, dataset: nil) }
  }
}

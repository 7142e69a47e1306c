import Testing

@testable import AwasData

@Suite("Validation")
struct ValidationTests {
  @Test func everyIssueOfASkippedRowSaysSo() throws {
    // Row 2: a bad optional date and an empty required status; row 3 only the bad optional date.
    let text = """
      no_anggota,nama,nik,tanggal_masuk,status
      A001,Budi,1,kemarin,
      A002,Siti,2,besok,aktif

      """
    let d = try TempDataset(["anggota.csv": text, "pengurus.csv": Minimal.pengurus])
    let ds = try d.load()
    let issues = ds.issues("anggota.csv")
    #expect(issues.map(\.kind) == ["bad-date", "missing-value", "bad-date"])
    #expect(issues.map(\.line) == [2, 2, 3])
    #expect(issues.map(\.rowSkipped) == [true, true, false])
    #expect(ds.values("anggota", "no_anggota") == [.string("A002")])
    #expect(ds.values("anggota", "tanggal_masuk") == [.null])
  }

  @Test func memberLeavingBeforeJoiningIsReported() throws {
    let text = "no_anggota,nama,nik,tanggal_masuk,tanggal_keluar,status\nA001,Budi,1,2020-05-01,2019-01-01,keluar\n"
    let d = try TempDataset(["anggota.csv": text, "pengurus.csv": Minimal.pengurus])
    let ds = try d.load()
    let issue = try #require(ds.issues("anggota.csv").first)
    #expect(issue.kind == "end-before-start")
    #expect(issue.message.en == "tanggal_keluar 2019-01-01 is before tanggal_masuk 2020-05-01")
    #expect(issue.column == 24)
    #expect(!issue.rowSkipped)
    #expect(ds.table("anggota")?.rowCount == 1)
  }

  @Test func unknownKeysKeepTheirRowsAndCodesBeyondTheReferencedTable() throws {
    let d = try TempDataset([
      "anggota.csv": Minimal.anggota, "pengurus.csv": Minimal.pengurus,
      "simpanan.csv": "no_anggota,jenis,saldo\nA002,pokok,1\nX9,wajib,2\nX9,wajib,3\nA001,wajib,4\n",
    ])
    let ds = try d.load()
    #expect(ds.issues("simpanan.csv").map(\.line) == [3, 4])
    guard case .dictionary(let codes, let values) = ds.table("simpanan")?.column("no_anggota")?.storage else {
      Issue.record("not interned")
      return
    }
    // A001 = 0, A002 = 1 (rows of anggota), X9 after them.
    #expect(Array(codes) == [1, 2, 2, 0])
    #expect(values == ["A001", "A002", "X9"])
  }

  @Test func aTableWithoutItsKeyStillLoadsAndSkipsTheChecks() throws {
    let d = try TempDataset([
      "anggota.csv": "nama,nik,tanggal_masuk,status\nBudi,1,2020-01-15,aktif\n", "pengurus.csv": Minimal.pengurus,
      "pinjaman.csv": "no_pinjaman,no_anggota,tanggal_cair,plafon,bunga_persen_bulan,metode,tenor_bulan,jaminan,nilai_jaminan,status\nP1,A404,2025-01-10,5000000,1.5,flat,12,,,aktif\n",
    ])
    let ds = try d.load()
    #expect(ds.issues("anggota.csv").map(\.kind) == ["missing-column"])
    #expect(ds.issues("pinjaman.csv").isEmpty)
    #expect(ds.table("pinjaman")?.rowCount == 1)
  }

  @Test func warningsDoNotSkipRows() throws {
    let d = try TempDataset([
      "anggota.csv": Minimal.anggota, "pengurus.csv": Minimal.pengurus,
      "jurnal.csv": "no_bukti,tanggal,kode_akun,keterangan,debet,kredit\nJ1,2026-02-01,101,\"a\"b,1,0,lebih\n",
    ])
    let ds = try d.load()
    let kinds = ds.issues("jurnal.csv").map(\.kind)
    #expect(kinds == ["after-reporting-date", "text-after-quote", "extra-fields"])
    #expect(ds.issues("jurnal.csv").allSatisfy { $0.severity == .warning && !$0.rowSkipped })
    #expect(ds.values("jurnal", "keterangan") == [.string("a")])
  }
}

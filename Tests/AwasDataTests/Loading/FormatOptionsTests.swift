import Testing

@testable import AwasData

private func day(_ y: Int, _ m: Int, _ d: Int) -> Value { .date(Day(year: y, month: m, day: d)!) }
private func rp(_ r: Int64, sen: Int64 = 0) -> Value { .money(Money(sen: r * 100 + sen)) }

@Suite("Format options")
struct FormatOptionsTests {
  @Test func semicolonDecimalCommaDayFirstAndRupiah() throws {
    let d = try TempDataset(
      [
        "anggota.csv": Minimal.anggota.replacing(",", with: ";").replacing("2020-01-15", with: "15/01/2020")
          .replacing("2021-03-01", with: "01/03/2021"),
        "pengurus.csv": Minimal.pengurus.replacing(",", with: ";").replacing("2023-01-01", with: "01/01/2023"),
        "pinjaman.csv": """
          no_pinjaman;no_anggota;tanggal_cair;plafon;bunga_persen_bulan;metode;tenor_bulan;jaminan;nilai_jaminan;status
          P001;A001;10/01/2025;Rp 5.000.000;1,5;flat;12;BPKB;Rp 8.000.000,50;aktif
          P002;A002;2025-02-01;(1.250.000);2;anuitas;6;;-;lunas

          """,
      ], format: "pemisah = \";\"\ndesimal = \",\"\ntanggal = \"DD/MM/YYYY\"")
    let ds = try d.load()
    #expect(ds.issues.isEmpty, "\(ds.issues.map(\.message.en))")
    #expect(ds.info.format.delimiter == UInt8(ascii: ";"))
    #expect(ds.info.format.decimalComma)
    #expect(ds.values("pinjaman", "tanggal_cair") == [day(2025, 1, 10), day(2025, 2, 1)])
    #expect(ds.values("pinjaman", "plafon") == [rp(5_000_000), rp(-1_250_000)])
    #expect(ds.values("pinjaman", "nilai_jaminan") == [rp(8_000_000, sen: 50), rp(0)])
    #expect(ds.values("pinjaman", "bunga_persen_bulan") == [.double(1.5), .double(2)])
    #expect(ds.values("pinjaman", "jaminan") == [.string("BPKB"), .null])
    #expect(ds.values("anggota", "tanggal_masuk") == [day(2020, 1, 15), day(2021, 3, 1)])
  }

  @Test(arguments: [("\\t", "\t"), ("|", "|"), ("tab", "\t")])
  func otherDelimiters(_ toml: String, _ delimiter: String) throws {
    let d = try TempDataset(
      [
        "anggota.csv": Minimal.anggota.replacing(",", with: delimiter),
        "pengurus.csv": Minimal.pengurus.replacing(",", with: delimiter),
        "simpanan.csv": ["no_anggota", "jenis", "saldo"].joined(separator: delimiter) + "\n"
          + ["A001", "pokok", "100000"].joined(separator: delimiter) + "\n",
      ], format: "pemisah = \"\(toml)\"")
    let ds = try d.load()
    #expect(ds.issues.isEmpty)
    #expect(ds.values("simpanan", "saldo") == [rp(100_000)])
    #expect(ds.values("anggota", "nama") == [.string("Budi"), .string("Siti")])
  }

  @Test(arguments: [
    ("DD-MM-YYYY", "31-12-2024"), ("D MMMM YYYY", "31 Desember 2024"), ("YYYY-MM-DD", "2024-12-31"),
    ("DD/MM/YYYY", "31/12/2024"),
  ])
  func dateStyles(_ style: String, _ text: String) throws {
    let d = try TempDataset(
      [
        "anggota.csv": "no_anggota,nama,nik,tanggal_masuk,status\nA001,Budi,1,\(text),aktif\n",
        "pengurus.csv": Minimal.pengurus,
      ], format: "tanggal = \"\(style)\"")
    let ds = try d.load()
    #expect(ds.issues.isEmpty)
    #expect(ds.values("anggota", "tanggal_masuk") == [day(2024, 12, 31)])
  }

  @Test func windows1252IsTranscoded() throws {
    var bytes = Array("no_anggota,nama,nik,tanggal_masuk,status\nA001,Ren".utf8)
    bytes += [0xE9]  // é
    bytes += Array(",1,2020-01-15,aktif\nA002,Jum".utf8)
    bytes += [0x92]  // ’
    bytes += Array("at,2,2020-01-16,aktif\n".utf8)
    let d = try TempDataset(["pengurus.csv": Minimal.pengurus], format: "encoding = \"Windows-1252\"", bytes: ["anggota.csv": bytes])
    let ds = try d.load()
    #expect(ds.issues.isEmpty)
    #expect(ds.values("anggota", "nama") == [.string("René"), .string("Jum\u{2019}at")])
  }

  @Test func utf8ByteOrderMarkIsSkipped() throws {
    let d = try TempDataset(
      ["pengurus.csv": Minimal.pengurus], bytes: ["anggota.csv": [0xEF, 0xBB, 0xBF] + Array(Minimal.anggota.utf8)])
    let ds = try d.load()
    #expect(ds.issues.isEmpty)
    #expect(ds.values("anggota", "no_anggota") == [.string("A001"), .string("A002")])
  }

  @Test func crlfAndLoneCarriageReturns() throws {
    let crlf = "no_anggota,nama,nik,tanggal_masuk,status\r\nA001,\"Budi\r\nSantoso\",1,2020-01-15,aktif\r\nA002,Siti,2,2020-01-16,aktif\r\n"
    let d = try TempDataset(["anggota.csv": crlf, "pengurus.csv": Minimal.pengurus.replacing("\n", with: "\r")])
    let ds = try d.load()
    #expect(ds.issues.isEmpty)
    #expect(ds.values("anggota", "nama") == [.string("Budi\r\nSantoso"), .string("Siti")])
    #expect(ds.values("anggota", "status") == [.string("aktif"), .string("aktif")])
    #expect(ds.values("pengurus", "jabatan") == [.string("ketua")])
  }

  @Test func quotedFieldsAndLineNumbers() throws {
    let text = #"""
      no_bukti,tanggal,kode_akun,keterangan,debet,kredit
      J001,2025-01-05,101,"Setoran, tunai ""awal""",1000000,0
      J002,2025-01-06,101,"baris satu
      baris dua",0,500000
        J003  ,2025-01-07,101, "dengan spasi" ,0,0
      J004,2025-01-08,101,x,salah,0

      """#
    let d = try TempDataset(["anggota.csv": Minimal.anggota, "pengurus.csv": Minimal.pengurus, "jurnal.csv": text])
    let ds = try d.load()
    #expect(ds.values("jurnal", "keterangan") == [
      .string("Setoran, tunai \"awal\""), .string("baris satu\nbaris dua"), .string("dengan spasi"), .string("x"),
    ])
    #expect(ds.values("jurnal", "no_bukti") == [.string("J001"), .string("J002"), .string("J003"), .string("J004")])
    let issue = try #require(ds.issues("jurnal.csv").first)
    #expect(issue.line == 6)
    #expect(issue.column == 23)
    #expect(ds.values("jurnal", "debet").last == .null)
  }

  @Test func trailingEmptyColumnsAndBlankLinesAreIgnored() throws {
    let text = "no_anggota,jenis,saldo,,,\nA001,pokok,100000,,,\n\n,,,,,\n   \nA002,wajib,50000,,,\n"
    let d = try TempDataset(["anggota.csv": Minimal.anggota, "pengurus.csv": Minimal.pengurus, "simpanan.csv": text])
    let ds = try d.load()
    #expect(ds.issues.isEmpty)
    #expect(ds.table("simpanan")?.columnNames == ["no_anggota", "jenis", "saldo"])
    #expect(ds.values("simpanan", "saldo") == [rp(100_000), rp(50_000)])
  }

  @Test func headerNamesInAnyCaseAndSpacing() throws {
    let text = "No. Anggota,NAMA, nik ,Tanggal-Masuk,Status,Catatan Khusus\n007,Budi,1,2020-01-15,Aktif,\"pindah, 2024\"\n"
    let d = try TempDataset(["anggota.csv": text, "pengurus.csv": Minimal.pengurus], bytes: [:])
    let ds = try d.load()
    #expect(ds.issues.isEmpty)
    let t = try #require(ds.table("anggota"))
    #expect(t.columnNames == ["no_anggota", "nama", "nik", "tanggal_masuk", "status", "catatan_khusus"])
    #expect(ds.values("anggota", "no_anggota") == [.string("007")])
    #expect(ds.values("anggota", "status") == [.string("aktif")])
    #expect(ds.values("anggota", "catatan_khusus") == [.string("pindah, 2024")])
    #expect(t.column("catatan_khusus")?.type == .string)
  }

  @Test func enumerationsAndYesNoSpellings() throws {
    let text = """
      no_pinjaman,no_anggota,tanggal_cair,plafon,bunga_persen_bulan,metode,tenor_bulan,jaminan,nilai_jaminan,status,restrukturisasi,kolektibilitas_tercatat,petugas
      P001,A001,2025-01-10,5000000,1.5,Flat,12,,,Hapus Buku,Ya,KL,Andi
      P002,A001,2025-01-11,5000000,1.5,MENURUN,12,,,aktif,tidak,Kurang Lancar,Andi
      P003,A002,2025-01-12,5000000,1.5,anuitas,12,,,lunas,,macet,

      """
    let d = try TempDataset(["anggota.csv": Minimal.anggota, "pengurus.csv": Minimal.pengurus, "pinjaman.csv": text])
    let ds = try d.load()
    #expect(ds.issues.isEmpty, "\(ds.issues.map(\.message.en))")
    #expect(ds.values("pinjaman", "metode") == [.string("flat"), .string("menurun"), .string("anuitas")])
    #expect(ds.values("pinjaman", "status") == [.string("hapus_buku"), .string("aktif"), .string("lunas")])
    #expect(ds.values("pinjaman", "restrukturisasi") == [.bool(true), .bool(false), .null])
    #expect(ds.values("pinjaman", "kolektibilitas_tercatat") == [.string("kurang_lancar"), .string("kurang_lancar"), .string("macet")])
    #expect(ds.values("pinjaman", "petugas") == [.string("Andi"), .string("Andi"), .null])
    #expect(ds.values("pinjaman", "nilai_jaminan") == [.null, .null, .null])
  }

  @Test func storageIsTypedAndInterned() throws {
    let d = try TempDataset([
      "anggota.csv": Minimal.anggota, "pengurus.csv": Minimal.pengurus,
      "pinjaman.csv": """
        no_pinjaman,no_anggota,tanggal_cair,plafon,bunga_persen_bulan,metode,tenor_bulan,jaminan,nilai_jaminan,status
        P001,A002,2025-01-10,5000000,1.5,flat,12,,,aktif
        P002,A001,2025-01-11,5000000,1.5,flat,12,,,aktif

        """,
      "angsuran.csv": "no_bukti,no_pinjaman,tanggal,pokok,jasa\nK1,P002,2025-02-10,1,1\nK2,P001,2025-02-11,1,1\nK3,P002,2025-03-10,1,1\n",
    ])
    let ds = try d.load()
    let pinjaman = try #require(ds.table("pinjaman"))
    guard case .text = pinjaman.column("no_pinjaman")?.storage else { Issue.record("no_pinjaman not text"); return }
    guard case .dictionary(let codes, let values) = pinjaman.column("no_anggota")?.storage else {
      Issue.record("no_anggota not interned")
      return
    }
    // Foreign keys are interned over the referenced table's keys: code = row there.
    #expect(Array(values.prefix(2)) == ["A001", "A002"])
    #expect(Array(codes) == [1, 0])
    guard case .dictionary(let loanCodes, let loanValues) = ds.table("angsuran")?.column("no_pinjaman")?.storage else {
      Issue.record("angsuran.no_pinjaman not interned")
      return
    }
    #expect(Array(loanCodes) == [1, 0, 1])
    #expect(Array(loanValues.prefix(2)) == ["P001", "P002"])
    guard case .dictionary = ds.table("anggota")?.column("status")?.storage else { Issue.record("status"); return }
    guard case .int64 = pinjaman.column("plafon")?.storage else { Issue.record("plafon"); return }
    guard case .day = pinjaman.column("tanggal_cair")?.storage else { Issue.record("tanggal_cair"); return }
    #expect(pinjaman.primaryKey == "no_pinjaman")
    #expect(ds.table("angsuran")?.primaryKey == "no_bukti")
  }

  @Test func fileNamesMatchIgnoringCase() throws {
    let d = try TempDataset(["Anggota.CSV": Minimal.anggota, "PENGURUS.csv": Minimal.pengurus])
    let ds = try d.load()
    #expect(ds.issues.isEmpty)
    #expect(ds.tableNames == ["anggota", "pengurus"])
    #expect(ds.files.map(\.name) == ["koperasi.toml", "Anggota.CSV", "PENGURUS.csv"])
  }
}

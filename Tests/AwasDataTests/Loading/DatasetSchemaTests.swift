import Testing

@testable import AwasData

@Suite("Dataset schema")
struct DatasetSchemaTests {
  let schema = DatasetSchema.contract

  @Test func tablesInLoadOrder() {
    #expect(schema.tables.map(\.name) == ["anggota", "pengurus", "pinjaman", "angsuran", "simpanan", "neraca", "phu", "jurnal", "rat"])
    #expect(schema.tables.filter(\.isRequired).map(\.fileName) == ["anggota.csv", "pengurus.csv"])
    #expect(schema.table("Pinjaman.csv")?.name == "pinjaman")
    // Every foreign key points at an earlier table's primary key.
    for (i, t) in schema.tables.enumerated() {
      for fk in t.foreignKeys {
        let target = schema.tables.firstIndex { $0.name == fk.table }
        #expect(target != nil && target! < i)
        #expect(schema.table(fk.table)?.primaryKey == fk.tableColumn)
      }
    }
  }

  @Test func keysAndTypes() throws {
    #expect(schema.table("anggota")?.primaryKey == "no_anggota")
    #expect(schema.table("pinjaman")?.primaryKey == "no_pinjaman")
    #expect(schema.table("angsuran")?.primaryKey == nil)
    #expect(schema.table("angsuran")?.rowKey == "no_bukti")
    let pinjaman = try #require(schema.table("pinjaman"))
    #expect(pinjaman.column("plafon")?.type == .money)
    #expect(pinjaman.column("tanggal_cair")?.type == .date)
    #expect(pinjaman.column("tenor_bulan")?.type == .int)
    #expect(pinjaman.column("bunga_persen_bulan")?.type == .double)
    #expect(pinjaman.column("restrukturisasi")?.type == .bool)
    #expect(pinjaman.column("restrukturisasi")?.isRequired == false)
    #expect(pinjaman.column("status")?.allowedList == "aktif, lunas, hapus_buku")
    #expect(pinjaman.column("metode")?.allowedList == "flat, anuitas, menurun")
    #expect(pinjaman.column("no_anggota")?.storage == .dictionary)
    #expect(pinjaman.column("no_pinjaman")?.storage == .text)
    #expect(schema.table("rat")?.column("laporan_disahkan")?.type == .bool)
    #expect(schema.table("pengurus")?.column("organ")?.allowedList == "pengurus, pengawas, manajer, karyawan")
    #expect(schema.table("simpanan")?.column("jenis")?.allowedList == "pokok, wajib, sukarela, berjangka")
    #expect(schema.table("neraca")?.column("pos")?.allowedValues?.count == AccountPos.neraca.count)
    #expect(schema.table("phu")?.column("pos")?.allowedValues?.map(\.value).contains("pajak") == true)
  }

  @Test func everyColumnIsDocumentedInBothLanguages() {
    for t in schema.tables {
      for c in t.columns {
        #expect(!c.meaning.id.isEmpty && !c.meaning.en.isEmpty, "\(t.name).\(c.name)")
        #expect(HeaderReader.key(c.name) == c.name, "\(t.name).\(c.name) is not a normalised name")
      }
    }
  }

  @Test(arguments: [
    ("No. Anggota", "no_anggota"), ("Tanggal-Cair", "tanggal_cair"), ("  NAMA  ", "nama"),
    ("bunga (% / bulan)", "bunga_bulan"), ("\u{FEFF}no_bukti", "no_bukti"), ("Kode__Akun", "kode_akun"),
  ])
  func headerKeys(_ header: String, _ key: String) {
    #expect(HeaderReader.key(header) == key)
  }
}

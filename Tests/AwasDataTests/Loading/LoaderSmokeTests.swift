import Testing

@testable import AwasData

@Suite("Loader basics")
struct LoaderSmokeTests {
  @Test func loadsMinimalDataset() throws {
    let d = try TempDataset(["anggota.csv": Minimal.anggota, "pengurus.csv": Minimal.pengurus])
    let ds = try d.load()
    #expect(ds.issues.isEmpty, "\(ds.issues)")
    #expect(ds.info.nama == "KSP Uji")
    #expect(ds.tableNames == ["anggota", "pengurus"])
    #expect(ds.values("anggota", "no_anggota") == [.string("A001"), .string("A002")])
    #expect(ds.values("anggota", "tanggal_masuk") == [.date(Day(year: 2020, month: 1, day: 15)!), .date(Day(year: 2021, month: 3, day: 1)!)])
    #expect(ds.values("pengurus", "selesai") == [.null])
  }
}

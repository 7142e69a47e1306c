import Testing

@testable import AwasData

@Suite("Wilayah folders")
struct RegionTests {
  let folder = loadingFixtures + "/wilayah"

  @Test func detectsRegionsAndDatasets() {
    #expect(RegionLoader.isRegion(folder))
    #expect(!RegionLoader.isRegion(folder + "/ksp-sejahtera"))
    #expect(!RegionLoader.isRegion("/nonexistent"))
  }

  @Test func listsMembersWithoutLoadingThem() throws {
    let region = try RegionLoader.open(folder)
    #expect(region.register.rowCount == 3)
    #expect(region.register.columnNames == [
      "nomor_badan_hukum", "nama", "jenis", "alamat", "tahun_rat_terakhir", "folder", "kecamatan",
    ])
    #expect(region.register.value(row: 0, column: "tahun_rat_terakhir") == .int(2025))
    #expect(region.register.value(row: 2, column: "tahun_rat_terakhir") == .null)
    #expect(region.members.map(\.name) == ["KSP Sejahtera Bersama", "KSU Maju Jaya", "Koperasi Tani Makmur", "KSP Baru"])
    // Matched by nomor badan hukum, by the folder column, not at all, and a folder the register lacks.
    #expect(region.members.map { $0.folder.map(KoperasiReader.folderName) } == ["ksp-sejahtera", "maju", nil, "ksp-baru"])
    #expect(region.members.map(\.registerRow) == [0, 1, 2, nil])
    #expect(region.members[2].hasDataset == false)
    #expect(region.members[0].fields["kecamatan"] == "Lima Puluh")
    #expect(region.members[1].jenis == "KSU")
    #expect(region.issues.map(\.kind) == ["unregistered-folder"])
    #expect(region.issues.first?.message.en == "Folder ksp-baru is not in daftar.csv")
  }

  @Test func findsMembersByNameNumberOrFolder() throws {
    let region = try RegionLoader.open(folder)
    #expect(region.member(named: "ksu maju jaya")?.registerRow == 1)
    #expect(region.member(named: "518/310/BH/XVI/2015")?.name == "Koperasi Tani Makmur")
    #expect(region.member(named: "ksp-baru")?.name == "KSP Baru")
    #expect(region.member(named: "tidak ada") == nil)
  }

  @Test func loadsOneMemberOnDemand() throws {
    let region = try RegionLoader.open(folder)
    let ds = try RegionLoader.load(region.members[0])
    #expect(ds.info.nama == "KSP Sejahtera Bersama")
    #expect(ds.table("anggota")?.rowCount == 1)
    #expect(throws: DatasetError.self) { try RegionLoader.load(region.members[2]) }
  }

  @Test func openingADatasetAsARegionFails() {
    #expect(throws: DatasetError.self) { try RegionLoader.open(folder + "/maju") }
  }
}

import AwasPluginKit
import Testing

@testable import AwasExamplePlugin

/// A dataset with four members, one without a NIK.
func members() -> Dataset {
  let anggota = Table(name: "anggota", columns: [
    Column.string("no_anggota", ["001", "002", "003", "004"]),
    Column.string("nik", ["3507010101900001", nil, "3507014101900003", "3507010202900004"]),
    Column.string("status", ["aktif", "aktif", "keluar", "aktif"]),
    Column.string("desa", ["Sukamaju", "Sukamaju", "Cibodas", nil]),
  ])
  let info = KoperasiInfo(nama: "KSP Uji", jenis: .ksp, tanggalLaporan: Day(year: 2025, month: 12, day: 31)!, tahunBuku: 2025)
  return Dataset(folder: "/tmp/uji", info: info, tables: [anggota])
}

func run(_ by: String?, dataset: Dataset?) throws -> CommandOutput {
  let spec = ExamplePlugin().commands[0]
  var args: [String: Argument] = [:]
  if let by { args["by"] = .choice(by) }
  let inv = Invocation(path: ["members-by"], arguments: Arguments(args), context: Context(dataset: dataset))
  return try spec.action!(inv)
}

@Suite struct ExamplePluginTests {
  @Test func countsByStatus() throws {
    let out = try run("status", dataset: members())
    let t = try #require(out.primaryTable)
    #expect(t.column("status")?.string(at: 0) == "aktif")
    #expect(t.column("anggota")?.value(at: 0) == .int(3))
    #expect(t.column("anggota")?.value(at: 1) == .int(1))
  }

  @Test func countsByVillageWithMissingValues() throws {
    let t = try #require(try run("village", dataset: members()).primaryTable)
    let pairs = (0..<t.rowCount).map { (t.column("desa")!.string(at: $0)!, t.column("anggota")!.value(at: $0)) }
    #expect(pairs.map(\.0) == ["-", "Cibodas", "Sukamaju"])
    #expect(pairs.map(\.1) == [.int(1), .int(1), .int(2)])
  }

  @Test func findsMembersWithoutNIK() throws {
    let out = try run(nil, dataset: members())
    #expect(out.findings.count == 1)
    #expect(out.findings[0].evidence.first?.keys == ["002"])
  }

  @Test func withoutADatasetTheErrorSaysWhatToDo() {
    #expect(throws: UserError.self) { try run("status", dataset: nil) }
  }
}

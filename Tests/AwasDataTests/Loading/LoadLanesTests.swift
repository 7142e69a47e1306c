import Testing

@testable import AwasData

@Suite("Loading tables on two lanes")
struct LoadLanesTests {
  static func file(_ schema: TableSchema, _ size: Int64) -> LoadLanes.File {
    LoadLanes.File(schema: schema, name: schema.fileName, path: "/nonexistent/" + schema.fileName, size: size)
  }

  @Test func theLargestFileAndWhatItPointsToShareALane() {
    let files = [
      Self.file(.anggota, 30), Self.file(.pengurus, 1), Self.file(.pinjaman, 70), Self.file(.angsuran, 500),
      Self.file(.simpanan, 40), Self.file(.neraca, 1),
    ]
    let deps = LoadLanes.dependencies(files)
    #expect(deps == [[], [], [0], [2], [0], []])
    let (first, second) = LoadLanes.lanes(files, dependencies: deps)
    #expect(first == [0, 2, 3])
    #expect(second == [1, 4, 5])
    // Without repayments the loans are the largest: the same path, one table shorter.
    let noRepayments = files.enumerated().filter { $0.offset != 3 }.map(\.element)
    let lanes = LoadLanes.lanes(noRepayments, dependencies: LoadLanes.dependencies(noRepayments))
    #expect(lanes.0 == [0, 2] && lanes.1 == [1, 3, 4])
  }

  @Test func everyForeignKeyOfTheContractPointsToAnEarlierTable() {
    // What keeps the two lanes from waiting for each other forever.
    let tables = DatasetSchema.contract.tables
    for (i, t) in tables.enumerated() {
      for fk in t.foreignKeys {
        let target = tables.firstIndex { $0.name == fk.table }
        #expect(target.map { $0 < i } == true, "\(t.name) → \(fk.table)")
      }
    }
  }

  @Test func aFileThatCannotBeReadStillGivesItsIssueInOrder() {
    let files = [Self.file(.anggota, 30), Self.file(.pengurus, 1), Self.file(.pinjaman, 70)]
    let context = LoadContext(format: CSVFormat(), reportingDay: Day(year: 2025, month: 12, day: 31)!)
    let loads = LoadLanes.load(files, context: context)
    #expect(loads.count == 3)
    #expect(loads.map { $0.issues.first?.file } == ["anggota.csv", "pengurus.csv", "pinjaman.csv"])
    #expect(loads.allSatisfy { $0.table == nil && $0.issues.first?.kind == IssueKind.unreadableFile.rawValue })
  }

  @Test func theKeysOfALoadAreFreedWithIt() throws {
    let d = try TempDataset(["anggota.csv": Minimal.anggota])
    let files = [LoadLanes.File(schema: .anggota, name: "anggota.csv", path: d.path + "/anggota.csv", size: 100)]
    let context = LoadContext(format: CSVFormat(), reportingDay: Day(year: 2025, month: 12, day: 31)!)
    weak var keys: InternerBox?
    do {
      let loads = LoadLanes.load(files, context: context)
      keys = loads.first?.keys
      #expect(keys != nil && loads.first?.table?.rowCount == 2)
    }
    #expect(keys == nil)
  }

  @Test func aLoadedColumnIsHeldOnlyByItsTable() throws {
    // Nothing of the loader keeps a column alive: once the dataset is gone,
    // the values array has one owner and changing it copies nothing.
    let d = try TempDataset(["anggota.csv": Minimal.anggota, "pengurus.csv": Minimal.pengurus])
    var days: ContiguousArray<Int32>
    do {
      let ds = try d.load(options: LoadOptions(parallelBytes: 1, threads: 2))
      days = try #require(ds.table("anggota")?.column("tanggal_masuk")?.days)
    }
    let before = days.withUnsafeBufferPointer { $0.baseAddress }
    days[0] = 1
    #expect(days.withUnsafeBufferPointer { $0.baseAddress } == before)
  }

  @Test func keyStringsOfManySortedKeysComeInRowOrder() {
    // Every key as a string, in row order (code i is key i).
    let keys = (0..<70_000).map { String(format: "P%07d", $0) }
    let box = InternerBox(sorted: Utf8Strings(keys))
    #expect(box.strings == keys)
    #expect(box.strings.count == box.count)
  }
}

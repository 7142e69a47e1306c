import Testing

@testable import AwasData

/// A file read in two parts: the thread that finishes its part first takes
/// over the tail of the other (``PartSplit``); the load must not change.
@Suite("Taking over the other part's tail")
struct PartStealingTests {
  /// Options under which one part is parsed first, then takes over halves of
  /// the other part's bytes down to the last few records. Parts check their
  /// text ahead (512 bytes) past where the other part then ends.
  /// `.lastFirst`: the second part takes over the first's tail, whose parts
  /// then lie between the two; `.firstFirst`: the first takes over the
  /// second's, whose parts then follow it.
  static func stealing(_ taken: TakenCount, order: PartOrder, minimum: Int = 200) -> LoadOptions {
    LoadOptions(
      parallelBytes: 1, threads: 2, stealBytes: minimum, claimBytes: 64, partOrder: order, checkpointBytes: 256,
      taken: taken)
  }

  static let orders: [PartOrder] = [.lastFirst, .firstFirst]

  /// Loads `files` in one pass and with parts taken over; expects at least
  /// `taken` parts taken over and the same tables and issues both ways.
  /// Returns the load with parts taken over.
  static func loadBothWays(
    _ files: [String: String], bytes: [String: [UInt8]] = [:], order: PartOrder, taken: Int = 6, minimum: Int = 200
  ) throws -> Dataset {
    let d = try TempDataset(files, bytes: bytes)
    let single = try d.load(options: LoadOptions(parallelBytes: Int.max, threads: 1))
    let count = TakenCount()
    let stolen = try d.load(options: stealing(count, order: order, minimum: minimum))
    #expect(count.count >= taken)
    let a = ParallelParseTests.describe(single), b = ParallelParseTests.describe(stolen)
    #expect(a.count == b.count)
    for (x, y) in zip(a, b) where x != y {
      Issue.record("differs:\n\(x.prefix(300))\n\(y.prefix(300))")
      break
    }
    return stolen
  }

  /// A jurnal.csv of rows `J<i>,2025-03-01,101,<note><i>,<i>,0`, each row's
  /// note given by `note(i, bytes so far)` until it returns nil; and its row count.
  static func jurnal(_ note: (Int, Int) -> String?) -> (text: String, rows: Int) {
    var text = "no_bukti,tanggal,kode_akun,keterangan,debet,kredit\n"
    var i = 0
    while let n = note(i, text.utf8.count) {
      text += "J\(i),2025-03-01,101,\(n)\(i),\(i),0\n"
      i += 1
    }
    return (text, i)
  }

  @Test func splitClaimsAndTakesOverAtNewlines() throws {
    let text = (0..<100).map { "row \($0)" }.joined(separator: "\n") + "\n"
    let d = try TempDataset(["x.csv": text])
    let source = try SourceBytes.open(d.path + "/x.csv")
    let split = PartSplit(source, start: 0, end: source.count, window: 10, minimum: 50)
    #expect(split.claim(from: 0) == 10)
    #expect(split.claim(from: 0) == 10)  // never moves back
    #expect(split.claim(from: 5) == 15)
    let taken = try #require(split.steal())
    #expect(taken.upperBound == source.count)
    #expect(source.base[taken.lowerBound - 1] == Bytes.newline)
    #expect(taken.lowerBound > 15 + (source.count - 15) / 2)
    #expect(split.limit == taken.lowerBound)
    // The first part now stops at the cut.
    #expect(split.claim(from: taken.lowerBound) == taken.lowerBound)
    // Claimed bytes are never taken: all of the first part is claimed now.
    #expect(split.steal() == nil)
    // Too little left is not taken.
    let tight = PartSplit(source, start: 0, end: 40, window: 10, minimum: 50)
    #expect(tight.steal() == nil)
    // At most `most` bytes at a time (up to the end of a record): pieces from the end backwards.
    let small = PartSplit(source, start: 0, end: source.count, window: 10, minimum: 50, most: 30)
    let last = try #require(small.steal())
    let before = try #require(small.steal())
    #expect(last.upperBound == source.count && last.count <= 30)
    #expect(before.upperBound == last.lowerBound && before.count <= 30 + 7)
  }

  @Test(arguments: orders)
  func takenPartsLoadLikeOnePass(order: PartOrder) throws {
    _ = try Self.loadBothWays(ParallelParseTests.files(), order: order)
  }

  @Test(arguments: [false, true], orders)
  func takenTextPartsLoadLikeOnePass(longFirst: Bool, order: PartOrder) throws {
    // Text columns, with a room estimated from long or from short notes:
    // whichever way the parts are joined, the values are those of one pass.
    var jurnal = "no_bukti,tanggal,kode_akun,keterangan,debet,kredit\n"
    let long = String(repeating: "catatan panjang ", count: 20)
    for i in 0..<9_000 {
      let note = (i < 2_000) == longFirst ? "\(long)\(i)" : "n\(i)"
      jurnal += "J\(i),2025-03-\(i % 28 + 1),\(100 + i % 9),\(note),\(i),0\n"
    }
    let stolen = try Self.loadBothWays(["anggota.csv": Minimal.anggota, "jurnal.csv": jurnal], order: order)
    let notes = stolen.values("jurnal", "keterangan")
    #expect(notes.count == 9_000 && notes[4_500] == .string(longFirst ? "n4500" : "\(long)4500"))
  }

  @Test(arguments: orders)
  func takenPartsThatOverflowTheRoomKeepEveryValue(order: PartOrder) throws {
    // The rooms are estimated from the first 64 records. After them the
    // first half holds denser records (taken over, they overflow the first
    // part's room) and the second half sparser ones (the second part, lodging
    // in the same array, leaves room unused): appending the taken parts in
    // that array would overwrite the second part's values.
    var dense = 0
    let (jurnal, rows) = Self.jurnal { i, size in
      if i < 64 { return String(repeating: "m", count: 60) }
      if size < 60_000 { return String(repeating: "d", count: 40) }
      if dense == 0 { dense = i }
      return size < 120_000 ? String(repeating: "s", count: 1_500) : nil
    }
    let stolen = try Self.loadBothWays(["anggota.csv": Minimal.anggota, "jurnal.csv": jurnal], order: order)
    #expect(stolen.values("jurnal", "debet")[dense] == .money(Money(rupiah: Int64(dense))))
    #expect(stolen.values("jurnal", "debet")[rows - 1] == .money(Money(rupiah: Int64(rows - 1))))
  }

  @Test(arguments: orders)
  func aSecondPartThatOutgrowsItsRoomKeepsEveryValue(order: PartOrder) throws {
    // The rooms are estimated from the first records (long); the second half
    // holds short ones, so the second part has far more rows than its room
    // and moves to memory of its own (then it no longer lodges). Taking over
    // stops while 60 KB are left, so the second part still holds many rows.
    var short = 0
    let (jurnal, rows) = Self.jurnal { i, size in
      if size < 120_000 { return String(repeating: "m", count: 1_500) }
      if short == 0 { short = i }
      return size < 240_000 ? "s" : nil
    }
    let stolen = try Self.loadBothWays(
      ["anggota.csv": Minimal.anggota, "jurnal.csv": jurnal], order: order, taken: 1, minimum: 60_000)
    #expect(stolen.values("jurnal", "debet")[short] == .money(Money(rupiah: Int64(short))))
    #expect(stolen.values("jurnal", "debet")[rows - 1] == .money(Money(rupiah: Int64(rows - 1))))
  }

  @Test(arguments: orders)
  func bytesThatAreNotUTF8InATakenTailAreReportedAsInOnePass(order: PartOrder) throws {
    // A byte that is not UTF-8 near the end of each half: whichever tail is
    // taken over, the first one is reported at the same line as in one pass.
    var jurnal = Array("no_bukti,tanggal,kode_akun,keterangan,debet,kredit\n".utf8)
    for i in 0..<3_000 {
      jurnal += Array("J\(i),2025-03-01,101,catatan ".utf8)
      if i == 1_400 || i == 2_950 { jurnal.append(0xFF) }
      jurnal += Array("\(i),\(i),0\n".utf8)
    }
    let stolen = try Self.loadBothWays(
      ["anggota.csv": Minimal.anggota], bytes: ["jurnal.csv": jurnal], order: order, taken: 1)
    #expect(stolen.issues("jurnal.csv").count == 1)
    #expect(stolen.issues("jurnal.csv").first?.line == 1_402)
  }

  /// The two threads at once, as in a real load: whatever the timing (parts
  /// may or may not be taken over, depending on which thread runs first),
  /// the result is that of one pass.
  @Test func concurrentTakingOverLoadsLikeOnePass() throws {
    let d = try TempDataset(ParallelParseTests.files())
    let single = ParallelParseTests.describe(try d.load(options: LoadOptions(parallelBytes: Int.max, threads: 1)))
    for _ in 0..<20 {
      let options = LoadOptions(parallelBytes: 1, threads: 2, stealBytes: 100, claimBytes: 32, checkpointBytes: 128)
      #expect(ParallelParseTests.describe(try d.load(options: options)) == single)
    }
  }

  @Test(arguments: orders)
  func aCutInsideAQuotedFieldIsParsedAgain(order: PartOrder) throws {
    // Every record holds a quoted line break, so most cuts land inside one.
    var jurnal = "no_bukti,tanggal,kode_akun,keterangan,debet,kredit\n"
    for i in 0..<2_000 { jurnal += "J\(i),2025-03-01,101,\"baris satu \(i)\nbaris dua\",\(i),0\n" }
    let stolen = try Self.loadBothWays(["anggota.csv": Minimal.anggota, "jurnal.csv": jurnal], order: order, taken: 1)
    #expect(stolen.values("jurnal", "keterangan")[1_999] == .string("baris satu 1999\nbaris dua"))
  }
}

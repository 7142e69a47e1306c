import AwasPluginKit
import Testing

@testable import AwasAuditPlugin

/// Timings of the heavy checks on generated data, for scripts/bench and
/// docs/benchmarks.md. Off by default; run with
/// `AWAS_BENCH=1 swift test -c release --filter AuditBenchmarks`.
/// Nothing here asserts a time: only the results are checked.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["AWAS_BENCH"] != nil))
struct AuditBenchmarks {
  static func time<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    let r = try body()
    let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    print("bench \(label): \(String(format: "%.1f", ms)) ms")
    return r
  }

  /// 10M repayments: amounts spread log-uniformly (Benford-like), 20 officers, 50k loans.
  static let repayments: Table = {
    let n = 10_000_000
    var rng = SplitMix64(seed: 1)
    var pokok = ContiguousArray<Int64>(repeating: 0, count: n)
    var tanggal = ContiguousArray<Int32>(repeating: 0, count: n)
    var pinjamanCodes = ContiguousArray<Int32>(repeating: 0, count: n)
    var petugasCodes = ContiguousArray<Int32>(repeating: 0, count: n)
    let base = Day(year: 2020, month: 1, day: 1)!.serial
    for i in 0..<n {
      let u = Double(rng.next() >> 11) / Double(1 << 53)
      pokok[i] = Int64(pow(10, 4 + 5 * u)) * 100  // Rp 10.000 … Rp 1 milyar, in sen
      tanggal[i] = base + Int32(rng.uniform(2190))
      pinjamanCodes[i] = Int32(rng.uniform(50_000))
      petugasCodes[i] = Int32(rng.uniform(20))
    }
    return Table(name: "angsuran", columns: [
      Column(name: "pokok", type: .money, storage: .int64(pokok)),
      Column(name: "tanggal", type: .date, storage: .day(tanggal)),
      Column(name: "no_pinjaman", type: .string, storage: .dictionary(codes: pinjamanCodes, values: (0..<50_000).map { "P\($0)" })),
      Column(name: "petugas", type: .string, storage: .dictionary(codes: petugasCodes, values: (0..<20).map { "Petugas \($0)" })),
    ])
  }()

  @Test func benfordOn10MRepayments() throws {
    let t = Self.repayments
    let out = try Self.time("check benford 10M") {
      try run(["check", "benford"], ["column": col("angsuran.pokok")], dataset: dataset([t]))
    }
    #expect(out.primaryTable?.rowCount == 9)
    _ = try Self.time("check benford 10M --by petugas") {
      try run(["check", "benford"], ["column": col("angsuran.pokok"), "by": col("petugas")], dataset: dataset([t]))
    }
  }

  @Test func duplicatesOnThreeColumns() throws {
    let t = Self.repayments
    let out = try Self.time("check duplicates 10M on 3 columns") {
      try run(["check", "duplicates"], ["table": .table(t), "on": .list([col("no_pinjaman"), col("tanggal"), col("pokok")])], dataset: dataset([t]))
    }
    #expect(out.exceptions >= 0)
  }

  @Test func fuzzyOn500kNames() throws {
    let given = ["Siti", "Muhammad", "Ahmad", "Sri", "Dewi", "Budi", "Agus", "Nur", "Rina", "Eko", "Joko", "Wahyu", "Rizki", "Putri", "Dian", "Hadi", "Yusuf", "Fitri", "Indra", "Lestari"]
    let family = ["Aminah", "Santoso", "Wahyuni", "Saputra", "Hidayat", "Susanti", "Rahman", "Kurniawan", "Setiawan", "Purnomo", "Handayani", "Pratama", "Nugroho", "Lubis", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Sitompul", "Tanjung"]
    var rng = SplitMix64(seed: 3)
    let n = 500_000
    var names: [String?] = [], niks: [String?] = [], phones: [String?] = [], ids: [String?] = []
    for i in 0..<n {
      let a = given[Int(rng.uniform(20))], b = given[Int(rng.uniform(20))], c = family[Int(rng.uniform(20))]
      names.append("\(a) \(b) \(c)")
      let dd = 1 + Int(rng.uniform(28)), mm = 1 + Int(rng.uniform(12)), yy = Int(rng.uniform(60)) + 40
      niks.append(String(format: "1207%02d%02d%02d%02d%04d", 1 + Int(rng.uniform(30)), dd, mm, yy % 100, 1 + i % 9999))
      phones.append(String(format: "08%010d", Int(rng.uniform(9_000_000_000))))
      ids.append(String(i))
    }
    let t = Table(name: "anggota", columns: [
      Column.string("no_anggota", ids), Column.string("nama", names), Column.string("nik", niks), Column.string("telepon", phones),
    ])
    let sample = Array(names.prefix(100_000)).compactMap { $0 }
    _ = Self.time("normalise 100k names") { sample.map(NameNormalizer.normalize).count }
    _ = Self.time("Person.init 100k") {
      (0..<100_000).map { FuzzyMatcher.Person(name: names[$0] ?? "", nik: niks[$0], phone: phones[$0]) }.count
    }
    let out = try Self.time("check fuzzy 500k names") {
      try run(["check", "fuzzy"], ["column": col("anggota.nama")], dataset: dataset([t]))
    }
    print("bench fuzzy pairs reported: \(out.exceptions)")
  }
}

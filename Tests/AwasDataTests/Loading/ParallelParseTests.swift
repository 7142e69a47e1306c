import Glibc
import Testing

@testable import AwasData

/// A dataset whose files are split across threads must load exactly as in one pass.
@Suite("Parallel parsing")
struct ParallelParseTests {
  /// Loans, repayments and a journal with quirks spread through the files.
  static func files() -> [String: String] {
    var pinjaman = "no_pinjaman,no_anggota,tanggal_cair,plafon,bunga_persen_bulan,metode,tenor_bulan,jaminan,nilai_jaminan,petugas,status\n"
    var angsuran = "no_bukti,no_pinjaman,tanggal,pokok,jasa,denda,petugas\n"
    for i in 0..<400 {
      let member = i % 7 == 0 ? "A999" : (i % 2 == 0 ? "A001" : "A002")
      let plafon = i % 53 == 0 ? "banyak" : "\(1_000_000 + i * 1000)"
      let key = i % 97 == 50 ? "P0010" : "P\(String(repeating: "0", count: 4 - String(i).count))\(i)"
      pinjaman += "\(key),\(member),2025-01-\(i % 28 + 1),\(plafon),1.5,\(["flat", "anuitas", "menurun"][i % 3]),12,\"BPKB, motor\",\(i * 10),Petugas \(i % 5),aktif\n"
      for k in 0..<3 {
        let loan = (i + k) % 61 == 0 ? "P9999" : key
        let date = (i * 3 + k) % 71 == 0 ? "2026-01-01" : "2025-\(k + 2)-1\(k)"
        angsuran += "K\(i)-\(k),\(loan),\(date),\(k * 1000),500,\(k == 2 ? "" : "100"),Petugas \((i + k) % 5)\n"
      }
    }
    var jurnal = "no_bukti,tanggal,kode_akun,keterangan,debet,kredit\n"
    for i in 0..<300 {
      // One long multi-line note in the middle, so a split lands inside a quoted field.
      let note = i == 150 ? "\"" + (0..<400).map { "baris \($0), \"\"kutip\"\"" }.joined(separator: "\n") + "\"" : "catatan \(i)"
      let debet = i % 41 == 0 ? "x\(i)" : "\(i * 100)"
      jurnal += "J\(i),2025-03-\(i % 28 + 1),\(100 + i % 9),\(note),\(debet),0\n"
    }
    return [
      "anggota.csv": Minimal.anggota, "pengurus.csv": Minimal.pengurus, "pinjaman.csv": pinjaman,
      "angsuran.csv": angsuran, "jurnal.csv": jurnal,
    ]
  }

  static func describe(_ ds: Dataset) -> [String] {
    var out: [String] = []
    for t in ds.tables {
      for c in t.columns {
        out.append("\(t.name).\(c.name): " + (0..<c.count).map { ValueFormatter.plain(c.value(at: $0)) }.joined(separator: "|"))
      }
    }
    for i in ds.issues {
      out.append("\(i.location) \(i.kind) \(i.rowSkipped) \(i.message.en) \(i.excerpt ?? "")")
    }
    return out
  }

  @Test(arguments: [2, 3, 5, 8])
  func splitLoadEqualsSinglePass(_ threads: Int) throws {
    let d = try TempDataset(Self.files())
    let single = try d.load(options: LoadOptions(parallelBytes: Int.max, threads: 1))
    let split = try d.load(options: LoadOptions(parallelBytes: 1, threads: threads))
    let a = Self.describe(single), b = Self.describe(split)
    #expect(a.count == b.count)
    for (x, y) in zip(a, b) where x != y {
      Issue.record("differs:\n\(x.prefix(300))\n\(y.prefix(300))")
      break
    }
    // The quirks really are there.
    // Rows 50, 147, 244 and 341 repeat P0010.
    #expect(single.issues("pinjaman.csv", kind: .duplicateKey).count == 4)
    #expect(single.issues("angsuran.csv", kind: .unknownLoan).count > 0)
    // 58 rows name A999; rows 0 and 371 were skipped for a bad plafon: 56, shown as 20 + a summary.
    #expect(single.issues("pinjaman.csv", kind: .unknownMember).last?.message.en == "… and 36 more unknown-member issues in pinjaman.csv")
    #expect(single.table("pinjaman")?.rowCount == 400 - 8 - 4)
    // A bad debet leaves the row with a null debet (8 rows: multiples of 41).
    #expect(single.table("jurnal")?.rowCount == 300)
    #expect(single.issues("jurnal.csv", kind: .badMoney).count == 8)
    #expect(single.values("jurnal", "keterangan")[149] == .string("catatan 149"))
  }

  @Test(arguments: [false, true])
  func textLongerThanItsSampleStillLoadsInTwoParts(longFirst: Bool) throws {
    // The first part's room for a text column is estimated from its first
    // 2,000 records. Short notes there and long ones after (or the reverse)
    // make the first part outgrow (or badly overestimate) its room.
    var jurnal = "no_bukti,tanggal,kode_akun,keterangan,debet,kredit\n"
    let long = String(repeating: "catatan panjang ", count: 20)
    for i in 0..<9_000 {
      let early = i < 2_000
      let note = early == longFirst ? "\(long)\(i)" : "n\(i)"
      jurnal += "J\(i),2025-03-\(i % 28 + 1),\(100 + i % 9),\(note),\(i),0\n"
    }
    let d = try TempDataset(["anggota.csv": Minimal.anggota, "jurnal.csv": jurnal])
    let single = try d.load(options: LoadOptions(parallelBytes: Int.max, threads: 1))
    let split = try d.load(options: LoadOptions(parallelBytes: 1, threads: 2))
    #expect(Self.describe(single) == Self.describe(split))
    let notes = split.values("jurnal", "keterangan")
    #expect(notes.count == 9_000)
    #expect(notes[8_999] == .string(longFirst ? "n8999" : "\(long)8999"))
    #expect(notes[0] == .string(longFirst ? "\(long)0" : "n0"))
  }

  @Test func progressReportsEveryByte() throws {
    let d = try TempDataset(Self.files())
    final class Box: @unchecked Sendable {
      var calls: [(Int64, Int64)] = []
    }
    let box = Box()
    let lock = NSLockLike()
    _ = try DatasetLoader.load(d.path, progress: { done, total in lock.with { box.calls.append((done, total)) } }, options: LoadOptions(parallelBytes: 1, threads: 3))
    let total = box.calls.first?.1 ?? -1
    let csvBytes = Self.files().filter { $0.key.hasSuffix(".csv") }.reduce(0) { $0 + Int64($1.value.utf8.count) }
    #expect(total == csvBytes)
    #expect(box.calls.map(\.0).max() == total)
    #expect(box.calls.allSatisfy { $0.0 <= $0.1 })
  }
}

/// A tiny mutex for the progress test (the callback runs on several threads).
final class NSLockLike: @unchecked Sendable {
  private var m = pthread_mutex_t()
  init() { pthread_mutex_init(&m, nil) }
  func with<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(&m)
    defer { pthread_mutex_unlock(&m) }
    return body()
  }
}

import Foundation
import Testing

@testable import AwasLanguage
@testable import AwasPluginKit

/// Timings of `where` and `sort` on 1,000,000 rows. Not a timed assertion:
/// run with `AWAS_BENCH=1 swift test -c release --filter Benchmarks` and read the output.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["AWAS_BENCH"] != nil))
struct Benchmarks {
  static func loans(_ n: Int) -> Table {
    var rng = SplitMix(seed: 42)
    var ids = Utf8Strings()
    var dpd = ContiguousArray<Int64>(), sisa = ContiguousArray<Int64>(), cair = ContiguousArray<Int32>()
    var status = ContiguousArray<Int32>()
    for i in 0..<n {
      ids.append("P" + String(i))
      let r = rng.next()
      dpd.append(r % 4 == 0 ? Int64(r % 400) : 0)
      sisa.append(Int64(rng.next() % 50_000_000) * 100)
      cair.append(Int32(19000 + Int(rng.next() % 2000)))
      status.append(Int32(rng.next() % 3))
    }
    return Table(name: "pinjaman", columns: [
      Column(name: "no_pinjaman", type: .string, storage: .text(ids)),
      Column(name: "dpd", type: .int, storage: .int64(dpd)),
      Column(name: "sisa", type: .money, storage: .int64(sisa)),
      Column(name: "tanggal_cair", type: .date, storage: .day(cair)),
      Column(name: "status", type: .string, storage: .dictionary(codes: status, values: ["aktif", "lunas", "hapus_buku"])),
    ])
  }

  func time(_ label: String, _ body: () -> Void) {
    var best = Double.infinity
    for _ in 0..<3 {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    print(String(format: "%8.1f ms  %@", best, label))
  }

  @Test func parts() {
    let t = Benchmarks.loans(1_000_000)
    var order = ContiguousArray<Int32>()
    time("Sorter sisa desc") { order = Sorter.order(t, [SortKey("sisa", descending: true)])! }
    time("Sorter status, dpd desc") { _ = Sorter.order(t, [SortKey("status"), SortKey("dpd", descending: true)]) }
    time("Sorter no_pinjaman (text)") { _ = Sorter.order(t, [SortKey("no_pinjaman")]) }
    time("picking sorted order") { _ = t.picking(order) }
    time("picking identity") { _ = t.picking(ContiguousArray(0..<Int32(1_000_000))) }
    time("AwasData sortedRows sisa desc") { _ = t.sortedRows(by: [SortKey("sisa", descending: true)]) }
  }

  @Test func whereAndSortOnAMillionRows() {
    let t = Benchmarks.loans(1_000_000)
    let s = Session(dataset: Dataset(folder: "/tmp", info: Fixtures.info, tables: [t]))
    for q in [
      "pinjaman | where dpd > 90 | count",
      "pinjaman | where dpd > 90 and status == \"aktif\" | count",
      "pinjaman | where sisa > 10jt | count",
      "pinjaman | sort sisa desc | count",
      "pinjaman | sort status, dpd desc | count",
      "pinjaman | where dpd > 90 | sort sisa desc | head 10",
      "pinjaman | sort sisa desc | head 10",
    ] {
      var best = Double.infinity
      for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        s.run(q)
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
      }
      print(String(format: "%8.1f ms  %@", best, q))
    }
    #expect(s.host.diagnostics.isEmpty)
  }
}

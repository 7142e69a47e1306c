import Testing

@testable import AwasShell
import Foundation

@Suite struct HistoryStoreTests {
  func tempPath() -> String {
    NSTemporaryDirectory() + "awas-hist-\(UUID().uuidString)/history"
  }

  @Test func persistsCollapsesAndKeepsModeTight() throws {
    let path = tempPath()
    let h = HistoryStore(path: path)
    h.add("tabel")
    h.add("pinjaman | where dpd > 90\n| head 5")
    h.add("tabel")
    h.add("  ")
    #expect(h.entries == ["pinjaman | where dpd > 90\n| head 5", "tabel"])
    let again = HistoryStore(path: path)
    #expect(again.entries == ["pinjaman | where dpd > 90\n| head 5", "tabel"])
    let attrs = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attrs[.posixPermissions] as? Int) == 0o600)
    again.compact()
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text == "pinjaman | where dpd > 90\\n| head 5\ntabel\n")
  }

  @Test func encodingRoundTrips() {
    for s in ["a\\b", "x\ny", "\\n literal", "é Rp 1.250.000"] {
      #expect(HistoryStore.decode(HistoryStore.encode(s)) == s)
    }
  }
}

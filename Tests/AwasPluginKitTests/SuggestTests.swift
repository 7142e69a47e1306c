import Testing

@testable import AwasPluginKit

@Suite struct SuggestTests {
  @Test(arguments: [
    ("pinjamn", "pinjaman"), ("dpdd", "dpd"), ("hlep", "help"), ("tabl", "tabel"), ("angsuran", nil), ("xyz", nil),
  ])
  func closest(word: String, expected: String?) {
    let candidates = ["pinjaman", "angsuran", "dpd", "help", "tabel", "tables"]
    #expect(Suggest.closest(word, among: candidates) == expected)
  }

  @Test func distance() {
    #expect(Suggest.distance("kitten", "sitting") == 3)
    #expect(Suggest.distance("ab", "ba") == 1)
    #expect(Suggest.distance("", "abc") == 3)
  }
}

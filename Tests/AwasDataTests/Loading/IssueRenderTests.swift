import Testing

@testable import AwasData

@Suite("Issue rendering")
struct IssueRenderTests {
  @Test func rendersLocationMessageExpectationAndCaret() throws {
    let ds = try DatasetLoader.load(loadingFixtures + "/broken/money-garbage", progress: nil, options: .standard)
    let issue = try #require(ds.issues("pinjaman.csv").first)
    #expect(issue.rendered(.en) == """
      pinjaman.csv:2:22: error [bad-money]: Column plafon: "12jt" is not a valid rupiah amount (row skipped)
        expected: a rupiah amount like 1250000.50 or Rp 1.250.000
        2 | P001,A001,2025-01-10,12jt,1.5,flat,12,BPKB,8000000,aktif
          |                      ^
      """)
    #expect(issue.rendered(.id) == """
      pinjaman.csv:2:22: galat [bad-money]: Kolom plafon: "12jt" bukan jumlah rupiah yang sah (baris dilewati)
        seharusnya: jumlah rupiah seperti 1250000.50 atau Rp 1.250.000
        2 | P001,A001,2025-01-10,12jt,1.5,flat,12,BPKB,8000000,aktif
          |                      ^
      """)
  }

  @Test func fileLevelIssueHasNoGutter() {
    let t = IssueText.missingFile("anggota.csv")
    let issue = DataIssue(.missingFile, file: "anggota.csv", message: t.0, expected: t.1)
    #expect(issue.rendered(.en) == """
      anggota.csv: error [missing-file]: Required file anggota.csv is missing
        expected: anggota.csv in the dataset folder (see docs/dataset.md)
      """)
  }

  @Test func longLinesAreShownAsAWindowAroundTheField() {
    let line = String(repeating: "a,", count: 100) + "SALAH," + String(repeating: "b,", count: 100)
    let bytes = Array(line.utf8)
    let at = 200
    let (column, excerpt) = bytes.withUnsafeBufferPointer { Excerpt.locate($0, lineStart: 0, at: at) }
    #expect(column == 201)
    let parts = excerpt.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(parts.count == 2)
    #expect(parts[0].hasPrefix("…") && parts[0].hasSuffix("…"))
    // The caret sits under the S of SALAH.
    let caret = parts[1].count - 1
    #expect(Array(parts[0])[caret] == "S")
  }

  @Test func caretCountsCharactersAndKeepsTabs() {
    let bytes = Array("Ren\u{E9}\tx\tSALAH".utf8)
    let at = bytes.count - 5
    let (column, excerpt) = bytes.withUnsafeBufferPointer { Excerpt.locate($0, lineStart: 0, at: at) }
    #expect(column == 8)
    #expect(excerpt == "Ren\u{E9}\tx\tSALAH\n    \t \t^")
  }
}

@Suite struct ExcerptTests {
  @Test func theColumnCountsEveryCharacterOfALongLine() {
    // A bad value after a field of 70,000 characters is at column 70,002.
    let line = Array((String(repeating: "x", count: 70_000) + ",25x00\n").utf8)
    line.withUnsafeBufferPointer { b in
      let (column, excerpt) = Excerpt.locate(b, lineStart: 0, at: 70_001)
      #expect(column == 70_002)
      #expect(excerpt.contains(",25x00"))
      #expect(excerpt.hasPrefix("…"))
    }
  }
}

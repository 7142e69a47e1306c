import Testing

@testable import AwasData

@Suite struct YesNoTests {
  @Test(arguments: [
    ("ya", true), ("Benar", true), (" YES ", true), ("1", true), ("y", true),
    ("tidak", false), ("tdk", false), ("Bukan", false), ("0", false), ("n", false),
  ])
  func wordsReadAsYesOrNo(word: String, value: Bool) {
    #expect(YesNo.parse(word) == value)
  }

  @Test(arguments: ["", "t", "f", "mungkin", "yaa", "2"])
  func otherWordsAreNeither(word: String) {
    #expect(YesNo.parse(word) == nil)
  }

  @Test func textColumnsReadTheSameWordsAsTheLoader() {
    let c = Column(
      name: "disetujui", type: .string,
      storage: .text(Utf8Strings(["ya", "Benar", "tdk", "", "mungkin"])))
    #expect((0..<5).map { c.yesNo($0) } == [true, true, false, nil, nil])
    let b = Column(name: "x", type: .bool, storage: .bool([true, false]))
    #expect(b.yesNo(0) == true && b.yesNo(1) == false)
  }
}

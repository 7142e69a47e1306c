import Testing

@testable import AwasData

@Suite struct UTF8CheckTests {
  func first(_ bytes: [UInt8], from: Int = 0) -> Int? {
    bytes.withUnsafeBufferPointer { TextEncoding.firstInvalidUTF8($0, from..<bytes.count) }
  }

  @Test func findsTheFirstBadByteAtEveryPositionOfTheFastPath() {
    // ASCII around the 32- and 8-byte steps, with one stray byte (0xFF) at each place.
    for n in [1, 7, 8, 9, 31, 32, 33, 64, 100] {
      #expect(first([UInt8](repeating: 0x61, count: n)) == nil)
      for bad in 0..<n {
        var b = [UInt8](repeating: 0x61, count: n)
        b[bad] = 0xFF
        #expect(first(b) == bad, "n \(n) bad \(bad)")
      }
    }
  }

  @Test func acceptsMultiByteTextAndRejectsBrokenSequences() {
    let text = Array(String(repeating: "Rp 1.000 — Kopérasi Ümum 😀 ", count: 5).utf8)
    #expect(first(text) == nil)
    var cut = text
    cut[40] = 0xE2  // a 3-byte lead where ASCII continues
    #expect(first(cut) == 40)
    #expect(first(Array("abc".utf8) + [0xC3]) == 3)  // truncated at the end
    #expect(first([0x61, 0xED, 0xA0, 0x80]) == 1)  // a surrogate
    #expect(first(text + [0x80], from: 1) == text.count)
  }
}

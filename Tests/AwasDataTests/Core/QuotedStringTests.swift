import Foundation
import Testing

@testable import AwasData

@Suite struct QuotedStringTests {
  @Test func escapesWhatJSONAndTOMLForbid() {
    #expect(QuotedString.escaped("a\"b\\c") == #""a\"b\\c""#)
    #expect(QuotedString.escaped("x\ny\r\tz") == #""x\ny\r\tz""#)
    #expect(QuotedString.escaped("\u{1}\u{1B}\u{7F}") == #""\u0001\u001b\u007f""#)
    #expect(QuotedString.escaped("Rp 1.000 — é") == "\"Rp 1.000 — é\"")
  }

  @Test(arguments: ["", "plain", "a\"b", "tab\there", "\u{0}\u{1F}\u{7F}", "baris 1\nbaris 2", "😀 \\ /"])
  func readsBackAsTheSameStringInJSON(_ s: String) throws {
    let json = "[" + QuotedString.escaped(s) + "]"
    let back = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
    #expect(back == [s])
  }
}

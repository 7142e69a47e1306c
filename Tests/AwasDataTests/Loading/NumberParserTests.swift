import Testing

@testable import AwasData

/// Reads `text` with the parser (via a buffer, as the loader does).
private func parse(_ text: String, comma: Bool = false, _ mode: NumberParser.Mode = .money) -> String {
  var bytes = Array(text.utf8)
  bytes.append(0)
  return bytes.withUnsafeBufferPointer { b in
    switch NumberParser(decimalComma: comma).parse(b.baseAddress!, 0, b.count - 1, mode) {
    case .value(let v): return "\(v)"
    case .real(let d): return "\(d)"
    case .empty: return "empty"
    case .failed(let f): return "\(f)"
    }
  }
}

@Suite("Number parser")
struct NumberParserTests {
  @Test(arguments: [
    // (text, decimal comma, expected sen or failure)
    ("1250000", false, "125000000"),
    ("1.250.000", false, "125000000"),
    ("1.250.000", true, "125000000"),
    ("1.250.000,50", true, "125000050"),
    ("1,250,000.50", false, "125000050"),
    ("1250000.5", false, "125000050"),
    ("Rp 1.250.000", true, "125000000"),
    ("Rp1.250.000", true, "125000000"),
    ("rp. 1.250.000", true, "125000000"),
    ("Rp\u{A0}1.250.000", true, "125000000"),
    ("(1.250.000)", true, "-125000000"),
    ("-1.250.000", true, "-125000000"),
    ("Rp -1.250.000", true, "-125000000"),
    ("-Rp 1.250.000", true, "-125000000"),
    ("(Rp 1.250.000,50)", true, "-125000050"),
    ("Rp -", true, "0"),
    ("-", false, "0"),
    ("  750000  ", false, "75000000"),
    ("+5000", false, "500000"),
    ("0,5", true, "50"),
    ("0.500", false, "50"),
    ("1250000.000", false, "125000000"),
    ("1.250,000", true, "125000"),
    ("", false, "empty"),
    ("   ", false, "empty"),
    ("1250000.505", false, "tooManyDecimals"),
    ("1.000", false, "ambiguousGrouping"),
    ("250.000", false, "ambiguousGrouping"),
    ("1,000", true, "ambiguousGrouping"),
    ("12jt", false, "garbage"),
    ("1.25.000", false, "garbage"),
    ("1250000.50", true, "garbage"),
    ("(1.250.000", true, "garbage"),
    ("Rp", false, "garbage"),
    ("1e6", false, "garbage"),
    ("1 250 000", false, "garbage"),
    ("99999999999999999999", false, "overflow"),
    ("92233720368547758", false, "9223372036854775800"),
    ("92233720368547759", false, "overflow"),
  ])
  func money(_ text: String, _ comma: Bool, _ expected: String) {
    #expect(parse(text, comma: comma) == expected)
  }

  @Test(arguments: [
    ("12", false, "12"),
    ("1.000", true, "1000"),
    ("12,0", true, "12"),
    ("12.00", false, "12"),
    ("-3", false, "-3"),
    ("12,5", true, "notWhole"),
    ("12,5", false, "garbage"),
    ("1.000", false, "ambiguousGrouping"),
    ("dua belas", false, "garbage"),
  ])
  func integer(_ text: String, _ comma: Bool, _ expected: String) {
    #expect(parse(text, comma: comma, .integer) == expected)
  }

  @Test(arguments: [
    ("1,5", true, "1.5"),
    ("1.5", false, "1.5"),
    ("1,5%", true, "1.5"),
    ("2", false, "2.0"),
    ("0.125", false, "0.125"),
    ("1.000", false, "1.0"),
    ("-0,75", true, "-0.75"),
    ("satu", false, "garbage"),
  ])
  func real(_ text: String, _ comma: Bool, _ expected: String) {
    #expect(parse(text, comma: comma, .real) == expected)
  }

  @Test(arguments: [(1, "7"), (3, "123"), (7, "1234567"), (8, "12345678"), (5, "00042")])
  func eightDigitsAtATime(_ n: Int, _ digits: String) {
    var bytes = Array(digits.utf8)
    bytes += [UInt8](repeating: UInt8(ascii: ","), count: 8)
    let v = bytes.withUnsafeBufferPointer { Bytes.digits8($0.baseAddress!, n) }
    #expect(v == UInt64(digits))
  }

  @Test(arguments: ["12a4", "1-23", "12 3", "/", ":9"])
  func eightDigitsRejectsOtherBytes(_ text: String) {
    var bytes = Array(text.utf8)
    bytes += [UInt8](repeating: 0, count: 8)
    let v = bytes.withUnsafeBufferPointer { Bytes.digits8($0.baseAddress!, text.utf8.count) }
    #expect(v == nil)
  }
}

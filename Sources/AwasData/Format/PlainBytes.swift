/// Values in their plain machine form (`1250000.5`, `2025-12-31`, `-3`) as
/// UTF-8 bytes appended to a buffer: one implementation for
/// ``ValueFormatter/plainMoney(_:)`` and for writing millions of cells.
public enum PlainBytes {
  /// `-123`.
  public static func decimal(_ v: Int64, to out: inout [UInt8]) {
    if v < 0 { out.append(UInt8(ascii: "-")) }
    digits(v.magnitude, to: &out)
  }

  public static func digits(_ v: UInt64, to out: inout [UInt8]) {
    var buf: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
    withUnsafeMutableBytes(of: &buf) { raw in
      var i = raw.count
      var x = v
      repeat {
        i -= 1
        raw[i] = UInt8(ascii: "0") + UInt8(x % 10)
        x /= 10
      } while x != 0
      out.append(contentsOf: raw[i...])
    }
  }

  /// Rupiah from sen, as `ValueFormatter.plainMoney`: `1250000`, `1250000.5`, `-3.05`.
  public static func money(_ sen: Int64, to out: inout [UInt8]) {
    if sen < 0 { out.append(UInt8(ascii: "-")) }
    let a = sen.magnitude
    digits(a / 100, to: &out)
    let cents = a % 100
    guard cents != 0 else { return }
    out.append(UInt8(ascii: "."))
    if cents % 10 == 0 {
      out.append(UInt8(ascii: "0") + UInt8(cents / 10))
    } else {
      out.append(UInt8(ascii: "0") + UInt8(cents / 10))
      out.append(UInt8(ascii: "0") + UInt8(cents % 10))
    }
  }

  /// `YYYY-MM-DD`, as `Day.description`.
  public static func date(_ serial: Int32, to out: inout [UInt8]) {
    let (y, m, d) = Day(serial: serial).components
    guard (0...9999).contains(y) else {
      out += Day(serial: serial).description.utf8
      return
    }
    pad(y, 4, to: &out)
    out.append(UInt8(ascii: "-"))
    pad(m, 2, to: &out)
    out.append(UInt8(ascii: "-"))
    pad(d, 2, to: &out)
  }

  private static func pad(_ v: Int, _ width: Int, to out: inout [UInt8]) {
    var div = 1
    for _ in 1..<width { div *= 10 }
    var x = v
    while div > 0 {
      out.append(UInt8(ascii: "0") + UInt8(x / div))
      x %= div
      div /= 10
    }
  }
}

/// Why a number could not be read.
enum NumberFailure: UInt8 {
  /// Not a number at all (letters, stray marks, bad grouping).
  case garbage
  /// More than two decimal places that are not all zero (money).
  case tooManyDecimals
  /// `1.000` with `.` as the decimal mark: a thousand or one? (money, integers).
  case ambiguousGrouping
  /// Too large for the column type.
  case overflow
  /// A fraction in an integer column.
  case notWhole
}

/// The outcome of reading one cell as a number.
enum NumberResult {
  case value(Int64)
  case real(Double)
  case empty
  case failed(NumberFailure)
}

/// Byte-level reading of money, integers and real numbers in the notations of
/// Indonesian spreadsheets: `1250000`, `1.250.000`, `1.250.000,50`,
/// `Rp 1.250.000`, `Rp1.250.000`, `(1.250.000)`, `-1.250.000`, `Rp -`.
struct NumberParser {
  /// The decimal mark: `,` with `desimal = ","`, else `.`; the other mark groups thousands.
  let decimalMark: UInt8
  let groupMark: UInt8

  init(decimalComma: Bool) {
    decimalMark = decimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".")
    groupMark = decimalComma ? UInt8(ascii: ".") : UInt8(ascii: ",")
  }

  enum Mode { case money, integer, real }

  /// Reads `p[lo..<hi]` (untrimmed). Money is returned in sen.
  @inline(__always)
  func parse(_ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int, _ mode: Mode) -> NumberResult {
    var (a, b) = Bytes.trim(p, lo, hi)
    if a == b { return .empty }
    // Fast path: plain digits.
    if b - a <= 15 {
      var v: Int64 = 0
      var i = a
      while i < b {
        let d = p[i] &- 48
        if d > 9 { break }
        v = v * 10 + Int64(d)
        i += 1
      }
      if i == b {
        switch mode {
        case .money: return .value(v * 100)
        case .integer: return .value(v)
        case .real: return .real(Double(v))
        }
      }
    }
    // Sign, parentheses and the Rp prefix, in any reasonable order.
    var negative = false
    var paren = false
    var sawRp = false
    var progress = true
    while progress && a < b {
      progress = false
      let c = p[a]
      if c == UInt8(ascii: "+") && !negative && !paren && a + 1 < b && p[a + 1] &- 48 <= 9 {
        a += 1
        progress = true
      } else if c == UInt8(ascii: "-") && !negative && !paren {
        negative = true
        a += 1
        progress = true
      } else if c == UInt8(ascii: "(") && !negative && !paren {
        paren = true
        negative = true
        a += 1
        progress = true
      } else if !sawRp && b - a >= 2 && Bytes.lower(c) == UInt8(ascii: "r") && Bytes.lower(p[a + 1]) == UInt8(ascii: "p") {
        sawRp = true
        a += 2
        if a < b && p[a] == UInt8(ascii: ".") { a += 1 }
        progress = true
      }
      (a, _) = Bytes.trim(p, a, b)
    }
    if paren {
      guard a < b && p[b - 1] == UInt8(ascii: ")") else { return .failed(.garbage) }
      b -= 1
      (a, b) = Bytes.trim(p, a, b)
    }
    // `1,5%` in a rate column: the number is already in percent.
    if mode == .real && a < b && p[b - 1] == UInt8(ascii: "%") {
      b -= 1
      (a, b) = Bytes.trim(p, a, b)
    }
    if a == b {
      // `Rp -` and a lone `-`: Excel's accounting format for zero.
      if mode == .money && negative && !paren { return .value(0) }
      return .failed(.garbage)
    }
    return digits(p, a, b, negative: negative, mode)
  }

  /// Reads `[+-]?digits` with grouping and one decimal mark from `p[a..<b]` (trimmed, unsigned).
  private func digits(_ p: UnsafePointer<UInt8>, _ a: Int, _ b: Int, negative: Bool, _ mode: Mode)
    -> NumberResult
  {
    var nDecimal = 0, nGroup = 0
    var decimalAt = -1
    for i in a..<b {
      let c = p[i]
      if c == decimalMark {
        nDecimal += 1
        if decimalAt < 0 { decimalAt = i }
      } else if c == groupMark {
        nGroup += 1
      } else if c &- 48 > 9 {
        return .failed(.garbage)
      }
    }
    var groupByte = groupMark
    var intEnd = b
    var fracStart = b
    if nDecimal > 1 {
      // `1.250.000` with `.` as decimal mark: the marks can only group thousands.
      if nGroup > 0 { return .failed(.garbage) }
      groupByte = decimalMark
    } else if nDecimal == 1 {
      intEnd = decimalAt
      fracStart = decimalAt + 1
      for i in fracStart..<b where p[i] == groupMark { return .failed(.garbage) }
      if fracStart == b && intEnd == a { return .failed(.garbage) }
    }
    // Integer part: digits, optionally grouped by threes.
    var intValue: UInt64 = 0
    var groupLen = 0
    var groups = 0
    var intDigits = 0
    for i in a..<intEnd {
      let c = p[i]
      if c == groupByte {
        if groupLen == 0 || (groups > 0 && groupLen != 3) || (groups == 0 && groupLen > 3) {
          return .failed(.garbage)
        }
        groups += 1
        groupLen = 0
        continue
      }
      let (m, o1) = intValue.multipliedReportingOverflow(by: 10)
      let (s, o2) = m.addingReportingOverflow(UInt64(c &- 48))
      if o1 || o2 { return .failed(.overflow) }
      intValue = s
      groupLen += 1
      intDigits += 1
    }
    if groups > 0 && groupLen != 3 { return .failed(.garbage) }
    // Fraction.
    let fracDigits = b - fracStart
    if mode != .real && nDecimal == 1 && groups == 0 && fracDigits == 3 && intDigits >= 1
      && intDigits <= 3 && intValue != 0
    {
      return .failed(.ambiguousGrouping)
    }
    switch mode {
    case .money:
      var sen: UInt64 = 0
      for k in 0..<fracDigits {
        let d = UInt64(p[fracStart + k] &- 48)
        if k < 2 { sen = sen * 10 + d } else if d != 0 { return .failed(.tooManyDecimals) }
      }
      if fracDigits == 1 { sen *= 10 }
      let (m, o1) = intValue.multipliedReportingOverflow(by: 100)
      let (t, o2) = m.addingReportingOverflow(sen)
      if o1 || o2 || t > UInt64(Int64.max) { return .failed(.overflow) }
      return .value(negative ? -Int64(t) : Int64(t))
    case .integer:
      for k in 0..<fracDigits where p[fracStart + k] != UInt8(ascii: "0") { return .failed(.notWhole) }
      if intValue > UInt64(Int64.max) { return .failed(.overflow) }
      return .value(negative ? -Int64(intValue) : Int64(intValue))
    case .real:
      var mant = intValue
      var scale = 0
      var exact = true
      for k in 0..<fracDigits {
        let (m, o1) = mant.multipliedReportingOverflow(by: 10)
        let (s, o2) = m.addingReportingOverflow(UInt64(p[fracStart + k] &- 48))
        if o1 || o2 || scale >= 22 { exact = false; break }
        mant = s
        scale += 1
      }
      var v: Double
      if exact && mant < (1 << 53) {
        v = Double(mant) / pow10[scale]
      } else {
        v = Double(intValue)
        var f = 0.1
        for k in 0..<fracDigits {
          v += Double(p[fracStart + k] &- 48) * f
          f /= 10
        }
      }
      if negative { v = -v }
      return .real(v)
    }
  }
}

private let pow10: [Double] = (0...22).map { k in
  var v = 1.0
  for _ in 0..<k { v *= 10 }
  return v
}

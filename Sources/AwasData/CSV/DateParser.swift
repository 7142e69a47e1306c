/// Why a date could not be read.
enum DateFailure: Equatable {
  /// Not a date in any accepted notation.
  case garbage
  /// Day/month/year while `[format] tanggal` says `YYYY-MM-DD`.
  case dayFirstButISO
  /// A two-digit year (`31/12/25`): the century is unknown.
  case twoDigitYear
  /// Well formed but no such day (`31/02/2025`).
  case noSuchDay
  /// A whole number as Excel writes a date cell formatted as a number; the
  /// date it would stand for (not used as the value).
  case excelSerial(Day)
}

/// The outcome of reading one cell as a date.
enum DateResult {
  case value(Int32)
  case empty
  case failed(DateFailure)
}

/// Byte-level reading of dates: ISO `2025-12-31` (always accepted, being
/// unambiguous), day-first `31/12/2025`, `31-12-2025`, `31.12.2025`, and
/// `31 Desember 2025` / `31-Des-2025` with Indonesian (or English) month names
/// and abbreviations. A time of day after the date (`2025-12-31 00:00:00`) is ignored.
struct DateParser {
  /// Whether day-first numeric dates are accepted (`tanggal` is not ISO).
  let dayFirst: Bool

  init(style: CSVFormat.DateStyle) { dayFirst = style != .iso }

  /// Day serials of the first of each month of ``MonthStarts``' years, for ``iso(_:)``.
  let monthStarts = MonthStarts.table

  /// Exactly `YYYY-MM-DD` at `p` (10 bytes) as a day serial, or nil (not that
  /// shape, or no such day). The eight bytes `YYYY-MM-` are checked at once,
  /// and the day comes from a table of month starts (years outside it are
  /// computed).
  @inline(__always)
  func iso(_ p: UnsafePointer<UInt8>) -> Int32? {
    let raw = UnsafeRawPointer(p)
    let x = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
    // Bytes 4 and 7 are `-` (byte i is bits 8i…8i+7).
    guard x & 0xFF00_00FF_0000_0000 == 0x2D00_002D_0000_0000 else { return nil }
    // The other six, and the two of the day, are digits (see `Bytes.digits8`).
    let v = (x & 0x00FF_FF00_FFFF_FFFF | 0x3000_0030_0000_0000) &- 0x3030_3030_3030_3030
    let dd = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)) &- 0x3030
    guard ((v &+ 0x7676_7676_7676_7676) | v) & 0x8080_8080_8080_8080 == 0,
      ((dd &+ 0x7676) | dd) & 0x8080 == 0
    else { return nil }
    let y = Int(v & 0xFF) * 1000 + Int(v >> 8 & 0xFF) * 100 + Int(v >> 16 & 0xFF) * 10 + Int(v >> 24 & 0xFF)
    let m = Int(v >> 40 & 0xFF) * 10 + Int(v >> 48 & 0xFF)
    let d = Int(dd & 0xFF) * 10 + Int(dd >> 8)
    guard m >= 1, m <= 12, d >= 1 else { return nil }
    let i = (y - MonthStarts.firstYear) * 12 + m - 1
    if i >= 0 && i < MonthStarts.months {
      let start = monthStarts[i]
      guard d <= Int(monthStarts[i + 1] - start) else { return nil }
      return start + Int32(d - 1)
    }
    guard y >= 1, d <= 28 || d <= Day.daysIn(month: m, year: y) else { return nil }
    return Int32(truncatingIfNeeded: Day.daysFromCivil(y, m, d))
  }

  @inline(__always)
  func parse(_ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int) -> DateResult {
    let (a, b) = Bytes.trim(p, lo, hi)
    if a == b { return .empty }
    // Fast path: exactly YYYY-MM-DD.
    if b - a == 10 && p[a + 4] == UInt8(ascii: "-") && p[a + 7] == UInt8(ascii: "-") {
      if let y = num(p, a, 4), let m = num(p, a + 5, 2), let d = num(p, a + 8, 2) {
        return make(y, m, d)
      }
    }
    var i = a
    let n1 = digitRun(p, &i, b)
    if n1 == 0 { return .failed(.garbage) }
    let v1 = num(p, i - n1, n1) ?? 0
    if i == b {
      // Only digits (possibly `45657.5`): an Excel serial number?
      return excel(v1, digits: n1)
    }
    let sep = p[i]
    if sep == UInt8(ascii: ".") && n1 == 5 {
      var j = i + 1
      if digitRun(p, &j, b) > 0 && j == b { return excel(v1, digits: n1) }
    }
    if n1 == 4 && (sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/")) {
      // YYYY-M-D or YYYY/MM/DD.
      i += 1
      let n2 = digitRun(p, &i, b)
      guard n2 >= 1, n2 <= 2, i < b, p[i] == sep else { return .failed(.garbage) }
      i += 1
      let n3 = digitRun(p, &i, b)
      guard n3 >= 1, n3 <= 2, timeTail(p, i, b) else { return .failed(.garbage) }
      return make(v1, num(p, i - n3 - 1 - n2, n2) ?? 0, num(p, i - n3, n3) ?? 0)
    }
    guard n1 <= 2 else { return .failed(.garbage) }
    if sep == UInt8(ascii: "/") || sep == UInt8(ascii: "-") || sep == UInt8(ascii: ".") {
      i += 1
      let n2 = digitRun(p, &i, b)
      if n2 >= 1 {
        // D/M/YYYY.
        guard n2 <= 2, i < b, p[i] == sep else { return .failed(.garbage) }
        let month = num(p, i - n2, n2) ?? 0
        i += 1
        let n3 = digitRun(p, &i, b)
        guard timeTail(p, i, b) else { return .failed(.garbage) }
        if n3 == 2 { return .failed(.twoDigitYear) }
        guard n3 == 4 else { return .failed(.garbage) }
        if !dayFirst { return .failed(.dayFirstButISO) }
        return make(num(p, i - 4, 4) ?? 0, month, v1)
      }
      // D-MMM-YYYY (Excel's dd-mmm-yyyy).
      return named(p, i, b, day: v1, separator: sep)
    }
    if sep == Bytes.space { return named(p, i, b, day: v1, separator: Bytes.space) }
    return .failed(.garbage)
  }

  /// `Desember 2025` after the day, with months separated by `separator` (or spaces).
  private func named(_ p: UnsafePointer<UInt8>, _ start: Int, _ b: Int, day: Int, separator: UInt8)
    -> DateResult
  {
    var i = start
    while i < b && p[i] == Bytes.space { i += 1 }
    let ms = i
    while i < b && (Bytes.lower(p[i]) &- 97 < 26) { i += 1 }
    guard i > ms, let month = DateParser.month(p + ms, i - ms) else { return .failed(.garbage) }
    if i < b && p[i] == UInt8(ascii: ".") { i += 1 }  // `Des. 2025`
    var sawSep = false
    while i < b && (p[i] == Bytes.space || p[i] == separator) {
      sawSep = true
      i += 1
    }
    guard sawSep else { return .failed(.garbage) }
    let n = digitRun(p, &i, b)
    guard timeTail(p, i, b) else { return .failed(.garbage) }
    if n == 2 { return .failed(.twoDigitYear) }
    guard n == 4 else { return .failed(.garbage) }
    return make(num(p, i - 4, 4) ?? 0, month, day)
  }

  private func excel(_ v: Int, digits: Int) -> DateResult {
    guard digits == 5 else { return .failed(.garbage) }
    // Excel's 1900 system: serial 1 is 1900-01-01 and it counts a 29 February 1900.
    return .failed(.excelSerial(Day(serial: Int32(v - 25569))))
  }

  private func make(_ y: Int, _ m: Int, _ d: Int) -> DateResult {
    guard let day = Day(year: y, month: m, day: d) else {
      return (1...12).contains(m) && d >= 1 && d <= 31 && y >= 1 ? .failed(.noSuchDay) : .failed(.garbage)
    }
    return .value(day.serial)
  }

  /// Nothing, or a time of day: ` 00:00`, `T00:00:00`, ` 0:00:00.000`.
  private func timeTail(_ p: UnsafePointer<UInt8>, _ i0: Int, _ b: Int) -> Bool {
    if i0 == b { return true }
    guard p[i0] == Bytes.space || p[i0] == UInt8(ascii: "T") else { return false }
    var i = i0 + 1
    while i < b && p[i] == Bytes.space { i += 1 }
    let h = digitRun(p, &i, b)
    guard h >= 1, h <= 2, i < b, p[i] == UInt8(ascii: ":") else { return false }
    while i < b {
      let c = p[i]
      if c &- 48 > 9 && c != UInt8(ascii: ":") && c != UInt8(ascii: ".") { return false }
      i += 1
    }
    return true
  }

  @inline(__always)
  private func digitRun(_ p: UnsafePointer<UInt8>, _ i: inout Int, _ b: Int) -> Int {
    let s = i
    while i < b && p[i] &- 48 <= 9 { i += 1 }
    return i - s
  }

  @inline(__always)
  private func num(_ p: UnsafePointer<UInt8>, _ at: Int, _ n: Int) -> Int? {
    var v = 0
    for k in 0..<n {
      let d = p[at + k] &- 48
      if d > 9 { return nil }
      v = v * 10 + Int(d)
    }
    return v
  }

  /// The month (1–12) named by `n` letters at `p`, in Indonesian or English, in full or abbreviated.
  static func month(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int? {
    guard n >= 3, n <= 9 else { return nil }
    var key = ""
    for i in 0..<n { key.unicodeScalars.append(Unicode.Scalar(Bytes.lower(p[i]))) }
    return monthNames[key]
  }

  private static let monthNames: [String: Int] = {
    let names: [[String]] = [
      ["januari", "jan", "january"],
      ["februari", "pebruari", "feb", "peb", "february"],
      ["maret", "mar", "march"],
      ["april", "apr"],
      ["mei", "may"],
      ["juni", "jun", "june"],
      ["juli", "jul", "july"],
      ["agustus", "agu", "agt", "ags", "agus", "aug", "august"],
      ["september", "sep", "sept"],
      ["oktober", "okt", "oct", "october"],
      ["november", "nopember", "nov", "nop"],
      ["desember", "des", "dec", "december"],
    ]
    var d: [String: Int] = [:]
    for (i, list) in names.enumerated() { for s in list { d[s] = i + 1 } }
    return d
  }()
}

/// The day serial of the first of every month from 1900 to 2155, and of the
/// month after: the dates of real books, read without the calendar arithmetic.
enum MonthStarts {
  static let firstYear = 1900
  static let months = 256 * 12
  /// Allocated once for the life of the process and never written after.
  nonisolated(unsafe) static let table: UnsafePointer<Int32> = {
    let t = UnsafeMutablePointer<Int32>.allocate(capacity: months + 1)
    for i in 0...months {
      t[i] = Int32(Day.daysFromCivil(firstYear + i / 12, i % 12 + 1, 1))
    }
    return UnsafePointer(t)
  }()
}

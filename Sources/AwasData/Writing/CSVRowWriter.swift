/// Writes CSV rows field by field straight into a ``ByteSink``, formatting
/// numbers, money and dates byte by byte (no `String` per value), so that the
/// demo generator can stream millions of rows.
///
/// Every field is written, then quoted if it holds the delimiter, a quote, CR
/// or LF, or starts or ends with a space (or always, with `quoteAll`).
final class CSVRowWriter {
  let sink: ByteSink
  let format: CSVFormat
  let options: DatasetWriter.Options
  private let delimiter: UInt8
  /// Whether money/number text can contain the delimiter (decimal comma with `,`).
  private let numbersNeedScan: Bool
  private var fieldsInRow = 0
  /// Data rows finished so far (the header is not counted).
  private(set) var rows = 0
  private var headerWritten = false
  private var columnNames: [String] = []
  /// The first character that the encoding could not represent.
  private(set) var failure: DatasetWriterError?

  init(sink: ByteSink, format: CSVFormat, options: DatasetWriter.Options) {
    self.sink = sink
    self.format = format
    self.options = options
    self.delimiter = format.delimiter
    self.numbersNeedScan = format.decimalComma && format.delimiter == UInt8(ascii: ",")
    if options.byteOrderMark && format.encoding == .utf8 {
      sink.append(0xEF)
      sink.append(0xBB)
      sink.append(0xBF)
    }
  }

  /// Writes the header line; names are spelled per ``DatasetWriter/Options/headerStyle``.
  func header(_ names: [String]) {
    columnNames = names
    for n in names { text(options.header(n)) }
    headerWritten = true
    finishLine()
  }

  /// Ends the current row.
  func endRow() {
    rows += 1
    finishLine()
  }

  private func finishLine() {
    for _ in 0..<options.trailingEmptyColumns { sink.append(delimiter) }
    if options.crlf { sink.append(13) }
    sink.append(10)
    fieldsInRow = 0
  }

  /// Starts a field with room for `maxBytes`; returns where its bytes begin.
  @inline(__always)
  func beginField(_ maxBytes: Int) -> Int {
    sink.reserve(maxBytes + 4)
    if fieldsInRow > 0 { sink.append(delimiter) }
    fieldsInRow += 1
    return sink.count
  }

  /// A null (empty) field.
  func null() {
    _ = beginField(0)
  }

  /// A text field, encoded per the format.
  func text(_ s: String) {
    var s = s
    s.withUTF8 { utf8 in
      if format.encoding == .utf8 || utf8.allSatisfy({ $0 < 0x80 }) {
        writeText(utf8)
      } else {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
          if let b = Windows1252.byte(for: scalar) { bytes.append(b) } else {
            bytes.append(UInt8(ascii: "?"))
            if failure == nil {
              let col = fieldsInRow < columnNames.count ? columnNames[fieldsInRow] : "#\(fieldsInRow + 1)"
              failure = .unencodable(
                character: String(scalar), encoding: format.encoding.rawValue,
                row: headerWritten ? rows + 1 : 0, column: col)
            }
          }
        }
        bytes.withUnsafeBufferPointer { writeText($0) }
      }
    }
  }

  /// A text field of raw bytes already in the file's encoding.
  func writeText(_ bytes: UnsafeBufferPointer<UInt8>) {
    if bytes.count * 2 + 8 > 1 << 15 {  // very long: quote in a temporary array
      var needs = options.quoteAll || needsQuotes(bytes)
      if bytes.isEmpty { needs = false }
      _ = beginField(0)
      if needs { sink.append(34) }
      for b in bytes {
        if b == 34 { sink.append(34) }
        sink.append(b)
      }
      if needs { sink.append(34) }
      return
    }
    let start = beginField(bytes.count * 2 + 2)
    sink.append(bytes)
    if !bytes.isEmpty && (options.quoteAll || needsQuotes(bytes)) { quote(from: start) }
  }

  private func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if let f = bytes.first, f == 32 { return true }
    if let l = bytes.last, l == 32 { return true }
    for b in bytes where b == delimiter || b == 34 || b == 10 || b == 13 { return true }
    return false
  }

  /// Wraps the bytes written since `start` in quotes, doubling inner quotes.
  private func quote(from start: Int) {
    let end = sink.count
    var quotes = 0
    for i in start..<end where sink[i] == 34 { quotes += 1 }
    let newEnd = end + quotes + 2
    sink.setCount(newEnd)
    var w = newEnd - 1
    sink[w] = 34
    var r = end - 1
    while r >= start {
      w -= 1
      sink[w] = sink[r]
      if sink[r] == 34 {
        w -= 1
        sink[w] = 34
      }
      r -= 1
    }
    sink[start] = 34
  }

  /// Quotes a number/date field when needed (decimal comma with `,`) or asked.
  @inline(__always)
  func finishField(_ start: Int) {
    if options.quoteAll {
      quote(from: start)
    } else if numbersNeedScan {
      for i in start..<sink.count where sink[i] == delimiter {
        quote(from: start)
        return
      }
    }
  }

  /// A whole number: plain digits with a leading `-`, never grouped.
  func int(_ v: Int64) {
    let start = beginField(24)
    if v < 0 { sink.append(UInt8(ascii: "-")) }
    digits(v.magnitude, width: 1)
    finishField(start)
  }

  /// An identifier made of an ASCII prefix and a zero-padded number (`KW-2025-000123`).
  func code(_ prefix: [UInt8], _ number: Int, width: Int) {
    let start = beginField(prefix.count + 24)
    sink.append(prefix)
    digits(UInt64(max(0, number)), width: width)
    if options.quoteAll || prefix.contains(delimiter) { quote(from: start) }
  }

  /// Writes `v` in decimal, left-padded with zeros to `width` digits.
  @inline(__always)
  func digits(_ v: UInt64, width: Int) {
    var buf: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var n = 0
    var x = v
    withUnsafeMutableBytes(of: &buf) { p in
      repeat {
        p[n] = UInt8(48 + x % 10)
        x /= 10
        n += 1
      } while x > 0
      while n < width && n < 24 {
        p[n] = 48
        n += 1
      }
      for k in stride(from: n - 1, through: 0, by: -1) { sink.append(p[k]) }
    }
  }
}

import Foundation

/// Opens, fills and closes the CSV files of a demo dataset folder.
struct DemoFiles {
  let folder: String
  let format: CSVFormat
  let options: DatasetWriter.Options

  /// Writes `<name>.csv` with `header`, calling `rows` to write the data rows.
  func write(_ name: String, _ header: [String], _ rows: (CSVRowWriter) throws -> Void) throws {
    let path = (folder as NSString).appendingPathComponent(name + ".csv")
    let sink = try ByteSink(path: path)
    let w = CSVRowWriter(sink: sink, format: format, options: options)
    w.header(header)
    try rows(w)
    try sink.close()
    if let failure = w.failure { throw failure }
  }
}

extension CSVRowWriter {
  /// Money from whole rupiah.
  @inline(__always)
  func rupiah(_ v: Int64) { money(sen: v * 100) }

  /// A date from a day serial.
  @inline(__always)
  func date(_ serial: Int32) { day(Day(serial: serial)) }

  /// Text, or an empty field for nil.
  func text(_ s: String?) {
    if let s { text(s) } else { null() }
  }
}

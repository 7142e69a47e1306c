import Foundation

/// Writes tables as CSV files and `koperasi.toml` exactly as a dataset folder
/// holds them (docs/dataset.md), in any ``CSVFormat`` and with the quirks of
/// exported spreadsheets (``Options``). The demo generator and the loader's
/// round-trip tests use it; docs/demo.md lists every rule.
///
/// Cells are written by column type:
/// - `string`: the text, encoded per ``CSVFormat/encoding``; quoted (`"…"`, inner
///   `"` doubled) when it holds the delimiter, `"`, CR or LF, or starts or ends
///   with a space;
/// - `int`: plain digits (`-12`), never grouped;
/// - `money`: see ``Options``; `1250000`, `1.250.000,50`, `Rp 1.250.000`, `(1.250.000)`;
/// - `double`, `percent`: shortest round-trip digits, no exponent, no grouping, the
///   format's decimal mark (`1.5` / `1,5`); a percent is written as its ratio (`0.05`);
/// - `date`: per ``CSVFormat/dates``;
/// - `bool`: `ya` / `tidak`;
/// - null (and NaN): an empty field. An empty string is also an empty field.
///
/// Numbers that contain the delimiter (decimal comma with `,`) are quoted.
public struct DatasetWriter: Sendable {
  /// Delimiter, decimal mark, date style and encoding (declared in koperasi.toml's `[format]`).
  public var format: CSVFormat
  /// Writer-only variations the loader detects by itself.
  public var options: Options

  public init(format: CSVFormat = .standard, options: Options = .plain) {
    self.format = format
    self.options = options
  }

  /// Writes `table` as CSV to the file at `path` (created or replaced).
  /// - Throws: ``DatasetWriterError`` when the file cannot be written or a
  ///   character does not exist in the encoding (the file is then incomplete).
  public func write(table: Table, to path: String) throws {
    let sink = try ByteSink(path: path)
    let rows = CSVRowWriter(sink: sink, format: format, options: options)
    emit(table, rows)
    try sink.close()
    if let failure = rows.failure { throw failure }
  }

  /// The bytes of `table` written as CSV (for tests and small exports).
  /// - Throws: ``DatasetWriterError`` for a character the encoding lacks.
  public func csvBytes(table: Table) throws -> [UInt8] {
    let sink = ByteSink()
    let rows = CSVRowWriter(sink: sink, format: format, options: options)
    emit(table, rows)
    try sink.close()
    if let failure = rows.failure { throw failure }
    return sink.memory
  }

  /// Writes a dataset folder: `koperasi.toml` from `info` (with this writer's
  /// `[format]`) and every table as `<name>.csv`. The folder is created if needed.
  public func writeDataset(info: KoperasiInfo, tables: [Table], to folder: String) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try writeKoperasi(info: info, to: (folder as NSString).appendingPathComponent("koperasi.toml"))
    for t in tables {
      try write(table: t, to: (folder as NSString).appendingPathComponent(t.name + ".csv"))
    }
  }

  /// Writes `koperasi.toml` (always UTF-8 without BOM, LF line ends) for `info`;
  /// its `[format]` table describes this writer's format, not `info.format`.
  public func writeKoperasi(info: KoperasiInfo, to path: String) throws {
    let sink = try ByteSink(path: path)
    sink.append(Array(koperasiTOML(info: info).utf8))
    try sink.close()
  }

  private func emit(_ table: Table, _ rows: CSVRowWriter) {
    rows.header(table.columnNames)
    let columns = table.columns
    for r in 0..<table.rowCount {
      for c in columns { cell(c, r, rows) }
      rows.endRow()
    }
  }

  private func cell(_ c: Column, _ r: Int, _ rows: CSVRowWriter) {
    if c.isNull(r) {
      rows.null()
      return
    }
    switch c.storage {
    case .int64(let a): if c.type == .money { rows.money(sen: a[r]) } else { rows.int(a[r]) }
    case .double(let a): rows.double(a[r])
    case .day(let a): rows.day(Day(serial: a[r]))
    case .bool(let a): rows.bool(a[r])
    case .text(let s): s.withBytes(r) { encoded($0, rows) }
    case .dictionary(let codes, let values): rows.text(values[Int(codes[r])])
    }
  }

  private func encoded(_ utf8: UnsafeBufferPointer<UInt8>, _ rows: CSVRowWriter) {
    if format.encoding == .utf8 || utf8.allSatisfy({ $0 < 0x80 }) {
      rows.writeText(utf8)
    } else {
      rows.text(String(decoding: utf8, as: UTF8.self))
    }
  }
}

/// How a dataset's CSV files are written: `[format]` in koperasi.toml.
/// The loader reads with it; the writer (demo, tests) writes with it.
public struct CSVFormat: Sendable, Hashable {
  public enum DateStyle: String, Sendable, CaseIterable {
    /// `2025-12-31` (default).
    case iso = "YYYY-MM-DD"
    /// `31/12/2025`.
    case dmySlash = "DD/MM/YYYY"
    /// `31-12-2025`.
    case dmyDash = "DD-MM-YYYY"
    /// `31 Desember 2025` (Indonesian month names).
    case longIndonesian = "D MMMM YYYY"
  }
  public enum Encoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case windows1252 = "Windows-1252"
  }

  /// Field delimiter: `,` (default), `;`, tab or `|`.
  public var delimiter: UInt8
  /// Decimal mark: `.` (default) or `,`. With `,`, thousands are grouped with `.`.
  public var decimalComma: Bool
  public var dates: DateStyle
  public var encoding: Encoding

  public init(
    delimiter: UInt8 = UInt8(ascii: ","), decimalComma: Bool = false, dates: DateStyle = .iso,
    encoding: Encoding = .utf8
  ) {
    self.delimiter = delimiter
    self.decimalComma = decimalComma
    self.dates = dates
    self.encoding = encoding
  }

  public static let standard = CSVFormat()
}

extension KoperasiInfo {
  /// The `[format]` table of koperasi.toml (default when absent).
  public var format: CSVFormat {
    get { formatStorage ?? .standard }
    set { formatStorage = newValue }
  }
}

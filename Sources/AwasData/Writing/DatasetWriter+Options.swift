extension DatasetWriter {
  /// Writer-only variations that a loader must tolerate but that koperasi.toml
  /// does not declare (the loader detects them). The defaults write the plainest
  /// file: no BOM, LF line ends, bare numbers, headers as named, minimal quoting.
  public struct Options: Sendable, Hashable {
    /// How header names are spelled.
    public enum HeaderStyle: String, Sendable, CaseIterable {
      /// `no_pinjaman` (as the column is named).
      case asIs
      /// `NO_PINJAMAN`.
      case upper
      /// `no pinjaman` (underscores become spaces).
      case spaced
      /// `No Pinjaman` (spaces, each word capitalised).
      case titleSpaced
    }

    /// Whether money carries the `Rp` currency prefix.
    public enum RupiahPrefix: String, Sendable, CaseIterable {
      /// `1250000`.
      case none
      /// `Rp 1250000` / `Rp 1.250.000,50`.
      case spaced
      /// `Rp1250000` / `Rp1.250.000,50`.
      case attached
    }

    /// How negative money is written.
    public enum NegativeStyle: String, Sendable, CaseIterable {
      /// `-1.250.000`, `-Rp 1.250.000` (the sign before the prefix).
      case minus
      /// `(1.250.000)`, `(Rp 1.250.000)`.
      case parentheses
    }

    /// Start UTF-8 files with the byte-order mark EF BB BF (ignored for Windows-1252).
    public var byteOrderMark: Bool
    /// End lines with CR LF instead of LF. Line breaks inside quoted fields are kept as given.
    public var crlf: Bool
    /// Whether money is written with `Rp`.
    public var rupiahPrefix: RupiahPrefix
    /// How negative money is written.
    public var negatives: NegativeStyle
    /// With a decimal comma, group money's thousands with `.` (`1.250.000,50`).
    /// Without a decimal comma money is never grouped.
    public var groupThousands: Bool
    /// How header names are spelled.
    public var headerStyle: HeaderStyle
    /// Quote every non-null field, numbers and dates included (null stays empty).
    public var quoteAll: Bool
    /// Empty fields added at the end of every line, header included (`a,b,,`).
    public var trailingEmptyColumns: Int

    public init(
      byteOrderMark: Bool = false, crlf: Bool = false, rupiahPrefix: RupiahPrefix = .none,
      negatives: NegativeStyle = .minus, groupThousands: Bool = true,
      headerStyle: HeaderStyle = .asIs, quoteAll: Bool = false, trailingEmptyColumns: Int = 0
    ) {
      self.byteOrderMark = byteOrderMark
      self.crlf = crlf
      self.rupiahPrefix = rupiahPrefix
      self.negatives = negatives
      self.groupThousands = groupThousands
      self.headerStyle = headerStyle
      self.quoteAll = quoteAll
      self.trailingEmptyColumns = max(0, trailingEmptyColumns)
    }

    /// The plainest file (all defaults).
    public static let plain = Options()

    /// `name` spelled in this header style.
    public func header(_ name: String) -> String {
      switch headerStyle {
      case .asIs: return name
      case .upper: return name.uppercased()
      case .spaced: return name.replacing("_", with: " ")
      case .titleSpaced:
        return name.split(separator: "_", omittingEmptySubsequences: false)
          .map { $0.prefix(1).uppercased() + $0.dropFirst() }
          .joined(separator: " ")
      }
    }
  }
}

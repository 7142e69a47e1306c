/// A value a parameter accepts. The shell derives parsing, validation, help
/// text and Tab completion from the kind.
public indirect enum ParameterKind: Sendable {
  /// Free text.
  case string
  /// A whole number, optionally limited to a range.
  case int(ClosedRange<Int64>? = nil)
  /// A real number.
  case number
  /// Rupiah: `10jt`, `2,5M`, `Rp 1.250.000`, `500000`.
  case money
  /// A percentage: `5%` or `5` (both mean five percent); bound as a ratio (0.05).
  case percent
  /// A date, `YYYY-MM-DD`.
  case date
  /// A flag with no value (`--compare`).
  case flag
  /// Yes/no: `ya`/`tidak`/`yes`/`no`/`on`/`off`/`true`/`false`.
  case bool
  /// A file or folder path; completed from the file system.
  case path(directory: Bool = false)
  /// A table of the open dataset (or a variable holding one).
  case table
  /// A column, written `table.column` (or `column` when the command has a table).
  /// `types` limits the column types (empty = any).
  case column(types: [ColumnType] = [])
  /// One of a fixed set of values.
  case choice([Choice])
  /// A comma-separated list (`--on no_pinjaman,tanggal,pokok`).
  case list(ParameterKind)

  /// A short description of what is accepted, for help and errors.
  public var expectation: Text {
    switch self {
    case .string: return Text("teks", en: "text")
    case .int(let r?): return Text("bilangan bulat \(r.lowerBound)…\(r.upperBound)", en: "an integer \(r.lowerBound)…\(r.upperBound)")
    case .int: return Text("bilangan bulat", en: "an integer")
    case .number: return Text("bilangan", en: "a number")
    case .money: return Text("jumlah rupiah (10jt, 2,5M, Rp 1.250.000)", en: "an amount of rupiah (10jt, 2,5M, Rp 1.250.000)")
    case .percent: return Text("persen (5%)", en: "a percentage (5%)")
    case .date: return Text("tanggal YYYY-MM-DD", en: "a date YYYY-MM-DD")
    case .flag: return Text("tanpa nilai", en: "no value")
    case .bool: return Text("ya/tidak", en: "yes/no")
    case .path(let dir): return dir ? Text("folder", en: "a folder") : Text("berkas", en: "a file")
    case .table: return Text("nama tabel", en: "a table name")
    case .column(let types):
      let id = types.isEmpty ? "" : " (" + types.map(\.label.id).joined(separator: "/") + ")"
      let en = types.isEmpty ? "" : " (" + types.map(\.label.en).joined(separator: "/") + ")"
      return Text("kolom tabel.kolom\(id)", en: "a column table.column\(en)")
    case .choice(let cs):
      let names = cs.map(\.names.en).joined(separator: ", ")
      return Text("salah satu dari: \(cs.map(\.names.id).joined(separator: ", "))", en: "one of: \(names)")
    case .list(let k):
      return Text("daftar dipisah koma: ", en: "a comma-separated list of ") + k.expectation
    }
  }
}

extension Text {
  public static func + (a: Text, b: Text) -> Text { Text(a.id + b.id, en: a.en + b.en) }
}

/// One allowed value of a `.choice` parameter or setting.
public struct Choice: Sendable, Hashable {
  /// `names.en` is the canonical value the command receives.
  public var names: Names
  public var help: Text
  public init(_ names: Names, _ help: Text = "") {
    self.names = names
    self.help = help
  }
  public init(_ value: String, _ help: Text = "") { self.init(Names(value), help) }
}

/// A declared parameter of a command.
public struct ParameterSpec: Sendable {
  /// `--name` in either language; `names.en` is the key the command reads.
  public var names: Names
  public var kind: ParameterKind
  /// Positional parameters are given without `--name`, in declaration order.
  public var positional: Bool
  public var required: Bool
  /// The default, in the syntax a user would type (`"1"`, `"95%"`), or nil.
  public var defaultValue: String?
  public var help: Text

  public init(
    _ names: Names, _ kind: ParameterKind, positional: Bool = false, required: Bool = false,
    default defaultValue: String? = nil, help: Text
  ) {
    self.names = names
    self.kind = kind
    self.positional = positional
    self.required = required
    self.defaultValue = defaultValue
    self.help = help
  }

  /// The key a command reads its value by (`names.en`).
  public var key: String { names.en }
}

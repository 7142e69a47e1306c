/// A reference to a column: `angsuran.pokok`, or `pokok` with the table implied.
public struct ColumnRef: Sendable, Hashable, CustomStringConvertible {
  public var table: String?
  public var column: String
  public init(table: String?, column: String) {
    self.table = table
    self.column = column
  }
  public var description: String { table.map { "\($0).\(column)" } ?? column }
}

/// One bound argument, already checked against its ``ParameterKind``.
public enum Argument: Sendable {
  case value(Value)
  case list([Argument])
  case column(ColumnRef)
  /// A table name or a variable holding a table, resolved to the table.
  case table(Table)
  case path(String)
  /// The canonical (English) value of a `.choice`.
  case choice(String)
  case flag(Bool)
}

/// The arguments of one invocation, by parameter key (`names.en`). Defaults
/// are already filled in; a parameter without value or default is absent.
public struct Arguments: Sendable {
  public var values: [String: Argument]

  public init(_ values: [String: Argument] = [:]) { self.values = values }

  public subscript(key: String) -> Argument? { values[key] }

  public func has(_ key: String) -> Bool { values[key] != nil }

  public func value(_ key: String) -> Value? {
    if case .value(let v)? = values[key] { return v }
    return nil
  }
  public func string(_ key: String) -> String? {
    switch values[key] {
    case .value(.string(let s))?: return s
    case .choice(let s)?, .path(let s)?: return s
    case .value(let v)?: return ValueFormatter.plain(v)
    default: return nil
    }
  }
  public func int(_ key: String) -> Int? {
    if case .value(.int(let i))? = values[key] { return Int(i) }
    return nil
  }
  public func double(_ key: String) -> Double? { value(key)?.numeric }
  public func money(_ key: String) -> Money? {
    switch value(key) {
    case .money(let m)?: return m
    case .int(let i)?: return Money(rupiah: i)
    default: return nil
    }
  }
  /// A `.percent` argument as a ratio (5% → 0.05).
  public func ratio(_ key: String) -> Double? {
    if case .percent(let p)? = value(key) { return p }
    return nil
  }
  public func date(_ key: String) -> Day? {
    if case .date(let d)? = value(key) { return d }
    return nil
  }
  public func flag(_ key: String) -> Bool {
    switch values[key] {
    case .flag(let b)?: return b
    case .value(.bool(let b))?: return b
    default: return false
    }
  }
  public func column(_ key: String) -> ColumnRef? {
    if case .column(let c)? = values[key] { return c }
    return nil
  }
  public func table(_ key: String) -> Table? {
    if case .table(let t)? = values[key] { return t }
    return nil
  }
  public func list(_ key: String) -> [Argument] {
    if case .list(let l)? = values[key] { return l }
    return values[key].map { [$0] } ?? []
  }
  public func strings(_ key: String) -> [String] {
    list(key).compactMap { a in
      switch a {
      case .value(.string(let s)), .choice(let s), .path(let s): return s
      case .column(let c): return c.column
      case .value(let v): return ValueFormatter.plain(v)
      default: return nil
      }
    }
  }
}

/// What a command's action receives.
public struct Invocation: Sendable {
  /// The command path as declared (`["risk", "par"]`, English names).
  public var path: [String]
  public var arguments: Arguments
  /// The table piped into the command, if any.
  public var input: Table?
  public var context: Context

  public init(path: [String], arguments: Arguments, input: Table? = nil, context: Context) {
    self.path = path
    self.arguments = arguments
    self.input = input
    self.context = context
  }

  public var language: Language { context.language }
}

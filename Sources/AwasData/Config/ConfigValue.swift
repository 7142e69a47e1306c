import Foundation
import TOMLKit

/// A value read from a TOML rules or configuration file, independent of the
/// TOML library (plugins see only this type).
///
/// TOML tables do not keep their key order here; use arrays of tables
/// (`[[aspek]]`) where order matters.
public indirect enum ConfigValue: Sendable, Hashable {
  case string(String)
  case int(Int64)
  case double(Double)
  case bool(Bool)
  case date(Day)
  case array([ConfigValue])
  case table([String: ConfigValue])

  public subscript(key: String) -> ConfigValue? {
    if case .table(let t) = self { return t[key] }
    return nil
  }

  public var string: String? { if case .string(let s) = self { return s } else { return nil } }
  public var int: Int64? { if case .int(let i) = self { return i } else { return nil } }
  /// A number, from an integer or a float.
  public var number: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .double(let d): return d
    default: return nil
    }
  }
  public var bool: Bool? { if case .bool(let b) = self { return b } else { return nil } }
  public var date: Day? { if case .date(let d) = self { return d } else { return nil } }
  public var array: [ConfigValue]? { if case .array(let a) = self { return a } else { return nil } }
  public var table: [String: ConfigValue]? { if case .table(let t) = self { return t } else { return nil } }
  /// The keys of a table, sorted.
  public var keys: [String] { table.map { $0.keys.sorted() } ?? [] }
}

/// Reads TOML text into a ``ConfigValue``.
public enum ConfigDocument {
  /// A TOML syntax error with its place in the file.
  public struct ParseError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var reason: String
    public var description: String { "\(file):\(line):\(column): \(reason)" }
  }

  /// Parses `text` (named `file` in errors) into a table value.
  public static func parse(_ text: String, file: String) throws -> ConfigValue {
    do {
      return convert(try TOMLTable(string: text))
    } catch let e as TOMLParseError {
      throw ParseError(file: file, line: e.source.begin.line, column: e.source.begin.column, reason: e.description)
    }
  }

  /// Reads and parses the file at `path`.
  public static func load(_ path: String) throws -> ConfigValue {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ParseError(file: path, line: 0, column: 0, reason: "cannot read the file")
    }
    return try parse(String(decoding: data, as: UTF8.self), file: path)
  }

  static func convert(_ v: TOMLValueConvertible) -> ConfigValue {
    switch v.type {
    case .string: return .string(v.string ?? "")
    case .int: return .int(Int64(v.int ?? 0))
    case .double: return .double(v.double ?? 0)
    case .bool: return .bool(v.bool ?? false)
    case .date:
      if let d = v.date, let day = Day(year: d.year, month: Int(d.month), day: Int(d.day)) { return .date(day) }
      return .string("\(v)")
    case .array: return .array((v.array ?? TOMLArray()).map { convert($0) })
    case .table:
      var out: [String: ConfigValue] = [:]
      if let t = v.table { for (k, x) in t { out[k] = convert(x) } }
      return .table(out)
    default: return .string("\(v)")
    }
  }
}

import AwasPluginKit

/// Reads argument and setting text as values, with the same literal rules
/// as expressions (`10jt`, `2,5M`, `Rp 1.250.000`, `5%`, `2025-12-31`).
enum ValueParser {
  /// `text` as one literal (number, amount, percentage or date), or nil.
  static func literal(_ text: String) -> Value? {
    let (sign, body) = split(text)
    let s = Array(body.unicodeScalars)
    guard let f = s.first, isDigit(f) || NumberScanner.startsRupiah(s, 0) else { return nil }
    let (kind, end) = NumberScanner.scan(s, at: 0)
    guard end == s.count else { return nil }
    let v: Value
    switch kind {
    case .integer(let i): v = .int(i)
    case .decimal(let d): v = .double(d)
    case .money(let m): v = .money(m)
    case .percent(let p): v = .percent(p)
    case .date(let d): return sign == 1 ? .date(d) : nil
    default: return nil
    }
    return sign == 1 ? v : Evaluator.negate(v)
  }

  /// A leading `-` or surrounding parentheses (accountants' negatives).
  private static func split(_ text: String) -> (Int, String) {
    var t = text.trimmingSpaces()
    if t.hasPrefix("("), t.hasSuffix(")"), t.count > 2 {
      t = String(t.dropFirst().dropLast()).trimmingSpaces()
      return (-1, t)
    }
    if t.hasPrefix("-") { return (-1, String(t.dropFirst())) }
    if t.hasPrefix("+") { return (1, String(t.dropFirst())) }
    return (1, t)
  }

  static func bool(_ text: String) -> Bool? {
    switch text.lowercased() {
    case "ya", "yes", "y", "on", "true", "benar", "aktif", "1": return true
    case "tidak", "no", "n", "off", "false", "salah", "nonaktif", "0": return false
    default: return nil
    }
  }

  /// `text` as a value of a scalar `kind`, or nil when it does not fit.
  /// (Tables, columns, choices and lists are bound by ``ArgumentBinder``.)
  static func value(_ text: String, _ kind: ParameterKind) -> Value? {
    switch kind {
    case .string, .path: return .string(text)
    case .int(let range):
      guard case .int(let i)? = literal(text) else { return nil }
      if let range, !range.contains(i) { return nil }
      return .int(i)
    case .number:
      switch literal(text.replacingOccurrences(of: ",", with: ".")) ?? literal(text) {
      case .int(let i)?: return .double(Double(i))
      case .double(let d)?: return .double(d)
      default: return nil
      }
    case .money:
      let (sign, body) = split(text)
      let rupiah = body.lowercased().hasPrefix("rp") ? body : "Rp " + body
      guard case .money(let m)? = literal(rupiah) else { return nil }
      return .money(sign == 1 ? m : -m)
    case .percent:
      switch literal(text) ?? literal(text.replacingOccurrences(of: ",", with: ".")) {
      case .percent(let p)?: return .percent(p)
      case .int(let i)?: return .percent(Double(i) / 100)
      case .double(let d)?: return .percent(d / 100)
      default: return nil
      }
    case .date:
      return Day(iso: text.trimmingSpaces()).map { .date($0) }
    case .bool, .flag:
      return bool(text).map { .bool($0) }
    case .table, .column, .choice, .list:
      return nil
    }
  }

  /// A typed value given for a scalar `kind` (a variable's value), converted
  /// when the kinds agree; nil otherwise.
  static func convert(_ v: Value, _ kind: ParameterKind) -> Value? {
    switch (kind, v) {
    case (.int(let range), .int(let i)): return range.map { $0.contains(i) } ?? true ? v : nil
    case (.number, .int(let i)): return .double(Double(i))
    case (.number, .double): return v
    case (.money, .money): return v
    case (.money, .int(let i)): return .money(Money(rupiah: i))
    case (.percent, .percent): return v
    case (.date, .date): return v
    case (.bool, .bool), (.flag, .bool): return v
    case (.string, _), (.path, _): return .string(ValueFormatter.plain(v))
    default: return value(ValueFormatter.plain(v), kind)
    }
  }
}

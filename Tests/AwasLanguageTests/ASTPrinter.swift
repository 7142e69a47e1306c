@testable import AwasLanguage
@testable import AwasPluginKit

/// S-expressions of parsed statements, for compact AST assertions.
extension Expr {
  var sexp: String {
    switch kind {
    case .literal(let v): return Self.literal(v)
    case .name(let n): return n
    case .qualified(let r, let c): return "\(Self.ref(r)).\(c)"
    case .variable(let n): return "$" + n
    case .last: return "_"
    case .negate(let x): return "(neg \(x.sexp))"
    case .arithmetic(let op, let l, let r): return "(\(op.rawValue) \(l.sexp) \(r.sexp))"
    case .compare(let op, let l, let r): return "(\(op.rawValue) \(l.sexp) \(r.sexp))"
    case .and(let l, let r): return "(and \(l.sexp) \(r.sexp))"
    case .or(let l, let r): return "(or \(l.sexp) \(r.sexp))"
    case .not(let x): return "(not \(x.sexp))"
    case .inList(let x, let items, let neg):
      return "(\(neg ? "not-in" : "in") \(x.sexp) \(items.map(\.sexp).joined(separator: " ")))"
    case .between(let x, let lo, let hi, let neg): return "(\(neg ? "not-between" : "between") \(x.sexp) \(lo.sexp) \(hi.sexp))"
    case .contains(let x, let y, let neg): return "(\(neg ? "not-contains" : "contains") \(x.sexp) \(y.sexp))"
    case .isNull(let x, let neg): return "(\(neg ? "not-null" : "null?") \(x.sexp))"
    case .call(let n, let args, _): return "(\(n) \(args.map(\.sexp).joined(separator: " ")))".replacingOccurrences(of: " )", with: ")")
    case .pipeline(let p): return "{\(p.sexp)}"
    }
  }

  static func ref(_ r: TableRef) -> String {
    switch r {
    case .name(let n): return n
    case .variable(let n): return "$" + n
    case .last: return "_"
    }
  }

  static func literal(_ v: Value) -> String {
    switch v {
    case .money(let m): return "Rp" + ValueFormatter.plainMoney(m)
    case .percent(let p): return ValueFormatter.plain(.double(p * 100)) + "%"
    case .string(let s): return "\"\(s)\""
    case .null: return "null"
    default: return ValueFormatter.plain(v)
    }
  }
}

extension Pipeline {
  var sexp: String {
    var parts: [String] = []
    switch source {
    case .command(let c): parts.append(c.sexp)
    case .expression(let e): parts.append(e.sexp)
    }
    for s in stages { parts.append(s.sexp) }
    var out = parts.joined(separator: " | ")
    if let o = output { out += " > " + o.display }
    return out
  }
}

extension CommandCall {
  var sexp: String { "cmd[\(([name] + words.map(\.display)).joined(separator: " "))]" }
}

extension Stage {
  var sexp: String {
    switch kind {
    case .filter(let e): return "where \(e.sexp)"
    case .sort(let items): return "sort " + items.map { $0.column.name + ($0.descending ? " desc" : "") }.joined(separator: ", ")
    case .head(let n): return "head" + (n.map { " " + $0.sexp } ?? "")
    case .tail(let n): return "tail" + (n.map { " " + $0.sexp } ?? "")
    case .select(let items):
      return "select " + items.map { ($0.name.map { $0 + "=" } ?? "") + $0.expr.sexp }.joined(separator: ", ")
    case .count: return "count"
    case .distinct(let names): return "distinct " + names.map(\.name).joined(separator: ", ")
    case .command(let c): return c.sexp
    }
  }
}

extension Statement {
  var sexp: String {
    switch kind {
    case .pipeline(let p): return p.sexp
    case .bind(let n, _, let v): return "let \(n) = \(v.sexp)"
    case .set(let n, let v): return "set \(n?.display ?? "-") \(v.map(\.display).joined(separator: " "))"
    case .source(let p, let args): return "source \(([p] + args).map(\.display).joined(separator: " "))"
    case .ifElse(let c, let t, let e):
      return "if \(c.sexp) {\(t.tokens.map(\.text).joined(separator: " "))}"
        + (e.map { " else {\($0.tokens.map(\.text).joined(separator: " "))}" } ?? "")
    case .assert(let c, let m): return "assert \(c.sexp)" + (m.map { ", \($0.sexp)" } ?? "")
    }
  }
}

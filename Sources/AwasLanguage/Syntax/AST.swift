import AwasPluginKit

/// One statement, parsed just before it runs.
struct Statement {
  enum Kind {
    case pipeline(Pipeline)
    /// `let NAME = pipeline`.
    case bind(name: String, nameSpan: Span, value: Pipeline)
    /// `set NAME VALUE…` (raw words, validated against the setting's kind).
    case set(name: Word?, value: [Word])
    /// `source FILE [ARG…]`.
    case source(path: Word, arguments: [Word])
    /// `if COND { … } else { … }`; blocks are parsed when they run.
    case ifElse(condition: Expr, then: Block, otherwise: Block?)
    /// `assert COND, MESSAGE`.
    case assert(condition: Expr, message: Expr?)
  }
  var kind: Kind
  var span: Span
}

/// The statements between braces, kept as tokens until the block runs.
struct Block {
  var tokens: [Token]
  var span: Span
  /// The nesting level of the block's statements (see ``Parser/depth``).
  var depth = 0
  /// An `else if …` (the rest of the statement, at the `if`'s own level):
  /// the interpreter follows such chains in a loop, however long.
  var elseIf = false
}

/// `source | stage | stage… [> PATH]`.
struct Pipeline {
  enum Source {
    case command(CommandCall)
    case expression(Expr)
  }
  var source: Source
  var stages: [Stage]
  /// `> hasil.csv` or a final `| save hasil.csv`.
  var output: Word?
  var span: Span

  /// The deepest expression in the source and the stages (0 when none), so
  /// that an expression holding this pipeline counts the levels inside it.
  var depth: Int {
    var deepest = 0
    if case .expression(let e) = source { deepest = e.depth }
    for stage in stages {
      switch stage.kind {
      case .filter(let e): deepest = Swift.max(deepest, e.depth)
      case .head(let e?), .tail(let e?): deepest = Swift.max(deepest, e.depth)
      case .select(let items): deepest = items.reduce(deepest) { Swift.max($0, $1.expr.depth) }
      case .sort, .head(nil), .tail(nil), .count, .distinct, .command: break
      }
    }
    return deepest
  }
}

/// One stage after `|`.
struct Stage {
  enum Kind {
    case filter(Expr)
    case sort([SortItem])
    case head(Expr?)
    case tail(Expr?)
    case select([SelectItem])
    case count
    case distinct([NameRef])
    case command(CommandCall)
  }
  var kind: Kind
  /// The stage keyword or command name.
  var nameSpan: Span
  var span: Span
}

struct SortItem {
  var column: NameRef
  var descending: Bool
}

/// `select` item: a column as it is, or `NAME = EXPR`.
struct SelectItem {
  var name: String?
  var expr: Expr
  /// The expression as written, the column name when none is given.
  var label: String
}

/// A name in the source and where it stands.
struct NameRef {
  var name: String
  var span: Span
}

/// A command and its argument words, bound to its ``CommandSpec`` when it runs.
struct CommandCall {
  var name: String
  var nameSpan: Span
  var words: [Word]
  var span: Span
}

/// A shell-style word: tokens written without space between them
/// (`./ksp-sejahtera`, `--on=a,b`, `hasil-$arg1.csv`).
struct Word {
  enum Piece {
    case text(String)
    /// `$name` to substitute.
    case variable(String, Span)
  }
  var pieces: [Piece]
  var span: Span
  /// Whether any part was quoted (a quoted word is never a subcommand).
  var quoted: Bool
  /// Whether the word starts with a quoted part (it is then never an option).
  var startsQuoted: Bool

  /// The word when it has no variables.
  var literal: String? {
    var out = ""
    for p in pieces {
      guard case .text(let t) = p else { return nil }
      out += t
    }
    return out
  }

  /// The word as written, variables shown as `$name`.
  var display: String {
    pieces.map { p in
      switch p {
      case .text(let t): return t
      case .variable(let n, _): return "$" + n
      }
    }.joined()
  }
}

/// An expression with its span.
struct Expr {
  indirect enum Kind {
    case literal(Value)
    /// An identifier: a column of the current table, or a variable.
    case name(String)
    /// `table.column`, `$3.column`, `_.column`.
    case qualified(TableRef, column: String)
    /// `$name`, `$3`, `$arg1`.
    case variable(String)
    /// `_`: the last result.
    case last
    case negate(Expr)
    case arithmetic(ArithmeticOp, Expr, Expr)
    case compare(CompareOp, Expr, Expr)
    case and(Expr, Expr)
    case or(Expr, Expr)
    case not(Expr)
    case inList(Expr, [Expr], negated: Bool)
    case between(Expr, Expr, Expr, negated: Bool)
    case contains(Expr, Expr, negated: Bool)
    case isNull(Expr, negated: Bool)
    case call(String, [Expr], nameSpan: Span)
    /// `(pinjaman | where dpd > 90)`: a table.
    case pipeline(Pipeline)
  }
  var kind: Kind
  var span: Span
  /// For binary operators, the operator token.
  var opSpan: Span?
  /// Levels of operators from here down to the deepest leaf, 1 for a leaf;
  /// the parser bounds it so that evaluating never runs out of stack.
  let depth: Int

  init(_ kind: Kind, _ span: Span, op: Span? = nil) {
    self.kind = kind
    self.span = span
    self.opSpan = op
    self.depth = Expr.depth(of: kind)
  }

  private static func depth(of kind: Kind) -> Int {
    func deepest(_ es: [Expr]) -> Int { es.reduce(0) { Swift.max($0, $1.depth) } + 1 }
    switch kind {
    case .literal, .name, .qualified, .variable, .last: return 1
    case .pipeline(let p): return p.depth + 1
    case .negate(let e), .not(let e), .isNull(let e, _): return e.depth + 1
    case .arithmetic(_, let l, let r), .compare(_, let l, let r), .and(let l, let r), .or(let l, let r),
      .contains(let l, let r, _):
      return deepest([l, r])
    case .inList(let l, let items, _): return deepest([l] + items)
    case .between(let a, let b, let c, _): return deepest([a, b, c])
    case .call(_, let args, _): return deepest(args)
    }
  }
}

/// What a qualified column's table part names.
enum TableRef: Equatable {
  case name(String)
  case variable(String)
  case last
}

enum ArithmeticOp: String { case add = "+", subtract = "-", multiply = "*", divide = "/" }

enum CompareOp: String {
  case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="

  /// The operator with its operands swapped (`a < b` is `b > a`).
  var swapped: CompareOp {
    switch self {
    case .eq, .ne: return self
    case .lt: return .gt
    case .le: return .ge
    case .gt: return .lt
    case .ge: return .le
    }
  }
}

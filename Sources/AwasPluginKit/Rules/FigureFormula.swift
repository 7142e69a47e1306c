/// Where a figure came from, for `explain`.
public indirect enum FigureSource: Sendable, Hashable {
  /// Accounts of neraca/phu with the pos.
  case accounts([AccountLine])
  /// A figure computed from the loan ledger or another table, described.
  case derived(Text)
  /// A named input computed by its own formula.
  case formula(String, FormulaResult)
}

/// What a name resolves to.
public enum FigureValue: Sendable, Hashable {
  case amount(Money, FigureSource)
  /// Nothing carries this name (an optional term then counts as zero).
  case absent(Text)
  /// The figure cannot be known; the reason.
  case missing(Text)
}

/// One evaluated term: its value before and after sign and factor.
public struct FormulaLine: Sendable, Hashable {
  public var term: FigureTerm
  /// The figure the term names, when known.
  public var base: Money?
  /// The term's contribution (sign and factor applied), when known.
  public var amount: Money?
  public var source: FigureSource?
  /// Why the term is missing, or why it counts as zero.
  public var note: Text?
}

/// A formula evaluated: the total (nil if any required term is missing) and every line.
public struct FormulaResult: Sendable, Hashable {
  public var total: Money?
  public var lines: [FormulaLine]
  /// Reasons the total cannot be known.
  public var missing: [Text]
  /// Optional terms that counted as zero because nothing carries them.
  public var zeroed: [String]

  public var isComplete: Bool { total != nil }
}

/// Evaluates lists of ``FigureTerm``s.
public enum FigureFormula {
  /// Parses every term of `texts`; the errors by index.
  public static func parse(_ texts: [String]) -> (terms: [FigureTerm], errors: [(Int, Text)]) {
    var terms: [FigureTerm] = []
    var errors: [(Int, Text)] = []
    for (i, t) in texts.enumerated() {
      switch FigureTerm.parse(t) {
      case .success(let term): terms.append(term)
      case .failure(let e): errors.append((i, e.text))
      }
    }
    return (terms, errors)
  }

  /// Evaluates `terms`, resolving names with `resolve` and `kebijakan.KEY`
  /// factors from `policy`. Factors are applied to sen and rounded half away
  /// from zero, term by term.
  public static func evaluate(
    _ terms: [FigureTerm], policy: [String: Value], resolve: (String) -> FigureValue
  ) -> FormulaResult {
    var total = SenTotal()
    var lines: [FormulaLine] = []
    var missing: [Text] = []
    var zeroed: [String] = []
    for term in terms {
      var line = FormulaLine(term: term)
      var base: Money?
      switch resolve(term.name) {
      case .amount(let m, let src):
        base = m
        line.source = src
      case .absent(let why):
        if term.optional {
          base = .zero
          zeroed.append(term.name)
          line.note = Text("dihitung 0: ", en: "counted as 0: ") + why
        } else {
          line.note = why
          missing.append(why)
        }
      case .missing(let why):
        line.note = why
        missing.append(why)
      }
      line.base = base
      if let b = base {
        var v: Int64? = b.sen
        switch term.factor {
        case .number(let f)?: v = FixedMath.mulDiv(b.sen, f.raw, Decimal4.scale)
        case .policy(let key)?:
          if let p = policyPercent(policy[key]) {
            v = FixedMath.percent(p, of: b.sen)
          } else {
            v = nil
            let why = Text(
              "koperasi.toml [kebijakan] \(key) tidak ada atau bukan persen 0–100",
              en: "koperasi.toml [kebijakan] \(key) is missing or not a percent from 0 to 100")
            line.note = why
            missing.append(why)
          }
        case nil: break
        }
        if let x = v {
          let signed = term.negative ? -Money(sen: x) : Money(sen: x)
          line.amount = signed
          total += signed.sen
        } else if term.factor != nil, line.note == nil {
          let why = Text("angka terlalu besar", en: "number too large")
          line.note = why
          missing.append(why)
        }
      }
      lines.append(line)
    }
    return FormulaResult(
      total: missing.isEmpty ? Money(sen: total.sen) : nil, lines: lines, missing: missing, zeroed: zeroed)
  }

  /// A `[kebijakan]` value as a percentage (40 → 40%, `"7,5%"` → 7.5%); nil
  /// when it is not a number or not within 0–100.
  public static func policyPercent(_ v: Value?) -> Decimal4? {
    let pct: Decimal4?
    switch v {
    case .int(let i)?: pct = Decimal4(exactly: i)
    case .double(let d)?: pct = Decimal4(double: d)
    case .percent(let p)?: pct = Decimal4(double: p * 100)
    case .string(let s)?: pct = Decimal4(parsing: s.replacing("%", with: "").replacing(",", with: "."))
    default: pct = nil
    }
    guard let pct, pct >= .zero, pct <= Decimal4(100) else { return nil }
    return pct
  }

  /// A `[kebijakan]` amount: money, or whole rupiah written as a number
  /// (a fraction is rounded to sen; whole rupiah beyond sen are held at the
  /// largest amount); nil for anything else, or a fraction too large for sen.
  public static func policyAmount(_ v: Value?) -> Money? {
    switch v {
    case .money(let m)?: return m
    case .int(let i)?: return Money(rupiah: i)
    case .double(let d)? where d.isFinite: return Int64(exactly: (d * 100).rounded()).map { Money(sen: $0) }
    default: return nil
    }
  }
}

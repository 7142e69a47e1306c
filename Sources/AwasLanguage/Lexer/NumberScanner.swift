import AwasPluginKit

/// Scans number literals: integers, decimals, Rupiah amounts, percentages and
/// dates. Shared by the lexer and by argument binding, so `10jt` means the same
/// in an expression and after `--min`.
///
/// Rules (docs/language.md, "Numbers"):
/// - `1250000` integer; `1.5` decimal; `1.250.000` (two or more groups of three
///   after dots) a grouped integer; `1.250` alone is ambiguous and refused.
/// - A unit makes money: `rb`/`ribu`, `jt`/`juta`, `M`/`miliar`/`milyar`,
///   `T`/`triliun`; before a unit `.` and `,` are decimal marks (`2,5M`).
/// - `Rp` makes money: dots group thousands, a comma starts sen (`Rp 1.250.000,50`).
/// - `%` makes a percentage, stored as a ratio (`2,5%` → 0.025).
/// - `YYYY-MM-DD` is a date.
enum NumberScanner {
  /// Rupiah per unit word, or nil when `word` is not a unit.
  static func unit(_ word: String) -> Int64? {
    switch word {
    case "M": return 1_000_000_000
    case "T": return 1_000_000_000_000
    default: break
    }
    switch word.lowercased() {
    case "rb", "ribu": return 1_000
    case "jt", "juta": return 1_000_000
    case "miliar", "milyar": return 1_000_000_000
    case "triliun": return 1_000_000_000_000
    default: return nil
    }
  }

  /// Whether `s[i...]` starts `Rp` followed (after optional spaces) by a digit.
  static func startsRupiah(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    guard i + 1 < s.count, s[i] == "R" || s[i] == "r", s[i + 1] == "p" || s[i + 1] == "P" else {
      return false
    }
    var j = i + 2
    while j < s.count, s[j] == " " { j += 1 }
    return j < s.count && isDigit(s[j])
  }

  /// Scans the literal starting at `s[start]` (a digit, or `R` of `Rp`).
  /// Returns the token kind (possibly `.error`) and the index after it.
  static func scan(_ s: [Unicode.Scalar], at start: Int) -> (TokenKind, Int) {
    var p = start
    let rupiah = startsRupiah(s, p)
    if rupiah {
      p += 2
      while s[p] == " " { p += 1 }
    }
    let n = s.count
    func runEnd(_ from: Int) -> Int {
      var r = from
      while r < n, isDigit(s[r]) { r += 1 }
      return r
    }
    func text(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(s[a..<b])) }

    let j = runEnd(p)
    if !rupiah, j - p == 4, let (kind, end) = scanDate(s, p) { return (kind, end) }
    var whole = text(p, j)
    var frac = ""
    var ambiguous = false
    var e = j
    if e + 1 < n, s[e] == ".", isDigit(s[e + 1]) {
      var g = e, groups = 0, all = whole
      while g + 1 < n, s[g] == ".", runEnd(g + 1) - (g + 1) == 3 {
        all += text(g + 1, g + 4)
        groups += 1
        g += 4
      }
      if groups >= 2 || (groups == 1 && rupiah) {
        whole = all
        e = g
        if e + 1 < n, s[e] == ",", isDigit(s[e + 1]) {
          let r = runEnd(e + 1)
          frac = text(e + 1, r)
          e = r
        }
      } else {
        let r = runEnd(e + 1)
        frac = text(e + 1, r)
        ambiguous = frac.count == 3 && whole.count <= 3 && !whole.hasPrefix("0")
        e = r
      }
    } else if e + 1 < n, s[e] == ",", isDigit(s[e + 1]) {
      let r = runEnd(e + 1)
      if rupiah || (r < n && (s[r] == "%" || unitWord(s, r).map { unit($0.0) != nil } == true)) {
        frac = text(e + 1, r)
        e = r
      }
    }
    // Suffix: `%`, a unit, or nothing.
    if e < n, s[e] == "%" {
      if rupiah { return (.error(Messages.percentAfterRupiah), e + 1) }
      return (.percent(decimal(whole, frac) / 100), e + 1)
    }
    if let (word, end) = unitWord(s, e) {
      guard let u = unit(word) else { return (.error(Messages.unknownUnit(word)), end) }
      guard let sen = exact(whole, frac, multiplier: u * 100) else {
        return (.error(Messages.amountTooPrecise), end)
      }
      return (.money(Money(sen: sen)), end)
    }
    if rupiah {
      guard let sen = exact(whole, frac, multiplier: 100) else {
        return (.error(Messages.amountTooPrecise), e)
      }
      return (.money(Money(sen: sen)), e)
    }
    if ambiguous { return (.error(Messages.ambiguousNumber(text(start, e))), e) }
    if frac.isEmpty {
      guard let v = Int64(whole) else { return (.error(Messages.numberTooLarge), e) }
      return (.integer(v), e)
    }
    return (.decimal(decimal(whole, frac)), e)
  }

  /// `YYYY-MM-DD` at `p` (four digits already seen), or nil when the shape differs.
  static func scanDate(_ s: [Unicode.Scalar], _ p: Int) -> (TokenKind, Int)? {
    guard p + 10 <= s.count, s[p + 4] == "-", s[p + 7] == "-",
      [5, 6, 8, 9].allSatisfy({ isDigit(s[p + $0]) })
    else { return nil }
    if p + 10 < s.count, isIdentChar(s[p + 10]) { return nil }
    let t = String(String.UnicodeScalarView(s[p..<(p + 10)]))
    guard let d = Day(iso: t) else { return (.error(Messages.noSuchDate(t)), p + 10) }
    return (.date(d), p + 10)
  }

  /// The run of identifier characters at `i`, if it starts with a letter.
  static func unitWord(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int)? {
    guard i < s.count, isLetter(s[i]) else { return nil }
    var r = i
    while r < s.count, isIdentChar(s[r]) { r += 1 }
    return (String(String.UnicodeScalarView(s[i..<r])), r)
  }

  static func decimal(_ whole: String, _ frac: String) -> Double {
    Double(frac.isEmpty ? whole : whole + "." + frac) ?? .nan
  }

  /// `whole.frac × multiplier` as an exact integer, or nil when it overflows or
  /// leaves a fraction.
  static func exact(_ whole: String, _ frac: String, multiplier: Int64) -> Int64? {
    var f = Substring(frac)
    while f.last == "0" { f.removeLast() }
    guard let w = Int64(whole) else { return nil }
    let (a, o1) = w.multipliedReportingOverflow(by: multiplier)
    if o1 { return nil }
    if f.isEmpty { return a }
    guard f.count <= 18, let fv = Int64(f) else { return nil }
    var scale: Int64 = 1
    for _ in 0..<f.count { scale *= 10 }
    let (b, o2) = fv.multipliedReportingOverflow(by: multiplier)
    guard !o2, b % scale == 0 else { return nil }
    let (sum, o3) = a.addingReportingOverflow(b / scale)
    return o3 ? nil : sum
  }
}

@inline(__always) func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

@inline(__always) func isLetter(_ c: Unicode.Scalar) -> Bool {
  if c.value < 128 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
  return c.properties.isAlphabetic
}

@inline(__always) func isIdentChar(_ c: Unicode.Scalar) -> Bool {
  isLetter(c) || isDigit(c) || c == "_"
}

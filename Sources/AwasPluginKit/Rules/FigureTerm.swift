/// One term of a formula in a rules file: `simpanan_pokok`, `-?penyisihan_piutang`,
/// `50% * ?modal_penyertaan`, `kebijakan.alokasi_shu_anggota_persen * shu_tahun_berjalan`.
///
/// Grammar: `[+|-] [factor *] [?] name`, where factor is a number (`0.5`),
/// a percentage (`50%`) or `kebijakan.KEY` (a percentage from koperasi.toml
/// `[kebijakan]`), and `?` marks a term that counts as zero when no account
/// carries that pos (the explanation says so).
public struct FigureTerm: Sendable, Hashable, CustomStringConvertible {
  /// A multiplier of the term.
  public enum Factor: Sendable, Hashable {
    /// A fixed multiplier (0.5 for `50%`).
    case number(Decimal4)
    /// `kebijakan.KEY`: a percentage from koperasi.toml.
    case policy(String)
  }

  public var negative: Bool
  public var factor: Factor?
  public var optional: Bool
  /// The figure: a pos, a named input, or a derived figure (`pinjaman.rpm`).
  public var name: String

  public init(name: String, negative: Bool = false, factor: Factor? = nil, optional: Bool = false) {
    self.name = name
    self.negative = negative
    self.factor = factor
    self.optional = optional
  }

  /// Parses one term; the error says what is wrong.
  public static func parse(_ text: String) -> Result<FigureTerm, RuleMessage> {
    var s = Substring(text.trimmingSpaces())
    var negative = false
    if s.first == "-" || s.first == "+" {
      negative = s.first == "-"
      s = s.dropFirst().drop { $0 == " " }
    }
    var factor: Factor?
    if let star = s.firstIndex(of: "*") {
      let f = s[..<star].trimmingCharacters(in: .whitespaces)
      s = s[s.index(after: star)...].drop { $0 == " " }
      if f.hasPrefix("kebijakan.") {
        let key = String(f.dropFirst("kebijakan.".count))
        guard isName(key) else { return .failure(bad(text, "kebijakan.KEY")) }
        factor = .policy(key)
      } else if f.hasSuffix("%"), let p = Decimal4(parsing: f.dropLast()) {
        factor = .number(Decimal4(raw: p.raw / 100))
        guard p.raw % 100 == 0 else { return .failure(bad(text, "≤ 2 desimal / decimals")) }
      } else if let n = Decimal4(parsing: f) {
        factor = .number(n)
      } else {
        return .failure(bad(text, "angka, persen atau kebijakan.KEY / a number, a percentage or kebijakan.KEY"))
      }
    }
    var optional = false
    if s.first == "?" {
      optional = true
      s = s.dropFirst()
    }
    let name = String(s).trimmingSpaces()
    guard isName(name) else { return .failure(bad(text, "nama / a name")) }
    return .success(FigureTerm(name: name, negative: negative, factor: factor, optional: optional))
  }

  static func isName(_ s: String) -> Bool {
    guard let f = s.first, f.isLetter || f == "_" else { return false }
    return s.allSatisfy { ($0.isLetter && $0.isASCII) || $0.isNumber || $0 == "_" || $0 == "." }
  }

  private static func bad(_ text: String, _ expected: String) -> RuleMessage {
    RuleMessage(
      "suku rumus `\(text)` tidak sah (diharapkan \(expected))",
      en: "formula term `\(text)` is not valid (expected \(expected))")
  }

  /// The term as written in canonical form (`-50% * ?modal_penyertaan`).
  public var description: String {
    var s = negative ? "-" : ""
    switch factor {
    case .number(let n)?: s += "\(Decimal4(raw: n.raw * 100))% * "
    case .policy(let k)?: s += "kebijakan.\(k) * "
    case nil: break
    }
    return s + (optional ? "?" : "") + name
  }
}

/// A problem with one value of a rule file, before its place is known.
public struct RuleMessage: Error, Sendable, Hashable {
  public var text: Text
  public init(_ id: String, en: String) { text = Text(id, en: en) }
  public init(_ text: Text) { self.text = text }
}

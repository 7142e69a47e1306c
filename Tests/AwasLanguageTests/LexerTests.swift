import Testing

@testable import AwasLanguage
@testable import AwasPluginKit

@Suite struct LexerTests {
  func kinds(_ text: String) -> [TokenKind] { Lexer.tokenize(text).map(\.kind) }
  func only(_ text: String) -> TokenKind? {
    let k = kinds(text)
    return k.count == 1 ? k[0] : nil
  }
  static func rp(_ r: Int64) -> TokenKind { .money(Money(rupiah: r)) }

  @Test(arguments: [
    ("10jt", rp(10_000_000)),
    ("10 jt", nil),
    ("2,5M", rp(2_500_000_000)),
    ("2.5M", rp(2_500_000_000)),
    ("500rb", rp(500_000)),
    ("500ribu", rp(500_000)),
    ("1,5miliar", rp(1_500_000_000)),
    ("1,5milyar", rp(1_500_000_000)),
    ("3JT", rp(3_000_000)),
    ("1T", rp(1_000_000_000_000)),
    ("Rp 1.250.000", rp(1_250_000)),
    ("Rp1.250.000", rp(1_250_000)),
    ("Rp 1.000", rp(1_000)),
    ("Rp 500", rp(500)),
    ("rp 750000", rp(750_000)),
    ("Rp 10jt", rp(10_000_000)),
    ("Rp1.250.000,50", .money(Money(sen: 125_000_050))),
    ("Rp 7,5", .money(Money(sen: 750))),
    ("1,25jt", rp(1_250_000)),
  ] as [(String, TokenKind?)])
  func money(_ text: String, _ expected: TokenKind?) {
    if let expected {
      #expect(only(text) == expected, "\(text)")
    } else {
      #expect(kinds(text).count == 2, "\(text) is a number and a name")
    }
  }

  @Test func numbers() {
    #expect(only("42") == .integer(42))
    #expect(only("1.5") == .decimal(1.5))
    #expect(only("0.125") == .decimal(0.125))
    #expect(only("1.250.000") == .integer(1_250_000))
    #expect(only("1.250.000,5") == .decimal(1_250_000.5))
    #expect(only("1234.567") == .decimal(1234.567))
    #expect(only("5%") == .percent(0.05))
    #expect(only("2,5%") == .percent(0.025))
    #expect(only("0.5%") == .percent(0.005))
    #expect(only("2025-12-31") == .date(Day(year: 2025, month: 12, day: 31)!))
    #expect(only("2024-02-29") == .date(Day(year: 2024, month: 2, day: 29)!))
  }

  @Test func badNumbersAreErrorTokens() {
    guard case .error(let m)? = only("1.250") else { Issue.record("1.250 should be ambiguous"); return }
    #expect(m == Messages.ambiguousNumber("1.250"))
    guard case .error(let d)? = only("2025-02-30") else { Issue.record("no such date"); return }
    #expect(d == Messages.noSuchDate("2025-02-30"))
    guard case .error(let u)? = only("10jtx") else { Issue.record("unknown unit"); return }
    #expect(u == Messages.unknownUnit("jtx"))
    guard case .error(let p)? = only("1,234567891jt") else { Issue.record("sub-sen"); return }
    #expect(p == Messages.amountTooPrecise)
    guard case .error(let big)? = only("99999999999999999999") else { Issue.record("overflow"); return }
    #expect(big == Messages.numberTooLarge)
  }

  @Test func commaSeparatesListsUnlessAUnitFollows() {
    #expect(kinds("in (1, 2)") == [.identifier, .punct(.lparen), .integer(1), .punct(.comma), .integer(2), .punct(.rparen)])
    #expect(kinds("(1,2)") == [.punct(.lparen), .integer(1), .punct(.comma), .integer(2), .punct(.rparen)])
    #expect(kinds("(1,5jt,2)") == [.punct(.lparen), Self.rp(1_500_000), .punct(.comma), .integer(2), .punct(.rparen)])
  }

  @Test func strings() {
    #expect(only(#""halo""#) == .string("halo"))
    #expect(only("'halo'") == .string("halo"))
    #expect(only(#""a\"b\n\t\\""#) == .string("a\"b\n\t\\"))
    #expect(only(#""Jum'at""#) == .string("Jum'at"))
    #expect(only(#""C:\data""#) == .string("C:\\data"))
    #expect(only(#""\u{1F600}""#) == .string("😀"))
    #expect(only(#""José Ramos — Rp""#) == .string("José Ramos — Rp"))
    #expect(only("\"dua\nbaris\"") == .string("dua\nbaris"))
    guard case .error(let m)? = only("\"tidak ditutup") else { Issue.record("unterminated"); return }
    #expect(m == Messages.unterminatedString)
  }

  @Test func identifiersKeepInnerDashes() {
    let t = Lexer.tokenize("periksa-data on-error a-b a - b dpd-1 _ _x café")
    #expect(t.map(\.text) == ["periksa-data", "on-error", "a-b", "a", "-", "b", "dpd", "-", "1", "_", "_x", "café"])
    #expect(t[0].kind == .identifier)
  }

  @Test func variables() {
    #expect(kinds("$1 $macet $arg2") == [.variable("1"), .variable("macet"), .variable("arg2")])
    guard case .error? = only("$") else { Issue.record("bare $"); return }
  }

  @Test func operators() {
    #expect(
      kinds("== != <> <= >= < > = + - * / | ; , . ( ) [ ] { }")
        == [.eq, .ne, .ne, .le, .ge, .lt, .gt, .assign, .plus, .minus, .star, .slash, .pipe, .semicolon,
          .comma, .dot, .lparen, .rparen, .lbracket, .rbracket, .lbrace, .rbrace].map { .punct($0) })
    guard case .error(let m)? = only("!") else { Issue.record("bang"); return }
    #expect(m == Messages.bangNotOperator)
    guard case .error? = only("@") else { Issue.record("at sign"); return }
  }

  @Test func commentsAndNewlines() {
    let t = Lexer.tokenize("a # komentar\nb")
    #expect(t.map(\.kind) == [.identifier, .comment, .newline, .identifier])
    #expect(t[1].text == "# komentar")
    #expect(t[3].spaceBefore)
  }

  @Test func spansAreUtf8Offsets() {
    let t = Lexer.tokenize("nama == \"José\" | x")
    #expect(t.map(\.span) == [Span(0, 4), Span(5, 7), Span(8, 15), Span(16, 17), Span(18, 19)])
    let r = Lexer.tokenize("sisa > Rp 1.250.000")
    #expect(r[2].span == Span(7, 19))
    #expect(r[2].text == "Rp 1.250.000")
  }

  @Test func spaceBeforeGluesWords() {
    let t = Lexer.tokenize("buka ./ksp-sejahtera contoh/")
    #expect(t.map(\.spaceBefore) == [true, true, false, false, true, false])
    let words = Parser.words(t.dropFirst()[...])
    #expect(words.map(\.display) == ["./ksp-sejahtera", "contoh/"])
  }
}

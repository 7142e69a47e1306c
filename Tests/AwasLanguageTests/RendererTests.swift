import Testing

@testable import AwasLanguage
@testable import AwasPluginKit

@Suite struct RendererTests {
  let source = SourceText(name: "s.awas", text: "a\npinjaman | where dpdd > 90\n")

  @Test func withoutSpan() {
    let d = Diagnostic(Text("pesan", en: "message"), hint: Text("saran ini", en: "this hint"))
    #expect(DiagnosticRenderer.render(d, language: .id, color: false) == "galat: pesan\n  = saran: saran ini")
    #expect(DiagnosticRenderer.render(d, language: .en, color: false) == "error: message\n  = hint: this hint")
  }

  @Test func warningWithoutHint() {
    let d = Diagnostic(.warning, Text("hati-hati", en: "careful"), span: Span(2, 10), source: source)
    #expect(DiagnosticRenderer.render(d, language: .en, color: false) == """
      warning: careful
       --> s.awas:2:1
        |
      2 | pinjaman | where dpdd > 90
        | ^^^^^^^^
      """)
  }

  @Test func colourOnlyWhenAsked() {
    let d = Diagnostic(Text("x"), span: Span(19, 23), source: source, hint: "y")
    let plain = DiagnosticRenderer.render(d, language: .id, color: false)
    let coloured = DiagnosticRenderer.render(d, language: .id, color: true)
    #expect(!plain.contains("\u{1B}"))
    #expect(coloured.contains("\u{1B}[31m\u{1B}[1mgalat:\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[31m\u{1B}[1m^^^^\u{1B}[0m"))
    let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(stripped == plain)
  }

  @Test func spanPastTheEndOfTheLineGetsOneCaret() {
    let d = Diagnostic(Text("x"), span: Span(28, 29), source: source)
    #expect(DiagnosticRenderer.render(d, language: .id, color: false).hasSuffix("2 | pinjaman | where dpdd > 90\n  |                           ^"))
  }

  @Test func multiLineSpanIsUnderlinedToTheLineEnd() {
    let d = Diagnostic(Text("x"), span: Span(2, 40), source: SourceText(name: "m", text: "a\nif x {\n  b\n}\n"))
    #expect(DiagnosticRenderer.render(d, language: .id, color: false).hasSuffix("2 | if x {\n  | ^^^^^^"))
  }

  @Test func longLinesAreCutAroundTheSpan() {
    #expect(DiagnosticRenderer.window(Array(String(repeating: "x", count: 40)), start: 30, end: 32, maxWidth: 20).1 == 11)
    let (shown, caret, width) = DiagnosticRenderer.window(
      Array("0123456789012345678901234567890123456789"), start: 30, end: 32, maxWidth: 20)
    #expect(shown == "…01234567890123456789")
    #expect(caret == 11 && width == 2)
    let (mid, midCaret, _) = DiagnosticRenderer.window(Array(String(repeating: "ab", count: 50)), start: 50, end: 51, maxWidth: 20)
    #expect(mid.hasPrefix("…") && mid.hasSuffix("…") && mid.count == 22)
    #expect(midCaret == 6)

    let long = "pinjaman | where " + String(repeating: "dpd >= 0 and ", count: 15) + "dpdd > 90"
    let s = Session()
    let text = s.error(long)
    let lines = text.split(separator: "\n").map(String.init)
    let code = lines[3].dropFirst(4), carets = lines[4].dropFirst(4)
    #expect(code.hasPrefix("…"))
    #expect(code.count <= 101)
    let at = code.distance(from: code.startIndex, to: code.range(of: "dpdd")!.lowerBound)
    #expect(carets == Substring(String(repeating: " ", count: at) + "^^^^"))
    #expect(lines[1] == " --> <baris>:1:213")
  }
}

@Suite struct CompletenessTests {
  @Test(arguments: [
    ("pinjaman | where dpd > 90", true),
    ("pinjaman |", false),
    ("pinjaman |   # lanjut di baris berikut", false),
    ("pinjaman |\n  where dpd > 90", true),
    ("if x {", false),
    ("if x {\n  sapa a\n}", true),
    ("x | where a in (1,", false),
    ("x | where a in [1,", false),
    ("\"abc", false),
    ("sapa 'dua\nbaris'", true),
    ("'abc'", true),
    ("", true),
    ("# komentar saja", true),
    ("a)", true),
    ("pinjaman | where nama == \"a|b\"", true),
    ("a ||", false),
  ])
  func isComplete(_ text: String, _ expected: Bool) {
    #expect(Interpreter.isComplete(text) == expected, "\(text)")
  }
}

import Testing

@testable import AwasLanguage
@testable import AwasPluginKit

@Suite struct ParserTests {
  static let registry = Fixtures.registry(Recorder())
  let parser = Parser(
    context: ParseContext(
      command: { ParserTests.registry.command($0) },
      isKnownName: { ["pinjaman", "anggota", "macet"].contains($0) },
      candidates: { ["pinjaman", "anggota"] }))

  func parse(_ text: String) throws -> [String] {
    try StatementSplitter.split(Lexer.tokenize(text)).map { try parser.statement($0).sexp }
  }

  func one(_ text: String) -> String {
    do {
      let s = try parse(text)
      return s.count == 1 ? s[0] : "\(s.count) statements: \(s)"
    } catch let d as Diagnostic {
      return "error: " + d.message.en
    } catch {
      return "error: \(error)"
    }
  }

  @Test(arguments: [
    ("pinjaman", "pinjaman"),
    ("pinjaman | where dpd > 90 | sort sisa desc | head 10",
     "pinjaman | where (> dpd 90) | sort sisa desc | head 10"),
    ("pinjaman | saring dpd > 90 | urut sisa turun, no_pinjaman | ambil 5",
     "pinjaman | where (> dpd 90) | sort sisa desc, no_pinjaman | head 5"),
    ("pinjaman | sort petugas naik sisa turun", "pinjaman | sort petugas, sisa desc"),
    ("pinjaman | tail | akhir 3", "pinjaman | tail | tail 3"),
    ("pinjaman | select no_pinjaman sisa dpd", "pinjaman | select no_pinjaman, sisa, dpd"),
    ("pinjaman | pilih no_pinjaman, bunga = sisa * 2%, pinjaman.dpd",
     "pinjaman | select no_pinjaman, bunga=(* sisa 2%), pinjaman.dpd"),
    ("pinjaman | count", "pinjaman | count"),
    ("pinjaman | hitung", "pinjaman | count"),
    ("pinjaman | distinct petugas, status", "pinjaman | distinct petugas, status"),
    ("pinjaman | unik", "pinjaman | distinct "),
    ("$3 | head 2", "$3 | head 2"),
    ("_ | count", "_ | count"),
    ("pinjaman | ringkas --per petugas | urut n turun", "pinjaman | cmd[ringkas --per petugas] | sort n desc"),
    ("pinjaman | where dpd > 90 > hasil.csv", "pinjaman | where (> dpd 90) > hasil.csv"),
    ("pinjaman | simpan 'hasil akhir.json'", "pinjaman > hasil akhir.json"),
    ("pinjaman | where sisa > plafon", "pinjaman | where (> sisa plafon)"),
  ])
  func pipelines(_ text: String, _ expected: String) {
    #expect(one(text) == expected)
  }

  @Test(arguments: [
    ("1 + 2 * 3", "(+ 1 (* 2 3))"),
    ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
    ("-5jt", "Rp-5000000"),
    ("- sisa", "(neg sisa)"),
    ("a - b - c", "(- (- a b) c)"),
    ("a or b and not c", "(or a (and b (not c)))"),
    ("a atau b dan bukan c", "(or a (and b (not c)))"),
    ("not dpd > 90", "(not (> dpd 90))"),
    ("status in (\"lunas\", \"hapus_buku\")", "(in status \"lunas\" \"hapus_buku\")"),
    ("status dalam [\"lunas\"]", "(in status \"lunas\")"),
    ("status not in (\"lunas\")", "(not-in status \"lunas\")"),
    ("status tidak dalam (\"lunas\")", "(not-in status \"lunas\")"),
    ("dpd between 1 and 90", "(between dpd 1 90)"),
    ("dpd antara 1 dan 90 dan x", "(and (between dpd 1 90) x)"),
    ("dpd not between 1 and 90", "(not-between dpd 1 90)"),
    ("nama contains \"siti\"", "(contains nama \"siti\")"),
    ("nama memuat 'siti'", "(contains nama \"siti\")"),
    ("nama not contains 'x'", "(not-contains nama \"x\")"),
    ("jaminan is null", "(null? jaminan)"),
    ("jaminan is not null", "(not-null jaminan)"),
    ("jaminan adalah kosong", "(null? jaminan)"),
    ("jaminan kosong", "(null? jaminan)"),
    ("jaminan tidak kosong", "(not-null jaminan)"),
    ("jaminan bukan kosong", "(not-null jaminan)"),
    ("x == null", "(== x null)"),
    ("x = ya", "(== x true)"),
    ("x != tidak", "(!= x false)"),
    ("benar and salah", "(and true false)"),
    ("sum(pinjaman.sisa)", "(sum pinjaman.sisa)"),
    ("jumlah(pinjaman.sisa) / hitung(pinjaman)", "(/ (jumlah pinjaman.sisa) (hitung pinjaman))"),
    ("count(pinjaman | where dpd > 90)", "(count {pinjaman | where (> dpd 90)})"),
    ("round(sisa * 1,5%, -3)", "(round (* sisa 1.5%) -3)"),
    ("days(tanggal_cair, 2025-12-31)", "(days tanggal_cair 2025-12-31)"),
    ("asof()", "(asof)"),
    ("$3.sisa", "$3.sisa"),
    ("_.sisa", "_.sisa"),
    ("sisa >= Rp 1.250.000", "(>= sisa Rp1250000)"),
    ("tanggal_cair < 2025-01-01", "(< tanggal_cair 2025-01-01)"),
  ])
  func expressions(_ text: String, _ expected: String) {
    #expect(one("x | where " + text) == "x | where " + expected)
  }

  @Test(arguments: [
    ("let macet = pinjaman | where dpd > 90", "let macet = pinjaman | where (> dpd 90)"),
    ("misal n = 5jt", "let n = Rp5000000"),
    ("set on-error continue", "set on-error continue"),
    ("atur per-tanggal 2025-06-30", "set per-tanggal 2025-06-30"),
    ("set", "set - "),
    ("source periksa.awas a 2", "source periksa.awas a 2"),
    ("jalankan \"skrip saya.awas\"", "source skrip saya.awas"),
    ("if x > 1 { a; b } else { c }", "if (> x 1) {a ; b} else {c}"),
    ("jika x { a } lainnya jika y { b }", "if x {a} else {jika y { b }}"),
    ("assert count(macet) == 0, \"ada macet\"", "assert (== (count macet) 0), \"ada macet\""),
    ("pastikan x in (1, 2)", "assert (in x 1 2)"),
    ("1 + 2", "(+ 1 2)"),
    ("sapa Budi --kali 2", "cmd[sapa Budi --kali 2]"),
    ("buka ./ksp-sejahtera", "cmd[buka ./ksp-sejahtera]"),
    ("buka contoh/", "cmd[buka contoh/]"),
    ("check benford pinjaman.sisa --digits=2 --by petugas", "cmd[check benford pinjaman.sisa --digits=2 --by petugas]"),
    ("opsi --batas 0,5jt,25jt --min Rp 1.250.000", "cmd[opsi --batas 0,5jt,25jt --min Rp 1.250.000]"),
    ("opsi --berkas hasil-$arg1.csv", "cmd[opsi --berkas hasil-$arg1.csv]"),
    ("risk par > par.csv", "cmd[risk par] > par.csv"),
  ])
  func statements(_ text: String, _ expected: String) {
    #expect(one(text) == expected)
  }

  @Test func splitting() throws {
    #expect(try parse("a; b\nc").count == 3)
    #expect(try parse("pinjaman |\n  where dpd > 90\n  | head 2") == ["pinjaman | where (> dpd 90) | head 2"])
    #expect(try parse("x | where dpd in (1,\n 2)") == ["x | where (in dpd 1 2)"])
    #expect(try parse("if x {\n  a\n  b\n}\nelse {\n  c\n}\nd").count == 2)
    #expect(try parse("# komentar saja\n\n;;") == [])
    #expect(try parse("a # komentar ; b") == ["a"])
  }

  @Test(arguments: [
    ("pinjaman | where", "`where` needs a condition"),
    ("pinjaman |", "`|` must be followed by a stage"),
    ("| head", "`|` without a table before it"),
    ("where dpd > 90", "`where` needs a table before it"),
    ("pinjaman | wher dpd > 90", "unknown stage `wher`"),
    ("pinjaman | sapa x", "`sapa` does not take a table from `|`"),
    ("pinjaman where dpd > 90", "`pinjaman` is a table, not a command"),
    ("periksaa benford x", "unknown command `periksaa`"),
    ("x | where a < b < c", "comparisons cannot be chained"),
    ("x | where a in 1", "`in` needs a list in parentheses"),
    ("x | where (a", "`(` is not closed"),
    ("x | where a between 1", "expected `and` but the statement ends"),
    ("x | where a is 5", "expected `null`, found `5`"),
    ("x | where sumx(a) > 1", "unknown function `sumx`"),
    ("x | where a > 1.250", "the number `1.250` is ambiguous"),
    ("let = 5", "`let` needs a name"),
    ("let where = 5", "`where` is a keyword and cannot be a name"),
    ("let sapa = 5", "`sapa` is taken (a command or the last result)"),
    ("let x 5", "expected `=`, found `5`"),
    ("if x", "`if` needs a block `{ … }`"),
    ("if x { a } y", "unexpected `y` here"),
    ("else { a }", "`else` without an `if` before it"),
    ("assert", "`assert` needs a condition"),
    ("x > hasil.xlsx", "cannot save as `.xlsx`"),
    ("x | save a.csv | head", "`save` must be the last stage"),
    ("x | head 1 2", "unexpected `2` here"),
    ("x | count 5", "unexpected `5` here"),
    ("x | select a b = ", "expected a value but the statement ends"),
  ])
  func errors(_ text: String, _ expected: String) {
    #expect(one(text) == "error: " + expected)
  }

  /// Nesting is bounded (brackets, operators, calls, pipelines; blocks are
  /// bounded when they run: StatementTests), so a generated line thousands
  /// deep is an error, not a stack overflow; 100 levels still parse.
  @Test func nestingIsBounded() {
    let tooDeep = nestedTooDeepError
    func parens(_ n: Int) -> String { String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n) }
    #expect(one("x | where a == " + parens(100)) == "x | where (== a 1)")
    #expect(one("x | where a == " + parens(101)) == tooDeep)
    #expect(one("x | where a == " + parens(5_000)) == tooDeep)
    #expect(one("let x = 1" + String(repeating: " + 1", count: 100)).hasPrefix("let x = (+ (+"))
    #expect(one("let x = 1" + String(repeating: " + 1", count: 101)) == tooDeep)
    #expect(one("let x = 1" + String(repeating: " * 2", count: 20_000)) == tooDeep)
    #expect(one("x | where a or b" + String(repeating: " or c", count: 200)) == tooDeep)
    #expect(one("x | where " + String(repeating: "not ", count: 10_000) + "a") == tooDeep)
    #expect(one("let x = " + String(repeating: "- ", count: 10_000) + "a") == tooDeep)
    #expect(one("let x = " + String(repeating: "abs(", count: 150) + "1" + String(repeating: ")", count: 150)) == tooDeep)
    #expect(one("x | where a in (" + parens(100) + ")") == tooDeep)
    #expect(one("let x = " + String(repeating: "(x | where ", count: 101) + "a" + String(repeating: ")", count: 101)) == tooDeep)
    // A pipeline in brackets counts the expressions inside it: 60 operators
    // around it and 60 inside are too deep together.
    let sixty = "a" + String(repeating: " + a", count: 60)
    let after = String(repeating: " + a", count: 60)
    #expect(one("let x = count(x | where b == " + sixty + ")" + after) == tooDeep)
    #expect(one("let x = count(x | where b == a)" + after).hasPrefix("let x = (+"))
  }
}

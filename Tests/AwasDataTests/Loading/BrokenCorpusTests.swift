import Testing

@testable import AwasData

/// One broken file of Fixtures/Loading/broken and the one issue it must produce.
struct BrokenCase: CustomTestStringConvertible, Sendable {
  var folder: String
  var file: String
  var kind: IssueKind
  var line: Int?
  var column: Int?
  var message: String
  var skipped: Bool
  var testDescription: String { folder }
}

private let cases: [BrokenCase] = [
  BrokenCase(folder: "money-garbage", file: "pinjaman.csv", kind: .badMoney, line: 2, column: 22, message: "Column plafon: \"12jt\" is not a valid rupiah amount", skipped: true),
  BrokenCase(folder: "money-decimals", file: "angsuran.csv", kind: .badMoney, line: 2, column: 22, message: "Column pokok: \"416666.667\" has more than 2 decimal places (sen)", skipped: false),
  BrokenCase(folder: "money-ambiguous", file: "simpanan.csv", kind: .badMoney, line: 3, column: 12, message: "Column saldo: \"1.000\" is ambiguous: with desimal = \".\" it has 3 decimal places; if \".\" groups thousands, set desimal = \",\" in [format]", skipped: true),
  BrokenCase(folder: "money-paren", file: "neraca.csv", kind: .badMoney, line: 2, column: 35, message: "Column saldo_lalu: \"(1.250.000\" is not a valid rupiah amount", skipped: false),
  BrokenCase(folder: "date-garbage", file: "anggota.csv", kind: .badDate, line: 2, column: 28, message: "Column tanggal_masuk: \"kemarin\" is not a valid date", skipped: false),
  BrokenCase(folder: "date-no-such-day", file: "pinjaman.csv", kind: .badDate, line: 2, column: 11, message: "Column tanggal_cair: \"2025-02-30\" is not a real day", skipped: true),
  BrokenCase(folder: "date-excel-serial", file: "angsuran.csv", kind: .excelDate, line: 2, column: 11, message: "Column tanggal: \"45657\" looks like an Excel date serial number (2024-12-31); it was not converted", skipped: true),
  BrokenCase(folder: "date-day-first", file: "angsuran.csv", kind: .badDate, line: 2, column: 11, message: "Column tanggal: \"10/02/2025\" puts the day first but [format] tanggal = \"YYYY-MM-DD\"; if the file uses day/month/year, set tanggal = \"DD/MM/YYYY\" in koperasi.toml", skipped: true),
  BrokenCase(folder: "date-two-digit-year", file: "angsuran.csv", kind: .badDate, line: 2, column: 11, message: "Column tanggal: \"10/02/25\" has a two-digit year; write the full year (2025)", skipped: true),
  BrokenCase(folder: "enum-status", file: "anggota.csv", kind: .notAllowed, line: 2, column: 39, message: "Column status: \"pasif\" is not an allowed value", skipped: true),
  BrokenCase(folder: "enum-metode", file: "pinjaman.csv", kind: .notAllowed, line: 2, column: 34, message: "Column metode: \"bunga tetap\" is not an allowed value", skipped: true),
  BrokenCase(folder: "enum-pos", file: "neraca.csv", kind: .notAllowed, line: 2, column: 9, message: "Column pos: \"kas_besar\" is not an allowed value", skipped: false),
  BrokenCase(folder: "yes-no", file: "pinjaman.csv", kind: .badYesNo, line: 2, column: 61, message: "Column restrukturisasi: \"mungkin\" is not yes/no", skipped: false),
  BrokenCase(folder: "integer", file: "pinjaman.csv", kind: .badInteger, line: 2, column: 39, message: "Column tenor_bulan: \"12,5\" is not a number", skipped: true),
  BrokenCase(folder: "number", file: "pinjaman.csv", kind: .badNumber, line: 2, column: 30, message: "Column bunga_persen_bulan: \"satu\" is not a number", skipped: true),
  BrokenCase(folder: "missing-value", file: "anggota.csv", kind: .missingValue, line: 2, column: 6, message: "Column nama is empty but must have a value", skipped: true),
  BrokenCase(folder: "short-row", file: "anggota.csv", kind: .missingValue, line: 2, column: 27, message: "Column status is empty but must have a value", skipped: true),
  BrokenCase(folder: "missing-column", file: "pinjaman.csv", kind: .missingColumn, line: 1, column: nil, message: "Required column plafon is missing from the header of pinjaman.csv", skipped: false),
  BrokenCase(folder: "missing-column-typo", file: "pinjaman.csv", kind: .missingColumn, line: 1, column: nil, message: "Required column tanggal_cair is missing from the header of pinjaman.csv; did you mean \"tgl_cair\"?", skipped: false),
  BrokenCase(folder: "duplicate-column", file: "anggota.csv", kind: .duplicateColumn, line: 1, column: 42, message: "Column nama appears again in the header; this one is ignored", skipped: false),
  BrokenCase(folder: "unnamed-column", file: "phu.csv", kind: .unnamedColumn, line: 1, column: 47, message: "Column 6 has no name in the header but holds data; kept as kolom_6", skipped: false),
  BrokenCase(folder: "no-header", file: "simpanan.csv", kind: .noHeader, line: 1, column: nil, message: "The first row of simpanan.csv names none of its columns (found: A001, pokok, 100000); the table was skipped", skipped: false),
  BrokenCase(folder: "rows-before-header", file: "neraca.csv", kind: .rowsBeforeHeader, line: 4, column: nil, message: "2 line(s) before the header (line 4) were ignored", skipped: false),
  BrokenCase(folder: "wrong-delimiter", file: "pinjaman.csv", kind: .wrongDelimiter, line: 1, column: nil, message: "The header is not separated by \",\" but by \";\"; the table was skipped", skipped: false),
  BrokenCase(folder: "duplicate-key-anggota", file: "anggota.csv", kind: .duplicateKey, line: 4, column: 1, message: "no_anggota \"A001\" already appears on line 2; this row was skipped", skipped: true),
  BrokenCase(folder: "duplicate-key-pinjaman", file: "pinjaman.csv", kind: .duplicateKey, line: 4, column: 1, message: "no_pinjaman \"P001\" already appears on line 2; this row was skipped", skipped: true),
  BrokenCase(folder: "unknown-loan", file: "angsuran.csv", kind: .unknownLoan, line: 3, column: 6, message: "Repayment for loan \"P999\", which is not in pinjaman.csv", skipped: false),
  BrokenCase(folder: "unknown-member-loan", file: "pinjaman.csv", kind: .unknownMember, line: 2, column: 6, message: "Loan for member \"A999\", who is not in anggota.csv", skipped: false),
  BrokenCase(folder: "unknown-member-savings", file: "simpanan.csv", kind: .unknownMember, line: 3, column: 1, message: "Savings of member \"A077\", who is not in anggota.csv", skipped: false),
  BrokenCase(folder: "term-ends-before-start", file: "pengurus.csv", kind: .endBeforeStart, line: 2, column: 54, message: "selesai 2022-12-31 is before mulai 2023-01-01", skipped: false),
  BrokenCase(folder: "after-reporting-date", file: "angsuran.csv", kind: .afterReportingDate, line: 2, column: 11, message: "Column tanggal: 2026-01-05 is after the reporting date 2025-12-31", skipped: false),
  BrokenCase(folder: "unclosed-quote", file: "anggota.csv", kind: .unclosedQuote, line: 2, column: 6, message: "This quote is never closed; the row was skipped", skipped: true),
  BrokenCase(folder: "stray-quote", file: "anggota.csv", kind: .unclosedQuote, line: 2, column: 6, message: "This quote closes only 2 lines later and is followed by more text: the 2 lines after it were read as one field (probably a stray quote); the row was skipped", skipped: true),
  BrokenCase(folder: "text-after-quote", file: "anggota.csv", kind: .textAfterQuote, line: 2, column: 13, message: "Text after the closing quote is ignored", skipped: false),
  BrokenCase(folder: "extra-fields", file: "anggota.csv", kind: .extraFields, line: 2, column: 45, message: "This row has 6 fields but the header has 5; the extra values are ignored", skipped: false),
  BrokenCase(folder: "multiline-line-numbers", file: "jurnal.csv", kind: .badMoney, line: 5, column: 27, message: "Column debet: \"abc\" is not a valid rupiah amount", skipped: false),
  BrokenCase(folder: "invalid-utf8", file: "anggota.csv", kind: .invalidUTF8, line: 3, column: 9, message: "Byte 0xE9 is not valid UTF-8; damaged text shows as \u{FFFD}", skipped: false),
  BrokenCase(folder: "empty-file", file: "rat.csv", kind: .emptyFile, line: nil, column: nil, message: "The file is empty: no header row; the table was skipped", skipped: false),
  BrokenCase(folder: "xlsx", file: "neraca.csv", kind: .notText, line: nil, column: nil, message: "This is an Excel workbook (.xlsx), not a CSV file; the table was skipped", skipped: false),
  BrokenCase(folder: "utf16", file: "phu.csv", kind: .notText, line: nil, column: nil, message: "This file is saved as UTF-16 (Unicode Text); the table was skipped", skipped: false),
  BrokenCase(folder: "binary", file: "jurnal.csv", kind: .notText, line: nil, column: nil, message: "This is not a text file (it holds NUL bytes); the table was skipped", skipped: false),
  BrokenCase(folder: "missing-file", file: "pengurus.csv", kind: .missingFile, line: nil, column: nil, message: "Required file pengurus.csv is missing", skipped: false),
  BrokenCase(folder: "unknown-file", file: "pinjamn.csv", kind: .unknownFile, line: nil, column: nil, message: "File pinjamn.csv is not part of the dataset contract and was ignored; did you mean pinjaman.csv?", skipped: false),
]

@Suite("Broken corpus")
struct BrokenCorpusTests {
  @Test("each broken file yields exactly its issue", arguments: cases)
  func brokenFile(_ c: BrokenCase) throws {
    let ds = try DatasetLoader.load(loadingFixtures + "/broken/" + c.folder, progress: nil, options: .standard)
    let issues = ds.issues(c.file)
    try #require(issues.count == 1, "\(issues.map { "\($0.location) \($0.kind): \($0.message.en)" })")
    let i = issues[0]
    #expect(i.kind == c.kind.rawValue)
    #expect(i.line == c.line)
    #expect(i.column == c.column)
    #expect(i.message.en == c.message)
    #expect(!i.message.id.isEmpty && i.message.id != i.message.en)
    #expect(i.rowSkipped == c.skipped)
    #expect(i.severity == c.kind.severity)
    // Every other file still loads: the only other issues are about other files' absence.
    #expect(ds.issues.allSatisfy { $0.file == c.file || $0.kind == IssueKind.missingFile.rawValue })
    if c.folder != "missing-file" { #expect(ds.table("pengurus")?.rowCount == 1) }
  }

  @Test func corpusHasAtLeastThirtyFiles() {
    #expect(cases.count + 1 >= 30)
  }

  @Test func tooManyIssuesAreSummarised() throws {
    let ds = try DatasetLoader.load(loadingFixtures + "/broken/too-many-issues", progress: nil, options: .standard)
    let issues = ds.issues("angsuran.csv")
    #expect(issues.count == 21)
    #expect(issues.prefix(20).map(\.line) == (2...21).map { Optional($0) })
    #expect(issues[0].message.en == "Column tanggal: \"2025-13-02\" is not a valid date")
    let summary = issues[20]
    #expect(summary.kind == "bad-date")
    #expect(summary.line == nil)
    #expect(summary.message.en == "… and 5 more bad-date issues in angsuran.csv")
    #expect(summary.message.id == "… dan 5 masalah bad-date lain di angsuran.csv")
    #expect(summary.rowSkipped)
    #expect(ds.table("angsuran")?.rowCount == 0)
  }

  @Test func excerptsPointAtTheField() throws {
    let ds = try DatasetLoader.load(loadingFixtures + "/broken/money-garbage", progress: nil, options: .standard)
    let i = try #require(ds.issues("pinjaman.csv").first)
    #expect(i.excerpt == "P001,A001,2025-01-10,12jt,1.5,flat,12,BPKB,8000000,aktif\n                     ^")
    #expect(i.found == "12jt")
    #expect(i.field == "plafon")
    #expect(i.location == "pinjaman.csv:2:22")
    #expect(i.expected?.en == "a rupiah amount like 1250000.50 or Rp 1.250.000")
  }

  @Test func rowsAroundABadRowStillLoad() throws {
    let ds = try DatasetLoader.load(loadingFixtures + "/broken/unclosed-quote", progress: nil, options: .standard)
    #expect(ds.values("anggota", "no_anggota") == [.string("A002")])
    let dup = try DatasetLoader.load(loadingFixtures + "/broken/duplicate-key-pinjaman", progress: nil, options: .standard)
    #expect(dup.values("pinjaman", "no_pinjaman") == [.string("P001"), .string("P002")])
    #expect(dup.values("pinjaman", "plafon") == [.money(Money(rupiah: 5_000_000)), .money(Money(rupiah: 2_000_000))])
  }
}

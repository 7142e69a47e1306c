import AwasPluginKit
import Testing

@testable import AwasAuditPlugin

@Suite struct NIKTests {
  @Test func readsTheStructure() throws {
    let nik = try NIK.parse("3507014101900003").get()
    #expect(nik.province == "35" && nik.regency == "07" && nik.district == "01")
    #expect(nik.female && nik.dayOfMonth == 1 && nik.month == 1 && nik.yy == 90 && nik.serial == "0003")
    #expect(nik.birthDate(reference: day(2025, 12, 31)) == day(1990, 1, 1))
    // YY = 05: 2005 when that is not after the reference date, else 1905.
    let young = try NIK.parse("3507010101050001").get()
    #expect(young.birthDate(reference: day(2025, 12, 31)) == day(2005, 1, 1))
    #expect(young.birthDate(reference: day(2004, 12, 31)) == day(1905, 1, 1))
    #expect(NIK.age(born: day(1990, 6, 15), on: day(2025, 6, 14)) == 34)
    #expect(NIK.age(born: day(1990, 6, 15), on: day(2025, 6, 15)) == 35)
  }

  /// (no_anggota, NIK, jenis_kelamin, tanggal_masuk, expected problem codes).
  static let cases: [(String, String?, String?, Day, String)] = [
    ("01", "3507014101900003", "P", day(2015, 1, 1), ""),  // valid woman (+40)
    ("02", "3507010101900004", "L", day(2015, 1, 1), ""),  // valid man
    ("03", "350701010190000", "L", day(2015, 1, 1), "length"),
    ("04", "3507010101900A01", "L", day(2015, 1, 1), "nonDigit"),
    ("05", "9907010101900005", "L", day(2015, 1, 1), "province"),
    ("06", "3500010101900006", "L", day(2015, 1, 1), "regency"),
    ("07", "3507003102900007", "L", day(2015, 1, 1), "district,date"),  // 31 Feb
    ("08", "3507010113900008", "L", day(2015, 1, 1), "month"),
    ("09", "3507013501900009", "L", day(2015, 1, 1), "day"),
    ("10", "3507010101900000", "L", day(2015, 1, 1), "serial"),
    ("11", "3507014101900011", "L", day(2015, 1, 1), "sex"),  // +40 but recorded as a man
    ("12", "3507010101150012", "L", day(2025, 1, 1), "age"),  // born 2015, joined at 10
    ("13", "3507012902000013", "P", day(2020, 1, 1), "sex"),  // 29 Feb 2000 exists; day 29 means a man
    ("14", "3507012902010014", "L", day(2020, 1, 1), "date"),  // 29 Feb 2001/1901 does not
    ("15", "3507010101900015", "L", day(2015, 1, 1), "shared"),
    ("16", "3507010101900015", "L", day(2015, 1, 1), "shared"),
    ("17", nil, "L", day(2015, 1, 1), "empty"),
    ("18", "3507010101200018", "L", day(2020, 6, 1), "age"),  // 2020-01-01 is not after joining: age 0
  ]

  @Test func reportsEachInvalidRowWithItsReason() throws {
    let t = Table(name: "anggota", columns: [
      Column.string("no_anggota", Self.cases.map(\.0)), textColumn("nik", Self.cases.map(\.1)),
      Column.string("jenis_kelamin", Self.cases.map(\.2)), Column.date("tanggal_masuk", Self.cases.map(\.3)),
    ])
    let out = try run(["check", "nik"], ["column": col("anggota.nik")], dataset: dataset([t]))
    let r = try #require(out.primaryTable)
    var got: [String: String] = [:]
    for i in 0..<r.rowCount { got[r.strings("no_anggota")[i]] = r.strings("kode")[i] }
    for c in Self.cases {
      #expect((got[c.0] ?? "") == c.4, "row \(c.0)")
    }
    #expect(out.exceptions == Self.cases.filter { !$0.4.isEmpty }.count)
    #expect(out.findings.contains { $0.severity == .high && $0.evidence.first?.keys == ["15", "16"] })
  }

  @Test func provinceListComesFromTheDataFile() throws {
    let p = try NIK.provinces()
    #expect(p.count == 38)
    #expect(p.contains("35") && p.contains("96") && !p.contains("99") && !p.contains("20"))
  }
}

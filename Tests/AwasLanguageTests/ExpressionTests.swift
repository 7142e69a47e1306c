import Testing

@testable import AwasLanguage
@testable import AwasPluginKit

@Suite struct ExpressionTests {
  static func rp(_ r: Int64) -> Value { .money(Money(rupiah: r)) }
  static func day(_ s: String) -> Value { .date(Day(iso: s)!) }

  @Test(arguments: [
    ("1 + 2", Value.int(3)),
    ("2 * 3 - 1", .int(5)),
    ("7 / 2", .double(3.5)),
    ("1 / 0", .null),
    ("1.5 * 2", .double(3)),
    ("10jt + 500rb", rp(10_500_000)),
    ("10jt - 2500000", rp(7_500_000)),
    ("10jt * 3", rp(30_000_000)),
    ("3 * 10jt", rp(30_000_000)),
    ("10jt / 4", rp(2_500_000)),
    ("10jt / 4jt", .double(2.5)),
    ("Rp 100 / 3", .money(Money(sen: 3333))),
    ("Rp 1.000.000 * 1,5%", rp(15_000)),
    ("-5jt", rp(-5_000_000)),
    ("- (2 + 3)", .int(-5)),
    ("5% * 2", .percent(0.1)),
    ("5% + 5%", .percent(0.1)),
    ("2025-12-31 - 2025-01-01", .int(364)),
    ("2025-01-31 + 1", day("2025-02-01")),
    ("2025-03-01 - 1", day("2025-02-28")),
    ("1 < 2", .bool(true)),
    ("10jt > 9999999", .bool(true)),
    ("10jt == 10000000", .bool(true)),
    // Rupiah beyond what sen can hold still compare in order with money.
    ("10jt < 100000000000000000", .bool(true)),
    ("100000000000000000 > 10jt", .bool(true)),
    ("10jt > -100000000000000000", .bool(true)),
    ("\"a\" < \"b\"", .bool(true)),
    ("ya and tidak", .bool(false)),
    ("null and tidak", .bool(false)),
    ("null or ya", .bool(true)),
    ("null and ya", .null),
    ("not null", .null),
    ("null == null", .bool(true)),
    ("1 + null", .null),
    ("3 in (1, 2, 3)", .bool(true)),
    ("5 between 1 and 4", .bool(false)),
    ("\"Koperasi\" contains \"KOP\"", .bool(true)),
    ("abs(-5jt)", rp(5_000_000)),
    ("abs(-3)", .int(3)),
    // A date moved outside the years 1–9999 is null instead of wrapping.
    ("2025-12-31 + 9223372036854775807", .null),
    ("2025-12-31 - 9223372036854775807", .null),
    ("9223372036854775807 + 2025-12-31", .null),
    ("9999-12-30 + 1", day("9999-12-31")),
    ("9999-12-31 + 1", .null),
    ("0001-01-01 - 1", .null),
    ("2025-12-31 + -365", day("2024-12-31")),
    ("round(Rp 1.234.567,89)", rp(1_234_568)),
    ("round(Rp 1.234.567, -3)", rp(1_235_000)),
    ("round(2.3456, 2)", .double(2.35)),
    ("round(12345, -2)", .int(12300)),
    ("round(-125, -1)", .int(-130)),
    // At the ends of the 64-bit range a value that cannot be rounded stays as it is.
    ("round(9223372036854775807, -1)", .int(Int64.max)),
    ("round(Rp 92.233.720.368.547.758)", .money(Money(sen: 9_223_372_036_854_775_800))),
    ("round(12,345%, 1)", .percent(0.123)),
    ("year(2025-12-31)", .int(2025)),
    ("month(2025-12-31)", .int(12)),
    ("hari(2025-12-31)", .int(31)),
    ("days(2025-01-01, 2025-12-31)", .int(364)),
    ("selisih_hari(2025-12-31, 2025-01-01)", .int(-364)),
    ("lower(\"ABC\")", .string("abc")),
    ("huruf_besar(\"josé\")", .string("JOSÉ")),
    ("len(\"José\")", .int(4)),
    ("coalesce(null, 5)", .int(5)),
    ("bila_kosong(null, null, \"x\")", .string("x")),
    ("asof()", day("2025-12-31")),
  ])
  func scalar(_ text: String, _ expected: Value) {
    #expect(Session().value(text) == expected, "\(text)")
  }

  @Test(arguments: [
    ("sum(pinjaman.sisa)", rp(77_500_000)),
    ("jumlah(pinjaman.plafon)", rp(108_000_000)),
    ("avg(pinjaman.sisa)", rp(15_500_000)),
    ("rata(pinjaman.dpd)", Value.double(49)),
    ("sum(pinjaman.dpd)", .int(245)),
    ("min(pinjaman.sisa)", rp(0)),
    ("max(pinjaman.sisa)", rp(45_000_000)),
    ("terbesar(pinjaman.tanggal_cair)", day("2025-07-01")),
    ("min(anggota.nama)", .string("Ani")),
    ("count(pinjaman)", .int(6)),
    ("hitung(pinjaman.sisa)", .int(5)),
    ("count(pinjaman | where dpd > 90)", .int(2)),
    ("sum(pinjaman | where dpd > 90 | select sisa)", rp(60_000_000)),
    ("avg(pinjaman.bunga)", .percent(0.01625)),  // 9,75% / 6
    ("sum(pinjaman.sisa) / sum(pinjaman.plafon)", .double(77.5 / 108)),
    ("max(pinjaman.sisa) - min(pinjaman.sisa) > 40jt", .bool(true)),
  ])
  func aggregates(_ text: String, _ expected: Value) {
    #expect(Session().value(text) == expected, "\(text)")
  }

  @Test func aggregatesOfResultsAndVariables() {
    let s = Session()
    s.run("let macet = pinjaman | where dpd > 90")
    #expect(s.value("count(macet)") == .int(2))
    #expect(s.value("sum(macet.sisa)") == Self.rp(60_000_000))
    s.run("pinjaman | head 3")
    #expect(s.value("count($1)") == .int(3))
    #expect(s.value("sum(_.plafon)") == Self.rp(35_000_000))
    #expect(s.value("sum($1.sisa) + 1") == Self.rp(20_000_001))
  }

  @Test func coalescePromotesIntegers() {
    let s = Session()
    let t = s.table("pinjaman | select no_pinjaman, sisa = coalesce(sisa, 0), dpd = bila_kosong(dpd, -1) | tail 2")
    #expect(t?.values("sisa") == [Self.rp(0), Self.rp(12_500_000)])
    #expect(t?.values("dpd") == [.int(-1), .int(30)])
    #expect(s.value("coalesce(null, 2, 1.5)") == .double(2))
    #expect(s.error("coalesce(1, \"a\")").contains("nilai harus sejenis: bilangan bulat dan teks"))
  }

  /// The smallest integer has no positive counterpart, so its absolute value
  /// is too large, an error like any other overflow, never a negative result.
  @Test func absOfTheSmallestIntegerIsTooLarge() {
    let s = Session()
    #expect(s.error("abs(-9223372036854775807 - 1)", language: .en).contains("the result is too large to compute exactly"))
    #expect(s.value("abs(-9223372036854775807)") == .int(Int64.max))
    #expect(s.error("- (-9223372036854775807 - 1)", language: .en).contains("the result is too large to compute exactly"))
    #expect(s.error("pinjaman | select y = -(dpd - 9223372036854775807 - 121)", language: .en).contains("too large"))
    // A null cell may hold the smallest integer underneath: it stays null, no trap.
    let t = s.table("pinjaman | where dpd > 0 or dpd is null | select y = abs(dpd - 9223372036854775807 - 1)")
    #expect(t?.values("y") == [.int(9_223_372_036_854_775_688), .int(9_223_372_036_854_775_713), .null, .int(9_223_372_036_854_775_778)])
  }

  @Test func oneByOneTablesAreValues() {
    let s = Session()
    s.run("let n = pinjaman | where dpd > 90 | count")
    #expect(s.value("n + 1") == .int(3))
    s.run("let batas = 90")
    #expect(s.table("pinjaman | where dpd > batas")?.strings("no_pinjaman") == ["P002", "P004"])
    #expect(s.table("pinjaman | where dpd > $batas")?.strings("no_pinjaman") == ["P002", "P004"])
  }
}

import AwasPluginKit
import Testing

@testable import AwasAuditPlugin

@Suite struct WeekendTests {
  static func jurnal() -> Table {
    let dates = [
      day(2025, 3, 26),  // Wednesday, a working day
      day(2025, 3, 30),  // Sunday
      day(2025, 3, 31),  // Idul Fitri (Monday)
      day(2025, 4, 2),  // cuti bersama (Wednesday)
      day(2025, 3, 29),  // Nyepi, a Saturday: the holiday wins
      day(2025, 3, 22),  // an ordinary Saturday
      day(2019, 6, 9),  // Sunday, outside the holiday list
    ]
    return Table(name: "jurnal", columns: [
      Column.string("no_bukti", ["J1", "J2", "J3", "J4", "J5", "J6", "J7"]), Column.date("tanggal", dates),
    ])
  }

  @Test func flagsSundaysHolidaysAndCutiBersama() throws {
    let t = Self.jurnal()
    let out = try run(["check", "weekend"], ["column": col("jurnal.tanggal")], dataset: dataset([t]))
    let r = try #require(out.primaryTable)
    #expect(r.strings("no_bukti") == ["J2", "J3", "J4", "J5", "J7"])
    #expect(r.strings("jenis") == ["sunday", "national", "collectiveLeave", "national", "sunday"])
    #expect(r.strings("hari") == ["Minggu", "Senin", "Rabu", "Sabtu", "Minggu"])
    #expect(r.strings("alasan")[1] == "Hari Raya Idul Fitri 1446 H")
    #expect(out.exceptions == 5)
    #expect(out.findings.count == 2)
  }

  @Test func settingsAddSaturdaysAndDropCutiBersama() throws {
    let t = Self.jurnal()
    let out = try run(
      ["check", "weekend"], ["column": col("jurnal.tanggal")], dataset: dataset([t]),
      settings: ["audit.weekend.saturday": .bool(true), "audit.weekend.cuti-bersama": .bool(false)])
    #expect(out.primaryTable?.strings("no_bukti") == ["J2", "J3", "J5", "J6", "J7"])
  }

  @Test func holidayFileCoversEveryYear() throws {
    let c = try HolidayCalendar.load()
    #expect(c.years == 2020...2026)
    for y in 2020...2026 {
      let independence = try #require(Day(year: y, month: 8, day: 17))
      #expect(c.days[independence.serial]?.kind == .national, "17 Aug \(y)")
      let newYear = try #require(Day(year: y, month: 1, day: 1))
      #expect(c.days[newYear.serial]?.kind == .national, "1 Jan \(y)")
    }
    // Cuti bersama are working days moved off: never on a weekend.
    for (serial, h) in c.days where h.kind == .collectiveLeave {
      #expect(Day(serial: serial).isoWeekday <= 5, "\(Day(serial: serial))")
    }
    #expect(c.days[day(2026, 3, 21).serial]?.name == "Hari Raya Idul Fitri 1447 H")
    #expect(c.days[day(2024, 2, 14).serial]?.kind == .special)
  }
}

@Suite struct RoundTests {
  static func pinjaman() -> Table {
    Table(name: "pinjaman", columns: [
      Column.string("no_pinjaman", ["P1", "P2", "P3", "P4", "P5", "P6"]),
      Column.money("plafon", [rp(10_000_000), rp(49_500_000), rp(49_000_000), rp(48_900_000), rp(50_000_000), rp(12_345_678)]),
    ])
  }
  static let kebijakan: [String: Value] = ["batas_persetujuan_manajer": .int(50_000_000), "batas_pinjaman_orang_dalam_persen": .int(10)]

  @Test func justUnderTheApprovalLimit() throws {
    let t = Self.pinjaman()
    let out = try run(["check", "round"], ["column": col("pinjaman.plafon")], dataset: dataset([t], kebijakan: Self.kebijakan))
    let r = try #require(out.primaryTable)
    // Round (multiples of 1jt) or within 2% under 50jt: 49jt is exactly 2% under (the edge counts).
    #expect(r.strings("no_pinjaman") == ["P1", "P2", "P3", "P5"])
    #expect(r.values("bulat") == [.bool(true), .bool(false), .bool(true), .bool(true)])
    #expect(r.strings("batas") == ["", "batas_persetujuan_manajer", "batas_persetujuan_manajer", ""])
    #expect(r.values("di_bawah_batas")[1] == .money(rp(500_000)))
    #expect(out.exceptions == 2)
    #expect(out.findings.first?.evidence.first?.keys == ["P2", "P3"])
    #expect(out.findings.first?.amount == rp(98_500_000))
  }

  @Test func roundAmountsBecomeExceptionsWhenAsked() throws {
    let t = Self.pinjaman()
    let out = try run(
      ["check", "round"], ["column": col("pinjaman.plafon"), "unit": .value(.money(rp(500_000))), "flag-round": .flag(true)],
      dataset: dataset([t], kebijakan: Self.kebijakan))
    // Multiples of 500rb: P1, P2, P3, P5 (and P4 = 48.900.000 is not); under the limit: P2, P3.
    #expect(out.exceptions == 4 + 2)
  }

  @Test func anExtraLimitIsNamedInTheInterfaceLanguage() throws {
    let t = Self.pinjaman()
    let args: [String: Argument] = ["column": col("pinjaman.plafon"), "limit": .value(.money(rp(10_100_000)))]
    func fields(_ out: CommandOutput) -> [String] {
      out.blocks.flatMap { if case .fields(let f) = $0 { return f.map(\.0) } else { return [] } }
    }
    let en = try run(["check", "round"], args, dataset: dataset([t]), language: .en)
    #expect(fields(en).contains("Limit --limit"), "\(fields(en))")
    #expect(en.primaryTable?.strings("limit") == ["--limit", "", ""])
    // One amount just under: the English title counts it in the singular.
    #expect(en.findings.first?.title.en == "pinjaman.plafon: 1 amount just under an approval limit")
    let id = try run(["check", "round"], args, dataset: dataset([t]))
    #expect(fields(id).contains("Batas --batas"), "\(fields(id))")
  }

  @Test func aColumnOfTheWrongTypeIsNamedByItsLabel() throws {
    let t = Table(name: "pinjaman", columns: [Column.string("no_pinjaman", ["P1"])])
    let e = try #require(#expect(throws: UserError.self) {
      try run(["check", "round"], ["column": col("pinjaman.no_pinjaman")], dataset: dataset([t]), language: .en)
    })
    #expect(e.message.en == "Column `no_pinjaman` is text; this command needs rupiah or integer.")
    #expect(e.message.id == "Kolom `no_pinjaman` bertipe teks, perintah ini perlu rupiah atau bilangan bulat.")
  }

  @Test func edgeArithmetic() {
    #expect(RoundCheck.justUnder(4_900_000_000, limit: 5_000_000_000, basisPoints: 200))
    #expect(!RoundCheck.justUnder(4_899_999_999, limit: 5_000_000_000, basisPoints: 200))
    #expect(!RoundCheck.justUnder(5_000_000_000, limit: 5_000_000_000, basisPoints: 200))
  }
}

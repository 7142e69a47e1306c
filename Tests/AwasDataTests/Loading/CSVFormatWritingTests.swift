import Testing

@testable import AwasData

@Suite("CSVFormat writing")
struct CSVFormatWritingTests {
  @Test func moneyDatesAndNumbersAsWritten() {
    let comma = CSVFormat(delimiter: UInt8(ascii: ";"), decimalComma: true, dates: .longIndonesian)
    #expect(comma.text(Money(sen: 125_000_050)) == "1.250.000,50")
    #expect(comma.text(Money(sen: -100)) == "-1")
    #expect(comma.text(Money(sen: 5)) == "0,05")
    #expect(comma.text(Day(year: 2025, month: 8, day: 17)!) == "17 Agustus 2025")
    #expect(comma.text(1.5) == "1,5")
    #expect(comma.field("a;b") == "\"a;b\"")
    #expect(comma.record(["a", "b"]) == "a;b")
    let plain = CSVFormat.standard
    #expect(plain.text(Money(sen: 125_000_050)) == "1250000.50")
    #expect(plain.text(Day(year: 2025, month: 1, day: 2)!) == "2025-01-02")
    #expect(CSVFormat(dates: .dmyDash).text(Day(year: 2025, month: 1, day: 2)!) == "02-01-2025")
    #expect(plain.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(plain.field("dua\nbaris") == "\"dua\nbaris\"")
    #expect(plain.field("biasa") == "biasa")
  }

  /// Any values written with any format options load back to the same values.
  @Test(arguments: 0..<24)
  func roundTrip(_ seed: Int) throws {
    var rng = FuzzTests.Rng(state: UInt64(seed) + 11)
    let delimiters = CSVFormat.delimiters
    var format = CSVFormat(
      delimiter: delimiters[rng.below(delimiters.count)], decimalComma: rng.below(2) == 0,
      dates: CSVFormat.DateStyle.allCases[rng.below(4)])
    if format.decimalComma && format.delimiter == UInt8(ascii: ",") { format.delimiter = UInt8(ascii: ";") }
    let names = ["Budi", "Siti \"Ina\"", "Ren\u{E9}", "A, B", "baris\nbaru", "  spasi", "Jum\u{2019}at"]
    var expected: [(String, Money, Day, String)] = []
    var lines = [format.record(["no_anggota", "jenis", "saldo"])]
    var anggota = [format.record(["no_anggota", "nama", "nik", "tanggal_masuk", "status"])]
    for i in 0..<30 {
      let id = "A" + String(format: i)
      let sen = Int64(rng.below(2_000_000_000)) - 500_000_000
      let money = Money(sen: sen)
      let date = Day(serial: Int32(15_000 + rng.below(5000)))
      let name = names[rng.below(names.count)]
      expected.append((id, money, date, name))
      lines.append(format.record([id, ["pokok", "wajib", "sukarela"][i % 3], format.text(money)]))
      anggota.append(format.record([id, format.field(name), String(i), format.text(date), "aktif"]))
    }
    let toml = "pemisah = \(CSVFormat.delimiterName(format.delimiter))\ndesimal = \"\(format.decimalComma ? "," : ".")\"\ntanggal = \"\(format.dates.rawValue)\""
    let d = try TempDataset(
      [
        "anggota.csv": anggota.joined(separator: "\r\n") + "\r\n",
        "pengurus.csv": format.record(["nama", "no_anggota", "nik", "organ", "jabatan", "mulai", "selesai"]) + "\n"
          + format.record(["Budi", "A00", "1", "pengurus", "ketua", format.text(Day(year: 2023, month: 1, day: 1)!), ""]) + "\n",
        "simpanan.csv": lines.joined(separator: "\n") + "\n",
      ], format: toml)
    let ds = try d.load()
    #expect(ds.issues.isEmpty, "\(ds.issues.map(\.message.en))")
    #expect(ds.values("simpanan", "saldo") == expected.map { .money($0.1) })
    #expect(ds.values("anggota", "tanggal_masuk") == expected.map { .date($0.2) })
    #expect(ds.values("anggota", "nama") == expected.map { .string($0.3.trimmingSpaces()) })
  }
}

extension String {
  /// Zero-padded to two digits.
  fileprivate init(format n: Int) { self = n < 10 ? "0\(n)" : "\(n)" }
}

import Foundation
import Testing
@testable import AwasData

@Suite struct DatasetWriterTests {
  /// One money column, one row: the field as written.
  func moneyField(_ sen: Int64, _ format: CSVFormat, _ options: DatasetWriter.Options = .plain) throws -> String {
    let t = Table(name: "t", columns: [.money("saldo", [Money(sen: sen)])])
    let text = String(decoding: try DatasetWriter(format: format, options: options).csvBytes(table: t), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.count > 1 ? String(lines[1]) : ""
  }

  static let comma = CSVFormat(decimalComma: true)
  static let semicolonComma = CSVFormat(delimiter: UInt8(ascii: ";"), decimalComma: true)

  @Test(arguments: [
    (Int64(125_000_050), CSVFormat.standard, DatasetWriter.Options.plain, "1250000.50"),
    (125_000_000, .standard, .plain, "1250000"),
    (5, .standard, .plain, "0.05"),
    (0, .standard, .plain, "0"),
    (-125_000_000, .standard, .plain, "-1250000"),
    (125_000_050, semicolonComma, .plain, "1.250.000,50"),
    (125_000_050, comma, .plain, "\"1.250.000,50\""),
    (125_000_000, comma, .plain, "1.250.000"),
    (99_900, semicolonComma, .plain, "999"),
    (100_000, semicolonComma, .plain, "1.000"),
    (125_000_050, semicolonComma, .init(groupThousands: false), "1250000,50"),
    (125_000_000, semicolonComma, .init(rupiahPrefix: .spaced), "Rp 1.250.000"),
    (125_000_000, semicolonComma, .init(rupiahPrefix: .attached), "Rp1.250.000"),
    (-125_000_000, semicolonComma, .init(rupiahPrefix: .spaced), "-Rp 1.250.000"),
    (-125_000_000, semicolonComma, .init(negatives: .parentheses), "(1.250.000)"),
    (-125_000_000, semicolonComma, .init(rupiahPrefix: .spaced, negatives: .parentheses), "(Rp 1.250.000)"),
    (125_000_000, .standard, .init(rupiahPrefix: .spaced), "Rp 1250000"),
    (125_000_000, .standard, .init(quoteAll: true), "\"1250000\""),
  ])
  func money(_ sen: Int64, _ format: CSVFormat, _ options: DatasetWriter.Options, _ expected: String) throws {
    #expect(try moneyField(sen, format, options) == expected)
  }

  @Test func quotingOnlyWhereNeeded() throws {
    let t = Table(name: "t", columns: [
      .string("nama", ["Sri Wahyuni, S.Pd.", "Ani \"Butet\"", "baris\nkedua", " spasi", "biasa", nil, ""]),
    ])
    let text = String(decoding: try DatasetWriter().csvBytes(table: t), as: UTF8.self)
    #expect(text == "nama\n\"Sri Wahyuni, S.Pd.\"\n\"Ani \"\"Butet\"\"\"\n\"baris\nkedua\"\n\" spasi\"\nbiasa\n\n\n")
    let semi = DatasetWriter(format: CSVFormat(delimiter: UInt8(ascii: ";")))
    let text2 = String(decoding: try semi.csvBytes(table: t.head(1)), as: UTF8.self)
    #expect(text2 == "nama\nSri Wahyuni, S.Pd.\n")
  }

  @Test func quoteAllLeavesNullsEmpty() throws {
    let t = Table(name: "t", columns: [
      .string("a", ["x", nil]), .int64("b", .int, [7, nil]), .date("c", [Day(year: 2025, month: 1, day: 2), nil]),
    ])
    let w = DatasetWriter(options: .init(quoteAll: true))
    #expect(String(decoding: try w.csvBytes(table: t), as: UTF8.self) == "\"a\",\"b\",\"c\"\n\"x\",\"7\",\"2025-01-02\"\n,,\n")
  }

  @Test(arguments: [
    (CSVFormat.DateStyle.iso, "2025-12-31", "2025-01-05"),
    (.dmySlash, "31/12/2025", "05/01/2025"),
    (.dmyDash, "31-12-2025", "05-01-2025"),
    (.longIndonesian, "31 Desember 2025", "5 Januari 2025"),
  ])
  func dates(_ style: CSVFormat.DateStyle, _ end: String, _ start: String) throws {
    let days = [Day(year: 2025, month: 12, day: 31), Day(year: 2025, month: 1, day: 5)]
    let t = Table(name: "t", columns: [.date("tanggal", days)])
    let text = String(decoding: try DatasetWriter(format: CSVFormat(dates: style)).csvBytes(table: t), as: UTF8.self)
    #expect(text == "tanggal\n\(end)\n\(start)\n")
  }

  @Test func numbersBooleansAndNulls() throws {
    let t = Table(name: "t", columns: [
      .double("bunga", .double, [1.5, 12, 0.000_01, 1e20, nil]),
      .int64("n", .int, [-3, 0, 1_234_567, nil, 5]),
      .bool("ya", [true, false, nil, true, false]),
    ])
    let text = String(decoding: try DatasetWriter().csvBytes(table: t), as: UTF8.self)
    #expect(text == "bunga,n,ya\n1.5,-3,ya\n12,0,tidak\n0.00001,1234567,\n100000000000000000000,,ya\n,5,tidak\n")
    let comma = String(
      decoding: try DatasetWriter(format: CSVFormat(delimiter: UInt8(ascii: ";"), decimalComma: true)).csvBytes(table: t.head(1)),
      as: UTF8.self)
    #expect(comma == "bunga;n;ya\n1,5;-3;ya\n")
  }

  @Test func bomCRLFHeadersAndTrailingColumns() throws {
    let t = Table(name: "t", columns: [.string("no_pinjaman", ["P1"]), .int64("tenor_bulan", .int, [12])])
    let options = DatasetWriter.Options(byteOrderMark: true, crlf: true, headerStyle: .titleSpaced, trailingEmptyColumns: 2)
    let bytes = try DatasetWriter(options: options).csvBytes(table: t)
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "No Pinjaman,Tenor Bulan,,\r\nP1,12,,\r\n")
    #expect(DatasetWriter.Options(headerStyle: .upper).header("no_pinjaman") == "NO_PINJAMAN")
    #expect(DatasetWriter.Options(headerStyle: .spaced).header("no_pinjaman") == "no pinjaman")
  }

  @Test func windows1252() throws {
    let t = Table(name: "t", columns: [.string("nama", ["José €"])])
    let w = DatasetWriter(format: CSVFormat(encoding: .windows1252), options: .init(byteOrderMark: true))
    #expect(try w.csvBytes(table: t) == Array("nama\nJos".utf8) + [0xE9, 0x20, 0x80, 0x0A])
    let bad = Table(name: "t", columns: [.string("nama", ["ok", "漢"])])
    #expect(throws: DatasetWriterError.unencodable(character: "漢", encoding: "Windows-1252", row: 2, column: "nama")) {
      try w.csvBytes(table: bad)
    }
  }

  @Test func longFieldsAreQuotedToo() throws {
    let long = String(repeating: "a\"", count: 20_000)
    let t = Table(name: "t", columns: [.string("x", [long])])
    let recs = CSVTestReader.records(try DatasetWriter().csvBytes(table: t))
    #expect(recs == [["x"], [long]])
  }

  @Test func fileEqualsBytes() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("awas-writer-\(UUID())").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let t = Table(name: "simpanan", columns: [.string("no_anggota", ["001"]), .money("saldo", [Money(rupiah: 5)])])
    let info = KoperasiInfo(nama: "KSP Uji", jenis: .ksp, tanggalLaporan: Day(serial: 0), tahunBuku: 1970)
    try DatasetWriter().writeDataset(info: info, tables: [t], to: dir)
    let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/simpanan.csv"))
    #expect([UInt8](data) == Array("no_anggota,saldo\n001,5\n".utf8))
    #expect(FileManager.default.fileExists(atPath: dir + "/koperasi.toml"))
  }

  @Test func koperasiTOML() {
    let info = KoperasiInfo(
      nama: "KSP \"Maju\"", jenis: .ksp, nomorBadanHukum: "518/1/BH", wilayah: "Kabupaten Batu Bara",
      tanggalLaporan: Day(year: 2025, month: 12, day: 31) ?? Day(serial: 0), tahunBuku: 2025,
      kebijakan: [
        "batas_pinjaman_per_anggota": .int(50_000_000), "alokasi_shu_anggota_persen": .int(40),
        "denda_harian": .money(Money(sen: 150)), "aktif": .bool(true), "rasio": .double(0.5),
      ],
      extra: ["alamat": .string("Jl. Lintas\tTimur"), "kosong": .null])
    let w = DatasetWriter(format: CSVFormat(delimiter: 9, decimalComma: true, dates: .longIndonesian, encoding: .windows1252))
    #expect(
      w.koperasiTOML(info: info) == """
        nama = "KSP \\"Maju\\""
        jenis = "KSP"
        nomor_badan_hukum = "518/1/BH"
        wilayah = "Kabupaten Batu Bara"
        tanggal_laporan = 2025-12-31
        tahun_buku = 2025
        alamat = "Jl. Lintas\\tTimur"

        [format]
        pemisah = "\\t"
        desimal = ","
        tanggal = "D MMMM YYYY"
        encoding = "Windows-1252"

        [kebijakan]
        aktif = true
        alokasi_shu_anggota_persen = 40
        batas_pinjaman_per_anggota = 50_000_000
        denda_harian = 1.5
        rasio = 0.5

        """)
  }
}

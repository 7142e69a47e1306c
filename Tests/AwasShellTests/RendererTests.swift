import Testing

@testable import AwasPluginKit
@testable import AwasShell

func sampleTable() -> Table {
  Table(name: "pinjaman", columns: [
    Column.string("no_pinjaman", ["P-001", "P-002", nil]),
    Column.money("sisa", [Money(rupiah: 1_250_000), Money(sen: 50), nil]),
    Column.date("tanggal", [Day(year: 2025, month: 12, day: 31), nil, Day(year: 2024, month: 2, day: 29)]),
    Column.double("rasio", .percent, [0.125, 1, nil]),
    Column.string("nik", ["3507010101900002", nil, "12"]),
  ])
}

func printer(_ format: OutputFormat, _ language: Language = .id, width: Int = 100) -> Printer {
  Printer(format: format, language: language, maskPersonal: true, width: width, maxRows: 200, color: false, unicode: true)
}

@Suite struct RendererTests {
  @Test func jsonIsOneArrayOfRowObjects() {
    let out = printer(.json).render(.table(sampleTable()), result: nil).stdout
    #expect(out == """
      [
        {"no_pinjaman": "P-001", "sisa": 1250000, "tanggal": "2025-12-31", "rasio": 0.125, "nik": "3507********0002"},
        {"no_pinjaman": "P-002", "sisa": 0.5, "tanggal": null, "rasio": 1, "nik": null},
        {"no_pinjaman": null, "sisa": null, "tanggal": "2024-02-29", "rasio": null, "nik": "**"}
      ]

      """)
  }

  @Test func csvQuotesAndUsesPlainNumbers() {
    let t = Table(name: "x", columns: [Column.string("nama", ["Ani, S.Pd", "Budi \"Bud\""]), Column.money("m", [Money(rupiah: -5), Money(sen: 1)])])
    #expect(printer(.csv).render(.table(t), result: nil).stdout == "nama,m\n\"Ani, S.Pd\",-5\n\"Budi \"\"Bud\"\"\",0.01\n")
  }

  @Test func tableFormatAlignsAndFormatsByLanguage() {
    let out = printer(.table).render(.table(sampleTable()), result: 3).stdout
    #expect(out == """
      $3 · pinjaman
      no_pinjaman          sisa  tanggal       rasio  nik
      ───────────  ────────────  ──────────  ───────  ────────────────
      P-001        Rp 1.250.000  2025-12-31   12,50%  3507********0002
      P-002             Rp 0,50  -           100,00%  -
      -                       -  2024-02-29        -  **
      (3 baris)

      """)
    let en = printer(.table, .en).render(.table(sampleTable()), result: nil).stdout
    #expect(en.contains("Rp 1,250,000") && en.contains("12.50%") && en.contains("(3 rows)"))
  }

  @Test func columnsThatDoNotFitAreLeftOutAndNamed() {
    let out = printer(.table, width: 30).render(.table(sampleTable()), result: nil).stdout
    #expect(out.hasPrefix("no_pinjaman          sisa\n"))
    #expect(out.contains("(tidak muat ditampilkan: tanggal, rasio, nik"))
  }

  @Test func veryNarrowTerminalsGetRecords() {
    let out = printer(.table, width: 20).render(.table(sampleTable()), result: nil).stdout
    #expect(out.hasPrefix("── 1\nno_pinjaman  P-001\nsisa         Rp\n             1.250.000\ntanggal      2025-12-31\n"))
  }

  @Test func longTextWrapsInsteadOfBeingCut() {
    let t = Table(name: "x", columns: [
      Column.string("id", ["a"]),
      Column.string("catatan", ["pinjaman ini sudah lewat jatuh tempo tiga bulan dan belum ada tindakan penagihan"]),
    ])
    let out = printer(.table, width: 40).render(.table(t), result: nil).stdout
    #expect(out == """
      id  catatan
      ──  ────────────────────────────────────
      a   pinjaman ini sudah lewat jatuh tempo
          tiga bulan dan belum ada tindakan
          penagihan
      (1 baris)

      """)
  }

  @Test func longResultsAreCutWithAHint() {
    let t = Table(name: "n", columns: [Column.int64("i", .int, (0..<500).map { Int64($0) })])
    let out = printer(.table).render(.table(t), result: nil).stdout
    #expect(out.contains("(500 baris; 300 lagi tidak ditampilkan"))
  }

  @Test func textGoesToStderrInMachineFormats() {
    let out = CommandOutput(blocks: [.text("catatan"), .table(sampleTable(), title: nil)])
    let r = printer(.json).render(out, result: 1)
    #expect(r.stderr == "catatan\n")
    #expect(r.stdout.hasPrefix("["))
  }

  @Test func markdownTable() {
    let t = Table(name: "x", columns: [Column.string("a", ["x|y"]), Column.int64("n", .int, [1234])])
    #expect(printer(.markdown).render(.table(t), result: nil).stdout == "| a | n |\n|---|---:|\n| x\\|y | 1.234 |\n\n")
  }

  @Test func masking() {
    #expect(CellFormatter.maskText("3507010101900002") == "3507********0002")
    #expect(CellFormatter.maskText("08123456789") == "08*******89")
    #expect(CellFormatter.maskText("123") == "***")
  }
}

import Foundation
import Testing

/// The binary driven end to end: `-c`, scripts, standard input, exit codes, formats.
@Suite struct ScriptTests {
  let contoh = Awas.root.appendingPathComponent("contoh").path

  @Test func commandsRunAndExitZero() throws {
    let r = try Awas.run(["--lang", "en", "-c", "1 + 41; \"é Rp\""])
    #expect(r.status == 0)
    #expect(r.stdout == "42\né Rp\n")
  }

  @Test func aSyntaxErrorExitsOneWithACaret() throws {
    let r = try Awas.run(["--lang", "en", "-c", "1 +"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("error:"))
    #expect(r.stderr.contains("^"))
  }

  @Test func anUnknownCommandSuggestsTheNearestInEitherLanguage() throws {
    let r = try Awas.run(["-c", "tabell"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("`tabel`"))
  }

  @Test func aFailedAssertExitsTwo() throws {
    let r = try Awas.run(["--lang", "en", "-c", "assert 1 == 2, \"satu bukan dua\"; 3"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("satu bukan dua"))
    #expect(r.stdout == "3\n")
  }

  @Test func aScriptStopsAtItsFirstErrorUnlessToldToContinue() throws {
    let dir = Awas.tempFolder()
    let script = dir.appendingPathComponent("s.awas")
    try "1\nnope\n2\n".write(to: script, atomically: true, encoding: .utf8)
    let r = try Awas.run([script.path])
    #expect(r.status == 1)
    #expect(r.stdout == "1\n")
    try "set on-error continue\n1\nnope\n2\n".write(to: script, atomically: true, encoding: .utf8)
    let r2 = try Awas.run([script.path])
    #expect(r2.status == 1)
    #expect(r2.stdout == "1\n2\n")
  }

  @Test func scriptArguments() throws {
    let dir = Awas.tempFolder()
    let script = dir.appendingPathComponent("args.awas")
    try "$arg1\n$args\n".write(to: script, atomically: true, encoding: .utf8)
    let r = try Awas.run([script.path, "halo", "dunia"])
    #expect(r.status == 0)
    #expect(r.stdout == "halo\n2\n")
  }

  @Test func statementsFromStandardInput() throws {
    let r = try Awas.run(["--lang", "en"], stdin: "1 + 1\n(2 +\n 3)\n")
    #expect(r.status == 0)
    #expect(r.stdout == "2\n5\n")
  }

  @Test func badCommandLineOptionsExitOne() throws {
    let r = try Awas.run(["--format", "xml", "-c", "1"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("table, csv, json, markdown"))
    let v = try Awas.run(["--version"])
    #expect(v.status == 0)
    #expect(!v.stdout.isEmpty)
  }

  @Test func commandLineHelpAndErrorsSpeakTheHelpLanguage() throws {
    let id = try Awas.run(["--help"])
    #expect(id.status == 0)
    for heading in ["IKHTISAR:", "PENGGUNAAN:", "ARGUMEN:", "OPSI:", "Tampilkan bantuan ini.", "(bawaan: id)"] {
      #expect(id.stdout.contains(heading), "\(heading)")
    }
    #expect(!id.stdout.contains("USAGE:") && !id.stdout.contains("Show help information."))
    // Every line fits 80 columns, so no example is broken in two.
    #expect(id.stdout.split(separator: "\n").filter { !$0.hasPrefix("PENGGUNAAN:") }.allSatisfy { $0.count <= 80 })
    let bad = try Awas.run(["--bogus"])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("Galat: Opsi tidak dikenal '--bogus'"))
    #expect(bad.stderr.contains("Lihat 'awas --help' untuk keterangan lebih lanjut."))
    let en = try Awas.run(["--lang", "en", "--help"])
    #expect(en.stdout.contains("USAGE:") && en.stdout.contains("Show help information."))
    let demo = try Awas.run(["demo", "--help"])
    #expect(demo.stdout.contains("PENGGUNAAN: awas demo"))
  }

  @Test func jsonIsOneArrayOfRowObjectsPerTable() throws {
    let r = try Awas.run(["--data", contoh, "--format", "json", "-c", "pinjaman | select no_pinjaman sisa dpd | head 2"])
    #expect(r.status == 0)
    let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
    #expect(rows?.count == 2)
    #expect(rows?.first?["no_pinjaman"] as? String == "P-001")
    #expect(rows?.first?["sisa"] is NSNumber)
  }

  @Test(arguments: ["table", "csv", "json", "markdown"])
  func everyFormat(_ format: String) throws {
    let r = try Awas.run(["--data", contoh, "--format", format, "-c", "pinjaman | select no_pinjaman plafon | head 1"])
    #expect(r.status == 0)
    switch format {
    case "csv": #expect(r.stdout == "no_pinjaman,plafon\nP-001,12000000\n")
    case "json": #expect(r.stdout == "[\n  {\"no_pinjaman\": \"P-001\", \"plafon\": 12000000}\n]\n")
    case "markdown": #expect(r.stdout == "| no_pinjaman | plafon |\n|---|---:|\n| P-001 | Rp 12.000.000 |\n\n")
    default: #expect(r.stdout.contains("P-001        Rp 12.000.000"))
    }
  }

  @Test func outputRedirectWritesAFileAndNeverAnInputFile() throws {
    let dir = Awas.tempFolder()
    let out = dir.appendingPathComponent("hasil.csv").path
    let r = try Awas.run(["--data", contoh, "-c", "pinjaman | select no_pinjaman | head 2 > \(out)"])
    #expect(r.status == 0)
    #expect(try String(contentsOfFile: out, encoding: .utf8) == "no_pinjaman\nP-001\nP-002\n")
    // Tab-separated and JSON files, by their extension.
    let tsv = dir.appendingPathComponent("hasil.tsv").path, json = dir.appendingPathComponent("hasil.json").path
    let r3 = try Awas.run(["--data", contoh, "-c", "pinjaman | select no_pinjaman plafon | head 1 > \(tsv); pinjaman | select no_pinjaman | head 1 > \(json)"])
    #expect(r3.status == 0)
    #expect(try String(contentsOfFile: tsv, encoding: .utf8) == "no_pinjaman\tplafon\nP-001\t12000000\n")
    #expect(try String(contentsOfFile: json, encoding: .utf8) == "[\n  {\"no_pinjaman\": \"P-001\"}\n]\n")
    let input = contoh + "/pinjaman.csv"
    let before = try Data(contentsOf: URL(fileURLWithPath: input))
    let r2 = try Awas.run(["--data", contoh, "-c", "anggota > \"\(input)\""])
    #expect(r2.status == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
  }
}

/// A *wilayah* folder: the register is listed, a cooperative is loaded on `use`.
@Suite struct RegionTests {
  let wilayah = Awas.root.appendingPathComponent("Tests/AwasDataTests/Fixtures/Loading/wilayah").path

  @Test func openListsTheRegisterAndUseSelectsOne() throws {
    let r = try Awas.run(["--lang", "en", "--format", "csv", "-c", "open \(wilayah); use maju; tables"])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "nama,nomor_badan_hukum,jenis,tahun_rat_terakhir,status,digital_books")
    #expect(lines.contains("KSU Maju Jaya,518/200/BH/XVI/2012,KSU,2023,inactive,true") || lines.contains("KSU Maju Jaya,518/200/BH/XVI/2012,KSU,2023,active,true"))
    #expect(r.stderr.contains("Selected: maju"))
  }

  @Test func aCooperativeWithoutBooksSaysSo() throws {
    let r = try Awas.run(["--lang", "en", "-c", "open \(wilayah); use \"Koperasi Tani Makmur\""])
    #expect(r.status == 1)
    #expect(r.stderr.contains("no dataset folder"))
  }
}

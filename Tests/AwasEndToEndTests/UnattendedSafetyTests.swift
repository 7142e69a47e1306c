import Foundation
import Testing

/// What a cron job relies on: standard input runs as a script, a failed `open`
/// or `use` leaves nothing selected, results land in files, and no input file
/// of any dataset is ever overwritten.
@Suite struct UnattendedSafetyTests {
  let contoh = Awas.root.appendingPathComponent("contoh").path

  @Test func standardInputRunsAsAScript() throws {
    let script = "\"satu\"\n\n# komentar\npinjaman\n  | where dpd > 0\n  | count\npinjaman | where zz > 1\n"
    let r = try Awas.run(["--lang", "en", "--data", contoh, "--format", "csv"], stdin: script)
    #expect(r.status == 1)
    #expect(r.stdout.contains("count\n4"))  // the pipeline continued on the next lines
    #expect(r.stderr.contains("--> <stdin>:7:"))  // the error names its line
  }

  @Test func aFailedOpenLeavesNothingSelected() throws {
    let bad = Awas.tempFolder()
    try "jenis = \"XYZ\"\n".write(to: bad.appendingPathComponent("koperasi.toml"), atomically: true, encoding: .utf8)
    let r = try Awas.run([
      "--lang", "en", "--format", "csv", "-c",
      "set on-error continue; open \"\(contoh)\"; open \"\(bad.path)\"; pinjaman | count",
    ])
    #expect(r.status == 1)
    // The count never ran on contoh's loans under the new folder's name.
    #expect(!r.stdout.contains("count"))
    #expect(r.stderr.contains("cannot be opened as a dataset"))
  }

  @Test func aFailedUseLeavesNoMemberSelected() throws {
    let region = Awas.root.appendingPathComponent("Tests/AwasDataTests/Fixtures/Loading/wilayah").path
    let r = try Awas.run([
      "--lang", "en", "--format", "csv", "-c",
      "set on-error continue; open \"\(region)\"; use ksp-sejahtera; use \"Koperasi Tani Makmur\"; pinjaman | count",
    ])
    #expect(r.status == 1)
    #expect(!r.stdout.contains("count"))
    #expect(r.stderr.contains("select one of its cooperatives with `use NAME`"))
  }

  @Test func aValueIsSavedAsAOneRowTable() throws {
    let out = Awas.tempFolder().appendingPathComponent("total.csv").path
    let r = try Awas.run(["--lang", "en", "--data", contoh, "-c", "sum(pinjaman.sisa) > \"\(out)\""])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try String(contentsOfFile: out, encoding: .utf8) == "value\n29373000\n")
  }

  @Test func noDatasetsInputIsOverwrittenEvenIfNotOpen() throws {
    let copy = URL(fileURLWithPath: try Awas.copyOfContoh(named: "lain"))
    let target = copy.appendingPathComponent("pinjaman.csv").path
    let before = try Data(contentsOf: URL(fileURLWithPath: target))
    let r = try Awas.run(["--lang", "en", "--data", contoh, "-c", "pinjaman | head 1 > \"\(target)\""])
    #expect(r.status == 1)
    #expect(r.stderr.contains("is an input file of a dataset or region"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before)
  }

  @Test func aMissingLoanFigureSaysWhy() throws {
    let copy = URL(fileURLWithPath: try Awas.copyOfContoh(named: "tanpa-angsuran"))
    try FileManager.default.removeItem(at: copy.appendingPathComponent("angsuran.csv"))
    let r = try Awas.run(["--lang", "en", "--data", copy.path, "-c", "pinjaman | select no_pinjaman sisa"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("has no column `sisa` (a column derived from angsuran.csv, which is missing or unreadable"))
    let w = try Awas.run(["--lang", "en", "--data", contoh, "-c", "pinjaman | head 1 > \"/nonexistent-dir/x.csv\""])
    #expect(w.stderr.contains("the folder /nonexistent-dir does not exist"))
  }

  @Test func validateQuotesTheLineAndGivesProgramsAnArray() throws {
    let shown = try Awas.run(["--lang", "en", "--data", contoh, "-c", "validate"])
    #expect(shown.stdout.contains("pinjaman.csv:9:12: warning [after-reporting-date]"))
    #expect(shown.stdout.contains("  9 | P-008,0013,2026-01-12,"))
    #expect(shown.stdout.contains("    |            ^"))
    let json = try Awas.run(["--lang", "en", "--data", contoh, "--format", "json", "-c", "validate"])
    let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    #expect(rows?.count == 1)
    #expect((rows?.first?["excerpt"] as? String)?.hasPrefix("P-008,0013,2026-01-12") == true)
  }

  /// A dataset of absurd amounts (1,200 loans of Rp 99 trillion, half of them
  /// new and current, and a balance sheet with a thousand such rows on one
  /// line: each cell is allowed, their sums are not 64-bit numbers of sen)
  /// opens; the reconciliation, PAR and a stress that books a huge allowance
  /// show the largest amount, and every other risk command, the health
  /// assessment and the ledger checks finish (with or without exceptions).
  @Test func absurdTotalsNeverStopAwas() throws {
    let dir = Awas.tempFolder()
    for f in ["koperasi.toml", "anggota.csv", "pengurus.csv", "simpanan.csv", "phu.csv", "jurnal.csv"] {
      try FileManager.default.copyItem(atPath: contoh + "/" + f, toPath: dir.appendingPathComponent(f).path)
    }
    var pinjaman = "no_pinjaman,no_anggota,tanggal_cair,plafon,bunga_persen_bulan,metode,tenor_bulan,jaminan,nilai_jaminan,status\n"
    var angsuran = "no_bukti,no_pinjaman,tanggal,pokok,jasa\n"
    for i in 0..<1_200 {
      let cair = i % 2 == 0 ? "2025-01-15" : "2025-12-01"
      pinjaman += "X\(10_000 + i),0001,\(cair),99000000000000,1.5,flat,12,BPKB,99000000000000,aktif\n"
      if i % 2 == 0 { angsuran += "K\(10_000 + i),X\(10_000 + i),2025-02-15,8000000000000,99000000000000\n" }
    }
    var neraca = try String(contentsOfFile: contoh + "/neraca.csv", encoding: .utf8)
    for i in 0..<1_000 { neraca += "9\(i),Piutang lain \(i),piutang_pinjaman_anggota,0,99000000000000\n" }
    try pinjaman.write(to: dir.appendingPathComponent("pinjaman.csv"), atomically: true, encoding: .utf8)
    try angsuran.write(to: dir.appendingPathComponent("angsuran.csv"), atomically: true, encoding: .utf8)
    try neraca.write(to: dir.appendingPathComponent("neraca.csv"), atomically: true, encoding: .utf8)
    for statement in [
      "risk", "risk par", "risk provision", "risk concentration", "risk collectibility", "risk aging", "risk vintage",
      "risk rollrate --from 2025-03-31 --to 2025-12-31", "risk stress --macet 50%", "risk stress --par30 90%",
      "rekonsiliasi", "health", "check reconcile", "check journal",
    ] {
      let r = try Awas.run(["--lang", "en", "--data", dir.path, "--format", "csv", "-c", statement])
      #expect([0, 2].contains(r.status), "\(statement): status \(r.status)\n\(r.stderr.suffix(400))")
    }
    let largest = "92233720368547758.07"
    let rek = try Awas.run(["--lang", "en", "--data", dir.path, "--format", "csv", "-c", "rekonsiliasi | where pos == \"piutang_pinjaman\""])
    #expect(rek.stdout.components(separatedBy: largest).count == 3, "\(rek.stdout)")  // ledger and balance sheet
    let par = try Awas.run(["--lang", "en", "--data", dir.path, "--format", "json", "-c", "risk par"])
    #expect(par.stdout.contains(largest), "\(par.stdout.prefix(600))")
    let stress = try Awas.run(["--lang", "en", "--data", dir.path, "--format", "csv", "-c", "risk stress --macet 50%"])
    #expect(stress.stdout.contains(largest), "\(stress.stdout.prefix(900))")
  }
}

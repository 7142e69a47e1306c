import Foundation
import Testing

@testable import AwasLanguage
@testable import AwasPluginKit

@Suite struct StatementTests {
  @Test func resultsAreNumbered() {
    let s = Session()
    s.run("pinjaman | head 2")
    s.run("_ | count; $1 | tail 1")
    #expect(s.host.outputs.map(\.result) == [1, 2, 3])
    #expect(s.host.outputs[1].output.primaryTable?.values("jumlah") == [.int(2)])
    #expect(s.host.lastTable?.strings("no_pinjaman") == ["P002"])
    #expect(s.interpreter.state.lastResult == 3)
    s.run("sapa Budi")  // text only: no number
    #expect(s.host.outputs.last?.result == nil)
    #expect(s.interpreter.state.lastResult == 3)
  }

  @Test func letBindsSilently() {
    let s = Session()
    s.run("let macet = pinjaman | where dpd > 90; misal n = 5jt")
    #expect(s.host.outputs.isEmpty && s.host.values.isEmpty)
    #expect(s.interpreter.state.variables["macet"]?.table?.rowCount == 2)
    guard case .value(.money(let m))? = s.interpreter.state.variables["n"] else { Issue.record("n"); return }
    #expect(m == Money(rupiah: 5_000_000))
    #expect(s.table("macet | sort sisa")?.strings("no_pinjaman") == ["P002", "P004"])
    #expect(s.value("n * 2") == .money(Money(rupiah: 10_000_000)))
    // A variable shadows a table of the same name.
    s.run("let anggota = pinjaman | head 1")
    #expect(s.table("anggota")?.strings("no_pinjaman") == ["P001"])
  }

  @Test func scalarStatementsShowValues() {
    let s = Session()
    s.run("1 + 2; sum(pinjaman.sisa)")
    #expect(s.host.values == [.int(3), .money(Money(rupiah: 77_500_000))])
    #expect(s.host.outputs.isEmpty)
  }

  @Test func ifElse() {
    let s = Session()
    s.run("if count(pinjaman) > 5 { sapa A } else { sapa B }")
    s.run("jika count(pinjaman) > 50 {\n  sapa C\n}\nlainnya jika ya {\n  sapa D; sapa E\n}")
    s.run("if tidak { sapa F }")
    #expect(s.host.texts == ["halo A", "halo D", "halo E"])
    let e = s.error("if 5 { sapa G }")
    #expect(e.contains("syarat `jika` harus bernilai ya/tidak, bukan bilangan bulat"))
  }

  /// Blocks count against the same nesting limit as brackets: 100 nested
  /// `if`s run, a thousand are an error naming the limit instead of a crash.
  @Test func nestedBlocksAreBounded() {
    let s = Session()
    s.run(nestedIfs(100, "sapa Z"))
    #expect(s.host.texts == ["halo Z"])
    #expect(s.error(nestedIfs(101, "sapa Z"), language: .en).hasPrefix(nestedTooDeepError))
    #expect(s.error(nestedIfs(1_000, "sapa Z"), language: .en).hasPrefix(nestedTooDeepError))
    #expect(s.host.texts == ["halo Z"])
  }

  /// An `else if` chain runs at its `if`'s level however long it is: the
  /// 301st branch is reached without hitting the nesting limit.
  @Test func longElseIfChains() {
    var chain = "if tidak { sapa A }"
    for i in 1..<300 { chain += " lainnya jika tidak { sapa B\(i) }" }
    let s = Session()
    s.run(chain + " lainnya jika ya { sapa Z } lainnya { sapa Y }")
    s.run(chain + " lainnya { sapa Y }")
    s.run("if tidak { sapa A } else if ya { if tidak { sapa B } else if ya { sapa C } } else { sapa D }")
    #expect(s.host.texts == ["halo Z", "halo Y", "halo C"])
    #expect(s.host.diagnostics.isEmpty)
  }

  @Test func assertCountsAnExceptionAndGoesOn() {
    let s = Session()
    let outcome = s.run("pastikan count(pinjaman | where dpd > 90) == 0, \"ada kredit macet\"\nassert ya\nsapa Budi")
    #expect(outcome == RunOutcome(errors: 0, exceptions: 1, quit: false))
    #expect(s.host.texts == ["halo Budi"])
    #expect(s.host.diagnostics.count == 1)
    #expect(s.host.diagnostics[0].severity == .warning)
    #expect(s.host.rendered()[0].hasPrefix("peringatan: pemeriksaan gagal: ada kredit macet\n --> <baris>:1:10"))
    let plain = Session(language: .en)
    plain.run("assert 1 > 2")
    #expect(plain.host.rendered(.en).first?.hasPrefix("warning: assertion failed: 1 > 2") == true)
  }

  @Test func commandExceptionsAreCounted() {
    let s = Session()
    #expect(s.run("risk; risk") == RunOutcome(errors: 0, exceptions: 4, quit: false))
  }

  @Test func redirection() {
    let s = Session()
    s.run("pinjaman | where dpd > 90 > hasil.csv")
    s.run("pinjaman | head 1 | simpan 'laporan akhir.json'")
    s.run("let x = pinjaman | head 3 > x.md")
    #expect(s.host.saved.map(\.path) == ["hasil.csv", "laporan akhir.json", "x.md"])
    #expect(s.host.saved.map(\.table.rowCount) == [2, 1, 3])
    #expect(s.host.outputs.isEmpty)
    #expect(s.interpreter.state.lastResult == 2)
    #expect(s.error("sapa x > a.csv").contains("tidak ada tabel untuk disimpan"))
    s.host.saveError = UserError(Text("disk penuh", en: "disk full"))
    #expect(s.error("pinjaman > b.tsv").hasPrefix("galat: disk penuh\n --> <baris>:1:12"))
  }

  @Test func setValidatesAgainstTheDeclarations() {
    let s = Session()
    s.run("set timer on; atur ambang 7; set format CSV")
    #expect(s.interpreter.state.settings["timer"] == .bool(true))
    #expect(s.interpreter.state.settings["threshold"] == .int(7))
    #expect(s.interpreter.state.settings["format"] == .string("csv"))
    s.run("atur pewaktu tidak")
    #expect(s.interpreter.state.settings["timer"] == .bool(false))
    #expect(s.error("set timr on").contains("= saran: maksud Anda `timer`?"))
    #expect(s.error("set threshold 500").contains("= saran: diharapkan bilangan bulat 0…100"))
    #expect(s.error("set format jsno").contains("maksud Anda `json`? nilai yang sah: table, csv, json"))
    s.run("set; atur format")
    #expect(s.host.texts.suffix(2) == ["pengaturan semua", "pengaturan format"])
    #expect(s.recorder.last?.path == ["set"])
    #expect(Session(language: .id).interpreter.registry.command("set") != nil)
    s.run("set threshold default")
    #expect(s.interpreter.state.settings["threshold"] == .int(5))
  }

  @Test func setLanguageAndAsOf() {
    let s = Session()
    s.run("set lang en")
    #expect(s.interpreter.state.language == .en)
    #expect(s.error("set timr on").hasPrefix("error: unknown setting `timr`"))
    s.run("atur bahasa id; set asof 2025-06-30")
    #expect(s.interpreter.state.language == .id)
    #expect(s.interpreter.state.dataset?.asOf == Day(year: 2025, month: 6, day: 30))
    s.run("buka lagi")  // the setting stays and applies to the next dataset
    #expect(s.interpreter.state.dataset?.folder == "lagi")
    #expect(s.interpreter.state.dataset?.asOf == Day(year: 2025, month: 6, day: 30))
    #expect(s.value("asof()") == .date(Day(year: 2025, month: 6, day: 30)!))
    s.run("quickset")
    #expect(s.interpreter.state.language == .en)
  }

  @Test func aScriptStopsAtItsFirstErrorUnlessToldOtherwise() {
    let s = Session()
    #expect(s.run("sapa A; sapa; sapa B") == RunOutcome(errors: 1, exceptions: 0, quit: false))
    #expect(s.host.texts == ["halo A"])
    let c = Session()
    #expect(c.run("set on-error continue; sapa A; sapa; x | y; sapa B").errors == 2)
    #expect(c.host.texts == ["halo A", "halo B"])
  }

  @Test func quitStopsTheRun() {
    let s = Session()
    let outcome = s.run("sapa A; keluar; sapa B")
    #expect(outcome.quit)
    #expect(s.host.texts == ["halo A", "sampai jumpa"])
    #expect(s.host.performed == ["quit"])
    s.run("clear")
    #expect(s.host.performed == ["quit", "clear"])
  }

  @Test func everyTopLevelStatementIsRecorded() {
    let s = Session()
    s.run("sapa A\nif ya { sapa B; sapa C }; sapa")
    #expect(s.host.records.map(\.text) == ["sapa A", "if ya { sapa B; sapa C }", "sapa"])
    #expect(s.host.records.map { $0.error == nil } == [true, true, false])
    #expect(s.host.records.allSatisfy { $0.seconds >= 0 })
  }

  @Test func scriptArguments() {
    let s = Session()
    s.interpreter.setScriptArguments(["90", "hasil", "10jt"])
    #expect(s.table("pinjaman | where dpd > $arg1")?.strings("no_pinjaman") == ["P002", "P004"])
    #expect(s.value("$args") == .int(3))
    #expect(s.value("$arg3 * 2") == .money(Money(rupiah: 20_000_000)))
    s.run("sapa $arg2")
    #expect(s.host.texts.last == "halo hasil")
    s.run("opsi --min $arg3 --berkas out-$arg2.csv")
    #expect(s.recorder.last?.arguments.money("min") == Money(rupiah: 10_000_000))
    #expect(s.recorder.last?.arguments.string("file") == "out-hasil.csv")
    #expect(s.error("sapa $arg4").contains("argumen skrip `$arg4` tidak diberikan"))
  }

  @Test func openAndRegionEffects() {
    let s = Session(dataset: nil)
    #expect(s.error("pinjaman").contains("= saran: Buka dengan `buka FOLDER`"))
    s.run("buka ./ksp-sejahtera")
    #expect(s.recorder.last?.arguments.string("folder") == "./ksp-sejahtera")
    #expect(s.interpreter.state.dataset?.folder == "./ksp-sejahtera")
    #expect(s.table("pinjaman | count")?.values("jumlah") == [.int(6)])
    s.run("wilayah")
    #expect(s.interpreter.state.dataset == nil)
    #expect(s.interpreter.state.region?.names == ["ksp-a", "ksp-b"])
    #expect(s.error("pakai ksp-c").contains("maksud Anda `ksp-a`?"))
    #expect(s.error("pakai ksp-a").contains("bukan dataset"))
  }

  @Test func contextCarriesTheSession() {
    let s = Session()
    s.run("set ambang 9; sapa x")
    let ctx = s.recorder.last?.context
    #expect(ctx?.dataset?.folder == "/tmp/awas-contoh")
    #expect(ctx?.settings["threshold"] == .int(9))
    #expect(ctx?.workspace?.path == "/tmp/awas-contoh/.awas")
    #expect(ctx?.language == .id)
    s.run("set workspace /tmp/kerja; sapa y")
    #expect(s.recorder.last?.context.workspace?.path == "/tmp/kerja")
  }
}

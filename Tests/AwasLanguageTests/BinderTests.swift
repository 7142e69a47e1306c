import Testing

@testable import AwasLanguage
@testable import AwasPluginKit

@Suite struct BinderTests {
  func bound(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Invocation? {
    let s = Session()
    s.run(text)
    #expect(s.host.diagnostics.isEmpty, "\(s.host.rendered())", sourceLocation: sourceLocation)
    return s.recorder.last
  }

  @Test func positionalAndDefaults() {
    let i = bound("sapa Budi")
    #expect(i?.path == ["greet"])
    #expect(i?.arguments.string("name") == "Budi")
    #expect(i?.arguments.int("times") == 1)
    #expect(bound("greet \"Siti Aminah\" --times 2")?.arguments.string("name") == "Siti Aminah")
    #expect(bound("sapa Budi --kali=3")?.arguments.int("times") == 3)
  }

  @Test func subcommandsColumnsAndChoices() {
    let i = bound("check benford pinjaman.sisa")
    #expect(i?.path == ["check", "benford"])
    #expect(i?.arguments.column("column") == ColumnRef(table: "pinjaman", column: "sisa"))
    #expect(i?.arguments.int("digits") == 1)
    #expect(i?.arguments.string("mode") == "first")
    let j = bound("periksa benford sisa --digit 2 --per petugas --mode kedua")
    #expect(j?.arguments.column("column") == ColumnRef(table: "pinjaman", column: "sisa"))
    #expect(j?.arguments.column("by") == ColumnRef(table: "pinjaman", column: "petugas"))
    #expect(j?.arguments.int("digits") == 2)
    #expect(j?.arguments.string("mode") == "second")
    #expect(bound("periksa celah anggota.NAMA")?.arguments.column("column") == ColumnRef(table: "anggota", column: "nama"))
  }

  @Test func everyScalarKind() {
    let i = bound(
      "opsi --min 10jt --laju 5 --pada 2025-12-31 --banding --aktif ya --tabel anggota "
        + "--pada-kolom no_pinjaman,sisa --batas 0,5jt,25jt,Rp 100.000 --berkas ~/x.csv --angka 1,5")
    let a = i?.arguments
    #expect(a?.money("min") == Money(rupiah: 10_000_000))
    #expect(a?.ratio("rate") == 0.05)
    #expect(a?.date("at") == Day(year: 2025, month: 12, day: 31))
    #expect(a?.flag("compare") == true)
    #expect(a?.flag("active") == true)
    #expect(a?.table("table")?.name == "anggota")
    #expect(a?.strings("on") == ["no_pinjaman", "sisa"])
    #expect(a?.list("bands").count == 4)  // 0, 5jt, 25jt, Rp 100.000
    #expect(a?.double("number") == 1.5)
    #expect(a?.string("file")?.hasSuffix("/x.csv") == true)
    #expect(a?.string("file")?.hasPrefix("~") == false)
    let money = bound("opsi --batas 0,5jt,25jt,100jt")?.arguments.list("bands").compactMap { arg -> Int64? in
      if case .value(.money(let m)) = arg { return m.rupiah } else { return nil }
    }
    #expect(money == [0, 5_000_000, 25_000_000, 100_000_000])
    #expect(bound("opsi --min Rp 1.250.000,50")?.arguments.money("min") == Money(sen: 125_000_050))
    #expect(bound("opsi --min 1.250")?.arguments.money("min") == Money(rupiah: 1_250))
    #expect(bound("opsi --min -5jt")?.arguments.money("min") == Money(rupiah: -5_000_000))
    #expect(bound("opsi --laju 2,5%")?.arguments.ratio("rate") == 0.025)
    #expect(bound("opsi --banding=tidak")?.arguments.flag("compare") == false)
  }

  @Test func variablesInArguments() {
    let s = Session()
    s.run("let m = 10jt; let t = pinjaman | head 2; let nama = \"Ani\"")
    s.run("opsi --min $m --tabel $t")
    #expect(s.recorder.last?.arguments.money("min") == Money(rupiah: 10_000_000))
    #expect(s.recorder.last?.arguments.table("table")?.rowCount == 2)
    s.run("pinjaman | head 4; opsi --tabel $1; opsi --tabel _")
    #expect(s.recorder.invocations.suffix(2).map { $0.arguments.table("table")?.rowCount } == [4, 4])
    s.run("sapa $nama")
    #expect(s.host.texts.last == "halo Ani")
    #expect(s.host.diagnostics.isEmpty, "\(s.host.rendered())")
  }

  @Test func pipedInput() {
    let s = Session()
    let t = s.table("pinjaman | where dpd >= 0 | ringkas --per petugas | urut n turun")
    #expect(t?.strings("petugas") == ["Budi", "Siti", ""])
    #expect(t?.values("n") == [.int(2), .int(2), .int(1)])
    #expect(s.recorder.last?.input?.rowCount == 5)
    #expect(s.recorder.last?.arguments.column("by") == ColumnRef(table: nil, column: "petugas"))
  }

  @Test func requirementsAndExceptions() {
    let s = Session()
    #expect(s.run("risk par") == RunOutcome())
    #expect(s.recorder.last?.path == ["risk", "par"])
    #expect(s.error("butuh").contains("`butuh` memerlukan tabel `neraca`, yang tidak ada di dataset ini"))
    let none = Session(dataset: nil)
    #expect(none.error("risk").contains("Belum ada dataset yang dibuka."))
  }

  @Test func userErrorsPointAtTheirArgument() {
    let e = Session().error("gagal angsuran.pokok")
    #expect(e == """
      galat: kolom rusak
       --> <baris>:1:7
        |
      1 | gagal angsuran.pokok
        |       ^^^^^^^^^^^^^^
        = saran: periksa lagi
      """)
  }
}

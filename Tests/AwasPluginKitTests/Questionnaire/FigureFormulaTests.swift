import AwasPluginKit
import Testing

@Suite struct FigureFormulaTests {
  @Test(arguments: [
    ("simpanan_pokok", "simpanan_pokok"), ("-?penyisihan_piutang", "-?penyisihan_piutang"),
    ("50% * ?modal_penyertaan", "50% * ?modal_penyertaan"), ("0.5*modal_penyertaan", "50% * modal_penyertaan"),
    ("kebijakan.alokasi_shu_anggota_persen * shu_tahun_berjalan", "kebijakan.alokasi_shu_anggota_persen * shu_tahun_berjalan"),
    ("pinjaman.rpm", "pinjaman.rpm"),
  ])
  func termsRoundTrip(_ text: String, _ canonical: String) throws {
    #expect(try FigureTerm.parse(text).get().description == canonical)
  }

  @Test(arguments: ["", "5 *", "x * kas", "50%% * kas", "kas-bank"])
  func badTermsAreRejected(_ text: String) {
    guard case .failure = FigureTerm.parse(text) else {
      Issue.record("accepted `\(text)`")
      return
    }
  }

  func ledger() -> Dataset {
    let neraca = Table(name: "neraca", columns: [
      Column.string("kode_akun", ["101", "102", "301", "302", "303"]),
      Column.string("nama_akun", ["Kas besar", "Kas kecil", "Simpanan pokok", "Simpanan wajib", "SHU"]),
      Column.string("pos", ["kas", "Kas", "simpanan_pokok", "simpanan_wajib", "shu_tahun_berjalan"]),
      Column.money("saldo_lalu", [Money(rupiah: 1), nil, Money(rupiah: 3), Money(rupiah: 4), Money(rupiah: 5)]),
      Column.money("saldo_kini", [Money(rupiah: 1_000), Money(rupiah: 250), Money(rupiah: 2_000), Money(rupiah: 3_001), Money(rupiah: 100)]),
    ])
    let info = KoperasiInfo(
      nama: "X", jenis: .ksp, tanggalLaporan: Day(year: 2025, month: 12, day: 31)!, tahunBuku: 2025,
      kebijakan: ["alokasi_shu_anggota_persen": .int(35)])
    return Dataset(folder: "/tmp/x", info: info, tables: [neraca])
  }

  @Test func posSumsKeepTheirAccounts() {
    let l = PosLedger(dataset: ledger(), period: .current)
    guard case .found(let m, let lines) = l.lookup("kas") else {
      Issue.record("kas not found")
      return
    }
    #expect(m == Money(rupiah: 1_250))
    #expect(lines.map(\.kodeAkun) == ["101", "102"])
    #expect(l.lookup("hibah") == .absent)
    // phu is missing: its pos are unavailable, not zero.
    guard case .unavailable(let why) = l.lookup("beban_karyawan") else {
      Issue.record("expected unavailable")
      return
    }
    #expect(why.en == "the dataset has no phu table")
    // Last year: an empty saldo_lalu makes kas unknown.
    guard case .unavailable(let w2) = PosLedger(dataset: ledger(), period: .previous).lookup("kas") else {
      Issue.record("expected unavailable")
      return
    }
    #expect(w2.en == "saldo_lalu is empty for account 102 (pos kas)")
  }

  @Test func formulasApplySignFactorsAndPolicy() {
    let d = ledger()
    let l = PosLedger(dataset: d, period: .current)
    func resolve(_ n: String) -> FigureValue {
      switch l.lookup(n) {
      case .found(let m, let a): return .amount(m, .accounts(a))
      case .absent: return .absent(Text("no \(n)", en: "no \(n)"))
      case .unavailable(let t): return .missing(t)
      }
    }
    let (terms, errors) = FigureFormula.parse([
      "simpanan_pokok", "simpanan_wajib", "50% * ?hibah", "-?kas", "kebijakan.alokasi_shu_anggota_persen * shu_tahun_berjalan",
    ])
    #expect(errors.isEmpty)
    let r = FigureFormula.evaluate(terms, policy: d.info.kebijakan, resolve: resolve)
    // 2.000 + 3.001 + 0 (no hibah) − 1.250 + 35% × 100 = 3.786.
    #expect(r.total == Money(rupiah: 3_786))
    #expect(r.zeroed == ["hibah"])
    #expect(r.lines[4].amount == Money(rupiah: 35))
    // Half a sen rounds away from zero: 50% × 3.001,01 → 1.500,505 → 1.500,51.
    let half = FigureFormula.evaluate(
      [FigureTerm(name: "x", factor: .number(Decimal4(raw: 5_000)))], policy: [:],
      resolve: { _ in .amount(Money(sen: 300_101), .derived("")) })
    #expect(half.total == Money(sen: 150_051))
    // A required term without an account, or a missing policy, makes the total unknown.
    let missing = FigureFormula.evaluate(
      FigureFormula.parse(["hibah", "kebijakan.batas * kas"]).terms, policy: [:], resolve: resolve)
    #expect(missing.total == nil)
    #expect(missing.missing.map(\.en) == ["no hibah", "koperasi.toml [kebijakan] batas is missing or not a percent from 0 to 100"])
    // Terms at the ends of the range: the total is exact while it fits and
    // held at the largest amount when it does not; the smallest negated is held too.
    let ends: [String: Money] = ["a": Money(sen: .max), "b": Money(sen: .max), "c": Money(sen: .min)]
    func total(_ texts: [String]) -> Money? {
      FigureFormula.evaluate(FigureFormula.parse(texts).terms, policy: [:], resolve: { .amount(ends[$0]!, .derived("")) }).total
    }
    #expect(total(["a", "b", "-b"]) == Money(sen: .max))
    #expect(total(["a", "b"]) == Money(sen: .max))
    #expect(total(["-c"]) == Money(sen: .max))
    #expect(total(["c", "c"]) == Money(sen: .min))
  }

  @Test func decimalsParseAndRound() {
    #expect(Decimal4(parsing: "7.5")?.raw == 75_000)
    #expect(Decimal4(parsing: "-0.25")?.description == "-0.25")
    #expect(Decimal4(parsing: "7.5")?.text(.id) == "7,5")
    #expect(Decimal4(parsing: "7.5")?.text(.en) == "7.5")
    #expect(Decimal4(15).text(.id) == "15")
    #expect(Decimal4(parsing: "1.23456") == nil)
    #expect(Decimal4(parsing: "1,5") == nil)
    #expect(Decimal4(parsing: "12.345")?.rounded(.round, places: 2).description == "12.35")
    #expect(Decimal4(parsing: "-12.345")?.rounded(.round, places: 2).description == "-12.35")
    #expect(Decimal4(parsing: "12.341")?.rounded(.ceil, places: 2).description == "12.35")
    #expect(Decimal4(parsing: "12.349")?.rounded(.floor, places: 2).description == "12.34")
  }

  @Test func aPercentOfMoneyRoundsOnceHalfAwayFromZero() throws {
    let p = try #require(Decimal4(parsing: "7.5"))
    #expect(FixedMath.percent(p, of: 1_000_000) == 75_000)
    #expect(FixedMath.percent(p, of: 7) == 1)  // 0.525 sen
    #expect(FixedMath.percent(p, of: 6) == 0)  // 0.45 sen
    #expect(FixedMath.percent(p, of: -7) == -1)
    #expect(FixedMath.percent(Decimal4(100), of: Int64.max) == Int64.max)
    #expect(FixedMath.percent(Decimal4(200), of: Int64.max) == nil)
  }

  @Test func aPolicyAmountIsMoneyOrWholeRupiah() {
    #expect(FigureFormula.policyAmount(.money(Money(rupiah: 5))) == Money(rupiah: 5))
    #expect(FigureFormula.policyAmount(.int(25_000_000)) == Money(rupiah: 25_000_000))
    #expect(FigureFormula.policyAmount(.double(1_250.555)) == Money(sen: 125_056))
    #expect(FigureFormula.policyAmount(.double(1e300)) == nil)
    #expect(FigureFormula.policyAmount(.string("banyak")) == nil)
    #expect(FigureFormula.policyAmount(nil) == nil)
  }
}

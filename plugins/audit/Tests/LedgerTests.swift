import AwasPluginKit
import Testing

@testable import AwasAuditPlugin

/// A small set of books. The journal holds the opening entry (B001), so
/// saldo_kini is its cumulative balance; B005 is out of balance by Rp 50.000.
///
///   kas   = 10.000.000 − 4.000.000 + 500.000 − 200.000 + 300.000 = 6.600.000
///   SHU   = 500.000 − 200.000 = 300.000 (no journal lines: from the PHU accounts)
enum Books {
  static func jurnal(withOpening: Bool = true) -> Table {
    var rows: [(String, String, Int64, Int64)] = [
      ("B001", "101", 10_000_000, 0), ("B001", "301", 0, 10_000_000),
      ("B002", "102", 4_000_000, 0), ("B002", "101", 0, 4_000_000),
      ("B003", "101", 500_000, 0), ("B003", "401", 0, 500_000),
      ("B004", "501", 200_000, 0), ("B004", "101", 0, 200_000),
      ("B005", "101", 300_000, 0), ("B005", "201", 0, 250_000),
    ]
    if !withOpening { rows.removeFirst(2) }
    return Table(name: "jurnal", columns: [
      Column.string("no_bukti", rows.map(\.0)), Column.date("tanggal", rows.map { _ in day(2025, 6, 1) }),
      Column.string("kode_akun", rows.map(\.1)),
      Column.money("debet", rows.map { rp($0.2) }), Column.money("kredit", rows.map { rp($0.3) }),
    ])
  }

  static func neraca(kas: Int64 = 6_600_000, lalu: Bool = false) -> Table {
    Table(name: "neraca", columns: [
      Column.string("kode_akun", ["101", "102", "201", "301", "302"]),
      Column.string("nama_akun", ["Kas", "Piutang anggota", "Simpanan sukarela", "Simpanan pokok", "SHU berjalan"]),
      Column.string("pos", ["kas", "piutang_pinjaman_anggota", "simpanan_sukarela", "simpanan_pokok", "shu_tahun_berjalan"]),
      Column.money("saldo_lalu", lalu ? [rp(10_000_000), rp(0), rp(0), rp(10_000_000), rp(0)] : [rp(0), rp(0), rp(0), rp(0), rp(0)]),
      Column.money("saldo_kini", [rp(kas), rp(4_000_000), rp(250_000), rp(10_000_000), rp(300_000)]),
    ])
  }

  static func phu() -> Table {
    Table(name: "phu", columns: [
      Column.string("kode_akun", ["401", "501"]), Column.string("nama_akun", ["Jasa pinjaman", "Gaji"]),
      Column.string("pos", ["pendapatan_jasa_pinjaman_anggota", "beban_karyawan"]),
      Column.money("saldo_lalu", [rp(0), rp(0)]), Column.money("saldo_kini", [rp(500_000), rp(200_000)]),
    ])
  }
}

@Suite struct JournalTests {
  @Test func unbalancedVoucherAndAMatchingTrialBalance() throws {
    let out = try run(["check", "journal"], [:], dataset: dataset([Books.jurnal(), Books.neraca(), Books.phu()]))
    let v = try #require(out.primaryTable)
    #expect(v.strings("no_bukti") == ["B005"])
    #expect(v.values("selisih") == [.money(rp(50_000))])
    let tb = try #require(out.blocks.compactMap { b -> Table? in if case .table(let t, _) = b, t.name == "neraca-saldo" { return t } else { return nil } }.first)
    #expect(tb.values("cocok").allSatisfy { $0 == .bool(true) })
    #expect(tb.strings("kode_akun") == ["101", "102", "201", "301", "302", "401", "501"])
    #expect(tb.values("netto_jurnal")[4] == .money(rp(-300_000)))  // SHU from the PHU accounts
    #expect(out.exceptions == 1)
  }

  @Test func aMisstatedBalanceIsFound() throws {
    let out = try run(["check", "journal"], [:], dataset: dataset([Books.jurnal(), Books.neraca(kas: 6_700_000), Books.phu()]))
    #expect(out.exceptions == 2)
    let f = try #require(out.findings.last)
    #expect(f.evidence.first?.keys == ["101"])
    #expect(f.amount == rp(100_000))
  }

  @Test func movementBasisIsChosenWhenTheJournalLacksOpenings() throws {
    let out = try run(["check", "journal"], [:], dataset: dataset([Books.jurnal(withOpening: false), Books.neraca(lalu: true), Books.phu()]))
    #expect(out.exceptions == 1)  // only B005
    let fields = out.blocks.compactMap { b -> [(String, String)]? in if case .fields(let f) = b { return f } else { return nil } }.first ?? []
    #expect(fields.contains { $0.0 == "Dasar akun neraca" && $0.1.hasPrefix("mutasi") })
  }

  @Test func sumsBeyondWhatSenHoldSayTooLarge() throws {
    // 1,000 debits of Rp 99 trillion (each a valid cell) on one voucher and
    // account: about Rp 99 quadrillion, past what 64 bits of sen hold.
    let n = 1_000
    let jurnal = Table(name: "jurnal", columns: [
      Column.string("no_bukti", Array(repeating: "B001", count: n)),
      Column.date("tanggal", Array(repeating: day(2025, 6, 1), count: n)),
      Column.string("kode_akun", Array(repeating: "101", count: n)),
      Column.money("debet", Array(repeating: rp(99_000_000_000_000), count: n)),
      Column.money("kredit", Array(repeating: rp(0), count: n)),
    ])
    let e = try #require(throws: UserError.self) {
      try run(["check", "journal"], [:], dataset: dataset([jurnal, Books.neraca(), Books.phu()]))
    }
    #expect(e.message.en == "The total is too large to compute exactly.")
  }

  @Test func sidesFromPosOrCode() {
    #expect(AccountSide.of(pos: "kas", code: nil) == .debit)
    #expect(AccountSide.of(pos: "akumulasi_penyusutan", code: "105") == .credit)
    #expect(AccountSide.of(pos: nil, code: "2101") == .credit)
    #expect(AccountSide.of(pos: "", code: "5101") == .debit)
    #expect(AccountSide.credit.expectedNet(700) == -700)
  }
}

@Suite struct ReconcileTests {
  static func pinjaman(withSisa: Bool) -> Table {
    var cols = [
      Column.string("no_pinjaman", ["L1", "L2", "L3", "L4"]), Column.string("status", ["aktif", "aktif", "lunas", "hapus_buku"]),
      Column.money("plafon", [rp(5_000_000), rp(2_000_000), rp(1_000_000), rp(1_000_000)]),
    ]
    if withSisa { cols.append(Column.money("sisa", [rp(3_000_000), rp(2_000_000), rp(0), rp(1_000_000)])) }
    return Table(name: "pinjaman", columns: cols)
  }
  static let angsuran = Table(name: "angsuran", columns: [
    Column.string("no_pinjaman", ["L1", "L1", "L3"]), Column.money("pokok", [rp(1_500_000), rp(500_000), rp(1_000_000)]),
  ])
  static let simpanan = Table(name: "simpanan", columns: [
    Column.string("no_anggota", ["1", "2", "1", "1"]), Column.string("jenis", ["pokok", "pokok", "wajib", "sukarela"]),
    Column.money("saldo", [rp(100_000), rp(100_000), rp(300_000), rp(1_000_000)]),
  ])
  static let neraca = Table(name: "neraca", columns: [
    Column.string("kode_akun", ["1", "2", "3", "4", "5"]),
    Column.string("pos", ["piutang_pinjaman_anggota", "piutang_pinjaman_non_anggota", "simpanan_pokok", "simpanan_wajib", "simpanan_sukarela"]),
    Column.money("saldo_kini", [rp(4_500_000), rp(500_000), rp(200_000), rp(300_000), rp(900_000)]),
  ])

  @Test(arguments: [true, false])
  func ledgersAgainstTheBalanceSheet(withSisa: Bool) throws {
    let ds = dataset([Self.pinjaman(withSisa: withSisa), Self.angsuran, Self.simpanan, Self.neraca])
    let out = try run(["check", "reconcile"], [:], dataset: ds)
    let r = try #require(out.primaryTable)
    #expect(r.strings("pos") == ["piutang_pinjaman_*", "simpanan_pokok", "simpanan_sukarela", "simpanan_wajib"])
    // Active loans: 3.000.000 + 2.000.000 (from sisa, or 5jt − 2jt paid and 2jt unpaid).
    #expect(r.values("buku_pembantu")[0] == .money(rp(5_000_000)))
    #expect(r.values("cocok") == [.bool(true), .bool(true), .bool(false), .bool(true)])
    #expect(r.values("selisih")[2] == .money(rp(100_000)))
    #expect(out.exceptions == 1)
  }
}

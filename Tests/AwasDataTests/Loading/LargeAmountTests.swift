import Testing

@testable import AwasData

/// An amount beyond Rp 100 trillion is refused where it is read, so sums and
/// interest over the rest stay within 64 bits and the dataset still opens.
@Suite struct LargeAmountTests {
  @Test func anAmountBeyondTheLargestIsReportedAndTheDatasetOpens() throws {
    let pinjaman = """
      no_pinjaman,no_anggota,tanggal_cair,plafon,bunga_persen_bulan,metode,tenor_bulan,jaminan,nilai_jaminan,status
      P1,A001,2025-01-05,92233720368547758,100,flat,12,,,aktif
      P2,A002,2025-01-05,100000000000000,1,flat,12,,,lunas
      P3,A001,2025-01-05,1000000,1,anuitas,12,,,aktif

      """
    let angsuran = "no_bukti,no_pinjaman,tanggal,pokok,jasa\nK1,P3,2025-02-05,100000000000001,0\nK2,P3,2025-03-05,80000,10000\n"
    let d = try TempDataset(["anggota.csv": Minimal.anggota, "pinjaman.csv": pinjaman, "angsuran.csv": angsuran])
    let ds = try d.load()
    let issues = ds.issues(kind: .badMoney)
    #expect(issues.map(\.message.en) == [
      "Column plafon: \"92233720368547758\" is too large", "Column pokok: \"100000000000001\" is too large",
    ])
    #expect(issues.first?.expected?.en == "a rupiah amount up to Rp 100,000,000,000,000")
    // The loan with the impossible plafon is skipped (plafon is required); Rp 100 trillion itself is allowed.
    #expect(ds.values("pinjaman", "no_pinjaman") == [.string("P2"), .string("P3")])
    #expect(ds.values("pinjaman", "plafon").first == .money(Money(rupiah: 100_000_000_000_000)))
    #expect(ds.values("angsuran", "pokok") == [.null, .money(Money(rupiah: 80_000))])
    // The loan figures are computed for the rest.
    #expect(ds.values("pinjaman", "sisa").last == .money(Money(rupiah: 920_000)))
  }

  /// A thousand loans of Rp 99 trillion sum beyond 64 bits of sen: the
  /// reconciliation shows the largest amount instead of stopping awas.
  @Test func sumsBeyondSixtyFourBitsAreHeldAtTheLimit() throws {
    var pinjaman = "no_pinjaman,no_anggota,tanggal_cair,plafon,bunga_persen_bulan,metode,tenor_bulan,jaminan,nilai_jaminan,status\n"
    for i in 0..<1_000 { pinjaman += "P\(1_000 + i),A001,2025-01-05,99000000000000,1,flat,12,,,aktif\n" }
    let neraca = "kode_akun,nama_akun,pos,saldo_lalu,saldo_kini\n1,Piutang,piutang_pinjaman_anggota,0,1000\n"
    let angsuran = "no_bukti,no_pinjaman,tanggal,pokok,jasa\nK1,P1000,2025-02-05,1000,0\n"
    let ds = try TempDataset([
      "anggota.csv": Minimal.anggota, "pinjaman.csv": pinjaman, "angsuran.csv": angsuran, "neraca.csv": neraca,
    ]).load()
    let pos = ds.values("rekonsiliasi", "pos")
    let i = try #require(pos.firstIndex(of: .string("piutang_pinjaman_anggota")))
    #expect(ds.values("rekonsiliasi", "buku_besar")[i] == .money(Money(sen: .max)))
    #expect(ds.values("pinjaman", "sisa")[1] == .money(Money(rupiah: 99_000_000_000_000)))
  }
}

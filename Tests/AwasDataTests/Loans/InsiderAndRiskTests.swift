import Testing

@testable import AwasData

@Suite("pinjaman: berisiko and orang_dalam")
struct InsiderAndRiskTests {
  typealias F = Fixture
  static let asOf = F.day("2025-06-30")

  @Test func berisiko() {
    // Flat Rp 1,200,000 loans; 200,000 repaid on each "paid" loan → sisa 1,000,000.
    let loans = [
      F.Loan(no: "NONE", jaminan: nil),  // no collateral, sisa 1,200,000
      F.Loan(no: "ZERO", jaminan: 0),
      F.Loan(no: "EQUAL", jaminan: 1_000_000),  // = sisa 1,000,000: not below
      F.Loan(no: "BELOW", jaminan: 999_999),
      F.Loan(no: "REPAID", jaminan: nil),
      F.Loan(no: "LATER", cair: "2025-07-01", jaminan: nil),
    ]
    let payments = [
      F.Payment(no: "EQUAL", tanggal: "2025-03-10", pokok: 200_000),
      F.Payment(no: "BELOW", tanggal: "2025-03-10", pokok: 200_000),
      F.Payment(no: "REPAID", tanggal: "2025-03-10", pokok: 1_200_000),
    ]
    let d = F.dataset([F.pinjaman(loans), F.angsuran(payments)]).recomputed(asOf: Self.asOf)
    #expect(d.loanValue("NONE", "berisiko") == .bool(true))
    #expect(d.loanValue("ZERO", "berisiko") == .bool(true))
    #expect(d.loanValue("EQUAL", "berisiko") == .bool(false))
    #expect(d.loanValue("BELOW", "berisiko") == .bool(true))
    #expect(d.loanValue("REPAID", "berisiko") == .bool(false))
    #expect(d.loanValue("LATER", "berisiko") == .null)
  }

  @Test func orangDalam() {
    let members = [
      F.Member(no: "A001", kk: "KK1"),  // pengurus
      F.Member(no: "A002", kk: "KK2"),  // pengawas (card from anggota)
      F.Member(no: "A003", kk: "KK2"),  // family of A002
      F.Member(no: "A004", kk: "KK4"),  // unrelated
      F.Member(no: "A005", kk: "KK5"),  // former pengurus
      F.Member(no: "A006", kk: "KK6"),  // staff (karyawan)
      F.Member(no: "A007", kk: "KK7"),  // family of the manager (card only in pengurus)
      F.Member(no: "A008", kk: ""),  // empty card must not match
      F.Member(no: "A009", kk: "KK5"),  // family of the former pengurus
    ]
    let officers = [
      F.Officer(anggota: "A001", organ: "pengurus"),
      F.Officer(anggota: "A002", organ: "Pengawas"),
      F.Officer(anggota: "A005", organ: "pengurus", selesai: "2024-12-31"),
      F.Officer(anggota: "A006", organ: "karyawan"),
      F.Officer(anggota: nil, kk: "KK7", organ: "manajer"),
      F.Officer(anggota: "A010", kk: "", organ: "pengurus", mulai: "2025-07-01"),  // not yet serving
    ]
    let borrowers = ["A001", "A002", "A003", "A004", "A005", "A006", "A007", "A008", "A009", "A010"]
    let loans = borrowers.map { F.Loan(no: "L" + $0, anggota: $0) }
    let d = F.dataset([F.pinjaman(loans), F.pengurus(officers), F.anggota(members)])
      .recomputed(asOf: Self.asOf)
    let expected = [true, true, true, false, false, false, true, false, false, false]
    for (b, e) in zip(borrowers, expected) {
      #expect(d.loanValue("L" + b, "orang_dalam") == .bool(e), "\(b)")
    }
    // As of 2025-07-01 A010 has started serving.
    let later = F.dataset([F.pinjaman(loans), F.pengurus(officers), F.anggota(members)])
      .recomputed(asOf: F.day("2025-07-01"))
    #expect(later.loanValue("LA010", "orang_dalam") == .bool(true))
  }

  /// Through the loader: the borrower column is coded by member row, members
  /// are in key order, borrowers in none; an officer missing from the
  /// register still flags his own loan, and a member number listed twice
  /// matches as one.
  @Test func orangDalamOnLoadedFiles() throws {
    let ds = try TempDataset([
      "anggota.csv": "no_anggota,nama,nik,tanggal_masuk,status\n"
        + "001,A,1,2020-01-01,aktif\n002,B,2,2020-01-01,aktif\n003,C,3,2020-01-01,aktif\n"
        + "004,D,4,2020-01-01,aktif\n004,D2,5,2020-01-01,aktif\n",
      "pengurus.csv": "nama,jabatan,organ,mulai,selesai,no_anggota\n"
        + "A,Ketua,pengurus,2020-01-01,,001\nD,Anggota,pengawas,2020-01-01,,004\nX,Manajer,manajer,2020-01-01,,099\n",
      "pinjaman.csv": "no_pinjaman,no_anggota,tanggal_cair,plafon,bunga_persen_bulan,metode,tenor_bulan,jaminan,nilai_jaminan,status\n"
        + "P1,003,2025-01-01,1000000,1,flat,10,,,aktif\nP2,004,2025-01-01,1000000,1,flat,10,,,aktif\n"
        + "P3,001,2025-01-01,1000000,1,flat,10,,,aktif\nP4,099,2025-01-01,1000000,1,flat,10,,,aktif\n"
        + "P5,002,2025-01-01,1000000,1,flat,10,,,aktif\nP6,001,2025-01-01,1000000,1,flat,10,,,aktif\n",
    ]).load()
    #expect(ds.values("pinjaman", "orang_dalam") == [false, true, true, true, false, true].map(Value.bool))
  }

  @Test func orangDalamWithoutAnggota() {
    // Only officers' own member numbers can match.
    let loans = [F.Loan(no: "X", anggota: "A001"), F.Loan(no: "Y", anggota: "A003")]
    let d = F.dataset([F.pinjaman(loans), F.pengurus([F.Officer(anggota: "A001", kk: "KK1")])])
      .recomputed(asOf: Self.asOf)
    #expect(d.loanValue("X", "orang_dalam") == .bool(true))
    #expect(d.loanValue("Y", "orang_dalam") == .bool(false))
    // Without pengurus the column is not added.
    let none = F.dataset([F.pinjaman(loans)]).recomputed(asOf: Self.asOf)
    #expect(none.table("pinjaman")?.column("orang_dalam") == nil)
  }
}

import AwasPluginKit

@testable import AwasHealthPlugin

/// Hand-built books whose every figure is worked out in the tests. Amounts in rupiah.
enum Fixture {
  typealias A = Books.Account
  typealias L = Books.Loan

  /// Dataset A, "Sehat". Balance sheet (saldo_kini):
  ///   assets 7.500.000 kas + 30.000.000 bank + 400.000.000 piutang anggota − 6.000.000 PPAP
  ///          + 118.500.000 aset tetap − 50.000.000 akumulasi = 500.000.000
  ///   liabilities 150.000.000 sukarela + 100.000.000 berjangka = 250.000.000
  ///   equity 20.000.000 pokok + 130.000.000 wajib + 50.000.000 cadangan umum
  ///          + 10.000.000 cadangan tujuan risiko + 40.000.000 SHU = 250.000.000
  /// Loans (all to members, Σ 400.000.000): 150 + 100 + 100 jt lancar, 30 jt KL and
  /// 20 jt macet (both berisiko). PHU: jasa anggota 100 jt; beban jasa simpanan 20 jt;
  /// karyawan 12, operasional 10, penyisihan 3, penyusutan 5 (beban usaha 30 jt);
  /// perkoperasian 2 jt; pajak 8 jt; memo mepp 9 jt. Kebijakan: 40% of SHU to members.
  static var sehat: Books {
    var b = Books()
    b.neraca = [
      A(pos: "kas", kini: 7_500_000, lalu: 6_000_000), A(pos: "bank", kini: 30_000_000, lalu: 24_000_000),
      A(pos: "piutang_pinjaman_anggota", kini: 400_000_000, lalu: 330_000_000),
      A(pos: "penyisihan_piutang", kini: 6_000_000, lalu: 5_000_000),
      A(pos: "aset_tetap", kini: 118_500_000, lalu: 100_000_000),
      A(pos: "akumulasi_penyusutan", kini: 50_000_000, lalu: 45_000_000),
      A(pos: "simpanan_sukarela", kini: 150_000_000, lalu: 120_000_000),
      A(pos: "simpanan_berjangka", kini: 100_000_000, lalu: 100_000_000),
      A(pos: "simpanan_pokok", kini: 20_000_000, lalu: 18_000_000),
      A(pos: "simpanan_wajib", kini: 130_000_000, lalu: 110_000_000),
      A(pos: "cadangan_umum", kini: 50_000_000, lalu: 40_000_000),
      A(pos: "cadangan_tujuan_risiko", kini: 10_000_000, lalu: 8_000_000),
      A(pos: "shu_tahun_berjalan", kini: 40_000_000, lalu: 14_000_000),
    ]
    b.phu = [
      A(pos: "pendapatan_jasa_pinjaman_anggota", kini: 100_000_000, lalu: 80_000_000),
      A(pos: "beban_jasa_simpanan", kini: 20_000_000, lalu: 18_000_000),
      A(pos: "beban_karyawan", kini: 12_000_000, lalu: 11_000_000),
      A(pos: "beban_operasional_lain", kini: 10_000_000, lalu: 10_000_000),
      A(pos: "beban_penyisihan_piutang", kini: 3_000_000, lalu: 2_000_000),
      A(pos: "beban_penyusutan", kini: 5_000_000, lalu: 5_000_000),
      A(pos: "beban_perkoperasian", kini: 2_000_000, lalu: 2_000_000),
      A(pos: "pajak", kini: 8_000_000, lalu: 3_000_000),
      A(pos: "mepp", kini: 9_000_000, lalu: 5_000_000),
    ]
    b.loans = [
      L(no: "P001", anggota: "M001", sisa: 150_000_000, jaminan: 200_000_000),
      L(no: "P002", anggota: "M002", sisa: 100_000_000, jaminan: 150_000_000),
      L(no: "P003", anggota: "M003", sisa: 100_000_000, jaminan: 120_000_000),
      L(no: "P004", anggota: "M004", sisa: 30_000_000, kol: "kurang_lancar", berisiko: true),
      L(no: "P005", anggota: "M005", sisa: 20_000_000, kol: "macet", berisiko: true),
    ]
    b.members = ["M001", "M002", "M003", "M004", "M005"]
    return b
  }

  /// Dataset B, "Cukup Sehat": edges on the other side of A's.
  ///   kas 7.525.000 + bank 30.000.000 = 37.525.000; sukarela 150 jt + berjangka 100 jt
  ///   piutang anggota 300 jt + non-anggota 100 jt − PPAP 6 jt; aset tetap 118.475.000 − 50 jt → TA 500 jt
  ///   pokok 20 jt, wajib 130 jt, cadangan umum 50.050.000, cadangan risiko 5 jt, SHU 44.950.000
  /// Loans Σ 400 jt: M001 150 L, M002 100 L, M003 50 KL*, N001 60 D*, N002 40 M* (* berisiko;
  /// N00x are not members). PHU: jasa anggota 90, non-anggota 30; jasa simpanan 20; karyawan 30,
  /// operasional 15, penyisihan 5, penyusutan 5; perkoperasian 6; memo mepp 3 (jt).
  static var cukupSehat: Books {
    var b = Books()
    b.neraca = [
      A(pos: "kas", kini: 7_525_000), A(pos: "bank", kini: 30_000_000),
      A(pos: "piutang_pinjaman_anggota", kini: 300_000_000), A(pos: "piutang_pinjaman_non_anggota", kini: 100_000_000),
      A(pos: "penyisihan_piutang", kini: 6_000_000),
      A(pos: "aset_tetap", kini: 118_475_000), A(pos: "akumulasi_penyusutan", kini: 50_000_000),
      A(pos: "simpanan_sukarela", kini: 150_000_000), A(pos: "simpanan_berjangka", kini: 100_000_000),
      A(pos: "simpanan_pokok", kini: 20_000_000), A(pos: "simpanan_wajib", kini: 130_000_000),
      A(pos: "cadangan_umum", kini: 50_050_000), A(pos: "cadangan_tujuan_risiko", kini: 5_000_000),
      A(pos: "shu_tahun_berjalan", kini: 44_950_000),
    ]
    b.phu = [
      A(pos: "pendapatan_jasa_pinjaman_anggota", kini: 90_000_000),
      A(pos: "pendapatan_jasa_pinjaman_non_anggota", kini: 30_000_000),
      A(pos: "beban_jasa_simpanan", kini: 20_000_000), A(pos: "beban_karyawan", kini: 30_000_000),
      A(pos: "beban_operasional_lain", kini: 15_000_000), A(pos: "beban_penyisihan_piutang", kini: 5_000_000),
      A(pos: "beban_penyusutan", kini: 5_000_000), A(pos: "beban_perkoperasian", kini: 6_000_000),
      A(pos: "mepp", kini: 3_000_000),
    ]
    b.loans = [
      L(no: "P001", anggota: "M001", sisa: 150_000_000), L(no: "P002", anggota: "M002", sisa: 100_000_000),
      L(no: "P003", anggota: "M003", sisa: 50_000_000, kol: "kurang_lancar", berisiko: true),
      L(no: "P004", anggota: "N001", sisa: 60_000_000, kol: "diragukan", berisiko: true),
      L(no: "P005", anggota: "N002", sisa: 40_000_000, kol: "macet", berisiko: true),
    ]
    b.members = ["M001", "M002", "M003"]
    return b
  }

  /// Dataset C, "Dalam Pengawasan" (and D, "Dalam Pengawasan Khusus", with every answer no).
  ///   kas 5 + bank 15 = 20 jt; piutang anggota 200 + non-anggota 200 − PPAP 4; aset tetap 134 − 50 → TA 500 jt
  ///   sukarela 300, berjangka 100, hutang jangka panjang 40; pokok 10, wajib 30, cadangan umum 10,
  ///   cadangan risiko 2, SHU 8 (jt)
  /// Loans Σ 400 jt: M001 100 L (cair 2025, plafon 150 jt), M002 100 L, N001 100 KL*, N002 100 M*
  /// (the last three cair 2024). PHU: jasa anggota 50, non-anggota 50; jasa simpanan 40, jasa
  /// pinjaman 5; karyawan 20, operasional 10, penyisihan 3, penyusutan 2; perkoperasian 2; mepp 2.
  static var dalamPengawasan: Books {
    var b = Books()
    b.neraca = [
      A(pos: "kas", kini: 5_000_000), A(pos: "bank", kini: 15_000_000),
      A(pos: "piutang_pinjaman_anggota", kini: 200_000_000), A(pos: "piutang_pinjaman_non_anggota", kini: 200_000_000),
      A(pos: "penyisihan_piutang", kini: 4_000_000),
      A(pos: "aset_tetap", kini: 134_000_000), A(pos: "akumulasi_penyusutan", kini: 50_000_000),
      A(pos: "simpanan_sukarela", kini: 300_000_000), A(pos: "simpanan_berjangka", kini: 100_000_000),
      A(pos: "hutang_jangka_panjang", kini: 40_000_000),
      A(pos: "simpanan_pokok", kini: 10_000_000), A(pos: "simpanan_wajib", kini: 30_000_000),
      A(pos: "cadangan_umum", kini: 10_000_000), A(pos: "cadangan_tujuan_risiko", kini: 2_000_000),
      A(pos: "shu_tahun_berjalan", kini: 8_000_000),
    ]
    b.phu = [
      A(pos: "pendapatan_jasa_pinjaman_anggota", kini: 50_000_000),
      A(pos: "pendapatan_jasa_pinjaman_non_anggota", kini: 50_000_000),
      A(pos: "beban_jasa_simpanan", kini: 40_000_000), A(pos: "beban_jasa_pinjaman", kini: 5_000_000),
      A(pos: "beban_karyawan", kini: 20_000_000), A(pos: "beban_operasional_lain", kini: 10_000_000),
      A(pos: "beban_penyisihan_piutang", kini: 3_000_000), A(pos: "beban_penyusutan", kini: 2_000_000),
      A(pos: "beban_perkoperasian", kini: 2_000_000), A(pos: "mepp", kini: 2_000_000),
    ]
    let y2024 = Day(year: 2024, month: 6, day: 1)!
    b.loans = [
      L(no: "P001", anggota: "M001", sisa: 100_000_000, plafon: 150_000_000),
      L(no: "P002", anggota: "M002", sisa: 100_000_000, cair: y2024),
      L(no: "P003", anggota: "N001", sisa: 100_000_000, kol: "kurang_lancar", berisiko: true, cair: y2024),
      L(no: "P004", anggota: "N002", sisa: 100_000_000, kol: "macet", berisiko: true, cair: y2024),
    ]
    b.members = ["M001", "M002"]
    return b
  }

  /// docs/reference.md §9 6.1, KSU Setia Dharma, with the recomputed figures: worksheet MS
  /// 155.206.668 (pokok 15.000.000 + wajib 40.810.000 + SWPM 28.995.547 + cadangan
  /// 12.474.021 + cadangan risiko 30.853.649 + donasi 20.000.000 + SHU 7.073.451), TA 174.055.219,
  /// loans 115.642.000 all to members and all risky, "50% × KL" 12.550.000 (so KL 25.100.000).
  static var setiaDharma: Books {
    var b = Books()
    b.jenis = .ksu
    b.neraca = [
      A(pos: "kas", kini: 58_413_219), A(pos: "piutang_pinjaman_anggota", kini: 115_642_000),
      A(pos: "simpanan_pokok", kini: 15_000_000), A(pos: "simpanan_wajib", kini: 40_810_000),
      A(pos: "simpanan_khusus", kini: 28_995_547, nama: "SWPM"), A(pos: "cadangan_umum", kini: 12_474_021),
      A(pos: "cadangan_tujuan_risiko", kini: 30_853_649), A(pos: "hibah", kini: 20_000_000, nama: "Donasi"),
      A(pos: "shu_tahun_berjalan", kini: 7_073_451),
    ]
    b.loans = [
      L(no: "P1", anggota: "M1", sisa: 90_542_000, berisiko: true),
      L(no: "P2", anggota: "M2", sisa: 25_100_000, kol: "kurang_lancar", berisiko: true),
    ]
    b.members = ["M1", "M2"]
    return b
  }
}

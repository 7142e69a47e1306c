extension TableSchema {
  static let neraca = TableSchema(
    name: "neraca", isRequired: false, row: Text("satu akun neraca", en: "a balance-sheet account"),
    neededFor: Text("penilaian kesehatan", en: "health assessment"), rowKey: "kode_akun",
    columns: accountColumns(pos: AccountPos.neraca))

  static let phu = TableSchema(
    name: "phu", isRequired: false,
    row: Text("satu akun perhitungan hasil usaha", en: "an income-statement account (perhitungan hasil usaha)"),
    neededFor: Text("penilaian kesehatan", en: "health assessment"), rowKey: "kode_akun",
    columns: accountColumns(pos: AccountPos.phu))

  private static func accountColumns(pos: [AllowedValue]) -> [ColumnSchema] {
    [
      ColumnSchema("kode_akun", .string, Text("kode akun", en: "account code")),
      ColumnSchema("nama_akun", .string, Text("nama akun", en: "account name")),
      ColumnSchema(
        "pos", .string, allowsEmpty: true, allowed: pos,
        Text("pos baku yang dipakai rumus (kosong = tidak dipakai)", en: "fixed item the formulas use (empty = not used)")),
      ColumnSchema("saldo_lalu", .money, allowsEmpty: true, Text("saldo tahun lalu", en: "balance a year earlier")),
      ColumnSchema("saldo_kini", .money, Text("saldo pada tanggal laporan", en: "balance at the reporting date")),
    ]
  }

  static let jurnal = TableSchema(
    name: "jurnal", isRequired: false, row: Text("satu baris jurnal", en: "a journal line"),
    neededFor: Text("pemeriksaan audit", en: "audit checks"), rowKey: "no_bukti",
    columns: [
      ColumnSchema("no_bukti", .string, Text("nomor bukti", en: "voucher number")),
      ColumnSchema("tanggal", .date, notAfterReportingDate: true, Text("tanggal", en: "date")),
      ColumnSchema("kode_akun", .string, storage: .dictionary, Text("kode akun", en: "account code")),
      ColumnSchema("keterangan", .string, allowsEmpty: true, Text("keterangan", en: "description")),
      ColumnSchema("debet", .money, allowsEmpty: true, Text("debet", en: "debit")),
      ColumnSchema("kredit", .money, allowsEmpty: true, Text("kredit", en: "credit")),
      ColumnSchema("dibuat_oleh", .string, required: false, storage: .dictionary, Text("dibuat oleh", en: "entered by")),
    ])

  static let rat = TableSchema(
    name: "rat", isRequired: false, row: Text("satu Rapat Anggota Tahunan", en: "an annual members' meeting (RAT)"),
    neededFor: Text("pemeriksaan tata kelola", en: "governance checks"), rowKey: "tahun_buku",
    columns: [
      ColumnSchema("tahun_buku", .int, Text("tahun buku yang dibahas", en: "financial year reported on")),
      ColumnSchema("tanggal_rat", .date, allowsEmpty: true, Text("tanggal RAT (kosong = belum diadakan)", en: "date of the RAT (empty = not held)")),
      ColumnSchema("hadir", .int, allowsEmpty: true, Text("anggota yang hadir", en: "members present")),
      ColumnSchema("jumlah_anggota", .int, allowsEmpty: true, Text("jumlah anggota saat RAT", en: "members at the time")),
      ColumnSchema(
        "laporan_disahkan", .bool, allowsEmpty: true,
        Text("laporan pertanggungjawaban disahkan (ya/tidak)", en: "annual report approved (ya/tidak)")),
      ColumnSchema(
        "tanggal_laporan_selesai", .date, required: false,
        Text("tanggal laporan keuangan selesai", en: "date the financial statements were finished")),
      ColumnSchema(
        "akuntan_publik", .bool, required: false,
        Text("diaudit akuntan publik (ya/tidak)", en: "audited by a public accountant (ya/tidak)")),
      ColumnSchema(
        "opini", .string, required: false, storage: .dictionary,
        Text("opini akuntan publik (WTP, WDP, TW, TMP)", en: "auditor's opinion (WTP, WDP, TW, TMP)")),
    ])
}

/// The fixed vocabulary of `pos` that maps accounts to the items formulas use.
public enum AccountPos {
  /// Balance-sheet items (`neraca.csv`).
  public static let neraca: [AllowedValue] = [
    // Assets.
    "kas", "bank", "investasi", "piutang_pinjaman_anggota", "piutang_pinjaman_non_anggota",
    AllowedValue("penyisihan_piutang", Text("penyisihan piutang (kontra, jumlah positif)", en: "loan-loss allowance (contra, positive amount)")),
    "piutang_lain", "aset_tetap",
    AllowedValue("akumulasi_penyusutan", Text("akumulasi penyusutan (kontra, jumlah positif)", en: "accumulated depreciation (contra, positive amount)")),
    "aset_lain",
    // Current liabilities.
    "simpanan_sukarela", "simpanan_berjangka", "hutang_jangka_pendek", "dana_bagian_shu",
    "kewajiban_lancar_lain",
    // Long-term liabilities.
    "hutang_jangka_panjang", "kewajiban_jangka_panjang_lain",
    // Equity.
    "simpanan_pokok", "simpanan_wajib", "modal_penyertaan", "hibah", "cadangan_umum",
    "cadangan_tujuan_risiko", "shu_tahun_berjalan",
  ]

  /// Income-statement items (`phu.csv`).
  public static let phu: [AllowedValue] = [
    "pendapatan_jasa_pinjaman_anggota", "pendapatan_jasa_pinjaman_non_anggota", "pendapatan_lain",
    "beban_jasa_simpanan", "beban_jasa_pinjaman", "beban_karyawan", "beban_operasional_lain",
    "beban_perkoperasian", "beban_penyisihan_piutang", "beban_penyusutan",
    "pendapatan_beban_non_operasional", "pajak",
  ]
}

extension DatasetSchema {
  /// The dataset contract (docs/dataset.md), tables in load order.
  public static let contract = DatasetSchema(tables: [
    .anggota, .pengurus, .pinjaman, .angsuran, .simpanan, .neraca, .phu, .jurnal, .rat,
  ])
}

extension TableSchema {
  static let anggota = TableSchema(
    name: "anggota", isRequired: true, row: Text("seorang anggota", en: "a member"),
    neededFor: Text("semua pemeriksaan", en: "every check"), primaryKey: "no_anggota",
    columns: [
      ColumnSchema("no_anggota", .string, Text("nomor anggota (unik)", en: "member number (unique)")),
      ColumnSchema("nama", .string, Text("nama anggota", en: "member's name")),
      ColumnSchema("nik", .string, allowsEmpty: true, Text("NIK, 16 angka", en: "national identity number (NIK), 16 digits")),
      ColumnSchema("no_kk", .string, required: false, Text("nomor kartu keluarga", en: "family card number")),
      ColumnSchema(
        "jenis_kelamin", .string, required: false,
        allowed: [
          AllowedValue("L", aliases: ["laki_laki", "pria", "lk"], Text("laki-laki", en: "male")),
          AllowedValue("P", aliases: ["perempuan", "wanita", "pr"], Text("perempuan", en: "female")),
        ], Text("jenis kelamin", en: "sex")),
      ColumnSchema(
        "tanggal_masuk", .date, allowsEmpty: true, notAfterReportingDate: true,
        Text("tanggal menjadi anggota", en: "date the member joined")),
      ColumnSchema(
        "tanggal_keluar", .date, required: false, notAfterReportingDate: true,
        Text("tanggal keluar (kosong = masih anggota)", en: "date the member left (empty = still a member)")),
      ColumnSchema(
        "status", .string, allowed: ["aktif", "keluar"], Text("status keanggotaan", en: "membership status")),
      ColumnSchema("telepon", .string, required: false, Text("nomor telepon", en: "phone number")),
      ColumnSchema("desa", .string, required: false, storage: .dictionary, Text("desa/kelurahan", en: "village")),
    ],
    dateOrder: [DateOrder("tanggal_masuk", "tanggal_keluar")])

  static let pengurus = TableSchema(
    name: "pengurus", isRequired: true,
    row: Text("satu masa jabatan pengurus, pengawas, manajer atau karyawan", en: "an officer's term: pengurus, pengawas, manajer or staff"),
    neededFor: Text("pemeriksaan tata kelola dan orang dalam", en: "governance and insider checks"),
    columns: [
      ColumnSchema("nama", .string, Text("nama", en: "name")),
      ColumnSchema(
        "no_anggota", .string, allowsEmpty: true,
        Text("nomor anggota (kosong bila bukan anggota)", en: "member number (empty if not a member)")),
      ColumnSchema("nik", .string, allowsEmpty: true, Text("NIK", en: "national identity number (NIK)")),
      ColumnSchema("no_kk", .string, required: false, Text("nomor kartu keluarga", en: "family card number")),
      ColumnSchema(
        "organ", .string,
        allowed: [
          AllowedValue("pengurus", Text("pengurus (dipilih RAT)", en: "board, elected by the RAT")),
          AllowedValue("pengawas", Text("pengawas (dipilih RAT)", en: "supervisory committee, elected by the RAT")),
          AllowedValue("manajer", aliases: ["manager", "pengelola"], Text("manajer", en: "hired manager")),
          AllowedValue("karyawan", aliases: ["staf", "staff"], Text("karyawan", en: "staff")),
        ], Text("organ", en: "body the person serves in")),
      ColumnSchema(
        "jabatan", .string, allowsEmpty: true, storage: .dictionary,
        Text("jabatan: ketua, sekretaris, bendahara, anggota, …", en: "position: ketua, sekretaris, bendahara, anggota, …")),
      ColumnSchema("mulai", .date, notAfterReportingDate: true, Text("awal masa jabatan", en: "start of the term")),
      ColumnSchema(
        "selesai", .date, allowsEmpty: true,
        Text("akhir masa jabatan (kosong = masih menjabat)", en: "end of the term (empty = still serving)")),
      ColumnSchema(
        "sertifikat", .string, required: false,
        Text("nomor sertifikat kompetensi", en: "competence certificate number")),
      ColumnSchema(
        "sertifikat_berlaku_sampai", .date, required: false,
        Text("sertifikat berlaku sampai", en: "certificate valid until")),
    ],
    dateOrder: [DateOrder("mulai", "selesai")])

  static let pinjaman = TableSchema(
    name: "pinjaman", isRequired: false, row: Text("satu pinjaman", en: "a loan"),
    neededFor: Text("pemeriksaan simpan pinjam", en: "savings-and-loan checks"), primaryKey: "no_pinjaman",
    columns: [
      ColumnSchema("no_pinjaman", .string, Text("nomor pinjaman (unik)", en: "loan number (unique)")),
      ColumnSchema("no_anggota", .string, storage: .dictionary, Text("nomor anggota peminjam", en: "borrower's member number")),
      ColumnSchema("tanggal_cair", .date, notAfterReportingDate: true, Text("tanggal pencairan", en: "disbursement date")),
      ColumnSchema("plafon", .money, Text("pokok pinjaman", en: "principal lent")),
      ColumnSchema(
        "bunga_persen_bulan", .double,
        Text("bunga per bulan, dalam persen (1,5 = 1,5% per bulan)", en: "interest per month, in percent (1.5 = 1.5% a month)")),
      ColumnSchema(
        "metode", .string,
        allowed: [
          AllowedValue("flat", aliases: ["tetap"], Text("bunga flat dari plafon", en: "flat interest on the principal")),
          AllowedValue("anuitas", aliases: ["annuity"], Text("angsuran tetap (anuitas)", en: "equal instalments (annuity)")),
          AllowedValue("menurun", aliases: ["efektif", "declining"], Text("bunga dari sisa pokok", en: "interest on the declining balance")),
        ], Text("metode bunga", en: "interest method")),
      ColumnSchema("tenor_bulan", .int, Text("jangka waktu, bulan", en: "term in months")),
      ColumnSchema("jaminan", .string, allowsEmpty: true, Text("jaminan (kosong = tanpa jaminan)", en: "collateral (empty = none)")),
      ColumnSchema("nilai_jaminan", .money, allowsEmpty: true, Text("nilai jaminan", en: "collateral value")),
      ColumnSchema("petugas", .string, required: false, storage: .dictionary, Text("petugas pinjaman", en: "loan officer")),
      ColumnSchema(
        "status", .string,
        allowed: [
          AllowedValue("aktif", Text("berjalan", en: "running")),
          AllowedValue("lunas", Text("lunas", en: "repaid")),
          AllowedValue("hapus_buku", aliases: ["hapusbuku", "write_off"], Text("dihapusbukukan", en: "written off")),
        ], Text("status pinjaman", en: "loan status")),
      ColumnSchema(
        "restrukturisasi", .bool, required: false,
        Text("pernah direstrukturisasi (ya/tidak)", en: "restructured (ya/tidak)")),
      ColumnSchema(
        "kolektibilitas_tercatat", .string, required: false,
        allowed: [
          AllowedValue("lancar", aliases: ["l"]),
          AllowedValue("kurang_lancar", aliases: ["kl"]),
          AllowedValue("diragukan", aliases: ["d"]),
          AllowedValue("macet", aliases: ["m"]),
        ],
        Text("kolektibilitas yang dibukukan koperasi", en: "collectibility class the cooperative booked")),
    ],
    foreignKeys: [ForeignKey("no_anggota", references: "anggota", "no_anggota", issue: .unknownMember)])

  static let angsuran = TableSchema(
    name: "angsuran", isRequired: false, row: Text("satu pembayaran angsuran", en: "a repayment received"),
    neededFor: Text("pemeriksaan simpan pinjam", en: "savings-and-loan checks"), rowKey: "no_bukti",
    columns: [
      ColumnSchema("no_bukti", .string, Text("nomor bukti (kuitansi)", en: "receipt number")),
      ColumnSchema("no_pinjaman", .string, storage: .dictionary, Text("nomor pinjaman", en: "loan number")),
      ColumnSchema("tanggal", .date, notAfterReportingDate: true, Text("tanggal bayar", en: "date paid")),
      ColumnSchema("pokok", .money, allowsEmpty: true, Text("pokok dibayar", en: "principal paid")),
      ColumnSchema("jasa", .money, allowsEmpty: true, Text("jasa (bunga) dibayar", en: "interest paid")),
      ColumnSchema("denda", .money, required: false, Text("denda dibayar", en: "late fee paid")),
      ColumnSchema("petugas", .string, required: false, storage: .dictionary, Text("petugas penagih", en: "collecting officer")),
    ],
    foreignKeys: [ForeignKey("no_pinjaman", references: "pinjaman", "no_pinjaman", issue: .unknownLoan)])

  static let simpanan = TableSchema(
    name: "simpanan", isRequired: false,
    row: Text("saldo satu jenis simpanan seorang anggota", en: "a member's balance of one kind of savings"),
    neededFor: Text("pemeriksaan simpanan", en: "savings checks"),
    columns: [
      ColumnSchema("no_anggota", .string, storage: .dictionary, Text("nomor anggota", en: "member number")),
      ColumnSchema(
        "jenis", .string,
        allowed: [
          AllowedValue("pokok", Text("simpanan pokok", en: "one-time joining deposit")),
          AllowedValue("wajib", Text("simpanan wajib", en: "compulsory periodic deposit")),
          AllowedValue("sukarela", Text("simpanan sukarela", en: "voluntary savings")),
          AllowedValue("berjangka", Text("simpanan berjangka", en: "time deposit")),
        ], Text("jenis simpanan", en: "kind of savings")),
      ColumnSchema("saldo", .money, Text("saldo pada tanggal laporan", en: "balance at the reporting date")),
    ],
    foreignKeys: [ForeignKey("no_anggota", references: "anggota", "no_anggota", issue: .unknownMember)])
}

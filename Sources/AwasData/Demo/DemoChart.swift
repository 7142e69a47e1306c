/// The demo cooperative's chart of accounts: neraca.csv and phu.csv rows, each
/// mapped to the `pos` vocabulary of docs/dataset.md.
struct DemoAccount {
  let code: String
  let name: String
  let pos: String
  /// Assets and expenses grow by debits; contra-assets, liabilities, equity and income by credits.
  let debitNormal: Bool
  /// On the balance sheet (neraca) rather than the income statement (phu).
  let balanceSheet: Bool
}

enum DemoChart {
  static let accounts: [DemoAccount] = [
    .init(code: "1101", name: "Kas", pos: "kas", debitNormal: true, balanceSheet: true),
    .init(code: "1102", name: "Bank", pos: "bank", debitNormal: true, balanceSheet: true),
    .init(code: "1103", name: "Deposito berjangka", pos: "investasi", debitNormal: true, balanceSheet: true),
    .init(code: "1201", name: "Piutang pinjaman anggota", pos: "piutang_pinjaman_anggota", debitNormal: true, balanceSheet: true),
    .init(code: "1202", name: "Piutang pinjaman non-anggota", pos: "piutang_pinjaman_non_anggota", debitNormal: true, balanceSheet: true),
    .init(code: "1203", name: "Penyisihan penghapusan pinjaman", pos: "penyisihan_piutang", debitNormal: false, balanceSheet: true),
    .init(code: "1301", name: "Piutang lain-lain", pos: "piutang_lain", debitNormal: true, balanceSheet: true),
    .init(code: "1401", name: "Gedung dan inventaris", pos: "aset_tetap", debitNormal: true, balanceSheet: true),
    .init(code: "1402", name: "Akumulasi penyusutan", pos: "akumulasi_penyusutan", debitNormal: false, balanceSheet: true),
    .init(code: "1501", name: "Aset lain-lain", pos: "aset_lain", debitNormal: true, balanceSheet: true),
    .init(code: "2101", name: "Simpanan sukarela", pos: "simpanan_sukarela", debitNormal: false, balanceSheet: true),
    .init(code: "2102", name: "Simpanan berjangka", pos: "simpanan_berjangka", debitNormal: false, balanceSheet: true),
    .init(code: "2103", name: "Utang pajak", pos: "hutang_jangka_pendek", debitNormal: false, balanceSheet: true),
    .init(code: "2104", name: "Dana bagian SHU", pos: "dana_bagian_shu", debitNormal: false, balanceSheet: true),
    .init(code: "2105", name: "Biaya yang masih harus dibayar", pos: "kewajiban_lancar_lain", debitNormal: false, balanceSheet: true),
    .init(code: "2201", name: "Pinjaman bank jangka panjang", pos: "hutang_jangka_panjang", debitNormal: false, balanceSheet: true),
    .init(code: "3101", name: "Simpanan pokok", pos: "simpanan_pokok", debitNormal: false, balanceSheet: true),
    .init(code: "3102", name: "Simpanan wajib", pos: "simpanan_wajib", debitNormal: false, balanceSheet: true),
    .init(code: "3103", name: "Modal penyertaan", pos: "modal_penyertaan", debitNormal: false, balanceSheet: true),
    .init(code: "3104", name: "Hibah", pos: "hibah", debitNormal: false, balanceSheet: true),
    .init(code: "3201", name: "Cadangan umum", pos: "cadangan_umum", debitNormal: false, balanceSheet: true),
    .init(code: "3202", name: "Cadangan tujuan risiko", pos: "cadangan_tujuan_risiko", debitNormal: false, balanceSheet: true),
    .init(code: "3301", name: "SHU tahun berjalan", pos: "shu_tahun_berjalan", debitNormal: false, balanceSheet: true),
    .init(code: "4101", name: "Pendapatan jasa pinjaman anggota", pos: "pendapatan_jasa_pinjaman_anggota", debitNormal: false, balanceSheet: false),
    .init(code: "4102", name: "Pendapatan jasa pinjaman non-anggota", pos: "pendapatan_jasa_pinjaman_non_anggota", debitNormal: false, balanceSheet: false),
    .init(code: "4201", name: "Pendapatan denda dan lain-lain", pos: "pendapatan_lain", debitNormal: false, balanceSheet: false),
    .init(code: "5101", name: "Beban jasa simpanan", pos: "beban_jasa_simpanan", debitNormal: true, balanceSheet: false),
    .init(code: "5102", name: "Beban bunga pinjaman bank", pos: "beban_jasa_pinjaman", debitNormal: true, balanceSheet: false),
    .init(code: "5201", name: "Beban gaji dan honor", pos: "beban_karyawan", debitNormal: true, balanceSheet: false),
    .init(code: "5202", name: "Beban operasional lain", pos: "beban_operasional_lain", debitNormal: true, balanceSheet: false),
    .init(code: "5203", name: "Beban rapat dan perkoperasian", pos: "beban_perkoperasian", debitNormal: true, balanceSheet: false),
    .init(code: "5204", name: "Beban penyisihan piutang", pos: "beban_penyisihan_piutang", debitNormal: true, balanceSheet: false),
    .init(code: "5205", name: "Beban penyusutan", pos: "beban_penyusutan", debitNormal: true, balanceSheet: false),
    .init(code: "5301", name: "Pendapatan (beban) non-operasional", pos: "pendapatan_beban_non_operasional", debitNormal: false, balanceSheet: false),
    .init(code: "5401", name: "Pajak penghasilan", pos: "pajak", debitNormal: true, balanceSheet: false),
  ]

  /// The index of the account with `pos` (every pos used here exists).
  static func index(_ pos: String) -> Int {
    accounts.firstIndex { $0.pos == pos } ?? 0
  }

  /// Contra-assets: credit-normal but on the asset side.
  static func isContraAsset(_ a: DemoAccount) -> Bool {
    a.pos == "penyisihan_piutang" || a.pos == "akumulasi_penyusutan"
  }

  static func isAsset(_ a: DemoAccount) -> Bool {
    a.balanceSheet && (a.debitNormal || isContraAsset(a))
  }
}

/// One journal entry (one `no_bukti`): balanced debit and credit lines.
struct DemoJournalEntry {
  var date: Int32
  var text: String
  var by: String
  var lines: [(account: Int, debit: Int64, credit: Int64)]
  var planted: PlantedAnomaly.Kind?
}

/// The balance sheet and income statement of both years, and the book year's journal.
struct DemoBooks {
  var previous: [Int64] = Array(repeating: 0, count: DemoChart.accounts.count)
  var current: [Int64] = Array(repeating: 0, count: DemoChart.accounts.count)
  var journal: [DemoJournalEntry] = []

  subscript(previous pos: String) -> Int64 {
    get { previous[DemoChart.index(pos)] }
    set { previous[DemoChart.index(pos)] = newValue }
  }
  subscript(current pos: String) -> Int64 {
    get { current[DemoChart.index(pos)] }
    set { current[DemoChart.index(pos)] = newValue }
  }

  /// Own capital counted widely: every equity account.
  var equity: Int64 {
    DemoChart.accounts.indices.filter {
      let a = DemoChart.accounts[$0]
      return a.balanceSheet && a.code.hasPrefix("3")
    }.reduce(0) { $0 + current[$1] }
  }
}

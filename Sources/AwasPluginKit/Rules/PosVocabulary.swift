/// The fixed vocabulary of `pos` values that map accounts of `neraca.csv`
/// and `phu.csv` to what formulas use (docs/dataset.md), with the additions
/// the health assessment needs (docs/health.md, "pos added").
public enum PosVocabulary {
  /// Which statement a pos belongs to.
  public enum Statement: String, Sendable { case neraca, phu }

  /// What kind of line a pos is.
  public enum Kind: String, Sendable {
    case asset, contraAsset, currentLiability, longTermLiability, equity, income, expense, memo
  }

  /// One pos: its statement, kind, label, and whether awas added it to the draft contract.
  public struct Entry: Sendable, Hashable {
    public var name: String
    public var statement: Statement
    public var kind: Kind
    public var label: Text
    /// True for pos added by the health plugin (not in the draft contract).
    public var added: Bool
  }

  /// Every known pos by name.
  public static let entries: [Entry] = [
    e("kas", .neraca, .asset, "Kas", "Cash"),
    e("bank", .neraca, .asset, "Bank", "Bank"),
    e("investasi", .neraca, .asset, "Investasi", "Investments"),
    e("piutang_pinjaman_anggota", .neraca, .asset, "Piutang pinjaman anggota", "Loans to members"),
    e("piutang_pinjaman_non_anggota", .neraca, .asset, "Piutang pinjaman non-anggota", "Loans to non-members"),
    e("penyisihan_piutang", .neraca, .contraAsset, "Penyisihan piutang (PPAP)", "Loan-loss allowance"),
    e("piutang_lain", .neraca, .asset, "Piutang lain", "Other receivables"),
    e("aset_tetap", .neraca, .asset, "Aset tetap", "Fixed assets"),
    e("akumulasi_penyusutan", .neraca, .contraAsset, "Akumulasi penyusutan", "Accumulated depreciation"),
    e("aset_lain", .neraca, .asset, "Aset lain", "Other assets"),
    e("simpanan_sukarela", .neraca, .currentLiability, "Simpanan sukarela", "Voluntary savings"),
    e("simpanan_berjangka", .neraca, .currentLiability, "Simpanan berjangka", "Time deposits"),
    e("hutang_jangka_pendek", .neraca, .currentLiability, "Hutang jangka pendek", "Short-term borrowings"),
    e("dana_bagian_shu", .neraca, .currentLiability, "Dana bagian SHU", "SHU funds payable"),
    e("kewajiban_lancar_lain", .neraca, .currentLiability, "Kewajiban lancar lain", "Other current liabilities"),
    e("hutang_jangka_panjang", .neraca, .longTermLiability, "Hutang jangka panjang", "Long-term borrowings"),
    e("kewajiban_jangka_panjang_lain", .neraca, .longTermLiability, "Kewajiban jangka panjang lain", "Other long-term liabilities"),
    e("simpanan_pokok", .neraca, .equity, "Simpanan pokok", "Principal deposits"),
    e("simpanan_wajib", .neraca, .equity, "Simpanan wajib", "Compulsory deposits"),
    e("modal_penyertaan", .neraca, .equity, "Modal penyertaan", "Participation capital"),
    e("hibah", .neraca, .equity, "Hibah / donasi", "Grants"),
    e("cadangan_umum", .neraca, .equity, "Cadangan umum", "General reserve"),
    e("cadangan_tujuan_risiko", .neraca, .equity, "Cadangan tujuan risiko", "Risk reserve"),
    e("shu_tahun_berjalan", .neraca, .equity, "SHU tahun berjalan", "SHU of the year"),
    e("pendapatan_jasa_pinjaman_anggota", .phu, .income, "Pendapatan jasa pinjaman anggota", "Loan interest from members"),
    e("pendapatan_jasa_pinjaman_non_anggota", .phu, .income, "Pendapatan jasa pinjaman non-anggota", "Loan interest from non-members"),
    e("pendapatan_lain", .phu, .income, "Pendapatan lain", "Other income"),
    e("beban_jasa_simpanan", .phu, .expense, "Beban jasa simpanan", "Interest on savings"),
    e("beban_jasa_pinjaman", .phu, .expense, "Beban jasa pinjaman", "Interest on borrowings"),
    e("beban_karyawan", .phu, .expense, "Beban karyawan (gaji, honor)", "Staff costs"),
    e("beban_operasional_lain", .phu, .expense, "Beban operasional lain", "Other operating expenses"),
    e("beban_perkoperasian", .phu, .expense, "Beban perkoperasian", "Cooperative (organisational) expenses"),
    e("beban_penyisihan_piutang", .phu, .expense, "Beban penyisihan piutang", "Loan-loss provision expense"),
    e("beban_penyusutan", .phu, .expense, "Beban penyusutan", "Depreciation"),
    e("pendapatan_beban_non_operasional", .phu, .income, "Pendapatan (beban) non-operasional, neto", "Non-operating income (expense), net"),
    e("pajak", .phu, .expense, "Pajak", "Tax"),
    // Added for the health assessment (docs/health.md).
    e("simpanan_khusus", .neraca, .equity, "Simpanan khusus / SWPM (serupa wajib)", "Special deposits / SWPM (like wajib)", added: true),
    e("modal_penyetaraan", .neraca, .equity, "Modal penyetaraan", "Equalisation capital", added: true),
    e("modal_tetap", .neraca, .equity, "Modal tetap (USP)", "Fixed capital (USP)", added: true),
    e("shu_belum_dibagi", .neraca, .equity, "SHU tahun lalu belum dibagi", "Undistributed SHU of earlier years", added: true),
    e("pendapatan_lain_anggota", .phu, .income, "Pendapatan lain dari anggota (provisi, administrasi)", "Other income from members (fees)", added: true),
    e("mepp", .phu, .memo, "MEPP: manfaat ekonomi partisipasi (memo, dari LPEA)", "MEPP: economic benefit of participation (memo, from the LPEA)", added: true),
  ]

  /// The entry for `name`, or nil.
  public static func entry(_ name: String) -> Entry? { byName[name] }

  /// Every name, in vocabulary order.
  public static var names: [String] { entries.map(\.name) }

  private static let byName: [String: Entry] = Dictionary(
    entries.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

  private static func e(
    _ n: String, _ s: Statement, _ k: Kind, _ id: String, _ en: String, added: Bool = false
  ) -> Entry {
    Entry(name: n, statement: s, kind: k, label: Text(id, en: en), added: added)
  }
}

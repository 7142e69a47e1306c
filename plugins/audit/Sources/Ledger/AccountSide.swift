import AwasPluginKit

/// The normal balance of an account, from its `pos` (docs/dataset.md) or,
/// failing that, the first digit of `kode_akun`.
///
/// Sign convention: the journal's net of an account is Σdebet − Σkredit. A
/// debit-normal account (assets, expenses) is expected to net to +saldo; a
/// credit-normal one (contra-assets, liabilities, equity, income) to −saldo,
/// because `neraca.csv` and `phu.csv` show every balance as a positive amount
/// on its normal side.
enum AccountSide: String, Sendable {
  case debit, credit

  static let debitPos: Set<String> = [
    "kas", "bank", "investasi", "piutang_pinjaman_anggota", "piutang_pinjaman_non_anggota", "piutang_lain",
    "aset_tetap", "aset_lain", "beban_jasa_simpanan", "beban_jasa_pinjaman", "beban_karyawan",
    "beban_operasional_lain", "beban_perkoperasian", "beban_penyisihan_piutang", "beban_penyusutan", "pajak",
  ]
  static let creditPos: Set<String> = [
    "penyisihan_piutang", "akumulasi_penyusutan", "simpanan_sukarela", "simpanan_berjangka", "hutang_jangka_pendek",
    "dana_bagian_shu", "kewajiban_lancar_lain", "hutang_jangka_panjang", "kewajiban_jangka_panjang_lain",
    "simpanan_pokok", "simpanan_wajib", "modal_penyertaan", "hibah", "cadangan_umum", "cadangan_tujuan_risiko",
    "shu_tahun_berjalan", "pendapatan_jasa_pinjaman_anggota", "pendapatan_jasa_pinjaman_non_anggota",
    "pendapatan_lain", "pendapatan_beban_non_operasional",
  ]

  /// The side of an account; nil when neither `pos` nor the code tells.
  static func of(pos: String?, code: String?) -> AccountSide? {
    if let p = pos.map(Table.normalize) {
      if debitPos.contains(p) || p.hasPrefix("beban") { return .debit }
      if creditPos.contains(p) || p.hasPrefix("pendapatan") || p.hasPrefix("simpanan") { return .credit }
    }
    guard let first = code?.trimmingSpaces().first else { return nil }
    switch first {
    case "1": return .debit
    case "2", "3", "4": return .credit
    case "5", "6", "7", "8", "9": return .debit
    default: return nil
    }
  }

  /// The journal net (Σdebet − Σkredit) a balance of `saldo` corresponds to.
  func expectedNet(_ saldo: Int64) -> Int64 { self == .debit ? saldo : -saldo }
}

/// Sums of a money column by the text of a key column, exactly.
enum LedgerSums {
  static func byKey(_ table: Table, key: String, amount: String) throws -> [String: Int64]? {
    guard let k = table.column(key), let ac = table.column(amount), let a = ac.int64s else { return nil }
    var out: [String: Int64] = [:]
    for r in 0..<table.rowCount where !ac.isNull(r) {
      guard let key = k.text(at: r)?.trimmingSpaces() else { continue }
      out[key] = try (out[key] ?? 0).plus(a[r])
    }
    return out
  }
}

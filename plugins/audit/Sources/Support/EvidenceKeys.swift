import AwasPluginKit

/// How findings name the rows they rest on: by the table's key column
/// (`no_bukti`, `no_pinjaman`, `no_anggota`…), or by row number when the
/// table has none.
enum EvidenceKeys {
  /// The most keys one finding carries; the result table lists every row.
  static let limit = 5_000

  /// Key columns of the dataset contract (docs/dataset.md), by table.
  static let knownKeys: [String: String] = [
    "anggota": "no_anggota", "pinjaman": "no_pinjaman", "angsuran": "no_bukti",
    "jurnal": "no_bukti", "simpanan": "no_anggota", "neraca": "kode_akun", "phu": "kode_akun",
    "pengurus": "no_anggota", "jadwal": "no_pinjaman",
  ]

  /// The key column of `table`, or nil (row numbers are used then).
  static func keyColumn(of table: Table) -> Column? {
    if let pk = table.primaryKey, let c = table.column(pk) { return c }
    if let k = knownKeys[Table.normalize(table.name)], let c = table.column(k) { return c }
    return nil
  }

  /// The name of the key column, or `#` for 1-based row numbers.
  static func keyName(of table: Table) -> String { keyColumn(of: table)?.name ?? "#" }

  /// The key of row `r` (its key cell, or `#r+1`).
  static func key(of table: Table, row r: Int) -> String {
    if let c = keyColumn(of: table), let s = c.text(at: r) { return s }
    return String(r + 1)
  }

  /// Evidence for `rows` of `table`: distinct keys in row order, at most ``limit``.
  static func evidence<S: Sequence>(_ table: Table, rows: S) -> Evidence where S.Element == Int {
    let keyCol = keyColumn(of: table)
    var seen = Set<String>()
    var keys: [String] = []
    for r in rows {
      let k = keyCol?.text(at: r) ?? String(r + 1)
      if seen.insert(k).inserted {
        keys.append(k)
        if keys.count >= limit { break }
      }
    }
    return Evidence(table: table.name, keyColumn: keyCol?.name ?? "#", keys: keys)
  }
}

extension Finding {
  /// A finding of the audit check `check`, citing its method.
  static func audit(
    _ check: AuditCheck, _ severity: Severity, _ title: Text, evidence: [Evidence] = [],
    amount: Money? = nil, recommendation: Text? = nil
  ) -> Finding {
    Finding(
      check: check.findingID, severity: severity, title: title, rule: check.citation,
      evidence: evidence, amount: amount, recommendation: recommendation)
  }
}

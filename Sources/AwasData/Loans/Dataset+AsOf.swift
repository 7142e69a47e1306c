extension Dataset {
  /// The columns that ``recomputed(asOf:rules:)`` adds to `pinjaman`.
  public static let derivedLoanColumns = [
    "pokok_dibayar", "sisa", "tunggakan_pokok", "tunggakan_jasa", "dpd", "kolektibilitas",
    "berisiko", "orang_dalam",
  ]
  /// The tables that ``recomputed(asOf:rules:)`` adds.
  public static let derivedTables = ["jadwal", "rekonsiliasi"]

  /// This dataset with every derived loan table and column recomputed for
  /// `asOf`, loans classified by the rule set koperasi.toml asks for (see
  /// ``CollectibilityRules/forDataset(_:)``) or the default. A bad override
  /// becomes a warning in ``issues`` and the default rule set is used.
  public func recomputed(asOf: Day) -> Dataset {
    var base = self
    var rules: CollectibilityRules?
    do {
      rules = try CollectibilityRules.forDataset(self)
    } catch {
      let e = error as? CollectibilityRulesError
        ?? CollectibilityRulesError(Text("\(error)", en: "\(error)"))
      let issue = DataIssue(
        severity: .warning, kind: "bad-kolektibilitas-rules", file: e.file ?? "koperasi.toml",
        field: "kolektibilitas", message: e.message,
        expected: Text(
          "aturan kolektibilitas yang sah; aturan bawaan dipakai",
          en: "valid collectibility rules; the default rules are used"))
      if !base.issues.contains(issue) { base.issues.append(issue) }
      rules = try? CollectibilityRules.standard()
    }
    return base.recomputing(asOf: asOf, rules: rules)
  }

  /// This dataset with every derived loan table and column recomputed for
  /// `asOf`, loans classified by `rules`.
  ///
  /// Adds to `pinjaman`: `pokok_dibayar`, `sisa`, `tunggakan_pokok`,
  /// `tunggakan_jasa`, `dpd`, `kolektibilitas`, `berisiko` (these need
  /// `angsuran`), and `orang_dalam` (needs `pengurus`); adds the tables `jadwal`
  /// and `rekonsiliasi` (needs `neraca`). What cannot be computed from the
  /// tables present is left out. See docs/derived.md.
  public func recomputed(asOf: Day, rules: CollectibilityRules) -> Dataset {
    recomputing(asOf: asOf, rules: rules)
  }

  func recomputing(asOf: Day, rules: CollectibilityRules?) -> Dataset {
    var d = self
    d.asOf = asOf
    d.tables.removeAll { Dataset.derivedTables.contains(Table.normalize($0.name)) }
    guard var pinjaman = d.table("pinjaman") else {
      if let r = Rekonsiliasi.table(d, loans: nil) { d = d.setting(r) }
      return d
    }
    let kept = pinjaman.columnNames.filter { !Dataset.derivedLoanColumns.contains(Table.normalize($0)) }
    pinjaman = pinjaman.selecting(kept) ?? pinjaman
    d = d.setting(pinjaman)

    let book = LoanBook(pinjaman: pinjaman, angsuran: d.table("angsuran"))
    let placeholder = rules ?? CollectibilityRules.blank(name: "", origin: "")
    var status: LoanStatus? = nil
    if book.hasRepayments {
      let s = book.status(asOf: asOf, rules: placeholder)
      status = s
      for c in s.columns(classified: rules != nil) { pinjaman = pinjaman.setting(c) }
    }
    if let flags = OrangDalam.flags(
      pinjaman: pinjaman, pengurus: d.table("pengurus"), anggota: d.table("anggota"), asOf: asOf)
    {
      pinjaman = pinjaman.setting(Column(name: "orang_dalam", type: .bool, storage: .bool(flags)))
    }
    d = d.setting(pinjaman)
    if let ids = pinjaman.column("no_pinjaman"), let jadwal = book.jadwal(loanIds: ids) {
      d = d.setting(jadwal)
    }
    // The balance sheet is at the reporting date, so the ledger is taken there too.
    let reportDate = info.tanggalLaporan
    let atReport = book.hasRepayments
      ? (reportDate == asOf ? status : book.status(asOf: reportDate, rules: placeholder)) : nil
    if let r = Rekonsiliasi.table(d, loans: atReport) { d = d.setting(r) }
    return d
  }
}

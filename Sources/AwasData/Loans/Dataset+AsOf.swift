/// What ``Dataset/recomputed(asOf:options:)`` derives.
public struct DerivedOptions: Sendable {
  /// The collectibility rule set; nil takes the one koperasi.toml asks for,
  /// or the default (see ``CollectibilityRules/forDataset(_:)``).
  public var rules: CollectibilityRules?
  /// Whether to build the `jadwal` table; nil builds it when the loans have
  /// at most ``DerivedOptions/jadwalLimit`` installments in all. It holds one
  /// row per installment (about 50 bytes each: 1M loans of 12 months are 12M
  /// rows, 600 MB); ``Dataset/jadwal(loans:)`` builds the schedule of chosen
  /// loans on demand.
  public var jadwal: Bool?

  /// The most installments the `jadwal` table is built for automatically.
  public static let jadwalLimit = 2_000_000

  public init(rules: CollectibilityRules? = nil, jadwal: Bool? = nil) {
    self.rules = rules
    self.jadwal = jadwal
  }
}

extension Dataset {
  /// The columns that ``recomputed(asOf:options:)`` adds to `pinjaman`.
  public static let derivedLoanColumns = [
    "pokok_dibayar", "sisa", "tunggakan_pokok", "tunggakan_jasa", "dpd", "kolektibilitas",
    "berisiko", "orang_dalam",
  ]
  /// The derived `pinjaman` columns computed from the repayments (`angsuran`).
  public static let repaymentColumns = [
    "pokok_dibayar", "sisa", "tunggakan_pokok", "tunggakan_jasa", "dpd", "kolektibilitas", "berisiko",
  ]
  /// The tables that ``recomputed(asOf:options:)`` adds.
  public static let derivedTables = ["jadwal", "rekonsiliasi"]

  /// This dataset with every derived loan table and column recomputed for
  /// `asOf`, loans classified by the rule set koperasi.toml asks for or the
  /// default. See ``recomputed(asOf:options:)``.
  public func recomputed(asOf: Day) -> Dataset {
    recomputed(asOf: asOf, options: DerivedOptions())
  }

  /// This dataset with every derived loan table and column recomputed for
  /// `asOf`, loans classified by `rules`.
  public func recomputed(asOf: Day, rules: CollectibilityRules) -> Dataset {
    recomputed(asOf: asOf, options: DerivedOptions(rules: rules))
  }

  /// This dataset with every derived loan table and column recomputed for `asOf`.
  ///
  /// Adds to `pinjaman`: `pokok_dibayar`, `sisa`, `tunggakan_pokok`,
  /// `tunggakan_jasa` (needs `angsuran.jasa`), `dpd`, `kolektibilitas`,
  /// `berisiko` (these need `angsuran`), and `orang_dalam` (needs `pengurus`);
  /// adds the tables `jadwal` and `rekonsiliasi` (needs `neraca`). What cannot
  /// be computed from the tables present is left out; earlier derived columns
  /// and tables are replaced. A bad collectibility override in koperasi.toml
  /// becomes a warning in ``issues`` and the default rule set is used.
  /// See docs/derived.md.
  public func recomputed(asOf: Day, options: DerivedOptions) -> Dataset {
    var base = self
    var rules = options.rules
    if rules == nil {
      do {
        rules = try CollectibilityRules.forDataset(self)
      } catch {
        base.addRulesWarning(error)
        rules = try? CollectibilityRules.standard()
      }
    }
    let count = installments
    let buildJadwal = options.jadwal ?? (count <= DerivedOptions.jadwalLimit)
    if options.jadwal == nil && !buildJadwal {
      let issue = DataIssue(
        severity: .warning, kind: "jadwal-omitted", file: "pinjaman.csv",
        message: Text(
          "Tabel jadwal tidak dibuat: \(count) angsuran (lebih dari \(DerivedOptions.jadwalLimit)); jadwal satu pinjaman: `jadwal-pinjaman NO_PINJAMAN`",
          en: "The jadwal table was not built: \(count) installments (more than \(DerivedOptions.jadwalLimit)); one loan's schedule: `schedule NO_PINJAMAN`"))
      if !base.issues.contains(where: { $0.kind == "jadwal-omitted" }) { base.issues.append(issue) }
    }
    return base.recomputing(asOf: asOf, rules: rules, jadwal: buildJadwal)
  }

  /// The number of installments of every loan (Σ tenor_bulan).
  public var installments: Int {
    guard let tenor = table("pinjaman")?.column("tenor_bulan"), let t = tenor.int64s else { return 0 }
    var n = 0
    for i in 0..<t.count where !tenor.isNull(i) { n += Int(max(0, min(t[i], 1200))) }
    return n
  }

  /// The installment schedule of the given `pinjaman` rows (all when nil), as
  /// the `jadwal` table holds it.
  public func jadwal(loans: [Int]? = nil) -> Table? {
    guard let pinjaman = table("pinjaman") else { return nil }
    return LoanBook(pinjaman: pinjaman, angsuran: nil, layout: .scan).jadwal(loans: loans)
  }

  mutating func addRulesWarning(_ error: any Error) {
    let e = error as? CollectibilityRulesError
      ?? CollectibilityRulesError(Text("\(error)", en: "\(error)"))
    let issue = DataIssue(
      severity: .warning, kind: "bad-kolektibilitas-rules", file: e.file ?? "koperasi.toml",
      field: "kolektibilitas", message: e.message,
      expected: Text(
        "aturan kolektibilitas yang sah; aturan bawaan dipakai",
        en: "valid collectibility rules; the default rules are used"))
    if !issues.contains(issue) { issues.append(issue) }
  }

  func recomputing(asOf: Day, rules: CollectibilityRules?, jadwal: Bool) -> Dataset {
    var d = self
    d.asOf = asOf
    d.tables.removeAll { Dataset.derivedTables.contains(Table.normalize($0.name)) }
    guard var pinjaman = d.table("pinjaman") else {
      if let r = Rekonsiliasi.table(d, loans: nil) { d = d.setting(r) }
      return d
    }
    let kept = pinjaman.columnNames.filter { !Dataset.derivedLoanColumns.contains(Table.normalize($0)) }
    pinjaman = pinjaman.selecting(kept) ?? pinjaman

    // The insider flags and the reconciliation's other inputs need no loan
    // figures: they are made on another thread meanwhile, while the loan
    // figures use every core.
    let (loans, dataset) = (pinjaman, d)
    let side = BackgroundWork { () -> (flags: ContiguousArray<Bool>?, reconciliation: Rekonsiliasi.Prepared?) in
      let anggota = dataset.table("anggota")
      let borrowers = BorrowerRows(pinjaman: loans, anggota: anggota)
      let flags = OrangDalam.flags(
        pinjaman: loans, pengurus: dataset.table("pengurus"), anggota: anggota, asOf: asOf, borrowers: borrowers)
      return (flags, Rekonsiliasi.prepare(dataset, borrowers: borrowers))
    }
    let figures = Dataset.loanFigures(
      pinjaman, angsuran: d.table("angsuran"), asOf: asOf, reportDate: info.tanggalLaporan, rules: rules, jadwal: jadwal)
    let (flags, reconciliation) = side.wait()
    pinjaman = figures.pinjaman
    if let flags {
      pinjaman = pinjaman.setting(Column(name: "orang_dalam", type: .bool, storage: .bool(flags)))
    }
    d = d.setting(pinjaman)
    if let schedule = figures.jadwal { d = d.setting(schedule) }
    if let prepared = reconciliation, let r = Rekonsiliasi.table(prepared, loans: figures.atReport) {
      d = d.setting(r)
    }
    return d
  }

  /// `pinjaman` with the repayment figures at `asOf`, the schedule (with
  /// `jadwal`), and the loans' status at `reportDate` for the reconciliation.
  /// The loan book lives only inside this call, so its memory is free before
  /// the next step.
  private static func loanFigures(
    _ pinjaman: Table, angsuran: Table?, asOf: Day, reportDate: Day, rules: CollectibilityRules?, jadwal: Bool
  ) -> (pinjaman: Table, jadwal: Table?, atReport: LoanStatus?) {
    var pinjaman = pinjaman
    // One or two as-of dates: reading the repayments per date needs less memory
    // than grouping them.
    let book = LoanBook(pinjaman: pinjaman, angsuran: angsuran, layout: .scan)
    // Without rules the figures are computed but no class is written.
    let classifier = rules ?? CollectibilityRules.blank(name: "", origin: "")
    var status: LoanStatus? = nil
    if book.hasRepayments {
      let s = book.status(asOf: asOf, rules: classifier)
      status = s
      for c in s.columns(classified: rules != nil) { pinjaman = pinjaman.setting(c) }
    }
    let schedule = jadwal ? book.jadwal() : nil
    // The balance sheet is at the reporting date, so the ledger is taken there too.
    let atReport = book.hasRepayments
      ? (reportDate == asOf ? status : book.status(asOf: reportDate, rules: classifier)) : nil
    return (pinjaman, schedule, atReport)
  }
}

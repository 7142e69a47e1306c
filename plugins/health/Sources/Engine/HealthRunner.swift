import AwasPluginKit

/// Runs an assessment of a dataset: picks the scheme and options, reads the
/// answers from the workspace, and scores this year (and, on request, the last).
struct HealthRunner: Sendable {
  var scheme: Scheme
  var checklists: [String: Checklist]
  var options: ResolvedOptions
  var dataset: Dataset
  var answers: [String: AnswerSheet]
  var notes: [Text] = []

  init(dataset: Dataset, settings: Settings, workspace: Workspace?) throws {
    (scheme, checklists) = try HealthRules.select(for: dataset, settings: settings)
    options = try HealthSettings.resolve(scheme, settings: settings, jenis: dataset.info.jenis)
    self.dataset = dataset
    var sheets: [String: AnswerSheet] = [:]
    for id in scheme.checklists {
      let key = checklists[id]?.id ?? id
      if let workspace {
        sheets[id] = try AnswerStore(workspace: workspace, checklist: key).load()
      } else {
        sheets[id] = AnswerSheet(checklist: key)
      }
    }
    if workspace == nil {
      notes.append(Text("tidak ada folder kerja: jawaban kuesioner tidak dibaca", en: "no workspace: questionnaire answers were not read"))
    }
    answers = sheets
  }

  /// This year's assessment (balances `saldo_kini`, loans at the as-of date).
  func current() throws -> Assessment {
    let engine = try Engines.engine(for: scheme)
    let book = FigureBook(scheme: scheme, options: options, dataset: dataset, period: .current, loanDataset: dataset)
    var a = engine.assess(
      scheme, EngineInput(figures: book, period: .current, asOf: dataset.asOf, checklists: checklists, answers: answers))
    a.notes = notes
    return a
  }

  /// Last year's assessment: balances `saldo_lalu`; loans recomputed at the
  /// previous year end when the loan engine can, otherwise unavailable.
  func previous() throws -> Assessment {
    let engine = try Engines.engine(for: scheme)
    let year = dataset.info.tahunBuku - 1
    let end = Day(year: year, month: 12, day: 31) ?? dataset.asOf
    let (loans, why) = Self.loansAt(end, dataset)
    let book = FigureBook(
      scheme: scheme, options: options, dataset: dataset, period: .previous, loanDataset: loans, loansUnavailable: why)
    var a = engine.assess(
      scheme, EngineInput(figures: book, period: .previous, asOf: end, checklists: checklists, answers: nil))
    if let why { a.notes.append(Text("angka pinjaman \(year): ", en: "loan figures \(year): ") + why) }
    return a
  }

  /// The dataset recomputed at `end`, or why its loan figures cannot be trusted.
  static func loansAt(_ end: Day, _ dataset: Dataset) -> (Dataset?, Text?) {
    guard let original = dataset.table("pinjaman") else {
      return (nil, Text("tabel pinjaman tidak ada", en: "no pinjaman table"))
    }
    let d = dataset.recomputed(asOf: end)
    guard d.asOf == end, let again = d.table("pinjaman") else {
      return (nil, Text("mesin pinjaman tidak menghitung ulang per \(end)", en: "the loan engine did not recompute at \(end)"))
    }
    // A payment after `end` must make last year's outstanding differ from today's.
    if let angsuran = d.table("angsuran"), let tgl = angsuran.column("tanggal")?.days, let tc = angsuran.column("tanggal"),
      let pokok = angsuran.column("pokok")?.int64s,
      (0..<angsuran.rowCount).contains(where: { !tc.isNull($0) && tgl[$0] > end.serial && pokok[$0] > 0 }),
      let s0 = original.column("sisa")?.int64s, let s1 = again.column("sisa")?.int64s, s0 == s1
    {
      return (nil, Text(
        "sisa pinjaman tidak dihitung ulang per \(end) (mesin pinjaman belum tersedia)",
        en: "loan balances were not recomputed at \(end) (the loan engine is not available)"))
    }
    return (d, nil)
  }
}

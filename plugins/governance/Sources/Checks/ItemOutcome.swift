import AwasPluginKit

/// What one checklist item found.
struct ItemOutcome: Sendable {
  enum Status: String, Sendable, CaseIterable {
    case passed, failed, needsAnswer, notApplicable, noted

    var label: Text {
      switch self {
      case .passed: return Text("lulus", en: "passed")
      case .failed: return Text("gagal", en: "failed")
      case .needsAnswer: return Text("perlu jawaban", en: "needs an answer")
      case .notApplicable: return Text("tidak berlaku", en: "not applicable")
      case .noted: return Text("dicatat", en: "noted")
      }
    }

    /// `3 lulus`, `1 needs an answer`, `6 need an answer`: a count of items in this status.
    func counted(_ n: Int, _ l: Language) -> String {
      if l == .en && self == .needsAnswer && n != 1 { return "\(n) need an answer" }
      return "\(n) \(label(l))"
    }
  }

  var status: Status
  /// What was found, or why it could not be decided / does not apply.
  var summary: Text
  /// The rows behind a failure (or a note), from the table they came from.
  var evidence: Table?
  /// The key column of `evidence` for the finding.
  var keyColumn: String?
  /// The amount involved (an excess over a limit).
  var amount: Money?
  /// Values for `{tahun}`, `{jumlah}` in the question.
  var fill: [String: String] = [:]

  static func pass(_ s: Text, fill: [String: String] = [:]) -> ItemOutcome {
    ItemOutcome(status: .passed, summary: s, fill: fill)
  }
  static func notApplicable(_ s: Text, fill: [String: String] = [:]) -> ItemOutcome {
    ItemOutcome(status: .notApplicable, summary: s, fill: fill)
  }
  static func ask(_ s: Text, fill: [String: String] = [:]) -> ItemOutcome {
    ItemOutcome(status: .needsAnswer, summary: s, fill: fill)
  }
  static func fail(
    _ s: Text, _ table: Table?, rows: [Int], key: String?, amount: Money? = nil, fill: [String: String] = [:]
  ) -> ItemOutcome {
    ItemOutcome(
      status: .failed, summary: s, evidence: table.map { $0.gather(rows.map { Int32($0) }) }, keyColumn: key, amount: amount,
      fill: fill)
  }
}

/// The data every check reads: the dataset, the reporting date, figures by pos, officers.
struct GovContext: Sendable {
  let dataset: Dataset
  let checklist: GovChecklist
  let ledger: PosLedger
  var asOf: Day { dataset.asOf }
  var info: KoperasiInfo { dataset.info }

  init(dataset: Dataset, checklist: GovChecklist) {
    self.dataset = dataset
    self.checklist = checklist
    ledger = PosLedger(dataset: dataset, period: .current)
  }

  /// A named figure of the checklist (`modal_sendiri`), or why it is unknown.
  func figure(_ name: String) -> (Money?, Text?) {
    guard let terms = checklist.inputs[name] else { return (nil, Text("masukan \(name) tidak ada", en: "no input \(name)")) }
    let r = FigureFormula.evaluate(terms, policy: dataset.info.kebijakan) { n in
      switch ledger.lookup(n) {
      case .found(let m, let lines): return .amount(m, .accounts(lines))
      case .absent: return .absent(Text("tidak ada akun dengan pos \(n)", en: "no account with pos \(n)"))
      case .unavailable(let t): return .missing(t)
      }
    }
    return (r.total, r.missing.first)
  }

  /// A table and the names of the columns it lacks.
  func table(_ name: String, needs columns: [String]) -> (Table?, Text?) {
    guard let t = dataset.table(name) else {
      return (nil, Text("\(name).csv tidak ada", en: "there is no \(name).csv"))
    }
    let missing = columns.filter { t.column($0) == nil }
    if !missing.isEmpty {
      let list = missing.joined(separator: ", ")
      return (nil, Text("\(name).csv tidak punya kolom \(list)", en: "\(name).csv has no column \(list)"))
    }
    return (t, nil)
  }
}

extension Column {
  /// The date at row `r`, nil when null or not a date column.
  func day(_ r: Int) -> Day? {
    guard !isNull(r), let d = days else { return nil }
    return Day(serial: d[r])
  }
  /// The money at row `r`, nil when null.
  func money(_ r: Int) -> Money? {
    guard !isNull(r), let a = int64s else { return nil }
    return Money(sen: a[r])
  }
}

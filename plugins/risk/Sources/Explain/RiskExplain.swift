import AwasPluginKit

/// `explain risk.<topic>`: formula, inputs, source, uncertainty and setting of
/// each figure, with today's values when a dataset is open.
enum RiskExplain {
  struct Topic: Sendable {
    var names: Names
    var summary: Text
    var formula: Text
    var inputs: Text
    var source: Text
    var uncertainty: Text?
    var setting: Text?
    /// Today's figures (label, value) for an open dataset.
    var values: (@Sendable (RiskRun) throws -> [(String, String)])?
  }

  /// Topic names in the session's language.
  static func topics(_ language: Language) -> [ExplainTopic] {
    all.map { ExplainTopic($0.names(language), $0.summary) }
  }

  static func explain(_ name: String, _ context: Context) throws -> CommandOutput? {
    guard let topic = all.first(where: { $0.names.matches(name) }) else { return nil }
    let lang = context.language
    var out = CommandOutput(blocks: [.heading("\(topic.names(lang)): \(topic.summary(lang))")])
    var fields: [(String, String)] = [
      (Text("Rumus", en: "Formula")(lang), topic.formula(lang)),
      (Text("Masukan", en: "Inputs")(lang), topic.inputs(lang)),
      (Text("Sumber", en: "Source")(lang), topic.source(lang)),
    ]
    if let u = topic.uncertainty { fields.append((Text("Ketidakpastian", en: "Uncertainty")(lang), u(lang))) }
    if let s = topic.setting { fields.append((Text("Pengaturan", en: "Setting")(lang), s(lang))) }
    out.blocks.append(.fields(fields))
    if context.dataset != nil, let values = topic.values {
      do {
        let run = try RiskRun(Invocation(path: ["explain"], arguments: Arguments(), context: context))
        out.blocks.append(.heading(run.t(Text("Pada dataset ini", en: "In this dataset")) + " (\(run.dataset.asOf))"))
        out.blocks.append(.fields(try values(run)))
      } catch let e as UserError {
        out.blocks.append(.text(e.message(lang)))
      }
    }
    return out
  }

  static let all: [Topic] = parTopics + classTopics + capitalTopics + trendTopics

  /// Values of PAR-like figures: numerator, denominator, ratio.
  static func parValues(_ pick: @escaping @Sendable (ParTotals) -> (Int64, Int64)) -> @Sendable (RiskRun) throws -> [(String, String)] {
    { run in
      let t = ParTotals.compute(try run.portfolio()).total
      let (loans, sen) = pick(t)
      return [
        (run.t(Text("Pembilang", en: "Numerator")), "\(run.money(sen)) (\(run.number(loans)) \(run.t(Text("pinjaman", en: "loans"))))"),
        (run.t(Text("Penyebut: saldo bruto", en: "Denominator: gross outstanding")), "\(run.money(t.outstanding)) (\(run.number(t.loans)) \(run.t(Text("pinjaman", en: "loans"))))"),
        (run.t(Text("Hasil", en: "Result")), run.percent(RiskMath.ratio(sen, t.outstanding))),
      ]
    }
  }

  static let outstandingInputs = Text(
    "pinjaman.sisa (saldo pokok per tanggal data), pinjaman.dpd (hari tunggakan), pinjaman.status (hapus_buku dikeluarkan), pinjaman.restrukturisasi (tetap dihitung); pinjaman yang cair setelah tanggal data tidak dihitung",
    en: "pinjaman.sisa (principal outstanding at the as-of date), pinjaman.dpd (days past due), pinjaman.status (hapus_buku left out), pinjaman.restrukturisasi (still counted); loans disbursed after the as-of date are left out")

  static let dpdUncertainty = Text(
    "dpd dihitung dari pokok saja: hari sejak jatuh tempo angsuran tertua yang belum tertutup pokok yang dibayar (mesin pinjaman); tunggakan jasa tidak dihitung terpisah.",
    en: "dpd counts principal only: days since the due date of the oldest instalment the principal paid does not cover (loan engine); interest arrears are not aged separately.")

  static var parTopics: [Topic] {
    [1, 30, 90].map { n in
      Topic(
        names: Names("risk.par\(n)"),
        summary: Text("portofolio berisiko > \(n) hari", en: "portfolio at risk > \(n) days"),
        formula: Text("Σ sisa pinjaman aktif dengan dpd > \(n) / Σ sisa seluruh pinjaman aktif", en: "Σ sisa of active loans with dpd > \(n) / Σ sisa of all active loans"),
        inputs: outstandingInputs,
        source: Text(
          "docs/reference.md §1 (PAR30/PAR90: pokok pinjaman > 30/90 hari termasuk restrukturisasi / pinjaman bruto; PB ≈ PAR90); PEARLS A1 ≤ 5% (§8)\(n == 1 ? "; PAR1 dengan definisi yang sama" : "")",
          en: "docs/reference.md §1 (PAR30/PAR90: principal of loans > 30/90 days late incl. restructured / gross loans; PB ≈ PAR90); PEARLS A1 ≤ 5% (§8)\(n == 1 ? "; PAR1 by the same definition" : "")"),
        uncertainty: dpdUncertainty,
        setting: nil,
        values: parValues { t in n == 1 ? (t.par1Loans, t.par1) : (n == 30 ? (t.par30Loans, t.par30) : (t.par90Loans, t.par90)) })
    } + [
      Topic(
        names: Names("risk.npl"),
        summary: Text("rasio pinjaman bermasalah (tidak tertimbang)", en: "non-performing loan ratio (unweighted)"),
        formula: Text("Σ sisa kelas Kurang Lancar + Diragukan + Macet / Σ sisa pinjaman aktif", en: "Σ sisa of Kurang Lancar + Diragukan + Macet / Σ sisa of active loans"),
        inputs: Text("pinjaman.kolektibilitas (hitungan ulang mesin pinjaman), pinjaman.sisa", en: "pinjaman.kolektibilitas (recomputed by the loan engine), pinjaman.sisa"),
        source: Text("docs/reference.md §1 (NPL/NPF), §4 (kelas), §5 (KKPKK: ≤ 5 / 5–10 / 10–15 / > 15%)", en: "docs/reference.md §1 (NPL/NPF), §4 (classes), §5 (KKPKK: ≤ 5 / 5–10 / 10–15 / > 15%)"),
        uncertainty: Text("Kelas bergantung pada aturan kolektibilitas (lihat `jelaskan risk.kolektibilitas`).", en: "Classes depend on the collectibility rule set (see `explain risk.collectibility`)."),
        setting: Text("risk.collectibility-rules (koperasi | bank)", en: "risk.collectibility-rules (cooperative | bank)"),
        values: parValues { ($0.nplLoans, $0.npl) }),
    ]
  }
}

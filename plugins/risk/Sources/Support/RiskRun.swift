import AwasPluginKit

/// One run of a risk command: the dataset, the settings read once, the
/// language, and formatting in that language.
struct RiskRun: Sendable {
  let inv: Invocation
  let dataset: Dataset
  let settings: RiskSettings

  init(_ inv: Invocation) throws {
    self.inv = inv
    dataset = try inv.context.requireDataset()
    settings = try RiskSettings(inv.context.settings)
  }

  var lang: Language { inv.language }

  func t(_ text: Text) -> String { text(lang) }

  /// The loans at the as-of date under the chosen rule set.
  func portfolio() throws -> Portfolio { try Portfolio(dataset, scheme: settings.scheme) }

  /// `Rp 1.234.567` (id) or `Rp 1,234,567` (en).
  func money(_ sen: Int64) -> String { ValueFormatter.money(Money(sen: sen), lang) }

  /// `4,25%` (id) or `4.25%` (en); `-` when unknown.
  func percent(_ r: Double?) -> String { r.map { ValueFormatter.display(.percent($0), lang) } ?? "-" }

  func number(_ i: Int64) -> String { ValueFormatter.grouped(i, lang) }

  /// The heading line: what, which cooperative, at which date.
  func heading(_ what: Text) -> OutputBlock {
    .heading("\(t(what)) — \(dataset.info.nama), \(t(Text("per", en: "as of"))) \(dataset.asOf)")
  }

  /// The note naming the collectibility rule set in use.
  var schemeNote: String {
    switch settings.scheme {
    case .cooperative:
      return t(Text(
        "Kelas: kolom `kolektibilitas` dari mesin pinjaman (aturan koperasi, garis Permen 14/2009, kecuali koperasi.toml memilih lain).",
        en: "Classes: the loan engine's `kolektibilitas` column (cooperative rule, Permen 14/2009 lineage, unless koperasi.toml chooses another)."))
    case .bank:
      return t(Text(
        "Kelas: aturan bank (PBI 7/2/2005), hitungan hari: L 0, DPK 1–90, KL 91–120, D 121–180, M > 180. Pembanding, bukan aturan koperasi.",
        en: "Classes: bank rules (PBI 7/2/2005), day count: L 0, DPK 1–90, KL 91–120, D 121–180, M > 180. For contrast, not a cooperative rule."))
    }
  }
}

/// A table of figures, one per row: a stable code, a label in the session's
/// language, and typed count / rupiah / percent cells (null where not used),
/// so scripts and JSON read numbers, not formatted text.
struct FigureTable {
  private var b: TableBuilder
  let lang: Language

  init(_ name: String, _ lang: Language) {
    b = TableBuilder(name, [("kode", .string), ("keterangan", .string), ("jumlah", .int), ("rupiah", .money), ("persen", .percent)], primaryKey: "kode")
    self.lang = lang
  }

  mutating func add(_ code: String, _ label: Text, count: Int64? = nil, sen: Int64? = nil, ratio: Double? = nil) {
    b.append([
      .string(code), .string(label(lang)), count.map(Value.int) ?? .null,
      sen.map { .money(Money(sen: $0)) } ?? .null, ratio.map(Value.percent) ?? .null,
    ])
  }

  func build() -> Table { b.build() }
}

extension Value {
  static func sen(_ s: Int64) -> Value { .money(Money(sen: s)) }
  static func ratio(_ r: Double?) -> Value { r.map(Value.percent) ?? .null }
}

import AwasPluginKit

/// `neraca` amounts by `pos` at `saldo_kini` (the reporting date).
struct BalanceSheet: Sendable {
  var byPos: [String: Int64]

  init(byPos: [String: Int64]) { self.byPos = byPos }

  /// Reads `neraca`; nil when the dataset has no usable `neraca`.
  init?(_ dataset: Dataset) { self.init(table: dataset.table("neraca")) }

  func amount(_ pos: String) -> Int64? { byPos[pos] }

  /// The allowance booked (`penyisihan_piutang`, a positive contra amount).
  var bookedAllowance: Int64? { byPos["penyisihan_piutang"].map(Money.magnitude) }
}

/// What modal sendiri holds (docs/reference.md §1, §2.3). `without-shu` follows
/// Permenkop 8/2023 Ps 1(23): pokok + wajib + cadangan + hibah; `with-shu`
/// adds the current year's SHU, as the health worksheets do.
enum ModalVariant: String, Sendable {
  case withoutSHU = "without-shu"
  case withSHU = "with-shu"

  init(setting: String?) {
    switch setting?.lowercased() {
    case "with-shu", "dengan-shu": self = .withSHU
    default: self = .withoutSHU
    }
  }

  var poses: [String] {
    let base = ["simpanan_pokok", "simpanan_wajib", "cadangan_umum", "cadangan_tujuan_risiko", "hibah"]
    return self == .withSHU ? base + ["shu_tahun_berjalan"] : base
  }

  var label: Text {
    switch self {
    case .withoutSHU:
      return Text("pokok + wajib + cadangan umum + cadangan risiko + hibah (tanpa SHU berjalan)", en: "pokok + wajib + general reserve + risk reserve + grants (without current SHU)")
    case .withSHU:
      return Text("pokok + wajib + cadangan umum + cadangan risiko + hibah + SHU tahun berjalan", en: "pokok + wajib + general reserve + risk reserve + grants + current-year SHU")
    }
  }

  static let choices: [Choice] = [
    Choice(Names("tanpa-shu", en: "without-shu"), Text("Permenkop 8/2023 Ps 1(23)", en: "Permenkop 8/2023 art. 1(23)")),
    Choice(Names("dengan-shu", en: "with-shu"), Text("seperti lembar kerja kesehatan", en: "as the health worksheets")),
  ]
}

/// Modal sendiri at the reporting date, with the parts it was summed from.
struct ModalSendiri: Sendable {
  var variant: ModalVariant
  var parts: [(pos: String, amount: Int64)]
  var total: Int64

  init?(_ sheet: BalanceSheet?, variant: ModalVariant) {
    guard let sheet else { return nil }
    self.variant = variant
    parts = variant.poses.compactMap { p in sheet.amount(p).map { (p, $0) } }
    guard !parts.isEmpty else { return nil }
    total = parts.reduce(into: SenTotal()) { $0 += $1.amount }.sen
  }
}

import AwasPluginKit

extension CoreCommands {
  /// `open` of a *wilayah* folder: lists its cooperatives (loaded later, on `use`).
  static func openRegion(_ path: String, _ inv: Invocation) throws -> CommandOutput {
    let region: Region
    do {
      region = try RegionLoader.open(path)
    } catch DatasetError.notADataset(let p, let reason) {
      throw UserError(
        Text("`\(p)` tidak dapat dibuka sebagai wilayah: \(reason.id)", en: "`\(p)` cannot be opened as a region: \(reason.en)"),
        argument: path)
    }
    let lang = inv.language
    let en = lang == .en
    let yearsLimit = inv.context.settings.int("region.inactive-years") ?? 3
    let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
    var b = TableBuilder(
      en ? "region" : "wilayah",
      [("nama", .string), ("nomor_badan_hukum", .string), ("jenis", .string), ("tahun_rat_terakhir", .int),
       ("status", .string), (en ? "digital_books" : "buku_digital", .bool)],
      primaryKey: "nama")
    var active = 0
    for m in region.members {
      let ratYear = m.fields.first { Table.normalize($0.key) == "tahun_rat_terakhir" }.flatMap { Int($0.value) }
      let status = RegionStatus.classify(lastRAT: ratYear, thisYear: thisYear, inactiveAfter: yearsLimit)
      if status == .aktif { active += 1 }
      b.append([
        .string(m.name), m.nomorBadanHukum.map { .string($0) } ?? .null, m.jenis.map { .string($0) } ?? .null,
        ratYear.map { .int(Int64($0)) } ?? .null, .string(status.label(lang)), .bool(m.hasDataset),
      ])
    }
    let withBooks = region.members.filter(\.hasDataset).count
    var out = CommandOutput(blocks: [
      .heading((en ? "Region " : "Wilayah ") + (path as NSString).lastPathComponent),
      .table(b.build(), title: nil),
      .text(en
        ? "\(region.members.count) cooperatives, \(active) active, \(withBooks) with digital books. Select one with `use NAME`."
        : "\(region.members.count) koperasi, \(active) aktif, \(withBooks) dengan pembukuan digital. Pilih satu dengan `pakai NAMA`."),
    ], effects: [.openRegion(region)])
    for i in region.issues.prefix(5) { out.blocks.append(.text("  \(i.location): \(i.message(lang))")) }
    return out
  }
}

/// A cooperative's standing in a region register, from the year of its last RAT.
///
/// A cooperative that has not held its RAT for `inactiveAfter` years (default 3, the
/// practice of the district offices' data clean-ups; a setting, `region.inactive-years`)
/// counts as *tidak aktif*. Without a year it is *tidak diketahui*.
enum RegionStatus {
  case aktif, tidakAktif, tidakDiketahui

  static func classify(lastRAT: Int?, thisYear: Int, inactiveAfter: Int) -> RegionStatus {
    guard let lastRAT else { return .tidakDiketahui }
    return thisYear - lastRAT >= inactiveAfter ? .tidakAktif : .aktif
  }

  func label(_ lang: Language) -> String {
    switch self {
    case .aktif: return lang == .en ? "active" : "aktif"
    case .tidakAktif: return lang == .en ? "inactive" : "tidak aktif"
    case .tidakDiketahui: return lang == .en ? "unknown" : "tidak diketahui"
    }
  }
}

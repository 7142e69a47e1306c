import AwasPluginKit

/// A small example plugin (see docs/plugins.md): members counted by a chosen
/// attribute, with a bar chart, and a finding for members without a NIK.
public struct ExamplePlugin: Plugin {
  public init() {}
  public let name = "contoh"
  public let version = "1.0.0"
  public let summary = Text("Contoh plugin", en: "Example plugin")

  public var commands: [CommandSpec] { [members] }

  static let groupings: [Choice] = [
    Choice(Names("desa", en: "village"), Text("desa tempat tinggal", en: "village of residence")),
    Choice(Names("status"), Text("aktif atau keluar", en: "active or left")),
    Choice(Names("jenis_kelamin", en: "sex"), Text("L atau P", en: "L or P")),
  ]

  var members: CommandSpec {
    CommandSpec(
      Names("anggota-per", en: "members-by"),
      summary: Text("jumlah anggota menurut desa, status atau jenis kelamin", en: "members counted by village, status or sex"),
      parameters: [
        ParameterSpec(Names("menurut", en: "by"), .choice(Self.groupings), positional: true, default: "status",
                      help: Text("pengelompokan", en: "grouping")),
      ],
      examples: [Example("anggota-per desa"), Example("members-by status")],
      requirements: [Requirement("anggota", columns: ["no_anggota", "nik"])],
      action: { inv in try Self.count(inv) })
  }

  static func count(_ inv: Invocation) throws -> CommandOutput {
    let lang = inv.language
    let anggota = try inv.context.table("anggota")
    let by = inv.arguments.string("by") ?? "status"
    let columnName = by == "village" ? "desa" : (by == "sex" ? "jenis_kelamin" : by)
    guard let column = anggota.column(columnName) else { throw UserError.missingColumn(columnName, table: anggota) }
    var counts: [String: Int] = [:]
    for r in 0..<anggota.rowCount { counts[column.string(at: r) ?? "-", default: 0] += 1 }
    let keys = counts.keys.sorted()
    var b = TableBuilder(lang == .en ? "members" : "anggota", [(columnName, .string), (lang == .en ? "members" : "anggota", .int)])
    for k in keys { b.append([.string(k), .int(Int64(counts[k] ?? 0))]) }
    let table = b.build()
    var out = CommandOutput.table(table)
    out.blocks.append(.chart(.bars(BarChart(labels: keys, values: keys.map { Double(counts[$0] ?? 0) }))))
    // A finding: members whose NIK is missing.
    if let nik = anggota.column("nik"), let ids = anggota.column("no_anggota") {
      let missing = (0..<anggota.rowCount).filter { nik.isNull($0) }.compactMap { ids.string(at: $0) }
      if !missing.isEmpty {
        out.findings.append(Finding(
          check: "contoh.nik-kosong", severity: .low,
          title: Text("\(missing.count) anggota tanpa NIK", en: "\(missing.count) members without a NIK"),
          evidence: [Evidence(table: "anggota", keyColumn: "no_anggota", keys: missing)],
          recommendation: Text("Lengkapi NIK dari KTP anggota.", en: "Complete the NIK from the members' ID cards.")))
      }
    }
    return out
  }
}

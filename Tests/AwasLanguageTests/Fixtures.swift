import Foundation

@testable import AwasLanguage
@testable import AwasPluginKit

/// A hand-made dataset: six loans and five members, every value checkable by eye.
enum Fixtures {
  static func day(_ s: String) -> Day { Day(iso: s)! }
  static func rp(_ r: Int64) -> Money { Money(rupiah: r) }

  /// no  | anggota | plafon | sisa       | dpd | status     | cair       | bunga | petugas | berisiko
  /// P001| A01     | 10jt   | 5jt        | 0   | aktif      | 2025-01-15 | 1.5%  | Budi    | false
  /// P002| A02     | 20jt   | 15jt       | 120 | aktif      | 2024-06-30 | 2%    | Siti    | true
  /// P003| A03     | 5jt    | 0          | 0   | lunas      | 2023-03-01 | 1.5%  | –       | false
  /// P004| A01     | 50jt   | 45jt       | 95  | aktif      | 2025-03-31 | 1%    | Budi    | true
  /// P005| A04     | 8jt    | –          | –   | hapus_buku | 2022-12-01 | 2.5%  | Ani     | –
  /// P006| A05     | 15jt   | 12.500.000 | 30  | aktif      | 2025-07-01 | 1.25% | Siti    | false
  static let pinjaman = Table(
    name: "pinjaman",
    columns: [
      Column.string("no_pinjaman", ["P001", "P002", "P003", "P004", "P005", "P006"]),
      Column.string("no_anggota", ["A01", "A02", "A03", "A01", "A04", "A05"]),
      Column.money("plafon", [rp(10_000_000), rp(20_000_000), rp(5_000_000), rp(50_000_000), rp(8_000_000), rp(15_000_000)]),
      Column.money("sisa", [rp(5_000_000), rp(15_000_000), rp(0), rp(45_000_000), nil, rp(12_500_000)]),
      Column.int64("dpd", .int, [0, 120, 0, 95, nil, 30]),
      Column.string("status", ["aktif", "aktif", "lunas", "aktif", "hapus_buku", "aktif"]),
      Column.date("tanggal_cair", [day("2025-01-15"), day("2024-06-30"), day("2023-03-01"), day("2025-03-31"), day("2022-12-01"), day("2025-07-01")]),
      Column.double("bunga", .percent, [0.015, 0.02, 0.015, 0.01, 0.025, 0.0125]),
      Column.string("petugas", ["Budi", "Siti", nil, "Budi", "Ani", "Siti"]),
      Column.bool("berisiko", [false, true, false, true, nil, false]),
    ], primaryKey: "no_pinjaman")

  static let anggota = Table(
    name: "anggota",
    columns: [
      Column.string("no_anggota", ["A01", "A02", "A03", "A04", "A05"]),
      Column.string("nama", ["Siti Aminah", "José Ramos", "Budi Santoso", "Ani", "Hj. Siti"]),
      Column.string("desa", ["Lalang", "Lalang", "Tanjung", nil, "Tanjung"]),
    ], primaryKey: "no_anggota")

  static let info = KoperasiInfo(
    nama: "KSP Contoh", jenis: .ksp, tanggalLaporan: day("2025-12-31"), tahunBuku: 2025)

  static let dataset = Dataset(folder: "/tmp/awas-contoh", info: info, tables: [pinjaman, anggota])

  /// Commands that exercise every kind of parameter.
  static func registry(_ recorder: Recorder) -> CommandRegistry {
    var r = CommandRegistry()
    let echo: CommandSpec.Action = { inv in
      recorder.record(inv)
      return .text("ok " + inv.path.joined(separator: " "))
    }
    r.addBuiltins(
      [
        CommandSpec(
          Names("sapa", en: "greet"), summary: "greets",
          parameters: [
            ParameterSpec(Names("nama", en: "name"), .string, positional: true, required: true, help: "who"),
            ParameterSpec(Names("kali", en: "times"), .int(1...3), default: "1", help: "how often"),
          ],
          action: { inv in
            recorder.record(inv)
            let n = inv.arguments.int("times") ?? 0
            return .text(Array(repeating: "halo " + (inv.arguments.string("name") ?? "?"), count: n).joined(separator: ", "))
          }),
        CommandSpec(
          Names("periksa", en: "check"), summary: "checks",
          subcommands: [
            CommandSpec(
              Names("benford"), summary: "digits",
              parameters: [
                ParameterSpec(Names("kolom", en: "column"), .column(types: [.money, .int]), positional: true, required: true, help: "c"),
                ParameterSpec(Names("digit", en: "digits"), .int(1...2), default: "1", help: "d"),
                ParameterSpec(Names("per", en: "by"), .column(), help: "group"),
                ParameterSpec(
                  Names("mode"), .choice([Choice(Names("pertama", en: "first")), Choice(Names("kedua", en: "second"))]),
                  default: "first", help: "m"),
              ],
              action: echo),
            CommandSpec(
              Names("celah", en: "gaps"), summary: "gaps",
              parameters: [ParameterSpec(Names("kolom", en: "column"), .column(), positional: true, required: true, help: "c")],
              action: echo),
          ]),
        CommandSpec(
          Names("ringkas", en: "summarize"), summary: "counts rows per group",
          parameters: [ParameterSpec(Names("per", en: "by"), .column(), required: true, help: "g")],
          acceptsInput: true,
          action: { inv in
            recorder.record(inv)
            guard let t = inv.input, let by = inv.arguments.column("by"), let c = t.column(by.column) else {
              throw UserError("no input", argument: "by")
            }
            var counts: [String: Int64] = [:]
            var order: [String] = []
            for i in 0..<t.rowCount {
              let k = c.string(at: i) ?? ""
              if counts[k] == nil { order.append(k) }
              counts[k, default: 0] += 1
            }
            var b = TableBuilder("ringkas", [(by.column, .string), ("n", .int)])
            for k in order { b.append([.string(k), .int(counts[k]!)]) }
            return .table(b.build())
          }),
        CommandSpec(
          Names("opsi", en: "options"), summary: "every scalar kind",
          parameters: [
            ParameterSpec(Names("min"), .money, help: "m"),
            ParameterSpec(Names("laju", en: "rate"), .percent, help: "r"),
            ParameterSpec(Names("pada", en: "at"), .date, help: "d"),
            ParameterSpec(Names("banding", en: "compare"), .flag, help: "f"),
            ParameterSpec(Names("aktif", en: "active"), .bool, help: "b"),
            ParameterSpec(Names("tabel", en: "table"), .table, help: "t"),
            ParameterSpec(Names("pada-kolom", en: "on"), .list(.column()), help: "l"),
            ParameterSpec(Names("batas", en: "bands"), .list(.money), help: "b"),
            ParameterSpec(Names("berkas", en: "file"), .path(), help: "p"),
            ParameterSpec(Names("angka", en: "number"), .number, help: "n"),
          ],
          action: echo),
        CommandSpec(
          Names("risiko", en: "risk"), summary: "risk",
          subcommands: [CommandSpec(Names("par"), summary: "par", action: echo)],
          requirements: [Requirement("pinjaman", columns: ["dpd", "sisa"])],
          action: { inv in
            recorder.record(inv)
            return CommandOutput(blocks: [.text("risk")], exceptions: 2)
          }),
        CommandSpec(
          Names("butuh", en: "needs"), summary: "needs a missing table",
          requirements: [Requirement("neraca")], action: echo),
        CommandSpec(
          Names("gagal", en: "fail"), summary: "throws",
          parameters: [ParameterSpec(Names("kolom", en: "column"), .string, positional: true, help: "c")],
          action: { inv in
            throw UserError(Text("kolom rusak", en: "broken column"), hint: "periksa lagi", argument: "column")
          }),
        CommandSpec(
          Names("buka", en: "open"), summary: "opens",
          parameters: [ParameterSpec(Names("folder"), .path(directory: true), positional: true, required: true, help: "f")],
          selectsDataset: true,
          action: { inv in
            recorder.record(inv)
            if inv.arguments.string("folder") == "rusak" { throw UserError(Text("bukan dataset", en: "not a dataset")) }
            var d = Fixtures.dataset
            d.folder = inv.arguments.string("folder") ?? ""
            return CommandOutput(blocks: [.text("dibuka")], effects: [.openDataset(d)])
          }),
        CommandSpec(
          Names("keluar", en: "quit"), summary: "quits",
          action: { _ in CommandOutput(blocks: [.text("sampai jumpa")], effects: [.quit]) }),
        CommandSpec(
          Names("bersihkan", en: "clear"), summary: "clears",
          action: { _ in CommandOutput(effects: [.clearScreen]) }),
        CommandSpec(
          Names("wilayah", en: "region"), summary: "opens a region",
          action: { _ in
            let members = [RegionMember(name: "ksp-a", folder: "/nonexistent/ksp-a"), RegionMember(name: "ksp-b", folder: "/nonexistent/ksp-b")]
            return CommandOutput(effects: [.openRegion(Region(folder: "/nonexistent", register: Table(name: "daftar", columns: []), members: members))])
          }),
        CommandSpec(
          Names("pakai", en: "use"), summary: "selects",
          parameters: [ParameterSpec(Names("nama", en: "name"), .string, positional: true, required: true, help: "n")],
          selectsDataset: true,
          action: { inv in CommandOutput(effects: [.selectDataset(inv.arguments.string("name") ?? "")]) }),
        CommandSpec(
          Names("atur", en: "set"), summary: "lists settings",
          parameters: [ParameterSpec(Names("nama", en: "name"), .string, positional: true, help: "n")],
          action: { inv in
            recorder.record(inv)
            return .text("pengaturan " + (inv.arguments.string("name") ?? "semua"))
          }),
        CommandSpec(
          Names("atur-cepat", en: "quickset"), summary: "sets via an effect",
          action: { _ in CommandOutput(effects: [.setSetting("lang", .string("en"))]) }),
      ],
      settings: [
        SettingSpec(Names("pewaktu", en: "timer"), .bool, default: .bool(false), help: "t"),
        SettingSpec(
          Names("format"), .choice([Choice("table"), Choice("csv"), Choice("json")]), default: .string("table"), help: "f"),
        SettingSpec(Names("ambang", en: "threshold"), .int(0...100), default: .int(5), help: "t"),
      ])
    return r
  }
}

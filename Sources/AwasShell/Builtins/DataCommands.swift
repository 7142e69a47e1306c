import AwasPluginKit

extension CoreCommands {
  static let open = CommandSpec(
    Names("buka", en: "open"),
    summary: Text("buka folder dataset sebuah koperasi", en: "open a cooperative's dataset folder"),
    discussion: Text(
      "Membaca koperasi.toml dan semua tabel CSV, memeriksa isinya, lalu menghitung kolom turunan pinjaman. Berkas masukan tidak pernah diubah.",
      en: "Reads koperasi.toml and every CSV table, checks them, then computes the derived loan columns. Input files are never modified."),
    parameters: [ParameterSpec(Names("folder"), .path(directory: true), positional: true, required: true, help: Text("folder dataset, atau folder wilayah (daftar.csv)", en: "the dataset folder, or a region folder (daftar.csv)"))],
    examples: [Example("buka contoh"), Example("open ./ksp-sejahtera"), Example("buka ./wilayah-batubara", Text("lalu: pakai NAMA", en: "then: use NAME"))],
    selectsDataset: true,
    action: { inv in
      guard let path = inv.arguments.string("folder") else { throw UserError(Text("Folder belum disebut.", en: "No folder given.")) }
      if RegionLoader.isRegion(path) { return try openRegion(path, inv) }
      let dataset = try loadDataset(path, inv.context)
      return DatasetSummary(dataset: dataset, language: inv.language).output(effects: [.openDataset(dataset)])
    })

  /// Loads a dataset folder, turning a loader failure into a user error.
  static func loadDataset(_ path: String, _ ctx: Context) throws -> Dataset {
    let progress = ctx.progress
    let label = ctx.language == .en ? "loading" : "memuat"
    do {
      return try DatasetLoader.load(path) { done, total in
        progress.report(label, done: Int(done), total: Int(total))
      }
    } catch DatasetError.notADataset(let p, let reason) {
      throw UserError(
        Text("`\(p)` tidak dapat dibuka sebagai dataset: \(reason.id)", en: "`\(p)` cannot be opened as a dataset: \(reason.en)"),
        hint: Text(
          "Sebuah dataset adalah folder berisi koperasi.toml dan tabel CSV (lihat docs/dataset.md). Buat contoh dengan `demo FOLDER`.",
          en: "A dataset is a folder holding koperasi.toml and CSV tables (see docs/dataset.md). Make an example with `demo FOLDER`."),
        argument: path)
    }
  }

  static let validate = CommandSpec(
    Names("periksa-data", en: "validate"),
    summary: Text("semua masalah data dengan lokasinya", en: "every data problem with its location"),
    examples: [Example("periksa-data"), Example("validate | where severity == \"error\"")],
    action: { inv in
      let d = try inv.context.requireDataset()
      let lang = inv.language
      let en = lang == .en
      var b = TableBuilder(
        en ? "problems" : "masalah",
        [(en ? "severity" : "tingkat", .string), (en ? "kind" : "jenis", .string), (en ? "location" : "lokasi", .string),
         (en ? "field" : "kolom", .string), (en ? "found" : "ditemukan", .string), (en ? "message" : "pesan", .string),
         (en ? "expected" : "seharusnya", .string), (en ? "row_skipped" : "baris_dilewati", .bool),
         (en ? "excerpt" : "kutipan", .string)])
      for i in d.issues {
        let sev = i.severity == .error ? (en ? "error" : "galat") : (en ? "warning" : "peringatan")
        b.append([
          .string(sev), .string(i.kind), .string(i.location), i.field.map { .string($0) } ?? .null,
          i.found.map { .string($0) } ?? .null, .string(i.message(lang)), i.expected.map { .string($0(lang)) } ?? .null,
          .bool(i.rowSkipped), i.excerpt.map { .string($0) } ?? .null,
        ])
      }
      let errors = d.issues.filter { $0.severity == .error }.count
      var table = b.build()
      table.metadata["display.hide"] = en ? "excerpt" : "kutipan"  // shown in the caret form instead
      var out = CommandOutput.table(table)
      if d.issues.isEmpty {
        // Programs still get their (empty) array; people get a sentence.
        out.blocks = [.table(table, title: nil), .text(en ? "No problems found in \(d.folder)." : "Tidak ada masalah di \(d.folder).")]
        if !inv.context.machineOutput { out.blocks.removeFirst() }
        out.value = table
      } else if !inv.context.machineOutput {
        // On screen each problem reads as the loader reports it, the line quoted
        // and a caret under the field; the table stays the result for `| where …`.
        out.blocks = [.text(d.issues.map { $0.rendered(lang) }.joined(separator: "\n\n"))]
        out.value = table
      }
      out.exceptions = errors
      return out
    })

  static let use = CommandSpec(
    Names("pakai", en: "use"),
    summary: Text("pilih satu koperasi dari folder wilayah", en: "select one cooperative of a region folder"),
    parameters: [ParameterSpec(Names("nama", en: "name"), .string, positional: true, required: true, help: Text("nama koperasi (folder)", en: "the cooperative's name (folder)"))],
    examples: [Example("pakai ksp-sejahtera")],
    selectsDataset: true,
    action: { inv in
      guard let name = inv.arguments.string("name") else { throw UserError(Text("Nama belum disebut.", en: "No name given.")) }
      return CommandOutput(
        blocks: [.text(inv.language == .en ? "Selected: \(name)" : "Dipilih: \(name)")], effects: [.selectDataset(name)])
    })

  static let demo = CommandSpec(
    Names("demo"),
    summary: Text("buat dataset koperasi contoh lalu buka", en: "write a demo cooperative dataset and open it"),
    discussion: Text(
      "Dataset demo bersifat deterministik untuk satu benih (seed) dan memuat kejanggalan yang sengaja ditanam; daftarnya ada di planted.json.",
      en: "The demo is deterministic for a seed and holds planted anomalies, listed in planted.json."),
    parameters: [
      ParameterSpec(Names("folder"), .path(directory: true), positional: true, required: true, help: Text("folder tujuan", en: "where to write it")),
      ParameterSpec(Names("benih", en: "seed"), .int(0...Int64(Int32.max)), default: "1", help: Text("benih acak", en: "random seed")),
      ParameterSpec(Names("pinjaman", en: "loans"), .int(Int64(DemoGenerator.minimumLoans)...Int64(DemoGenerator.maximumLoans)), default: "2000", help: Text("jumlah pinjaman", en: "number of loans")),
    ],
    examples: [Example("demo /tmp/ksp-demo"), Example("demo /tmp/besar --loans 100000 --seed 7")],
    action: { inv in
      guard let folder = inv.arguments.string("folder") else { throw UserError(Text("Folder belum disebut.", en: "No folder given.")) }
      let seed = UInt64(inv.arguments.int("seed") ?? 1)
      let loans = inv.arguments.int("loans") ?? 2000
      do {
        try DemoGenerator(seed: seed, loans: loans).write(to: folder)
      } catch let e as UserError {
        throw e
      } catch let e as DemoError {
        throw UserError(e.message, argument: folder)
      } catch {
        throw UserError(Text("Gagal menulis demo ke \(folder): \(error)", en: "Could not write the demo to \(folder): \(error)"), argument: folder)
      }
      let dataset = try loadDataset(folder, inv.context)
      var out = DatasetSummary(dataset: dataset, language: inv.language).output(effects: [.openDataset(dataset)])
      out.blocks.insert(
        .text(inv.language == .en ? "Demo written to \(folder) (seed \(seed), \(loans) loans)." : "Demo ditulis ke \(folder) (benih \(seed), \(loans) pinjaman)."),
        at: 0)
      return out
    })
}

/// What `open` prints: the cooperative, the reporting date, rows per table, and warnings.
struct DatasetSummary {
  var dataset: Dataset
  var language: Language

  func output(effects: [Effect]) -> CommandOutput {
    let en = language == .en
    let d = dataset
    var blocks: [OutputBlock] = [
      .heading("\(d.info.nama) (\(d.info.jenis.rawValue))"),
      .fields([
        (en ? "folder" : "folder", d.folder),
        (en ? "reporting date" : "tanggal laporan", d.info.tanggalLaporan.description),
        (en ? "book year" : "tahun buku", String(d.info.tahunBuku)),
      ]),
    ]
    blocks.append(.fields(d.tables.map { t in
      (t.name, ValueFormatter.grouped(Int64(t.rowCount), language) + (en ? " rows" : " baris"))
    }))
    blocks += d.issueSummary(language).map { .text($0) }
    return CommandOutput(blocks: blocks, effects: effects)
  }
}

extension CoreCommands {
  /// One or more loans' installment schedules, computed on demand (the `jadwal`
  /// table is not built for very large portfolios).
  static let schedule = CommandSpec(
    Names("jadwal-pinjaman", en: "schedule"),
    summary: Text("jadwal angsuran pinjaman tertentu", en: "the installment schedule of given loans"),
    discussion: Text(
      "Sama dengan baris tabel `jadwal` untuk pinjaman itu; berguna bila tabel `jadwal` tidak dibuat karena terlalu besar.",
      en: "The same as those loans' rows of the `jadwal` table; useful when that table was not built because it would be too large."),
    parameters: [ParameterSpec(Names("pinjaman", en: "loans"), .list(.string), positional: true, required: true, help: Text("nomor pinjaman, dipisah koma", en: "loan numbers, comma-separated"))],
    examples: [Example("jadwal-pinjaman P-001"), Example("schedule P-001,P-002")],
    requirements: [Requirement("pinjaman", columns: ["no_pinjaman", "tanggal_cair", "plafon", "tenor_bulan"])],
    action: { inv in
      let d = try inv.context.requireDataset()
      let pinjaman = try inv.context.table("pinjaman")
      guard let ids = pinjaman.column("no_pinjaman") else { throw UserError.missingColumn("no_pinjaman", table: pinjaman) }
      let wanted = inv.arguments.strings("loans")
      var rows: [Int] = []
      for w in wanted {
        guard let r = (0..<pinjaman.rowCount).first(where: { ids.string(at: $0) == w }) else {
          throw UserError(
            Text("Tidak ada pinjaman `\(w)`.", en: "There is no loan `\(w)`."),
            hint: Text("Cari dengan `pinjaman | saring no_pinjaman memuat \"…\"`.", en: "Look it up with `pinjaman | where no_pinjaman contains \"…\"`."),
            argument: w)
        }
        rows.append(r)
      }
      guard let t = d.jadwal(loans: rows) else { throw UserError(Text("Jadwal tidak dapat dihitung.", en: "The schedule cannot be computed.")) }
      return .table(t)
    })
}

import Foundation

/// Writes a realistic, deterministic demo cooperative (`awas demo DIR [--seed N]
/// [--loans N]`): every file of the dataset contract plus `planted.json`, the
/// list of anomalies planted on purpose (``PlantedAnomaly``). The same seed,
/// size and format give byte-identical files. docs/demo.md describes the data,
/// every planted kind and what "clean" means for the rest.
///
/// Rows are streamed to buffered files; a million loans (about ten million
/// repayments) are planned in compact arrays, never as a `String` per row.
public struct DemoGenerator: Sendable {
  /// Everything random derives from it: the same seed gives the same bytes.
  public var seed: UInt64
  /// Number of loans (pinjaman rows); members are about 65 % of it.
  public var loans: Int
  /// How the CSV files are written (koperasi.toml's `[format]` says so).
  public var format: CSVFormat
  /// Writer-only variations (BOM, CRLF, `Rp` prefix…), for loader tests.
  public var options: DatasetWriter.Options

  /// The smallest book that can hold every planted anomaly.
  public static let minimumLoans = 300
  /// The largest size the command line and the shell accept.
  public static let maximumLoans = 5_000_000

  public init(
    seed: UInt64 = 1, loans: Int = 2000, format: CSVFormat = .standard,
    options: DatasetWriter.Options = .plain
  ) {
    self.seed = seed
    self.loans = loans
    self.format = format
    self.options = options
  }

  /// Writes the dataset and `planted.json` into `folder` (created if needed;
  /// files of the same name are replaced).
  /// - Throws: ``DemoError`` for a size below ``minimumLoans``;
  ///   ``DatasetWriterError`` or a file-system error when writing fails.
  public func write(to folder: String) throws {
    guard loans >= Self.minimumLoans else { throw DemoError.tooFewLoans(loans) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let b = DemoBuild(seed: seed, loans: loans)
    let special = b.planMembers()
    b.generateMembers(special)
    b.planOfficers(special)
    b.planLoans()
    var planted = b.plantLoanAnomalies(special)
    let books = b.settle(&planted)
    let gaps = b.numberReceipts()

    let files = DemoFiles(folder: folder, format: format, options: options)
    try DatasetWriter(format: format, options: options)
      .writeKoperasi(info: b.koperasiInfo(), to: (folder as NSString).appendingPathComponent("koperasi.toml"))
    try b.writeAnggota(files)
    try b.writePengurus(files)
    try b.writePinjaman(files)
    let facts = try b.writeAngsuran(files, planted)
    try b.writeSimpanan(files)
    try b.writeBooks(files, books)
    let postings = try b.writeJurnal(files, books)
    try b.writeRAT(files)
    let list = b.plantedLoanEntries(planted, books, facts) + gaps + postings
      + b.plantedPeopleEntries(special, facts)
    let order = PlantedAnomaly.Kind.allCases.map(\.rawValue)
    let sorted = list.enumerated().sorted {
      ((order.firstIndex(of: $0.element.kind) ?? 0), $0.offset)
        < ((order.firstIndex(of: $1.element.kind) ?? 0), $1.offset)
    }.map(\.element)
    try PlantedAnomaly.json(sorted).write(
      to: URL(fileURLWithPath: folder).appendingPathComponent("planted.json"))
  }
}

/// Why the demo could not be generated.
public struct DemoError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, in both languages.
  public let message: Text

  static func tooFewLoans(_ n: Int) -> DemoError {
    DemoError(
      message: Text(
        "Demo memerlukan sedikitnya {0} pinjaman (diminta {1}).",
        en: "The demo needs at least {0} loans ({1} requested)."
      ).format(DemoGenerator.minimumLoans, n))
  }

  public var description: String { message.en }
}

extension DemoBuild {
  /// Simulates the loan book and builds the books; sizes the insider loans so
  /// that each stays above 10 % of own capital (every equity account).
  func settle(_ planted: inout PlantedLoans) -> DemoBooks {
    let now = savingsTotals(at: asOf.serial)
    var amount = ((now.pokok + now.wajib) * 21 / 100 / 1_000_000 + 1) * 1_000_000
    var books = DemoBooks()
    for _ in 0..<6 {
      setInsiderPlafon(planted.insiders, amount)
      runLedger(&planted)
      chooseLeavers()
      books = computeBooks(planted)
      let limit = books.equity / 10
      if planted.insiders.allSatisfy({ sisa($0) > limit + limit / 10 }) { break }
      amount = (books.equity * 14 / 100 / 1_000_000 + 1) * 1_000_000
    }
    return books
  }

  func koperasiInfo() -> KoperasiInfo {
    KoperasiInfo(
      nama: "KSP Sejahtera Bersama", jenis: .ksp, nomorBadanHukum: "518/123/BH/XVI/2009",
      wilayah: DemoPlaces.wilayah, tanggalLaporan: asOf, tahunBuku: bookYear,
      kebijakan: [
        "alokasi_shu_anggota_persen": .int(40),
        "batas_pinjaman_orang_dalam_persen": .int(10),
        "batas_pinjaman_per_anggota": .int(Self.maxPlafon),
        "batas_persetujuan_manajer": .int(Self.approvalLimit),
      ])
  }
}

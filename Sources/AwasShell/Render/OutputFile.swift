import AwasPluginKit

/// Writes a result to a file the user named (`… > hasil.csv`), never over an input file.
enum OutputFile {
  static func save(_ table: Table, to path: String, printer: Printer, dataset: Dataset?) throws {
    guard let format = OutputFormat.forPath(path) else {
      throw UserError(
        Text("Jenis berkas `\(path)` tidak dikenal.", en: "Unknown file type `\(path)`."),
        hint: Text("Pakai akhiran .csv, .tsv, .json, .md atau .txt.", en: "Use the extension .csv, .tsv, .json, .md or .txt."),
        argument: path)
    }
    let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    if let dataset {
      for f in dataset.files {
        let input = URL(fileURLWithPath: f.path).standardizedFileURL.resolvingSymlinksInPath().path
        if input == target {
          throw UserError(
            Text("`\(path)` adalah berkas masukan dataset; awas tidak pernah mengubahnya.", en: "`\(path)` is an input file of the dataset; awas never modifies it."),
            hint: Text("Simpan ke nama lain.", en: "Save under another name."), argument: path)
        }
      }
    }
    if DatasetSchema.isDatasetInput(target) {
      throw UserError(
        Text(
          "`\(path)` adalah berkas masukan sebuah dataset atau wilayah; awas tidak pernah mengubahnya.",
          en: "`\(path)` is an input file of a dataset or region; awas never modifies it."),
        hint: Text("Simpan ke nama lain.", en: "Save under another name."), argument: path)
    }
    let tsv = path.lowercased().hasSuffix(".tsv")
    let bytes = printer.fileBytes(table, format: tsv ? .csv : format, delimiter: UInt8(ascii: tsv ? "\t" : ","))
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw UserError(
        Text("Tidak dapat menulis `\(path)`: folder \(folder) tidak ada.", en: "Cannot write `\(path)`: the folder \(folder) does not exist."),
        hint: Text("Buat foldernya dulu, atau simpan di folder lain.", en: "Create the folder first, or save elsewhere."), argument: path)
    }
    do {
      // The bytes are written where they are, not copied into a Data first.
      try bytes.withUnsafeBytes { raw in
        let data = raw.baseAddress.map {
          Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: raw.count, deallocator: .none)
        }
        try (data ?? Data()).write(to: URL(fileURLWithPath: path), options: .atomic)
      }
    } catch {
      throw UserError(
        Text("Tidak dapat menulis `\(path)`: \(error.localizedDescription)", en: "Cannot write `\(path)`: \(error.localizedDescription)"),
        argument: path)
    }
  }
}

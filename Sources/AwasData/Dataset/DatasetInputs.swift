import Foundation

extension DatasetSchema {
  /// Whether `path` names a file of the dataset contract (`pinjaman.csv`,
  /// `koperasi.toml`, a region's `daftar.csv`) in a folder that holds a dataset
  /// or a region: any cooperative's input, not only the open one's. awas never
  /// writes such a file.
  public static func isDatasetInput(_ path: String) -> Bool {
    let url = URL(fileURLWithPath: path)
    let name = url.lastPathComponent.lowercased()
    let inputs = Set(contract.tables.map { $0.fileName.lowercased() } + [KoperasiReader.file, RegionLoader.registerFile])
    guard inputs.contains(name) else { return false }
    let folder = url.deletingLastPathComponent().path
    let fm = FileManager.default
    return fm.fileExists(atPath: folder + "/" + KoperasiReader.file)
      || fm.fileExists(atPath: folder + "/" + RegionLoader.registerFile)
  }
}

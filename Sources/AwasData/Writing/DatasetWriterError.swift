/// Why a dataset file could not be written.
public struct DatasetWriterError: Error, Sendable, Hashable, CustomStringConvertible {
  enum Reason: Sendable, Hashable {
    case cannotCreate(path: String)
    case writeFailed(path: String, reason: String)
    case unencodable(character: String, encoding: String, row: Int, column: String)
  }

  let reason: Reason

  static func cannotCreate(path: String) -> DatasetWriterError {
    DatasetWriterError(reason: .cannotCreate(path: path))
  }
  static func writeFailed(path: String, reason: String) -> DatasetWriterError {
    DatasetWriterError(reason: .writeFailed(path: path, reason: reason))
  }
  static func unencodable(character: String, encoding: String, row: Int, column: String)
    -> DatasetWriterError
  {
    DatasetWriterError(
      reason: .unencodable(character: character, encoding: encoding, row: row, column: column))
  }

  /// What went wrong, in both languages.
  public var message: Text {
    switch reason {
    case .cannotCreate(let path):
      return Text("Berkas {0} tidak dapat dibuat.", en: "Cannot create file {0}.").format(path)
    case .writeFailed(let path, let why):
      return Text("Gagal menulis {0}: {1}", en: "Writing {0} failed: {1}").format(path, why)
    case .unencodable(let ch, let enc, let row, let column):
      return Text(
        "Karakter \"{0}\" (baris data {1}, kolom {2}) tidak ada dalam {3}.",
        en: "Character \"{0}\" (data row {1}, column {2}) does not exist in {3}."
      ).format(ch, row, column, enc)
    }
  }

  public var description: String { message.en }
}

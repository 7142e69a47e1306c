/// A mistake of the user or of the input data: shown as a message (never a
/// stack trace); in a script it stops the run with exit status 1.
public struct UserError: Error, Sendable {
  public var message: Text
  /// What would be valid, or what to do instead.
  public var hint: Text?
  /// The parameter or word the error is about, so the shell can point at it.
  public var argument: String?

  public init(_ message: Text, hint: Text? = nil, argument: String? = nil) {
    self.message = message
    self.hint = hint
    self.argument = argument
  }

  public static let noDataset = UserError(
    Text("Belum ada dataset yang dibuka.", en: "No dataset is open."),
    hint: Text(
      "Buka dengan `buka FOLDER`, atau buat contoh dengan `demo FOLDER`.",
      en: "Open one with `open FOLDER`, or make a demo with `demo FOLDER`."))

  public static func missingTable(_ name: String, in dataset: Dataset) -> UserError {
    let near = Suggest.closest(name, among: dataset.tableNames)
    let have = dataset.tableNames.joined(separator: ", ")
    return UserError(
      Text("Dataset ini tidak punya tabel `\(name)`.", en: "This dataset has no table `\(name)`."),
      hint: near.map { Text("Maksud Anda `\($0)`?", en: "Did you mean `\($0)`?") }
        ?? Text("Tabel yang ada: \(have)", en: "Tables: \(have)"),
      argument: name)
  }

  public static func missingColumn(_ column: String, table: Table) -> UserError {
    let near = Suggest.closest(column, among: table.columnNames)
    let have = table.columnNames.joined(separator: ", ")
    return UserError(
      Text(
        "Tabel `\(table.name)` tidak punya kolom `\(column)`.",
        en: "Table `\(table.name)` has no column `\(column)`."),
      hint: near.map { Text("Maksud Anda `\($0)`?", en: "Did you mean `\($0)`?") }
        ?? Text("Kolom yang ada: \(have)", en: "Columns: \(have)"),
      argument: column)
  }
}

import AwasPluginKit

/// Everything completion may suggest from: commands, settings, tables and
/// their columns, variables, explain topics, and the file system.
struct CompletionWorld {
  struct TableInfo {
    var name: String
    var columns: [(name: String, type: ColumnType)]
  }

  var registry: CommandRegistry
  var tables: [TableInfo] = []
  var variables: [String] = []
  var topics: [ExplainTopic] = []
  var language: Language = .id
  /// Lists a folder: (name, isDirectory). Injected so tests need no files.
  var listFolder: (String) -> [(name: String, isDirectory: Bool)] = CompletionWorld.listFileSystem

  static func listFileSystem(_ folder: String) -> [(name: String, isDirectory: Bool)] {
    let fm = FileManager.default
    guard let names = try? fm.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return [] }
    return names.sorted().map { name in
      var isDir: ObjCBool = false
      let full = (folder.isEmpty ? "." : folder) + "/" + name
      _ = fm.fileExists(atPath: full, isDirectory: &isDir)
      return (name, isDir.boolValue)
    }
  }

  func table(_ name: String) -> TableInfo? {
    let key = Table.normalize(name)
    return tables.first { Table.normalize($0.name) == key }
  }
}

/// The language's keywords as completion knows them (both languages).
enum Keywords {
  struct Keyword {
    var id: String
    var en: String
    var help: Text
  }

  static let statements: [Keyword] = [
    Keyword(id: "misal", en: "let", help: Text("beri nama pada hasil", en: "name a result")),
    Keyword(id: "atur", en: "set", help: Text("ubah pengaturan", en: "change a setting")),
    Keyword(id: "jalankan", en: "source", help: Text("jalankan berkas skrip", en: "run a script file")),
    Keyword(id: "jika", en: "if", help: Text("jalankan bila syarat terpenuhi", en: "run when a condition holds")),
    Keyword(id: "pastikan", en: "assert", help: Text("hentikan skrip bila syarat gagal (status 2)", en: "fail the script when a condition is false (status 2)")),
  ]

  static let stages: [Keyword] = [
    Keyword(id: "saring", en: "where", help: Text("baris yang memenuhi syarat", en: "rows that meet a condition")),
    Keyword(id: "urut", en: "sort", help: Text("urutkan menurut kolom", en: "order by columns")),
    Keyword(id: "ambil", en: "head", help: Text("N baris pertama", en: "first N rows")),
    Keyword(id: "akhir", en: "tail", help: Text("N baris terakhir", en: "last N rows")),
    Keyword(id: "pilih", en: "select", help: Text("kolom yang ditampilkan", en: "columns to keep")),
    Keyword(id: "hitung", en: "count", help: Text("jumlah baris", en: "number of rows")),
    Keyword(id: "unik", en: "distinct", help: Text("nilai yang berbeda", en: "distinct values")),
    Keyword(id: "simpan", en: "save", help: Text("simpan ke berkas", en: "save to a file")),
  ]

  static let expression: [Keyword] = [
    Keyword(id: "dan", en: "and", help: ""), Keyword(id: "atau", en: "or", help: ""),
    Keyword(id: "bukan", en: "not", help: ""), Keyword(id: "dalam", en: "in", help: ""),
    Keyword(id: "antara", en: "between", help: ""), Keyword(id: "memuat", en: "contains", help: ""),
    Keyword(id: "turun", en: "desc", help: ""), Keyword(id: "naik", en: "asc", help: ""),
  ]

  static func isStage(_ word: String, _ name: String) -> Bool {
    stages.contains { ($0.en == name) && ($0.id == word.lowercased() || $0.en == word.lowercased()) }
  }
}

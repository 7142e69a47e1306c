import AwasPluginKit

extension Messages {
  static let noResultYet = Text("belum ada hasil untuk `_`", en: "there is no result for `_` yet")
  static func noSuchResult(_ k: Int, last: Int) -> Text {
    last == 0
      ? Text("belum ada hasil bernomor; `$\(k)` tidak ada", en: "no numbered results yet; `$\(k)` does not exist")
      : Text("hasil `$\(k)` tidak ada (hasil terakhir `$\(last)`)", en: "there is no result `$\(k)` (the last is `$\(last)`)")
  }
  static let resultsHint = Text(
    "setiap tabel yang ditampilkan mendapat nomor: $1, $2…; `_` adalah yang terakhir",
    en: "every table shown gets a number: $1, $2…; `_` is the last one")
  static func variableIsValue(_ n: String) -> Text {
    Text("`\(n)` berisi satu nilai, bukan tabel", en: "`\(n)` holds a single value, not a table")
  }
  static func unknownVariable(_ n: String) -> Text {
    Text("variabel `$\(n)` tidak ada", en: "there is no variable `$\(n)`")
  }
  static func noScriptArgument(_ n: String) -> Text {
    Text("argumen skrip `$\(n)` tidak diberikan", en: "script argument `$\(n)` was not given")
  }
  static func scriptArgumentsHint(_ count: Int) -> Text {
    Text(
      "skrip ini menerima \(count) argumen: awas skrip.awas ARG1 ARG2…",
      en: "this script got \(count) argument\(count == 1 ? "" : "s"): awas script.awas ARG1 ARG2…")
  }
  static func tableInWord(_ n: String) -> Text {
    Text("`\(n)` adalah tabel dan tidak bisa disisipkan ke teks", en: "`\(n)` is a table and cannot be put into text")
  }
  static func producedNoTable(_ cmd: String) -> Text {
    cmd.isEmpty
      ? Text("tidak ada tabel untuk diteruskan", en: "there is no table to pass on")
      : Text("`\(cmd)` tidak menghasilkan tabel untuk diteruskan", en: "`\(cmd)` produced no table to pass on")
  }
  static let stageNeedsTable = Text(
    "langkah ini memerlukan tabel, bukan satu nilai", en: "this stage needs a table, not a single value")
  static let countNotWhole = Text("jumlah baris harus bilangan bulat ≥ 0", en: "the number of rows must be a whole number ≥ 0")
  static func duplicateColumn(_ n: String) -> Text {
    Text("kolom `\(n)` muncul dua kali", en: "column `\(n)` appears twice")
  }
  static let nothingToSave = Text("tidak ada tabel untuk disimpan", en: "there is no table to save")
  static func cannotWrite(_ path: String, _ e: any Error) -> Text {
    Text("tidak dapat menulis `\(path)`: \(e)", en: "cannot write `\(path)`: \(e)")
  }
  static func assertionFailed(_ text: String) -> Text {
    Text("pemeriksaan gagal: \(text)", en: "assertion failed: \(text)")
  }
  static func internalError(_ e: any Error) -> Text {
    Text("galat internal: \(e)", en: "internal error: \(e)")
  }
  static let setNeedsName = Text("`atur` memerlukan nama pengaturan", en: "`set` needs a setting name")
  static let setHint = Text("atur NAMA NILAI, mis. atur bahasa en", en: "set NAME VALUE, e.g. set lang en")
  static func setNeedsValue(_ n: String) -> Text {
    Text("`atur \(n)` memerlukan nilai", en: "`set \(n)` needs a value")
  }
  static func unknownSetting(_ n: String) -> Text {
    Text("pengaturan `\(n)` tidak dikenal", en: "unknown setting `\(n)`")
  }
  static func settingsList(_ names: [String]) -> Text {
    Text("pengaturan: \(names.joined(separator: ", "))", en: "settings: \(names.joined(separator: ", "))")
  }
  static func badSettingValue(_ n: String, _ v: String) -> Text {
    Text("nilai `\(v)` tidak sah untuk pengaturan `\(n)`", en: "`\(v)` is not a valid value for setting `\(n)`")
  }
  static func sourceNotFound(_ p: String) -> Text { Text("berkas `\(p)` tidak ada", en: "there is no file `\(p)`") }
  static func sourceUnreadable(_ p: String) -> Text {
    Text("berkas `\(p)` tidak bisa dibaca sebagai teks UTF-8", en: "the file `\(p)` cannot be read as UTF-8 text")
  }
  static func sourceTooDeep(_ n: Int) -> Text {
    Text("`jalankan` bersarang lebih dari \(n) tingkat", en: "`source` nested more than \(n) levels deep")
  }
  static let sourceTooDeepHint = Text(
    "apakah skrip menjalankan dirinya sendiri?", en: "does a script source itself?")
  static let noRegion = Text("belum ada wilayah yang dibuka", en: "no region is open")
  static let noRegionHint = Text("buka folder wilayah dengan `buka FOLDER`", en: "open a region folder with `open FOLDER`")
  static func selectMemberHint(_ names: [String]) -> Text {
    let list = names.prefix(5).joined(separator: ", ") + (names.count > 5 ? ", …" : "")
    return Text(
      "Wilayah terbuka; pilih satu koperasinya dengan `pakai NAMA` (\(list)).",
      en: "A region is open; select one of its cooperatives with `use NAME` (\(list)).")
  }
  static func unknownMember(_ n: String) -> Text {
    Text("wilayah ini tidak punya koperasi `\(n)`", en: "this region has no cooperative `\(n)`")
  }
  static func membersList(_ m: [String]) -> Text {
    let list = m.prefix(10).joined(separator: ", ") + (m.count > 10 ? ", …" : "")
    return Text("koperasi: \(list)", en: "cooperatives: \(list)")
  }
}

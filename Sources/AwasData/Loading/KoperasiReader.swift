import TOMLKit

/// Reads `koperasi.toml`: identity, reporting date, `[format]`, `[kebijakan]`.
///
/// Keys that the loader cannot do without (`jenis`, `tanggal_laporan`, a valid
/// `[format]`) make the folder unusable and throw; `nama` and `tahun_buku`
/// fall back to a default with a warning.
enum KoperasiReader {
  static let file = "koperasi.toml"
  private static let known: Set<String> = [
    "nama", "jenis", "nomor_badan_hukum", "wilayah", "tanggal_laporan", "tahun_buku", "format", "kebijakan",
  ]

  static func read(_ text: String, folder: String) throws(DatasetError) -> (KoperasiInfo, [DataIssue]) {
    let root: TOMLTable
    do {
      root = try TOMLTable(string: text)
    } catch let e as TOMLParseError {
      throw unusable(
        folder,
        Text(
          "koperasi.toml baris \(e.source.begin.line) kolom \(e.source.begin.column): \(e.description)",
          en: "koperasi.toml line \(e.source.begin.line), column \(e.source.begin.column): \(e.description)"))
    } catch {
      throw unusable(folder, Text("koperasi.toml tidak dapat dibaca", en: "koperasi.toml cannot be read"))
    }
    var issues: [DataIssue] = []
    let jenisValues = JenisKoperasi.allCases.map(\.rawValue).joined(separator: " | ")
    guard let jenisValue = root["jenis"] else {
      throw missing(folder, "jenis", example: "jenis = \"KSP\"", valid: jenisValues)
    }
    guard let jenisText = jenisValue.string, let jenis = JenisKoperasi(rawValue: jenisText.uppercased().trimmingSpaces())
    else { throw invalid(folder, "jenis", found: jenisValue.debugDescription, valid: jenisValues) }
    guard let dateValue = root["tanggal_laporan"] else {
      throw missing(folder, "tanggal_laporan", example: "tanggal_laporan = 2025-12-31", valid: "YYYY-MM-DD")
    }
    guard let tanggal = day(dateValue) else {
      throw invalid(folder, "tanggal_laporan", found: dateValue.debugDescription, valid: "2025-12-31 (YYYY-MM-DD)")
    }
    var nama = root["nama"]?.string?.trimmingSpaces() ?? ""
    if nama.isEmpty {
      nama = folderName(folder)
      let t = IssueText.missingKey("nama", using: "\"\(nama)\"")
      issues.append(DataIssue(.missingKey, file: file, field: "nama", message: t.0, expected: t.1))
    }
    var tahun = tanggal.year
    if let v = root["tahun_buku"] {
      // Optional, so a bad value is a warning and the reporting date's year is used.
      if let t = v.int ?? v.string.flatMap({ Int($0.trimmingSpaces()) }), (1900...9999).contains(t) {
        tahun = t
      } else {
        let t = IssueText.badOptionalKey("tahun_buku", found: v.debugDescription, using: "\(tahun)")
        issues.append(DataIssue(.badKey, file: file, field: "tahun_buku", found: v.debugDescription, message: t.0, expected: t.1))
      }
    } else {
      let t = IssueText.missingKey("tahun_buku", using: "\(tahun)")
      issues.append(DataIssue(.missingKey, file: file, field: "tahun_buku", message: t.0, expected: t.1))
    }
    var info = KoperasiInfo(
      nama: nama, jenis: jenis, nomorBadanHukum: textValue(root["nomor_badan_hukum"]), wilayah: textValue(root["wilayah"]),
      tanggalLaporan: tanggal, tahunBuku: tahun)
    if let f = root["format"] {
      guard let table = f.table else { throw invalid(folder, "format", found: f.debugDescription, valid: "[format]") }
      info.format = try format(table, folder: folder)
    }
    if let k = root["kebijakan"]?.table {
      for (key, v) in k { info.kebijakan[key] = value(v) }
    }
    for (key, v) in root where !known.contains(key) {
      if let t = v.table {
        for (sub, w) in t { info.extra[key + "." + sub] = value(w) }
      } else {
        info.extra[key] = value(v)
      }
    }
    return (info, issues)
  }

  /// `[format]`; an unknown value throws, naming the key and the valid values.
  static func format(_ t: TOMLTable, folder: String) throws(DatasetError) -> CSVFormat {
    var f = CSVFormat()
    func string(_ keys: [String]) -> (String, String)? {
      for k in keys { if let v = t[k] { return (k, v.string ?? v.debugDescription) } }
      return nil
    }
    if let (k, s) = string(["pemisah", "delimiter"]) {
      guard let d = CSVFormat.delimiter(named: s) else {
        throw invalid(folder, "format.\(k)", found: "\"\(s)\"", valid: "\",\" | \";\" | \"\\t\" | \"|\"")
      }
      f.delimiter = d
    }
    if let (k, s) = string(["desimal", "decimal"]) {
      switch s.trimmingSpaces() {
      case ".": f.decimalComma = false
      case ",": f.decimalComma = true
      default: throw invalid(folder, "format.\(k)", found: "\"\(s)\"", valid: "\".\" | \",\"")
      }
    }
    if let (k, s) = string(["tanggal", "date"]) {
      guard let d = CSVFormat.dateStyle(named: s) else {
        let valid = CSVFormat.DateStyle.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " | ")
        throw invalid(folder, "format.\(k)", found: "\"\(s)\"", valid: valid)
      }
      f.dates = d
    }
    if let (k, s) = string(["encoding"]) {
      guard let e = CSVFormat.encoding(named: s) else {
        throw invalid(folder, "format.\(k)", found: "\"\(s)\"", valid: "\"UTF-8\" | \"Windows-1252\"")
      }
      f.encoding = e
    }
    if f.decimalComma && f.delimiter == UInt8(ascii: ",") {
      throw unusable(
        folder,
        Text(
          "koperasi.toml: desimal = \",\" tidak bisa dipakai bersama pemisah = \",\"; pakai pemisah = \";\"",
          en: "koperasi.toml: desimal = \",\" cannot be used with pemisah = \",\"; use pemisah = \";\""))
    }
    return f
  }
}

extension DatasetWriter {
  /// The text of `koperasi.toml` for `info`: the identity keys, every `extra`
  /// key (sorted), then `[format]` (this writer's format, every key written)
  /// and `[kebijakan]` (sorted).
  ///
  /// Values: strings as TOML basic strings; dates as TOML local dates
  /// (`2025-12-31`); `int` as integers, grouped with `_` from 100 000
  /// (`50_000_000`); `money` as integer rupiah (a float when it has sen);
  /// `double`/`percent` as floats (a percent as its ratio); `bool` as
  /// `true`/`false`; null is left out.
  public func koperasiTOML(info: KoperasiInfo) -> String {
    var out = ""
    func line(_ key: String, _ value: Value) {
      guard let v = Self.tomlValue(value) else { return }
      out += Self.tomlKey(key) + " = " + v + "\n"
    }
    line("nama", .string(info.nama))
    line("jenis", .string(info.jenis.rawValue))
    if let n = info.nomorBadanHukum { line("nomor_badan_hukum", .string(n)) }
    if let w = info.wilayah { line("wilayah", .string(w)) }
    line("tanggal_laporan", .date(info.tanggalLaporan))
    line("tahun_buku", .int(Int64(info.tahunBuku)))
    let reserved: Set<String> = [
      "nama", "jenis", "nomor_badan_hukum", "wilayah", "tanggal_laporan", "tahun_buku",
      "format", "kebijakan",
    ]
    for key in info.extra.keys.sorted() where !reserved.contains(key) {
      line(key, info.extra[key] ?? .null)
    }
    out += "\n[format]\n"
    line("pemisah", .string(String(UnicodeScalar(format.delimiter))))
    line("desimal", .string(format.decimalComma ? "," : "."))
    line("tanggal", .string(format.dates.rawValue))
    line("encoding", .string(format.encoding.rawValue))
    if !info.kebijakan.isEmpty {
      out += "\n[kebijakan]\n"
      for key in info.kebijakan.keys.sorted() { line(key, info.kebijakan[key] ?? .null) }
    }
    return out
  }

  static func tomlKey(_ key: String) -> String {
    let bare = !key.isEmpty
      && key.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || $0 == "_" || $0 == "-"
      }
    return bare ? key : QuotedString.escaped(key)
  }

  static func tomlValue(_ v: Value) -> String? {
    switch v {
    case .null: return nil
    case .string(let s): return QuotedString.escaped(s)
    case .int(let i): return tomlInt(i)
    case .money(let m):
      return m.sen % 100 == 0 ? tomlInt(m.sen / 100) : tomlFloat(Double(m.sen) / 100)
    case .double(let d), .percent(let d): return tomlFloat(d)
    case .date(let d): return d.description
    case .bool(let b): return b ? "true" : "false"
    }
  }

  static func tomlInt(_ i: Int64) -> String {
    guard i.magnitude >= 100_000 else { return String(i) }
    let digits = String(i.magnitude)
    var out = ""
    for (k, ch) in digits.enumerated() {
      if k > 0 && (digits.count - k) % 3 == 0 { out.append("_") }
      out.append(ch)
    }
    return (i < 0 ? "-" : "") + out
  }

  static func tomlFloat(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d > 0 ? "inf" : "-inf" }
    let s = CSVRowWriter.plainDecimal(d)
    return s.contains(".") ? s : s + ".0"
  }
}

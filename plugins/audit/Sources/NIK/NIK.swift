import AwasPluginKit

/// A NIK (Nomor Induk Kependudukan) read by its structure:
/// `PP KK CC DDMMYY SSSS` — province, regency/city, district, birth date
/// (day + 40 for women), serial.
struct NIK: Equatable, Sendable {
  var province: String
  var regency: String
  var district: String
  /// The day as written (41–71 for women).
  var rawDay: Int
  var month: Int
  var yy: Int
  var serial: String
  var female: Bool { rawDay > 40 }
  var dayOfMonth: Int { female ? rawDay - 40 : rawDay }

  /// Why a NIK fails its structure check.
  enum Problem: String, Error, Sendable, CaseIterable {
    case empty, length, nonDigit, province, regency, district, month, day, date, serial, sex, age, shared

    var label: Text {
      switch self {
      case .empty: return Text("NIK kosong", en: "NIK is empty")
      case .length: return Text("bukan 16 digit", en: "not 16 digits")
      case .nonDigit: return Text("memuat selain angka", en: "contains non-digits")
      case .province: return Text("kode provinsi tidak dikenal", en: "unknown province code")
      case .regency: return Text("kode kabupaten/kota 00", en: "regency/city code 00")
      case .district: return Text("kode kecamatan 00", en: "district code 00")
      case .month: return Text("bulan lahir bukan 01–12", en: "birth month not 01–12")
      case .day: return Text("tanggal lahir bukan 01–31 atau 41–71", en: "birth day not 01–31 or 41–71")
      case .date: return Text("tanggal lahir tidak ada di kalender", en: "birth date does not exist")
      case .serial: return Text("nomor urut 0000", en: "serial number 0000")
      case .sex: return Text("jenis kelamin tidak cocok dengan tanggal (+40 = perempuan)", en: "sex does not match the day (+40 = female)")
      case .age: return Text("umur tidak wajar", en: "implausible age")
      case .shared: return Text("NIK dipakai lebih dari satu baris", en: "NIK used by more than one row")
      }
    }
  }

  /// Splits a 16-digit text; the first structural problem otherwise.
  static func parse(_ text: String) -> Result<NIK, Problem> {
    let s = text.trimmingSpaces()
    if s.isEmpty { return .failure(.empty) }
    let bytes = Array(s.utf8)
    if !bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) { return .failure(.nonDigit) }
    if bytes.count != 16 { return .failure(.length) }
    func num(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + Int(bytes[$1] - 48) } }
    func str(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
    return .success(NIK(
      province: str(0..<2), regency: str(2..<4), district: str(4..<6), rawDay: num(6..<8), month: num(8..<10),
      yy: num(10..<12), serial: str(12..<16)))
  }

  /// The birth date: the century is chosen so that the date is not after
  /// `reference` (2000 + YY if that is on or before it, else 1900 + YY).
  func birthDate(reference: Day) -> Day? {
    if let d = Day(year: 2000 + yy, month: month, day: dayOfMonth), d <= reference { return d }
    return Day(year: 1900 + yy, month: month, day: dayOfMonth) ?? Day(year: 2000 + yy, month: month, day: dayOfMonth)
  }

  /// Structural problems (region, date, serial), in order; empty when valid.
  func problems(provinces: Set<String>) -> [Problem] {
    var p: [Problem] = []
    if !provinces.contains(province) { p.append(.province) }
    if regency == "00" { p.append(.regency) }
    if district == "00" { p.append(.district) }
    let dayOK = (1...31).contains(rawDay) || (41...71).contains(rawDay)
    if !(1...12).contains(month) { p.append(.month) }
    if !dayOK { p.append(.day) }
    if dayOK && (1...12).contains(month) {
      // 29 Feb needs a leap year in one of the two centuries.
      let a = Day(year: 1900 + yy, month: month, day: dayOfMonth), b = Day(year: 2000 + yy, month: month, day: dayOfMonth)
      if a == nil && b == nil { p.append(.date) }
    }
    if serial == "0000" { p.append(.serial) }
    return p
  }

  /// Whole years from `birth` to `date`.
  static func age(born birth: Day, on date: Day) -> Int {
    var years = date.year - birth.year
    if (date.month, date.day) < (birth.month, birth.day) { years -= 1 }
    return years
  }

  static let provinceData = Cached<[String: String]> {
    let doc = try RuleData.load("provinsi")
    var out: [String: String] = [:]
    for p in doc["provinsi"]?.array ?? [] {
      if let k = p["kode"]?.string { out[k] = p["nama"]?.string ?? k }
    }
    return out
  }

  static func provinces() throws -> Set<String> { Set(try provinceData.get().keys) }
}

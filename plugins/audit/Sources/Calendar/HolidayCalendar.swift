import AwasPluginKit

/// The days on which a cooperative's office is normally closed: Sundays
/// (Saturdays optionally), national holidays and cuti bersama (`libur.toml`).
struct HolidayCalendar: Sendable {
  enum Kind: String, Sendable, CaseIterable {
    case sunday, saturday, national, special, collectiveLeave

    var label: Text {
      switch self {
      case .sunday: return Text("hari Minggu", en: "Sunday")
      case .saturday: return Text("hari Sabtu", en: "Saturday")
      case .national: return Text("libur nasional", en: "national holiday")
      case .special: return Text("libur khusus (Keppres)", en: "special holiday (presidential decree)")
      case .collectiveLeave: return Text("cuti bersama", en: "cuti bersama (collective leave)")
      }
    }
  }

  struct Holiday: Sendable {
    var name: String
    var kind: Kind
  }

  var days: [Int32: Holiday]
  /// The years the file covers.
  var years: ClosedRange<Int>
  var source: String

  static let shared = Cached<HolidayCalendar> { try load() }

  static func load() throws -> HolidayCalendar {
    let doc = try RuleData.load("libur")
    var days: [Int32: Holiday] = [:]
    var years: [Int] = []
    for y in doc["tahun"]?.array ?? [] {
      if let t = y["tahun"]?.int { years.append(Int(t)) }
      for (key, kind) in [("nasional", Kind.national), ("khusus", .special), ("cuti_bersama", .collectiveLeave)] {
        for h in y[key]?.array ?? [] {
          guard let d = h["tanggal"]?.date else { continue }
          let name = h["nama"]?.string ?? kind.label.id
          if let existing = days[d.serial], existing.kind == .national { continue }
          days[d.serial] = Holiday(name: name, kind: kind)
        }
      }
    }
    let lo = years.min() ?? 0, hi = years.max() ?? 0
    return HolidayCalendar(days: days, years: lo...hi, source: RuleData.source(doc))
  }

  /// Why `day` is not a working day, or nil when it is one.
  func closure(_ day: Day, saturday: Bool, collectiveLeave: Bool) -> (kind: Kind, name: String?)? {
    if let h = days[day.serial], h.kind != .collectiveLeave || collectiveLeave { return (h.kind, h.name) }
    switch day.isoWeekday {
    case 7: return (.sunday, nil)
    case 6 where saturday: return (.saturday, nil)
    default: return nil
    }
  }

  static func weekdayName(_ day: Day, _ lang: Language) -> String {
    let id = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    let i = day.isoWeekday - 1
    return lang == .en ? en[i] : id[i]
  }
}

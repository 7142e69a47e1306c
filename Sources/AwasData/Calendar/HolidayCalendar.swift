import Foundation

/// The days on which a cooperative's office is normally closed: Sundays
/// (Saturdays optionally), national holidays and cuti bersama, from
/// `Rules/libur.toml` (each year with the decree that set it). The audit
/// check `check weekend` and the demo generator read the same list.
public struct HolidayCalendar: Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    case sunday, saturday, national, special, collectiveLeave

    public var label: Text {
      switch self {
      case .sunday: return Text("hari Minggu", en: "Sunday")
      case .saturday: return Text("hari Sabtu", en: "Saturday")
      case .national: return Text("libur nasional", en: "national holiday")
      case .special: return Text("libur khusus (Keppres)", en: "special holiday (presidential decree)")
      case .collectiveLeave: return Text("cuti bersama", en: "cuti bersama (collective leave)")
      }
    }
  }

  public struct Holiday: Sendable {
    public var name: String
    public var kind: Kind
  }

  /// Closed days (not Sundays) by day serial.
  public var days: [Int32: Holiday]
  /// The years the file covers.
  public var years: ClosedRange<Int>
  public var source: String

  /// The shipped list; nil only if the resource is missing or broken.
  public static let standard: Result<HolidayCalendar, ConfigDocument.ParseError> = {
    do { return .success(try load()) } catch let e as ConfigDocument.ParseError { return .failure(e) } catch {
      return .failure(ConfigDocument.ParseError(file: "libur.toml", line: 0, column: 0, reason: "\(error)"))
    }
  }()

  /// Reads `libur.toml` from the AwasData resources, or from `path`.
  public static func load(_ path: String? = nil) throws -> HolidayCalendar {
    let file = path ?? Bundle.module.url(forResource: "Rules", withExtension: nil)?.appendingPathComponent("libur.toml").path ?? "libur.toml"
    let doc = try ConfigDocument.load(file)
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
    return HolidayCalendar(days: days, years: lo...hi, source: doc["source"]?.string ?? "")
  }

  /// Why `day` is not a working day, or nil when it is one.
  public func closure(_ day: Day, saturday: Bool, collectiveLeave: Bool) -> (kind: Kind, name: String?)? {
    if let h = days[day.serial], h.kind != .collectiveLeave || collectiveLeave { return (h.kind, h.name) }
    switch day.isoWeekday {
    case 7: return (.sunday, nil)
    case 6 where saturday: return (.saturday, nil)
    default: return nil
    }
  }

  public static func weekdayName(_ day: Day, _ lang: Language) -> String {
    let id = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    let i = day.isoWeekday - 1
    return lang == .en ? en[i] : id[i]
  }
}

/// Everything the demo generator plans, in compact arrays, shared by the
/// planning steps (one file each) and the table writers.
final class DemoBuild {
  let seed: UInt64
  let loanCount: Int
  /// How many of each scalable anomaly to plant: 1 up to 4,000 loans, then one
  /// more per doubling (9 at a million loans).
  let scale: Int
  let asOf = Day(year: 2025, month: 12, day: 31) ?? Day(serial: 20453)
  let previousYearEnd = Day(year: 2024, month: 12, day: 31) ?? Day(serial: 20088)
  let bookYear = 2025
  let founded = Day(year: 2009, month: 3, day: 16) ?? Day(serial: 14319)
  /// The first disbursement of the loan book in the data.
  let loanStart = Day(year: 2021, month: 7, day: 5) ?? Day(serial: 18813)
  let calendar: DemoCalendar
  var rng: Xoshiro256

  var families: [DemoFamily] = []
  var members: [DemoMember] = []
  /// Normalised names of members (lower-case letters), end to end.
  var nameBytes: [UInt8] = []
  var nameOffsets: [Int32] = [0]
  var firstInFamily: [Int32] = []
  var nextInFamily: [Int32] = []
  var nikSerials: [Int64: UInt16] = [:]
  var kkSerials: [Int64: UInt16] = [:]

  var terms: [DemoOfficerTerm] = []
  /// Loan officers: user name (as in pinjaman/angsuran `petugas`) and office.
  var petugas: [(user: String, office: Int)] = []
  /// The petugas whose collections are fabricated (uniform first digits).
  var fabricatingPetugas = 0
  var loans: [DemoLoan] = []
  var planted: [PlantedAnomaly] = []

  // Results of simulating every loan's payments (pass 1).
  var paidAsOf: [Int64] = []
  var paidPrevious: [Int64] = []
  var lastPayment: [Int32] = []
  var ledger: DemoLedger

  init(seed: UInt64, loans: Int) {
    self.seed = seed
    self.loanCount = loans
    var s = 1
    var n = loans / 4000
    while n > 0 {
      s += 1
      n /= 2
    }
    self.scale = s
    let from = Day(year: 2005, month: 1, day: 1) ?? Day(serial: 12784)
    let to = Day(year: 2026, month: 12, day: 31) ?? Day(serial: 20818)
    self.calendar = DemoCalendar(from: from, to: to)
    self.rng = Xoshiro256(seed: seed)
    self.ledger = DemoLedger(from: from, to: to, offices: DemoOffices.all.count)
  }

  /// A fresh random stream for one step, independent of the others, so that
  /// changing one step does not shift the draws of the rest.
  func stream(_ name: String, _ index: Int = 0) -> Xoshiro256 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
    return Xoshiro256(seed: seed, stream: h, index: UInt64(index))
  }

  /// The normalised name of member `i`.
  func normalizedName(_ i: Int) -> ArraySlice<UInt8> {
    nameBytes[Int(nameOffsets[i])..<Int(nameOffsets[i + 1])]
  }

  func day(_ y: Int, _ m: Int, _ d: Int) -> Int32 {
    (Day(year: y, month: m, day: d) ?? asOf).serial
  }
}

/// The cooperative's offices: receipts are numbered per office and year.
enum DemoOffices {
  /// (name, receipt prefix, kecamatan indices served).
  static let all: [(name: String, receiptPrefix: String, kecamatan: [Int])] = [
    ("Kantor Pusat Lima Puluh", "KW-", [3, 4, 0]),
    ("Kantor Cabang Indrapura", "KW-IDP-", [2, 1]),
    ("Kantor Cabang Tanjung Tiram", "KW-TTR-", [5, 6]),
  ]

  static func office(ofKecamatan k: Int) -> Int {
    all.firstIndex { $0.kecamatan.contains(k) } ?? 0
  }
}

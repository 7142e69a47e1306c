/// Day-by-day totals of the loan book (for the journal and the income
/// statement) and receipt counts per office and day (for receipt numbers).
struct DemoLedger {
  let first: Int32
  let days: Int
  let offices: Int
  var pokok: [Int64]
  var jasa: [Int64]
  var denda: [Int64]
  var disbursed: [Int64]
  /// Receipts per (office, day): index `office * days + day`.
  var receipts: [Int32]
  /// The first receipt number of each (office, day), after numbering.
  var firstNumber: [Int32]
  /// Digits of the numeric part of receipt numbers.
  var width = 6
  /// Payments that reuse the previous receipt number: (loan, payment index).
  var reused: Set<Int64> = []

  init(from: Day, to: Day, offices: Int) {
    first = from.serial
    days = Int(to.serial - from.serial) + 1
    self.offices = offices
    pokok = [Int64](repeating: 0, count: days)
    jasa = pokok
    denda = pokok
    disbursed = pokok
    receipts = [Int32](repeating: 0, count: days * offices)
    firstNumber = receipts
  }

  mutating func reset() {
    self = DemoLedger(
      from: Day(serial: first), to: Day(serial: first + Int32(days) - 1), offices: offices)
  }

  @inline(__always)
  func index(_ d: Int32) -> Int { Int(d - first) }

  @inline(__always)
  func slot(office: Int, day d: Int32) -> Int { office * days + Int(d - first) }

  static func reuseKey(loan: Int, payment: Int) -> Int64 { Int64(loan) << 16 | Int64(payment) }

  /// Sums of `values` over the days of `year`.
  func total(_ values: [Int64], year: Int) -> Int64 {
    guard let a = Day(year: year, month: 1, day: 1), let b = Day(year: year, month: 12, day: 31)
    else { return 0 }
    var s: Int64 = 0
    for i in max(0, index(a.serial))...min(days - 1, index(b.serial)) { s += values[i] }
    return s
  }
}

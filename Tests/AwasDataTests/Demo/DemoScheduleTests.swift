import Testing
@testable import AwasData

@Suite struct SeededRandomTests {
  @Test func splitMixReferenceValues() {
    // Reference outputs of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
    var s = SplitMix64(0)
    #expect(s.next() == 0xE220_A839_7B1D_CDAF)
    #expect(s.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(s.next() == 0x06C4_5D18_8009_454F)
  }

  @Test func xoshiroReferenceValues() {
    // xoshiro256** seeded by four SplitMix64 outputs of 42 (computed with the
    // reference algorithm in Python).
    var x = Xoshiro256(seed: 42)
    #expect(x.next() == 0x1578_0B2E_0C2E_C716)
    #expect(x.next() == 0x6104_D986_6D11_3A7E)
    #expect(x.next() == 0xAE17_5332_39E4_99A1)
  }

  @Test func boundedDraws() {
    var x = Xoshiro256(seed: 9)
    var seen = Set<Int>()
    for _ in 0..<2000 {
      let v = x.int(3...7)
      #expect((3...7).contains(v))
      seen.insert(v)
      let u = x.unit()
      #expect(u >= 0 && u < 1)
    }
    #expect(seen == [3, 4, 5, 6, 7])
    #expect(x.below(1) == 0 && x.below(0) == 0)
  }
}

@Suite struct DemoScheduleTests {
  func loan(_ method: LoanMethod, plafon: Int64 = 1_000_000, tenor: Int = 3, rate: Int = 150, date: Day) -> DemoLoan {
    DemoLoan(date: date.serial, plafon: plafon, member: 0, rateBP: UInt16(rate), petugas: 0, tenor: UInt8(tenor), method: method)
  }

  static let jan31 = Day(year: 2025, month: 1, day: 31) ?? Day(serial: 0)

  @Test func flatFromJanuary31() {
    var s = DemoSchedule()
    s.compute(loan(.flat, date: Self.jan31))
    #expect(s.due.map { Day(serial: $0).description } == ["2025-02-28", "2025-03-31", "2025-04-30"])
    #expect(s.principal == [333_333, 333_333, 333_334])
    #expect(s.interest == [15_000, 15_000, 15_000])
    // Targets: cumulative principal + Rp 100, rounded up to Rp 1.000; the last is the plafon.
    #expect(s.target == [334_000, 667_000, 1_000_000])
    #expect((0..<3).map(s.payment) == [334_000, 333_000, 333_000])
  }

  @Test func menurun() {
    var s = DemoSchedule()
    s.compute(loan(.menurun, date: Self.jan31))
    #expect(s.principal == [333_333, 333_333, 333_334])
    // 1.5 % of 1.000.000, 666.667 and 333.334, rounded half up.
    #expect(s.interest == [15_000, 10_000, 5_000])
  }

  @Test func anuitas() {
    var s = DemoSchedule()
    s.compute(loan(.anuitas, rate: 100, date: Self.jan31))
    // A = 1.000.000 × 0,01 × 1,01³ / (1,01³ − 1) = 340.022,11 → 340.022.
    #expect(s.interest == [10_000, 6_700, 3_367])
    #expect(s.principal == [330_022, 333_322, 336_656])
    #expect(s.principal.reduce(0, +) == 1_000_000)
  }

  @Test func principalAlwaysSumsToPlafon() {
    var s = DemoSchedule()
    var r = Xoshiro256(seed: 3)
    for _ in 0..<500 {
      let m = LoanMethod(rawValue: UInt8(r.below(3))) ?? .flat
      let p = Int64(r.int(10...500)) * 100_000
      s.compute(loan(m, plafon: p, tenor: r.pick([6, 10, 12, 18, 24, 36]), rate: r.pick([100, 175, 250]), date: Self.jan31))
      #expect(s.principal.reduce(0, +) == p)
      #expect(s.target.last == p)
      #expect(zip(s.target, s.target.dropFirst()).allSatisfy { $0 <= $1 })
      var cumulative: Int64 = 0
      for k in s.principal.indices {
        cumulative += s.principal[k]
        #expect(s.target[k] >= cumulative)
      }
    }
  }

  @Test func workingDays() {
    let c = DemoCalendar(from: Day(year: 2025, month: 1, day: 1) ?? Day(serial: 0), to: Day(year: 2025, month: 12, day: 31) ?? Day(serial: 0))
    func d(_ m: Int, _ day: Int) -> Int32 { (Day(year: 2025, month: m, day: day) ?? Day(serial: 0)).serial }
    #expect(!c.isWorking(d(1, 1)))  // Tahun Baru
    #expect(!c.isWorking(d(3, 31)))  // Idul Fitri
    #expect(!c.isWorking(d(4, 2)))  // cuti bersama
    #expect(!c.isWorking(d(8, 16)))  // Saturday
    #expect(c.isWorking(d(12, 31)))
    #expect(c.onOrAfter(d(3, 28)) == d(4, 8))  // the Lebaran break: 28 Mar … 7 Apr
    #expect(c.onOrBefore(d(4, 7)) == d(3, 27))
    #expect(DemoCalendar.isHoliday(Day(year: 2025, month: 5, day: 1) ?? Day(serial: 0)))
  }

  @Test func editDistanceWithinTwo() {
    func w(_ a: String, _ b: String) -> Bool { DemoBuild.within2(Array(a.utf8)[...], Array(b.utf8)[...]) }
    #expect(w("muhammadrizki", "muhammadrizki"))
    #expect(w("siti", "sitti"))
    #expect(w("rina", "rini"))
    #expect(w("ab", ""))
    #expect(!w("abc", ""))
    #expect(w("nurhayati", "nurhyatti"))
    #expect(!w("aminah", "halimah"))
    #expect(w("ratna", "rat"))
    #expect(!w("ratna", "ra"))
  }
}

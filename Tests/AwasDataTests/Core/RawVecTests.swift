import Foundation
import Testing

@testable import AwasData

/// The loader's growable buffers, in particular those that hand their memory
/// to a column's array without a copy.
@Suite struct RawVecTests {
  @Test func anArrayBackedVectorBecomesItsArray() {
    var v = RawVec<Int64>(arrayCapacity: 100)
    for i in 0..<37 { v.append(Int64(i * 3)) }
    let a = v.takeArray()
    #expect(a == ContiguousArray((0..<37).map { Int64($0 * 3) }))
    #expect(v.count == 0)
    v.free()
  }

  @Test(arguments: [17, 100, 1000])
  func anArrayBackedVectorFillsExactlyItsRoomThenMoves(room: Int) {
    // Up to the room asked for, the values stay in the array; one more moves
    // them to memory of their own (the allocation may be larger than asked).
    var full = RawVec<Int64>(arrayCapacity: room)
    for i in 0..<room { full.append(Int64(i)) }
    #expect(full.takeArray()?.count == room)
    var over = RawVec<Int64>(arrayCapacity: room)
    for i in 0...room { over.append(Int64(i)) }
    #expect(over.takeArray() == nil)
    #expect(over.count == room + 1 && over[room] == Int64(room))
    full.free()
    over.free()
  }

  @Test func anArrayBackedVectorThatOutgrowsItKeepsItsValues() {
    var v = RawVec<Int32>(arrayCapacity: 16)
    for i in 0..<1000 { v.append(Int32(i)) }
    #expect(v.takeArray() == nil)  // it moved to memory of its own
    #expect(v.count == 1000)
    #expect((0..<1000).allSatisfy { v[$0] == Int32($0) })
    v.free()
  }

  @Test func aColumnJoinsItsPartsInOrder() {
    // The first part is built in the final array; the second is appended.
    var first = ColumnBuilder(.text, expectedRows: 4, arrayBacked: true)
    var second = ColumnBuilder(.text, expectedRows: 4)
    for (b, words) in [(0, ["satu", "dua"]), (1, ["tiga", "", "empat"])] {
      for w in words {
        var w = w
        w.withUTF8 { u in
          if b == 0 { first.append(u.baseAddress ?? UnsafePointer(bitPattern: 1)!, u.count) } else {
            second.append(u.baseAddress ?? UnsafePointer(bitPattern: 1)!, u.count)
          }
        }
      }
    }
    var parts = [first, second]
    let column = ColumnBuilder.merge(&parts, name: "kata", type: .string, dictionary: nil)
    #expect((0..<5).map { column.string(at: $0) } == ["satu", "dua", "tiga", "", "empat"])

    var ints = [ColumnBuilder(.int64, expectedRows: 2, arrayBacked: true), ColumnBuilder(.int64, expectedRows: 2)]
    for i in 0..<40 { ints[i < 25 ? 0 : 1].append(Int64(i)) }  // the first part outgrows its array
    ints[1].appendNull()
    let n = ColumnBuilder.merge(&ints, name: "n", type: .int, dictionary: nil)
    #expect(n.count == 41)
    #expect(n.int64s?.prefix(40) == ContiguousArray((0..<40).map { Int64($0) })[...])
    #expect(n.isNull(40) && !n.isNull(39))
  }
}

/// Two parts of a file writing into one array: joined in place, or, when a
/// part outgrew its room, by the ordinary copy.
@Suite struct SharedRegionTests {
  func parts(_ n0: Int, _ n1: Int) -> [ColumnBuilder] {
    let region = ColumnRegion(.int64, capacity: 10)!
    var first = ColumnBuilder(.int64, region: region, offset: 0, capacity: 4, owning: true)
    var second = ColumnBuilder(.int64, region: region, offset: 4, capacity: 6, owning: false)
    for i in 0..<n0 { first.append(Int64(100 + i)) }
    for i in 0..<n1 { second.append(Int64(200 + i)) }
    return [first, second]
  }

  func expected(_ n0: Int, _ n1: Int) -> [Int64] {
    let a: [Int64] = (0..<n0).map { Int64(100 + $0) }
    let b: [Int64] = (0..<n1).map { Int64(200 + $0) }
    return a + b
  }

  func merged(_ n0: Int, _ n1: Int) -> [Int64] {
    var p = parts(n0, n1)
    let c = ColumnBuilder.merge(&p, name: "n", type: .int, dictionary: nil)
    return Array(c.int64s ?? [])
  }

  @Test(arguments: [(3, 5), (4, 6), (0, 6), (4, 0), (2, 2)])
  func partsWithinTheirRoomJoinInPlace(n0: Int, n1: Int) {
    #expect(merged(n0, n1) == expected(n0, n1))
  }

  @Test(arguments: [(3, 9), (7, 2), (9, 9)])
  func aPartThatOutgrewItsRoomIsCopied(n0: Int, n1: Int) {
    #expect(merged(n0, n1) == expected(n0, n1))
  }

  @Test func aLodgerFreedWithoutJoiningGivesItsPagesBack() {
    // A second part parsed again leaves its first pass in the owner's array:
    // the whole pages it wrote read as zero after it is freed.
    let storage = ArrayStorage<Int64>(capacity: 200_000)
    var owner = RawVec<Int64>(region: storage, offset: 0, capacity: 100_000, owning: true)
    var lodger = RawVec<Int64>(region: storage, offset: 100_000, capacity: 100_000, owning: false)
    owner.append(1)
    for _ in 0..<100_000 { lodger.append(7) }
    #expect(storage.base[150_000] == 7)
    lodger.free()
    #expect(storage.base[150_000] == 0)
    #expect(storage.base[0] == 1)
    owner.free()
  }

  @Test func joiningInPlaceGivesBackThePagesTheMoveLeft() {
    let storage = ArrayStorage<Int64>(capacity: 300_000)
    var a = RawVec<Int64>(region: storage, offset: 0, capacity: 150_000, owning: true)
    var b = RawVec<Int64>(region: storage, offset: 150_000, capacity: 150_000, owning: false)
    for _ in 0..<10 { a.append(1) }
    for _ in 0..<100_000 { b.append(2) }
    let base = storage.base
    let joined = RawVec.joinInPlace(&a, &b)
    #expect(joined?.count == 100_010 && joined?.last == 2 && joined?.first == 1)
    // Elements 100,010 to 250,000 were the second part's old place: given back.
    #expect(base[200_000] == 0)
    withExtendedLifetime(joined) {}
  }

  @Test func joiningInPlaceNeedsTheOwnerAndItsLodger() {
    let storage = ArrayStorage<Int32>(capacity: 8)
    var a = RawVec<Int32>(region: storage, offset: 0, capacity: 3, owning: true)
    var b = RawVec<Int32>(region: storage, offset: 3, capacity: 5, owning: false)
    a.append(1)
    b.append(2)
    b.append(3)
    var c = RawVec<Int32>(capacity: 4)
    #expect(RawVec.joinInPlace(&a, &c) == nil)  // c lodges nowhere
    #expect(RawVec.joinInPlace(&a, &b) == [1, 2, 3])
    c.free()
  }

  #if os(Linux)
  @Test func prefaultingKeepsTheValues() {
    var v = RawVec<Int64>(capacity: 5 << 20)
    defer { v.free() }
    for i in 0..<10 { v.append(Int64(i) * 7) }
    v.prefault(ahead: 1 << 19)
    #expect(v.count == 10 && v.capacity >= 5 << 20)
    #expect((0..<10).allSatisfy { v[$0] == Int64($0) * 7 })
    for i in 10..<(1 << 19) { v.append(Int64(i) * 7) }
    #expect(v[(1 << 19) - 1] == Int64((1 << 19) - 1) * 7 && v[9] == 63)
  }

  /// Where the kernel maps pages ahead (Linux 5.14 and later), the pages of
  /// the next values are resident after `prefault`, before anything is written.
  @Test(.enabled(if: SharedRegionTests.kernelMapsAhead())) func prefaultingMapsTheNextPagesIn() throws {
    // 40 MB: above malloc's largest mmap threshold, so fresh pages; ordinary
    // pages even where transparent huge pages are always on.
    var v = RawVec<Int64>(capacity: 5 << 20)
    defer { v.free() }
    let base = UnsafeMutableRawPointer(try #require(v.base))
    let lo = (Int(bitPattern: base) + pageSize - 1) / pageSize * pageSize
    let hi = (Int(bitPattern: base) + (5 << 20) * 8) / pageSize * pageSize
    _ = madvise(UnsafeMutableRawPointer(bitPattern: lo), hi - lo, 15)  // MADV_NOHUGEPAGE
    for i in 0..<10 { v.append(Int64(i) * 7) }
    let window = (from: 80 + pageSize, to: (1 << 19) * 8)  // past the page holding the values
    try #require(Self.residentPages(base, window.from, window.to) == 0, "fresh memory")
    v.prefault(ahead: 1 << 19)
    #expect(Self.residentPages(base, window.from, window.to) >= (window.to - window.from) / pageSize - 1)
  }

  #endif

  @Test func prefaultingAnEmptyOrFullVectorChangesNothing() {
    var empty = RawVec<Int32>()
    empty.prefault(ahead: 1_000)
    #expect(empty.base == nil && empty.count == 0 && empty.populated == 0)
    var full = RawVec<Int32>(capacity: 1 << 20)
    defer { full.free() }
    for i in 0..<Int32(full.capacity) { full.append(i) }
    full.prefault(ahead: 1 << 20)
    #expect(full.count == full.capacity && full[3] == 3 && full.populated == 0)
  }

  #if os(Linux)
  /// How many of the pages between bytes `from` and `to` of `p` are resident.
  static func residentPages(_ p: UnsafeMutableRawPointer, _ from: Int, _ to: Int) -> Int {
    let lo = (Int(bitPattern: p) + from + pageSize - 1) / pageSize * pageSize
    let hi = (Int(bitPattern: p) + to) / pageSize * pageSize
    guard hi > lo, let q = UnsafeMutableRawPointer(bitPattern: lo) else { return 0 }
    var flags = [UInt8](repeating: 0, count: (hi - lo) / pageSize)
    guard mincore(q, hi - lo, &flags) == 0 else { return -1 }
    return flags.reduce(0) { $0 + Int($1 & 1) }
  }

  /// Whether `MADV_POPULATE_WRITE` works here (it maps in a fresh page).
  static func kernelMapsAhead() -> Bool {
    let size = 4 * pageSize
    guard let p = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), p != MAP_FAILED else {
      return false
    }
    defer { munmap(p, size) }
    return populatePages(p, from: 0, to: size) && residentPages(p, 0, size) == 4
  }
  #endif
}

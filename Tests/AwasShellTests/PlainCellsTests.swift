import Testing

@testable import AwasPluginKit
@testable import AwasShell

/// The fast writers give exactly the text of the value-by-value formatting.
@Suite struct PlainCellsTests {
  func awkward() -> Table {
    let money: [Money?] = [
      Money(sen: 0), Money(sen: 5), Money(sen: 50), Money(sen: 25), Money(sen: -305), Money(sen: 125_000_000),
      Money(sen: Int64.min + 1), nil, Money(sen: 1), Money(sen: -10),
    ]
    let text: [String?] = [
      "plain", "a,b", "say \"hi\"", "two\nlines", "cr\rx", "tab\there", "back\\slash", "Désa Ümbul", nil, "",
    ]
    let codes: ContiguousArray<Int32> = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0]
    let status = Column(name: "status", type: .string, storage: .dictionary(codes: codes, values: ["aktif", "lunas, sebagian", "q\"uote"]))
    return Table(name: "t", columns: [
      Column.money("sisa", money),
      Column.string("catatan", text),
      status,
      Column.int64("n", .int, [0, -1, 42, Int64.max, Int64.min, nil, 7, 10, 100, -100]),
      Column.date("tanggal", [
        Day(year: 2025, month: 12, day: 31), Day(year: 2024, month: 2, day: 29), nil, Day(year: 1, month: 1, day: 1),
        Day(year: 9999, month: 12, day: 31), Day(year: 2000, month: 1, day: 9), nil, nil, nil, nil,
      ]),
      Column.double("rasio", .percent, [0.125, 1, nil, -0.5, 1e20, .nan, 0.1, 3, 0, 2.5]),
      Column(name: "setuju", type: .bool, storage: .bool([true, false, true, false, true, false, true, false, true, false])),
      Column.string("nik", ["3507010101900002", nil, "12", "x", "y", "z", "1234567890", "", "abc,def", "q"]),
    ])
  }

  func reference(_ t: Table, _ cells: CellFormatter) -> (csv: String, json: String) {
    var csv = t.columns.map { MachineFormats.quote($0.name, UInt8(ascii: ",")) }.joined(separator: ",")
    var json = "["
    for r in 0..<t.rowCount {
      csv += "\n" + t.columns.map { MachineFormats.quote(ValueFormatter.plain(cells.plain($0, r)), UInt8(ascii: ",")) }.joined(separator: ",")
      json += (r == 0 ? "\n  {" : ",\n  {")
        + t.columns.map { QuotedString.escaped($0.name) + ": " + MachineFormats.json(cells.plain($0, r)) }.joined(separator: ", ") + "}"
    }
    return (csv, json + "\n]")
  }

  @Test(arguments: [true, false]) func sameTextAsValueByValue(mask: Bool) {
    let cells = CellFormatter(language: .id, mask: mask)
    let t = awkward()
    let expected = reference(t, cells)
    let machine = MachineFormats(cells: cells)
    #expect(machine.csv(t) == expected.csv)
    #expect(machine.json(t) == expected.json)
  }

  @Test func manyRowsWithATabDelimiter() {
    // Past the rows from which the room for the rest is estimated; a value
    // holding the delimiter is quoted.
    let n = 2_500
    let t = Table(name: "t", columns: [
      Column.int64("n", .int, (0..<n).map { Int64?(Int64($0)) }),
      Column.string("s", (0..<n).map { $0 % 7 == 0 ? "a\tb" : "r\($0)" }),
    ])
    let bytes = MachineFormats(cells: CellFormatter(language: .id, mask: false)).csvBytes(t, delimiter: 9)
    var expected = "n\ts"
    for i in 0..<n { expected += "\n\(i)\t" + (i % 7 == 0 ? "\"a\tb\"" : "r\(i)") }
    #expect(String(decoding: bytes, as: UTF8.self) == expected)
  }

  @Test func moneyAndDatesByHand() {
    var out: [UInt8] = []
    PlainBytes.money(-305, to: &out)
    out.append(32)
    PlainBytes.money(125_000_050, to: &out)
    out.append(32)
    PlainBytes.date(Day(year: 2024, month: 2, day: 29)!.serial, to: &out)
    #expect(String(decoding: out, as: UTF8.self) == "-3.05 1250000.5 2024-02-29")
  }
}

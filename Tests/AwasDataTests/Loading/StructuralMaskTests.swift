import Testing

@testable import AwasData

/// The fast scan finds a record's fields from one mask per stretch of bytes
/// (``StructuralMask``); records of every length, across and at the edges of
/// those stretches, must read as they are written.
@Suite("Structural masks")
struct StructuralMaskTests {
  /// The byte positions a mask marks.
  static func marked(_ text: String, delimiter: UInt8 = UInt8(ascii: ",")) -> [Int] {
    let bytes = Array(text.utf8)
    let w = StructuralMask.width
    var out: [Int] = []
    let structural = StructuralMask(delimiter: delimiter)
    bytes.withUnsafeBufferPointer { b in
      var p = 0
      while p + w <= b.count {
        var m = structural.of(b.baseAddress! + p)
        while m != 0 {
          out.append(p + (m.trailingZeroBitCount >> StructuralMask.shift))
          m &= m - 1
        }
        p += w
      }
    }
    return out
  }

  @Test func marksDelimitersLineFeedsAndQuotesOnly() {
    // 128 bytes (`é` is two): marks at known places (both ends of each 64-byte stretch
    // among them); CR, tab, `;`, letters and the bytes of `é` are not marked.
    var text = Array(repeating: "a", count: 127)
    for (i, c) in [(0, ","), (7, "\n"), (8, "\""), (15, "\r"), (16, ";"), (31, ","), (63, "\n"), (64, "\""), (100, "\t"), (126, ",")] {
      text[i] = c
    }
    text[110] = "é"
    #expect(Self.marked(text.joined()) == [0, 7, 8, 31, 63, 64, 127])
    let rest = String(repeating: "x", count: 122)
    #expect(Self.marked("a;b;c\n" + rest, delimiter: UInt8(ascii: ";")) == [1, 3, 5])
    #expect(Self.marked("a\tb,c\n" + rest, delimiter: 0x09) == [1, 5])
  }

  @Test(arguments: ["\n", "\r\n"])
  func recordsOfEveryLengthLoadAsWritten(lineEnd: String) throws {
    // Notes of 0…150 bytes put record ends at every offset within and across stretches.
    var jurnal = "no_bukti,tanggal,kode_akun,keterangan,debet,kredit" + lineEnd
    var notes: [String] = []
    for i in 0..<600 {
      let note = String(repeating: "n", count: i % 151)
      notes.append(note)
      jurnal += "J\(i),2025-03-01,101,\(note),\(i),0" + lineEnd
    }
    let ds = try TempDataset(["anggota.csv": Minimal.anggota, "jurnal.csv": jurnal]).load()
    #expect(ds.issues("jurnal.csv").isEmpty)
    let read = ds.values("jurnal", "keterangan")
    #expect(read.count == 600)
    for i in [0, 1, 63, 64, 65, 149, 150, 151, 300, 599] {
      #expect(read[i] == (notes[i].isEmpty ? .null : .string(notes[i])), "row \(i)")
      #expect(ds.values("jurnal", "debet")[i] == .money(Money(rupiah: Int64(i))))
    }
  }
}

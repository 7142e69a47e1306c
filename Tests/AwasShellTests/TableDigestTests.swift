import Crypto
import Testing

@testable import AwasPluginKit
@testable import AwasShell

@Suite struct TableDigestTests {
  func digest(_ t: Table) -> String {
    var h = SHA256()
    TableDigest.update(&h, with: t)
    return AuditLog.hex(h.finalize())
  }

  func table(names: Column, amounts: [Int64], nullAt: Int? = nil, placeholder: Int64 = 0) -> Table {
    var values = ContiguousArray(amounts)
    var nulls: Bitset? = nil
    if let nullAt {
      values[nullAt] = placeholder
      var b = Bitset(count: amounts.count)
      b[nullAt] = true
      nulls = b
    }
    let money = Column(name: "sisa", type: .money, storage: .int64(values), nulls: nulls)
    return Table(name: "t", columns: [names, money], rowCount: amounts.count)
  }

  let text = Column(name: "nama", type: .string, storage: .text(Utf8Strings(["Ani", "Budi", "Ani"])))
  let dictionary = Column(name: "nama", type: .string, storage: .dictionary(codes: [1, 0, 1], values: ["Budi", "Ani"]))

  @Test func equalValuesDigestEquallyWhateverTheStorage() {
    #expect(digest(table(names: text, amounts: [1, 2, 3])) == digest(table(names: dictionary, amounts: [1, 2, 3])))
  }

  @Test func aNullsPlaceholderDoesNotCount() {
    #expect(
      digest(table(names: text, amounts: [1, 2, 3], nullAt: 1, placeholder: 0))
        == digest(table(names: text, amounts: [1, 2, 3], nullAt: 1, placeholder: 77)))
  }

  @Test func anyChangedCellChangesTheDigest() {
    let base = digest(table(names: text, amounts: [1, 2, 3]))
    #expect(digest(table(names: text, amounts: [1, 2, 4])) != base)
    #expect(digest(table(names: text, amounts: [1, 2, 3], nullAt: 2)) != base)
    let renamed = Column(name: "nama", type: .string, storage: .text(Utf8Strings(["Ani", "Budi", "Anі"])))
    #expect(digest(table(names: renamed, amounts: [1, 2, 3])) != base)
    // Moving a byte between neighbouring cells is a different table.
    let shifted = Column(name: "nama", type: .string, storage: .text(Utf8Strings(["An", "iBudi", "Ani"])))
    #expect(digest(table(names: shifted, amounts: [1, 2, 3])) != base)
  }

  @Test func aLargeResultDigestsAcrossPieces() {
    // More than one 64 KiB piece: the digest must still see every row.
    let n = 50_000
    let ids = Column(name: "no", type: .int, storage: .int64(ContiguousArray((0..<Int64(n)).map { $0 })))
    var changed = ContiguousArray((0..<Int64(n)).map { $0 })
    changed[n - 1] = -1
    let a = Table(name: "t", columns: [ids], rowCount: n)
    let b = Table(name: "t", columns: [Column(name: "no", type: .int, storage: .int64(changed))], rowCount: n)
    #expect(digest(a) != digest(b))
    #expect(digest(a) == digest(a))
  }
}

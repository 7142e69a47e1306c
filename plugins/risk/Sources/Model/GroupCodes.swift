import AwasPluginKit

/// The group number of each row of a text column (-1 for null) and the
/// group labels, made only for the groups asked for.
struct GroupCodes: Sendable {
  var codes: ContiguousArray<Int32>
  let groupCount: Int
  private var names: [String]
  private var interner: KeyInterner?
  /// For large text columns: the source and each group's first row.
  private var source: (strings: Utf8Strings, firstRow: ContiguousArray<Int32>)?

  /// Rows from which a text column is grouped in partitions (see ``PartitionedGrouping``).
  static let partitionedFrom = 1 << 15

  /// Groups a text column: dictionary codes as they are, other text by its bytes.
  init(_ c: Column, partitionedFrom: Int = GroupCodes.partitionedFrom) {
    let n = c.count
    var out = ContiguousArray<Int32>(repeating: -1, count: n)
    names = []
    interner = nil
    source = nil
    switch c.storage {
    case .dictionary(let codes, let values):
      for i in 0..<n where !c.isNull(i) { out[i] = codes[i] }
      names = values
    case .text(let strings) where n >= partitionedFrom:
      let (codes, firstRow) = PartitionedGrouping.group(strings, nulls: c.nulls)
      out = codes
      source = (strings, firstRow)
    case .text(let strings):
      var keys = KeyInterner(capacity: n / 2)
      strings.bytes.withUnsafeBufferPointer { all in
        for i in 0..<n where !c.isNull(i) {
          let lo = Int(strings.offsets[i]), hi = Int(strings.offsets[i + 1])
          out[i] = keys.intern(UnsafeBufferPointer(rebasing: all[lo..<hi]))
        }
      }
      interner = keys
    default:
      // Numbers or dates used as keys: their plain text.
      var index: [String: Int32] = [:]
      var list: [String] = []
      for i in 0..<n where !c.isNull(i) {
        let s = ValueFormatter.plain(c.value(at: i))
        if let k = index[s] { out[i] = k } else {
          let k = Int32(list.count)
          index[s] = k
          list.append(s)
          out[i] = k
        }
      }
      names = list
    }
    codes = out
    groupCount = source?.firstRow.count ?? interner?.count ?? names.count
  }

  /// Groups from codes made elsewhere (months, joined columns).
  init(codes: ContiguousArray<Int32>, labels: [String]) {
    self.codes = codes
    names = labels
    interner = nil
    source = nil
    groupCount = labels.count
  }

  /// The label of group `g` (`-` for null).
  func label(_ g: Int32) -> String {
    guard g >= 0 else { return "-" }
    if let source { return source.strings[Int(source.firstRow[Int(g)])] }
    if let interner { return interner.label(g) }
    return Int(g) < names.count ? names[Int(g)] : "-"
  }

  /// A stable order of the groups (first appearance for text), for ties.
  func rank(_ g: Int32) -> Int {
    if let source { return Int(source.firstRow[Int(g)]) }
    return Int(g)
  }
}

/// Finds, for each row of a key column, the row of another table with the
/// same key (`pinjaman.no_anggota` → `anggota` row), or -1.
enum KeyJoin {
  static func rows(_ keys: Column, in target: Column) -> ContiguousArray<Int32> {
    var index = KeyInterner(capacity: target.count)
    var rowOfKey = ContiguousArray<Int32>()
    for r in 0..<target.count {
      guard let s = target.string(at: r) else { continue }
      var text = s
      let k = text.withUTF8 { index.intern($0) }
      if Int(k) == rowOfKey.count { rowOfKey.append(Int32(r)) }
    }
    let n = keys.count
    var out = ContiguousArray<Int32>(repeating: -1, count: n)
    switch keys.storage {
    case .text(let strings):
      strings.bytes.withUnsafeBufferPointer { all in
        for i in 0..<n where !keys.isNull(i) {
          let lo = Int(strings.offsets[i]), hi = Int(strings.offsets[i + 1])
          if let k = index.find(UnsafeBufferPointer(rebasing: all[lo..<hi])) { out[i] = rowOfKey[Int(k)] }
        }
      }
    case .dictionary(let codes, let values):
      let map: [Int32] = values.map { v in
        var text = v
        return text.withUTF8 { index.find($0) }.map { rowOfKey[Int($0)] } ?? -1
      }
      for i in 0..<n where !keys.isNull(i) {
        let c = Int(codes[i])
        if c >= 0 && c < map.count { out[i] = map[c] }
      }
    default:
      for i in 0..<n where !keys.isNull(i) {
        var text = ValueFormatter.plain(keys.value(at: i))
        if let k = text.withUTF8({ index.find($0) }) { out[i] = rowOfKey[Int(k)] }
      }
    }
    return out
  }
}

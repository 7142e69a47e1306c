/// Rows grouped by the values of one or more columns.
public struct Grouping: Sendable {
  /// The key values of each group, in order of first appearance (null is a key too).
  public var keys: [[Value]]
  /// The group of each row (index into `keys`).
  public var groupOfRow: ContiguousArray<Int32>
  public var count: Int { keys.count }

  /// The rows of each group, in table order.
  public var rowsByGroup: [[Int32]] {
    var out = [[Int32]](repeating: [], count: keys.count)
    for (r, g) in groupOfRow.enumerated() { out[Int(g)].append(Int32(r)) }
    return out
  }
}

extension Table {
  /// Groups the rows by the named columns, or nil if one is missing.
  /// - Complexity: O(rows × keys); dictionary-encoded text groups by code.
  public func grouping(by names: [String]) -> Grouping? {
    let cols = names.compactMap { column($0) }
    guard cols.count == names.count else { return nil }
    var index: [[Value]: Int32] = [:]
    var keys: [[Value]] = []
    var groupOf = ContiguousArray<Int32>(repeating: 0, count: rowCount)
    if cols.count == 1, case .dictionary(let codes, let values) = cols[0].storage {
      // Fast path: one interned text column.
      var byCode = [Int32](repeating: -1, count: values.count)
      var nullGroup: Int32 = -1
      for r in 0..<rowCount {
        if cols[0].isNull(r) {
          if nullGroup < 0 { nullGroup = Int32(keys.count); keys.append([.null]) }
          groupOf[r] = nullGroup
          continue
        }
        let c = Int(codes[r])
        if byCode[c] < 0 { byCode[c] = Int32(keys.count); keys.append([.string(values[c])]) }
        groupOf[r] = byCode[c]
      }
      return Grouping(keys: keys, groupOfRow: groupOf)
    }
    for r in 0..<rowCount {
      let key = cols.map { $0.value(at: r) }
      if let g = index[key] { groupOf[r] = g } else {
        let g = Int32(keys.count)
        index[key] = g
        keys.append(key)
        groupOf[r] = g
      }
    }
    return Grouping(keys: keys, groupOfRow: groupOf)
  }
}

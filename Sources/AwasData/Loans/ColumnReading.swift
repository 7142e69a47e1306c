/// Typed reads of dataset columns that tolerate a column of the wrong type
/// (treated as absent) and nulls.
extension Table {
  /// The Int64 cells (`int`, `money`) of column `name` and its nulls.
  func int64Column(_ name: String) -> (values: ContiguousArray<Int64>, nulls: Bitset?)? {
    guard let c = column(name), let v = c.int64s else { return nil }
    return (v, c.nulls)
  }

  /// The day serials of date column `name` and its nulls.
  func dayColumn(_ name: String) -> (values: ContiguousArray<Int32>, nulls: Bitset?)? {
    guard let c = column(name), let v = c.days else { return nil }
    return (v, c.nulls)
  }

  /// Column `name` as Doubles (a `double`, `percent` or `int` column).
  func doubleColumn(_ name: String) -> (values: ContiguousArray<Double>, nulls: Bitset?)? {
    guard let c = column(name) else { return nil }
    if let v = c.doubles { return (v, c.nulls) }
    if c.type == .int, let v = c.int64s { return (ContiguousArray(v.lazy.map(Double.init)), c.nulls) }
    return nil
  }

  /// A text column mapped to small codes by `map`, which sees each distinct
  /// value once where the storage allows (dictionary: exactly once; text: the
  /// first 64 distinct values are cached). Null cells get `null`.
  func codeColumn(_ name: String, null: UInt8 = 0, _ map: (String) -> UInt8) -> ContiguousArray<UInt8>? {
    guard let c = column(name) else { return nil }
    switch c.storage {
    case .dictionary(let codes, let values):
      let table = ContiguousArray(values.map(map))
      var out: ContiguousArray<UInt8> = makeArray(codes.count) { out in
        codes.withUnsafeBufferPointer { codes in
          for i in 0..<codes.count {
            let k = Int(codes[i])
            out[i] = k < table.count ? table[k] : null
          }
        }
      }
      c.nulls?.forEachSet { out[$0] = null }
      return out
    case .text(let s):
      var seen: [(bytes: [UInt8], code: UInt8)] = []
      var out = ContiguousArray<UInt8>(repeating: null, count: s.count)
      let nulls = c.nulls
      for i in 0..<s.count where !(nulls?[i] ?? false) {
        let hit = s.withBytes(i) { b -> UInt8? in
          for e in seen where e.bytes.count == b.count && e.bytes.elementsEqual(b) { return e.code }
          return nil
        }
        if let hit {
          out[i] = hit
          continue
        }
        let value = s[i]
        let code = map(value)
        if seen.count < 64 { seen.append((Array(value.utf8), code)) }
        out[i] = code
      }
      return out
    default:
      return nil
    }
  }
}

extension Column {
  /// Whether cell `i` is null or its text is empty.
  func isBlank(_ i: Int) -> Bool {
    if isNull(i) { return true }
    switch storage {
    case .text(let s): return s.length(i) == 0
    case .dictionary(let codes, let values):
      let c = Int(codes[i])
      return c >= values.count || values[c].isEmpty
    default: return false
    }
  }
}

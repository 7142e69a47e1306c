extension Column {
  /// A new column holding the cells at `rows`, in that order.
  /// - Complexity: O(rows.count)
  public func gather<C: Collection>(_ rows: C) -> Column where C.Element == Int32 {
    let newStorage: ColumnStorage
    switch storage {
    case .int64(let a): newStorage = .int64(ContiguousArray(rows.lazy.map { a[Int($0)] }))
    case .double(let a): newStorage = .double(ContiguousArray(rows.lazy.map { a[Int($0)] }))
    case .day(let a): newStorage = .day(ContiguousArray(rows.lazy.map { a[Int($0)] }))
    case .bool(let a): newStorage = .bool(ContiguousArray(rows.lazy.map { a[Int($0)] }))
    case .text(let s): newStorage = .text(s.gather(rows))
    case .dictionary(let codes, let values):
      newStorage = .dictionary(codes: ContiguousArray(rows.lazy.map { codes[Int($0)] }), values: values)
    }
    var newNulls: Bitset? = nil
    if let nulls {
      var n = Bitset(count: rows.count)
      for (i, r) in rows.enumerated() where nulls[Int(r)] { n[i] = true }
      newNulls = n
    }
    return Column(name: name, type: type, storage: newStorage, nulls: newNulls)
  }
}

import Foundation

extension Table {
  /// The rows at `rows`, in that order; large results copy one column per core.
  /// - Complexity: O(rows.count × columns)
  public func gather(_ rows: ContiguousArray<Int32>) -> Table {
    let source = columns
    guard rows.count >= 100_000, source.count > 1 else {
      var t = Table(name: name, columns: source.map { $0.gather(rows) }, rowCount: rows.count, primaryKey: primaryKey)
      t.metadata = metadata
      return t
    }
    // Large results: one column per core.
    let out = Slots<Column>(count: source.count)
    DispatchQueue.concurrentPerform(iterations: source.count) { i in out.set(i, source[i].gather(rows)) }
    var t = Table(name: name, columns: out.values, rowCount: rows.count, primaryKey: primaryKey)
    t.metadata = metadata
    return t
  }

  /// The rows at `rows` (any collection of row numbers), in that order.
  @inlinable
  public func gather<C: Collection>(_ rows: C) -> Table where C.Element == Int32 {
    gather(ContiguousArray(rows))
  }

  /// The rows `range` (clamped to the table).
  public func gather(range: Range<Int>) -> Table {
    let lo = max(0, min(range.lowerBound, rowCount)), hi = max(lo, min(range.upperBound, rowCount))
    return gather(ContiguousArray(Int32(lo)..<Int32(hi)))
  }
}

extension Column {
  /// The cells at `rows` (any collection of row numbers), in that order.
  @inlinable
  public func gather<C: Collection>(_ rows: C) -> Column where C.Element == Int32 {
    gather(ContiguousArray(rows))
  }

  /// The cells at `rows`, in that order.
  /// - Complexity: O(rows.count)
  public func gather(_ rows: ContiguousArray<Int32>) -> Column {
    let n = rows.count
    let out: ColumnStorage = rows.withUnsafeBufferPointer { r in
      switch storage {
      case .int64(let a): return .int64(pick(a, r))
      case .double(let a): return .double(pick(a, r))
      case .day(let a): return .day(pick(a, r))
      case .bool(let a): return .bool(pick(a, r))
      case .dictionary(let codes, let values): return .dictionary(codes: pick(codes, r), values: values)
      case .text(let s): return .text(pickText(s, r))
      }
    }
    var newNulls: Bitset?
    if let nulls {
      var b = Bitset(count: n)
      nulls.words.withUnsafeBufferPointer { w in
        rows.withUnsafeBufferPointer { r in
          for i in 0..<n {
            let k = Int(r[i])
            if w[k >> 6] & (1 << UInt64(k & 63)) != 0 { b[i] = true }
          }
        }
      }
      newNulls = b
    }
    return Column(name: name, type: type, storage: out, nulls: newNulls)
  }
}

@inline(__always)
private func pick<T>(_ a: ContiguousArray<T>, _ r: UnsafeBufferPointer<Int32>) -> ContiguousArray<T> {
  guard r.count > 0 else { return [] }
  return ContiguousArray(unsafeUninitializedCapacity: r.count) { buf, count in
    a.withUnsafeBufferPointer { src in
      for i in 0..<r.count { buf.initializeElement(at: i, to: src[Int(r[i])]) }
    }
    count = r.count
  }
}

private func pickText(_ s: Utf8Strings, _ r: UnsafeBufferPointer<Int32>) -> Utf8Strings {
  let n = r.count
  var offsets = ContiguousArray<UInt32>(repeating: 0, count: n + 1)
  var starts = ContiguousArray<UInt32>(repeating: 0, count: n)
  var total = 0
  // One random pass over the offsets; the copy pass then reads them in order.
  s.offsets.withUnsafeBufferPointer { off in
    offsets.withUnsafeMutableBufferPointer { o in
      starts.withUnsafeMutableBufferPointer { st in
        for i in 0..<n {
          let k = Int(r[i])
          let lo = off[k]
          st[i] = lo
          total += Int(off[k + 1] &- lo)
          o[i + 1] = UInt32(total)
        }
      }
    }
  }
  var bytes = ContiguousArray<UInt8>(repeating: 0, count: total)
  if total > 0 {
    bytes.withUnsafeMutableBufferPointer { dst in
      s.bytes.withUnsafeBufferPointer { src in
        offsets.withUnsafeBufferPointer { o in
          starts.withUnsafeBufferPointer { st in
            let d = dst.baseAddress!, b = src.baseAddress!
            for i in 0..<n {
              let to = Int(o[i]), len = Int(o[i + 1]) &- to, from = Int(st[i])
              if len <= 16 {
                for j in 0..<len { d[to &+ j] = b[from &+ j] }
              } else {
                (d + to).update(from: b + from, count: len)
              }
            }
          }
        }
      }
    }
  }
  return Utf8Strings(bytes: bytes, offsets: offsets)
}

/// Result slots that concurrent workers fill, each its own index.
private final class Slots<T>: @unchecked Sendable {
  private var items: [T?]
  private let lock = NSLock()

  init(count: Int) { items = Array(repeating: nil, count: count) }

  func set(_ i: Int, _ value: T) {
    lock.lock()
    items[i] = value
    lock.unlock()
  }

  var values: [T] { items.compactMap { $0 } }
}

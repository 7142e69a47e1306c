import AwasPluginKit

/// A row mask built word by word (64 rows per word); the evaluator's
/// working form of ``Bitset``.
struct Bits {
  var words: ContiguousArray<UInt64>
  let count: Int

  init(count: Int, filled: Bool = false) {
    self.count = count
    words = ContiguousArray(repeating: filled ? .max : 0, count: (count + 63) / 64)
    if filled { clearTail() }
  }

  init(words: ContiguousArray<UInt64>, count: Int) {
    self.words = words
    self.count = count
    clearTail()
  }

  /// The null mask of `column` (all clear when it has none).
  init(nullsOf column: Column) {
    if let n = column.nulls {
      self.init(words: n.words, count: n.count)
    } else {
      self.init(count: column.count)
    }
  }

  /// Builds the mask from a per-row test.
  @inline(__always)
  init(count: Int, _ test: (Int) -> Bool) {
    self.count = count
    var w = ContiguousArray<UInt64>(repeating: 0, count: (count + 63) / 64)
    w.withUnsafeMutableBufferPointer { out in
      for wi in 0..<out.count {
        let base = wi &* 64
        let end = Swift.min(64, count &- base)
        var word: UInt64 = 0
        for b in 0..<end where test(base &+ b) { word |= 1 &<< UInt64(b) }
        out[wi] = word
      }
    }
    words = w
  }

  subscript(i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }

  mutating func set(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }

  var isEmpty: Bool { words.allSatisfy { $0 == 0 } }
  var cardinality: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

  private mutating func clearTail() {
    let extra = words.count * 64 - count
    if extra > 0, !words.isEmpty { words[words.count - 1] &= UInt64.max >> UInt64(extra) }
  }

  @inline(__always)
  private static func combine(_ a: Bits, _ b: Bits, _ f: (UInt64, UInt64) -> UInt64) -> Bits {
    var out = a
    out.words.withUnsafeMutableBufferPointer { o in
      b.words.withUnsafeBufferPointer { bw in
        for i in 0..<o.count { o[i] = f(o[i], bw[i]) }
      }
    }
    return out
  }

  static func & (a: Bits, b: Bits) -> Bits { combine(a, b) { $0 & $1 } }
  static func | (a: Bits, b: Bits) -> Bits { combine(a, b) { $0 | $1 } }
  /// `a` without the rows of `b`.
  static func - (a: Bits, b: Bits) -> Bits { combine(a, b) { $0 & ~$1 } }
  static prefix func ~ (a: Bits) -> Bits {
    var out = a
    for i in 0..<out.words.count { out.words[i] = ~out.words[i] }
    out.clearTail()
    return out
  }

  /// The indices of the set rows, ascending.
  var rows: ContiguousArray<Int32> {
    var out = ContiguousArray<Int32>()
    out.reserveCapacity(cardinality)
    for (w, word) in words.enumerated() {
      var bits = word
      while bits != 0 {
        out.append(Int32(w * 64 + bits.trailingZeroBitCount))
        bits &= bits - 1
      }
    }
    return out
  }

  /// As a ``Bitset`` (for a column's null mask).
  var bitset: Bitset {
    var b = Bitset(count: count)
    for r in rows { b[Int(r)] = true }
    return b
  }
}

/// A three-valued yes/no per row: `t` holds the true rows, `f` the false
/// rows, and a row in neither is null (unknown).
struct Logic {
  var t: Bits
  var f: Bits

  var count: Int { t.count }

  static func constant(_ v: Bool?, count: Int) -> Logic {
    Logic(t: Bits(count: count, filled: v == true), f: Bits(count: count, filled: v == false))
  }

  /// True and false as `cmp` says, except for null rows, which are unknown.
  init(cmp: Bits, nulls: Bits?) {
    if let nulls, !nulls.isEmpty {
      t = cmp - nulls
      f = ~cmp - nulls
    } else {
      t = cmp
      f = ~cmp
    }
  }

  init(t: Bits, f: Bits) {
    self.t = t
    self.f = f
  }

  static func && (a: Logic, b: Logic) -> Logic { Logic(t: a.t & b.t, f: a.f | b.f) }
  static func || (a: Logic, b: Logic) -> Logic { Logic(t: a.t | b.t, f: a.f & b.f) }
  static prefix func ! (a: Logic) -> Logic { Logic(t: a.f, f: a.t) }

  /// Rows that are neither true nor false.
  var nulls: Bits { ~(t | f) }

  /// As a `bool` column.
  func column(_ name: String) -> Column {
    var a = ContiguousArray<Bool>(repeating: false, count: count)
    for r in t.rows { a[Int(r)] = true }
    let n = nulls
    return Column(name: name, type: .bool, storage: .bool(a), nulls: n.isEmpty ? nil : n.bitset)
  }
}

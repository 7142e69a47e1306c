import AwasPluginKit

/// Leading digits by integer arithmetic (no strings, no floating point for
/// integer columns), and the counting loops over a column.
enum LeadingDigits {
  static let pow10: [UInt64] = {
    var p: [UInt64] = [1]
    for _ in 1...19 { p.append(p[p.count - 1] &* 10) }
    return p
  }()

  static let inversePow10: [Double] = pow10.map { 1 / Double($0) }

  /// The first two digits of `m` (m >= 10), 10...99: the digit count from the
  /// bit length (× log10 2 ≈ 1233/4096, corrected by one comparison), then a
  /// floating multiply by 10^-(digits−2) corrected by one integer multiply, so
  /// no division and no rounding error.
  @inline(__always)
  static func firstTwo(_ m: UInt64, _ p10: UnsafePointer<UInt64>, _ inv: UnsafePointer<Double>) -> Int {
    let bits = 64 - m.leadingZeroBitCount
    var t = (bits &* 1233) >> 12  // ≈ bits · log10(2)
    if m < p10[t] { t -= 1 }  // t = floor(log10(m))
    let scale = p10[t - 1]
    var ft = UInt64(Double(m) * inv[t - 1])
    let lo = ft &* scale
    if lo > m { ft -= 1 } else if m - lo >= scale { ft += 1 }
    return Int(ft)
  }

  /// The first two digits of `m` (m >= 10).
  static func firstTwo(_ m: UInt64) -> Int {
    pow10.withUnsafeBufferPointer { p in
      inversePow10.withUnsafeBufferPointer { i in
        guard let pb = p.baseAddress, let ib = i.baseAddress else { return 10 }
        return firstTwo(m, pb, ib)
      }
    }
  }

  /// First two digits of a magnitude given as a Double (>= 10).
  static func firstTwo(_ x: Double) -> Int {
    var e = Int(log10(x).rounded(.down))
    var ft = Int((x / pow(10, Double(e - 1))).rounded(.down))
    // Correct rounding at powers of ten.
    while ft >= 100 { e += 1; ft = Int((x / pow(10, Double(e - 1))).rounded(.down)) }
    while ft < 10 { e -= 1; ft = Int((x / pow(10, Double(e - 1))).rounded(.down)) }
    return ft
  }

  /// The smallest magnitude tested: 10 in the column's unit (money: Rp 10 = 1000 sen).
  static func minimum(for type: ColumnType) -> Int64 { type == .money ? 1_000 : 10 }

  /// The first two digits of row `r` as a signed code: +ft for values >= 10,
  /// -ft for values <= -10, 0 when excluded (null, or |v| < 10).
  static func code(_ column: Column, row r: Int) -> Int {
    if column.isNull(r) { return 0 }
    switch column.storage {
    case .int64(let a):
      let v = a[r]
      let m = v.magnitude
      guard m >= UInt64(minimum(for: column.type)) else { return 0 }
      let ft = firstTwo(m)
      return v < 0 ? -ft : ft
    case .double(let a):
      let v = a[r]
      guard v.isFinite, abs(v) >= 10 else { return 0 }
      let ft = firstTwo(abs(v))
      return v < 0 ? -ft : ft
    default: return 0
    }
  }
}

/// Counts of first-two-digit codes (10...99) of one column, per group.
struct DigitCounts: Sendable {
  /// `positive[g * 100 + ft]`: values >= 10 of group g with first two digits ft.
  var positive: [Int]
  var negative: [Int]
  var groups: Int
  /// Non-null values with |v| < 10 (zero included).
  var small = 0
  var nulls = 0

  init(groups: Int) {
    self.groups = groups
    positive = [Int](repeating: 0, count: groups * 100)
    negative = [Int](repeating: 0, count: groups * 100)
  }

  /// Counts per tested digit of group `g` (or all groups when nil).
  func counts(_ test: DigitTest, group g: Int?, negatives: Bool = false) -> [Int] {
    let src = negatives ? negative : positive
    var out = [Int](repeating: 0, count: test.digits.count)
    let range = g.map { $0...$0 } ?? 0...(groups - 1)
    for gi in range {
      for ft in 10...99 {
        let c = src[gi * 100 + ft]
        if c != 0 { out[test.index(of: test.digit(firstTwo: ft))] += c }
      }
    }
    return out
  }

  /// Counts the column's values; `groupOf` maps each row to a group (nil = one group).
  /// - Complexity: O(rows), one integer division per value.
  static func count(_ column: Column, groupOf: ContiguousArray<Int32>? = nil, groups: Int = 1) -> DigitCounts {
    var dc = DigitCounts(groups: max(groups, 1))
    let n = column.count
    switch column.storage {
    case .int64(let a):
      let minimum = UInt64(LeadingDigits.minimum(for: column.type))
      let nulls = column.nulls
      let hasGroups = groupOf != nil
      let groupArray = groupOf ?? []
      var small = 0, nullCount = 0
      dc.positive.withUnsafeMutableBufferPointer { pos in
        dc.negative.withUnsafeMutableBufferPointer { neg in
          LeadingDigits.pow10.withUnsafeBufferPointer { p10b in
            LeadingDigits.inversePow10.withUnsafeBufferPointer { invb in
              a.withUnsafeBufferPointer { vals in
                groupArray.withUnsafeBufferPointer { gp in
                  guard let p10 = p10b.baseAddress, let inv = invb.baseAddress else { return }
                  @inline(__always) func add(_ r: Int) {
                    let v = vals[r]
                    let m = v.magnitude
                    if m < minimum { small &+= 1; return }
                    let slot = (hasGroups ? Int(gp[r]) &* 100 : 0) &+ LeadingDigits.firstTwo(m, p10, inv)
                    if v > 0 { pos[slot] &+= 1 } else { neg[slot] &+= 1 }
                  }
                  if let nulls {
                    for r in 0..<n { if nulls[r] { nullCount &+= 1 } else { add(r) } }
                  } else {
                    for r in 0..<n { add(r) }
                  }
                }
              }
            }
          }
        }
      }
      dc.small = small
      dc.nulls = nullCount
    default:
      for r in 0..<n {
        if column.isNull(r) { dc.nulls += 1; continue }
        let code = LeadingDigits.code(column, row: r)
        if code == 0 { dc.small += 1; continue }
        let g = groupOf.map { Int($0[r]) } ?? 0
        if code > 0 { dc.positive[g * 100 + code] += 1 } else { dc.negative[g * 100 - code] += 1 }
      }
    }
    return dc
  }
}

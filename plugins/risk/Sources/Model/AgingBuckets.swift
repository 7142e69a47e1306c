import AwasPluginKit

/// Days-past-due buckets: `0`, then `1–b1`, `b1+1–b2`, …, `> bn`
/// (docs/reference.md §7, ACL `AGE`); bounds from `--buckets` or the setting.
struct AgingBuckets: Sendable {
  /// Increasing upper bounds after bucket 0 (30, 60, 90, 180, 360).
  let bounds: [Int64]

  init(_ bounds: [Int64]) { self.bounds = bounds }

  /// Bucket 0 plus one per bound plus the open top bucket.
  var count: Int { bounds.count + 2 }

  /// The bucket of `dpd` (negative dpd counts as 0).
  @inline(__always)
  func bucket(_ dpd: Int64) -> Int {
    if dpd <= 0 { return 0 }
    var b = 1
    for u in bounds {
      if dpd <= u { return b }
      b += 1
    }
    return b
  }

  /// The lowest and highest dpd of bucket `b` (nil = open).
  func range(_ b: Int) -> (from: Int64, to: Int64?) {
    if b == 0 { return (0, 0) }
    let from = b == 1 ? 1 : bounds[b - 2] + 1
    return (from, b - 1 < bounds.count ? bounds[b - 1] : nil)
  }

  /// `0`, `1-30`, …, `>360`.
  func label(_ b: Int) -> String {
    let r = range(b)
    if b == 0 { return "0" }
    guard let to = r.to else { return ">\(r.from - 1)" }
    return "\(r.from)-\(to)"
  }

  var labels: [String] { (0..<count).map(label) }
}

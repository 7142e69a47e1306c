/// Chooses the mantissas of one loan officer's installments so that, weighted
/// by the repayments each loan is expected to make, their first two digits
/// follow a target distribution: Benford's law for honest officers, uniform for
/// the fabricating one.
///
/// Each loan takes the first digit furthest below its target share, then the
/// two-digit bin (10…99) of that digit furthest below its share (error
/// diffusion), then a random mantissa inside the bin; the repayments the
/// loan then makes are recorded by their actual first two digits, so the next
/// loans correct whatever rounding, annuity growth or partial payments shifted.
struct DigitBalancer {
  /// Log-scale edges of the bins as indices into ``DemoSchedule/powers``:
  /// bin b (10…99) covers powers[edges[b-10]] ..< powers[edges[b-9]], i.e. b/10 ..< (b+1)/10.
  static let edges: [Int] = (10...100).map { b -> Int in
    let target = Double(b) / 10
    var lo = 0, hi = 1000
    while lo < hi {
      let mid = (lo + hi) / 2
      if DemoSchedule.powers[mid] < target { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// Benford's share of each bin, from the edges (log10((b+1)/b) in thousandths).
  static let benford: [Double] = (0..<90).map { Double(edges[$0 + 1] - edges[$0]) / 1000 }
  static let uniform: [Double] = Array(repeating: 1.0 / 90, count: 90)

  let target: [Double]
  private var mass = [Double](repeating: 0, count: 90)
  private var firstMass = [Double](repeating: 0, count: 9)
  private var total = 0.0

  init(uniform: Bool) { target = uniform ? Self.uniform : Self.benford }

  /// A mantissa in [1, 10) for a loan expected to make `payments` repayments.
  mutating func mantissa(payments: Int, _ r: inout Xoshiro256) -> Double {
    let w = Double(max(1, payments))
    var digit = 0
    var bestDeficit = -Double.infinity
    for d in 0..<9 {
      let share = target[d * 10..<d * 10 + 10].reduce(0, +)
      let deficit = share * (total + w) - firstMass[d]
      if deficit > bestDeficit {
        bestDeficit = deficit
        digit = d
      }
    }
    var best = digit * 10
    bestDeficit = -Double.infinity
    for b in digit * 10..<digit * 10 + 10 {
      let deficit = target[b] * (total + w) - mass[b]
      if deficit > bestDeficit {
        bestDeficit = deficit
        best = b
      }
    }
    let lo = Self.edges[best], hi = max(lo + 1, Self.edges[best + 1])
    return DemoSchedule.powers[lo + r.below(hi - lo)]
  }

  /// Records a repayment of `amount` rupiah (amounts below 10 are not counted).
  mutating func record(_ amount: Int64) {
    guard amount >= 10 else { return }
    var v = amount
    while v >= 100 { v /= 10 }
    mass[Int(v) - 10] += 1
    firstMass[Int(v) / 10 - 1] += 1
    total += 1
  }
}

import AwasPluginKit

/// An active loan booked in a better class than the recomputed one.
struct Misclassified: Sendable {
  let row: Int
  let booked: LoanClass
  let recomputed: LoanClass
  /// Classes between them in the scheme in use (≥ 1).
  let gap: Int

  /// 1 class: medium; 2: high; 3 or more (lancar booked, macet found): critical.
  var severity: Severity { gap >= 3 ? .critical : (gap == 2 ? .high : .medium) }

  /// Every active loan whose booked class is better than the recomputed one,
  /// worst gap first, then largest outstanding, then row order.
  static func find(_ p: Portfolio) -> [Misclassified] {
    guard let booked = p.booked else { return [] }
    var out: [Misclassified] = []
    for i in 0..<p.count where p.isActive(i) {
      let b = booked[i], k = p.klass[i]
      guard b != 0, k != 0, b < k, let bc = LoanClass(rawValue: b), let kc = LoanClass(rawValue: k) else { continue }
      let gap = kc.rank(in: p.scheme) - bc.rank(in: p.scheme)
      if gap > 0 { out.append(Misclassified(row: i, booked: bc, recomputed: kc, gap: gap)) }
    }
    out.sort { a, b in
      if a.gap != b.gap { return a.gap > b.gap }
      if p.sisa[a.row] != p.sisa[b.row] { return p.sisa[a.row] > p.sisa[b.row] }
      return a.row < b.row
    }
    return out
  }
}

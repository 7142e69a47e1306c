import AwasPluginKit

/// How a ratio becomes a nilai: a table of bands, or a clamped line.
struct Scale: Sendable, Hashable {
  struct Band: Sendable, Hashable {
    var interval: Interval
    var nilai: Decimal4
  }
  /// nilai = clamp(a + b·x, min, max), with x and the result rounded as written.
  struct Linear: Sendable, Hashable {
    var a: Decimal4
    var b: Decimal4
    var min: Decimal4
    var max: Decimal4
    var roundX: RoundingRule
    var roundResult: RoundingRule

    func nilai(_ x: RatioValue) -> Decimal4 {
      switch x {
      case .plusInfinity: return b.raw >= 0 ? max : min
      case .minusInfinity: return b.raw >= 0 ? min : max
      case .finite(let v):
        let y = (a + b * v.rounded(roundX)).rounded(roundResult)
        return Swift.max(min, Swift.min(max, y))
      }
    }

    /// `nilai = min(100, max(0, 0 + 1 × x))` (id) / `value = …` (en).
    func formula(_ l: Language) -> String {
      let v = l == .en ? "value" : "nilai"
      var s = "\(v) = min(\(max), max(\(min), \(a) + \(b) × x))"
      if roundX != .none { s += "; x: \(roundX.rawValue)" }
      if roundResult != .none { s += "; \(v): \(roundResult.rawValue)" }
      return s
    }
  }
  enum Kind: Sendable, Hashable {
    case bands([Band])
    case linear(Linear)
  }
  var id: String
  var kind: Kind
  var basis: Text?

  /// The nilai of `x` and, for bands, the index of the band it fell in.
  func score(_ x: RatioValue) -> (nilai: Decimal4, band: Int?) {
    switch kind {
    case .linear(let l): return (l.nilai(x), nil)
    case .bands(let bands):
      for (i, b) in bands.enumerated() where b.interval.contains(x) { return (b.nilai, i) }
      return (.zero, nil)  // unreachable: coverage is validated when loading
    }
  }

  /// `pita 1a` / `band 1a` / `linear 2b-teks`.
  func modeLabel(_ l: Language) -> String {
    switch kind {
    case .bands: return (l == .en ? "band " : "pita ") + id
    case .linear: return "linear \(id)"
    }
  }
}

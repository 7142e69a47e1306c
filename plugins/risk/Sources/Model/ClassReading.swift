import AwasPluginKit

/// Reads text columns into small codes without a `String` per row where the
/// column is dictionary-encoded.
enum ClassReading {
  /// Each row's `LoanClass.rawValue` (0 when null or unreadable).
  static func codes(_ c: Column) -> ContiguousArray<UInt8> {
    let n = c.count
    var out = ContiguousArray<UInt8>(repeating: 0, count: n)
    switch c.storage {
    case .dictionary(let codes, let values):
      let map = values.map { LoanClass(text: $0)?.rawValue ?? 0 }
      for i in 0..<n where !c.isNull(i) {
        let k = Int(codes[i])
        if k >= 0 && k < map.count { out[i] = map[k] }
      }
    default:
      var cache: [String: UInt8] = [:]
      for i in 0..<n {
        guard let s = c.string(at: i) else { continue }
        if let v = cache[s] { out[i] = v } else {
          let v = LoanClass(text: s)?.rawValue ?? 0
          cache[s] = v
          out[i] = v
        }
      }
    }
    return out
  }

  /// Sets bit `i` of `out` where the text of row `i` passes `test`.
  static func mapText(_ c: Column, _ n: Int, into out: inout Bitset, _ test: (String) -> Bool) -> Bitset {
    switch c.storage {
    case .dictionary(let codes, let values):
      let map = values.map(test)
      for i in 0..<n where !c.isNull(i) {
        let k = Int(codes[i])
        if k >= 0 && k < map.count && map[k] { out[i] = true }
      }
    default:
      for i in 0..<n { if let s = c.string(at: i), test(s) { out[i] = true } }
    }
    return out
  }
}

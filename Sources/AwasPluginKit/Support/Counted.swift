/// An English count with its noun: `1 loan`, `3 loans` (`counted(n, "loan", "loans")`).
/// Indonesian needs no plural: write `"\(n) pinjaman"`.
public func counted<N: BinaryInteger>(_ n: N, _ one: String, _ many: String) -> String {
  "\(n) \(n == 1 ? one : many)"
}

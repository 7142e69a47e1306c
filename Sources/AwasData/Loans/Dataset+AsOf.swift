extension Dataset {
  /// This dataset with every derived loan table and column recomputed for `asOf`.
  /// (Stub: replaced by the loan engine.)
  public func recomputed(asOf: Day) -> Dataset {
    var d = self
    d.asOf = asOf
    return d
  }
}

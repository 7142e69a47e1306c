/// Writes a realistic, deterministic demo cooperative. (Stub: replaced by the generator.)
public struct DemoGenerator: Sendable {
  public var seed: UInt64
  public var loans: Int
  public init(seed: UInt64 = 1, loans: Int = 2000) {
    self.seed = seed
    self.loans = loans
  }
  /// Writes the dataset and `planted.json` into `folder` (created if needed).
  public func write(to folder: String) throws {}
}

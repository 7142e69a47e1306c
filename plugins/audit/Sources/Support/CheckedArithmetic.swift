import AwasPluginKit

/// Exact sums of sen that stop with a clear error instead of overflowing
/// (a total above Rp 92 quadrillion is bad data, not a result).
extension Int64 {
  /// `self + x`, or a user error when the total no longer fits.
  func plus(_ x: Int64) throws -> Int64 {
    let (v, o) = addingReportingOverflow(x)
    if o { throw NumericValues.overflow }
    return v
  }

  /// `self × x`, or a user error when the product no longer fits.
  func times(_ x: Int64) throws -> Int64 {
    let (v, o) = multipliedReportingOverflow(by: x)
    if o { throw NumericValues.overflow }
    return v
  }

  /// `|self|`, or a user error for the one value without one (Int64.min).
  func checkedMagnitude() throws -> Int64 {
    guard self != .min else { throw NumericValues.overflow }
    return Swift.abs(self)
  }
}

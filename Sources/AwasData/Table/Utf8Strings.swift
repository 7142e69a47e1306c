/// Many strings stored end to end in one UTF-8 buffer, with an offset per string.
///
/// Used for text columns whose values rarely repeat (receipt numbers, names):
/// loading them needs no `String` per row and no hashing.
public struct Utf8Strings: Sendable {
  public var bytes: ContiguousArray<UInt8>
  /// `count + 1` offsets; string `i` is `bytes[offsets[i]..<offsets[i+1]]`.
  public var offsets: ContiguousArray<UInt32>

  public init() {
    bytes = []
    offsets = [0]
  }

  public init(bytes: ContiguousArray<UInt8>, offsets: ContiguousArray<UInt32>) {
    precondition(offsets.first == 0 && offsets.last.map { Int($0) } == bytes.count)
    self.bytes = bytes
    self.offsets = offsets
  }

  public init<S: Sequence>(_ strings: S) where S.Element == String {
    self.init()
    for s in strings { append(s) }
  }

  public var count: Int { offsets.count - 1 }

  public subscript(i: Int) -> String {
    let lo = Int(offsets[i]), hi = Int(offsets[i + 1])
    return bytes.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self)
    }
  }

  /// The byte length of string `i`.
  public func length(_ i: Int) -> Int { Int(offsets[i + 1] - offsets[i]) }

  /// Calls `body` with the UTF-8 bytes of string `i`, without making a String.
  public func withBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows
    -> R
  {
    let lo = Int(offsets[i]), hi = Int(offsets[i + 1])
    return try bytes.withUnsafeBufferPointer {
      try body(UnsafeBufferPointer(rebasing: $0[lo..<hi]))
    }
  }

  public mutating func append(_ s: String) {
    var s = s
    s.withUTF8 { bytes.append(contentsOf: $0) }
    offsets.append(UInt32(bytes.count))
  }

  public mutating func append(_ raw: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: raw)
    offsets.append(UInt32(bytes.count))
  }
}

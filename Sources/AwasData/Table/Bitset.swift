/// A fixed-size set of bits, used for null masks and row selections.
public struct Bitset: Sendable, Hashable {
  public private(set) var words: ContiguousArray<UInt64>
  public let count: Int

  /// Creates a bitset of `count` bits, all clear.
  public init(count: Int) {
    self.count = count
    words = ContiguousArray(repeating: 0, count: (count + 63) / 64)
  }

  /// A bitset over `words` (bit `i` is bit `i % 64` of word `i / 64`).
  public init(words: ContiguousArray<UInt64>, count: Int) {
    precondition(words.count == (count + 63) / 64)
    self.words = words
    self.count = count
    if count % 64 != 0, let last = self.words.indices.last {
      self.words[last] &= (1 << UInt64(count % 64)) - 1
    }
  }

  public subscript(i: Int) -> Bool {
    get { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }
    set {
      if newValue { words[i >> 6] |= 1 << UInt64(i & 63) } else {
        words[i >> 6] &= ~(1 << UInt64(i & 63))
      }
    }
  }

  /// The number of set bits.
  public var cardinality: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

  /// True when no bit is set.
  public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }
}

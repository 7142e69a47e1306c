import Foundation

/// The moving end of one part of a file read in two parts, so that the thread
/// that finishes its own part first can take over the tail of the other
/// ("stealing") instead of waiting.
///
/// The part claims its bytes a window at a time and starts records only
/// below what it has claimed; the other thread takes the upper half of what is
/// not claimed yet, at most 4 MB, cut after a newline, as a part of its own. Records that
/// start below the cut are the part's, as at any split between parts, and
/// a quoted field across the cut is handled like one across any split (the
/// later part is parsed again from where the earlier one stopped).
final class PartSplit: @unchecked Sendable {
  // Guarded by `lock`.
  private var claimed: Int
  private var end: Int
  private let lock = NSLock()
  private let window: Int
  private let minimum: Int
  private let most: Int
  private let source: SourceBytes

  /// - Parameters:
  ///   - start, end: The part's bytes.
  ///   - window: How far the part claims at a time.
  ///   - minimum: The fewest unclaimed bytes worth taking over.
  ///   - most: The most bytes taken at once.
  init(_ source: SourceBytes, start: Int, end: Int, window: Int, minimum: Int, most: Int = 4 << 20) {
    self.source = source
    claimed = start
    self.end = end
    self.window = Swift.max(1, window)
    self.minimum = Swift.max(1, minimum)
    self.most = Swift.max(1, most)
  }

  /// For the part at byte `pos`: the byte below which it may start
  /// records; at or below `pos` when its part has ended.
  func claim(from pos: Int) -> Int {
    lock.lock()
    defer { lock.unlock() }
    claimed = Swift.min(end, Swift.max(claimed, pos + window))
    return claimed
  }

  /// Where the part ends now.
  var limit: Int {
    lock.lock()
    defer { lock.unlock() }
    return end
  }

  /// Takes over the upper half of the part's unclaimed bytes (at most
  /// `most` bytes), from just after a newline; nil when too little is left.
  func steal() -> Range<Int>? {
    lock.lock()
    defer { lock.unlock() }
    guard end - claimed >= minimum else { return nil }
    // Half of what is left, at most `most` bytes: the two threads then end
    // within one small piece of each other even when a third one slows either.
    let target = end - Swift.min((end - claimed) / 2, most)
    guard let nl = memchrPointer(source.base + target, Bytes.newline, end - target) else { return nil }
    let cut = nl - source.base + 1
    guard cut < end else { return nil }
    let taken = cut..<end
    end = cut
    return taken
  }
}

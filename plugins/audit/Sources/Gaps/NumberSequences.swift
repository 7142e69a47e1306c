import AwasPluginKit

/// A receipt number split into prefix, number and suffix: `KW-2025-000123`
/// is prefix `KW-2025-`, number 123 (6 digits wide), suffix ``.
struct ReceiptNumber: Equatable, Sendable {
  var prefix: String
  var number: Int64
  var width: Int
  var suffix: String

  /// The last run of ASCII digits is the number; nil when there is none (or
  /// it is longer than 18 digits).
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (prefixEnd: Int, digitsEnd: Int, number: Int64)? {
    var end = bytes.count
    while end > 0, !isDigit(bytes[end - 1]) { end -= 1 }
    guard end > 0 else { return nil }
    var start = end
    while start > 0, isDigit(bytes[start - 1]) { start -= 1 }
    guard end - start <= 18 else { return nil }
    var n: Int64 = 0
    for i in start..<end { n = n * 10 + Int64(bytes[i] &- 48) }
    return (start, end, n)
  }

  static func parse(_ s: String) -> ReceiptNumber? {
    var copy = s
    return copy.withUTF8 { b -> ReceiptNumber? in
      guard let (p, e, n) = parse(b) else { return nil }
      return ReceiptNumber(
        prefix: String(decoding: UnsafeBufferPointer(rebasing: b[0..<p]), as: UTF8.self), number: n, width: e - p,
        suffix: String(decoding: UnsafeBufferPointer(rebasing: b[e..<b.count]), as: UTF8.self))
    }
  }

  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

  /// The text of number `n` in this sequence, zero-padded to `width`.
  static func format(prefix: String, _ n: Int64, width: Int, suffix: String) -> String {
    let digits = String(n)
    let pad = width > digits.count ? String(repeating: "0", count: width - digits.count) : ""
    return prefix + pad + digits + suffix
  }
}

/// The numbers of one prefix/suffix sequence.
struct NumberSequence: Sendable {
  var prefix: String
  var suffix: String
  var numbers: ContiguousArray<Int64> = []
  /// The widest digit run seen (used to format missing numbers).
  var width = 0

  var key: String { prefix + "\u{1}" + suffix }
}

/// A run of missing numbers between two present ones (both ends exclusive).
struct NumberGap: Equatable, Sendable {
  var before: Int64
  var after: Int64
  var missing: Int64 {
    let (d, o) = after.subtractingReportingOverflow(before)
    return o ? .max : d - 1
  }
}

enum SequenceScan {
  /// Splits every non-null cell into its sequence; returns the sequences in
  /// order of first appearance and the count of cells with no number.
  static func sequences(_ column: Column) -> (sequences: [NumberSequence], unparsed: [Int]) {
    var seqs: [NumberSequence] = []
    var index: [String: Int] = [:]
    var unparsed: [Int] = []
    var lastPrefix: [UInt8] = [], lastSuffix: [UInt8] = [], lastSeq = -1
    switch column.storage {
    case .int64(let a):
      var s = NumberSequence(prefix: "", suffix: "")
      for r in 0..<a.count where !column.isNull(r) {
        s.numbers.append(a[r])
        s.width = max(s.width, String(a[r].magnitude).count)
      }
      return ([s], [])
    default: break
    }
    column.forEachUTF8 { r, b in
      guard let (p, e, n) = ReceiptNumber.parse(b) else { unparsed.append(r); return }
      let pre = UnsafeBufferPointer(rebasing: b[0..<p]), suf = UnsafeBufferPointer(rebasing: b[e..<b.count])
      var si = lastSeq
      if si < 0 || !pre.elementsEqual(lastPrefix) || !suf.elementsEqual(lastSuffix) {
        let prefix = String(decoding: pre, as: UTF8.self), suffix = String(decoding: suf, as: UTF8.self)
        let key = prefix + "\u{1}" + suffix
        if let i = index[key] { si = i } else {
          si = seqs.count
          index[key] = si
          seqs.append(NumberSequence(prefix: prefix, suffix: suffix))
        }
        lastPrefix = Array(pre)
        lastSuffix = Array(suf)
        lastSeq = si
      }
      seqs[si].numbers.append(n)
      if e - p > seqs[si].width { seqs[si].width = e - p }
    }
    return (seqs, unparsed)
  }

  /// Gaps and repeated numbers of one sequence.
  /// - Complexity: O(n log n) for the sort.
  static func analyse(_ numbers: ContiguousArray<Int64>) -> (gaps: [NumberGap], repeats: [(Int64, Int)], min: Int64?, max: Int64?) {
    var sorted = numbers
    sorted.sort()
    var gaps: [NumberGap] = []
    var repeats: [(Int64, Int)] = []
    var i = 0
    while i < sorted.count {
      var j = i + 1
      while j < sorted.count && sorted[j] == sorted[i] { j += 1 }
      if j - i > 1 { repeats.append((sorted[i], j - i)) }
      if j < sorted.count && sorted[j] > sorted[i] + 1 { gaps.append(NumberGap(before: sorted[i], after: sorted[j])) }
      i = j
    }
    return (gaps, repeats, sorted.first, sorted.last)
  }
}

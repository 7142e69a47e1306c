import AwasPluginKit
import Crypto

/// The SHA-256 of a table's values, streamed from its columns without
/// formatting a cell: fast enough to log a million-row result.
///
/// Canonical per column: its name and type, then per row a null flag and the
/// value (int64 and money as 8 bytes, doubles as their bits, dates as 4 bytes,
/// booleans as 1 byte, text as a 4-byte length and its UTF-8 bytes, whether the
/// column stores text end to end or as a dictionary). A null cell's value is
/// written as zero, so equal tables digest equally whatever their placeholders.
enum TableDigest {
  static func update(_ hasher: inout SHA256, with table: Table) {
    var out = DigestBuffer(hasher)
    out.text("table")
    out.int(Int64(table.rowCount))
    for column in table.columns {
      out.text(column.name)
      out.text(column.type.rawValue)
      write(column, into: &out)
    }
    hasher = out.finish()
  }

  private static func write(_ c: Column, into out: inout DigestBuffer) {
    let n = c.count
    switch c.storage {
    case .int64(let a):
      for i in 0..<n { out.spill(); out.byte(c.isNull(i) ? 1 : 0); out.int(c.isNull(i) ? 0 : a[i]) }
    case .double(let a):
      for i in 0..<n { out.spill(); out.byte(c.isNull(i) ? 1 : 0); out.int(c.isNull(i) ? 0 : Int64(bitPattern: a[i].bitPattern)) }
    case .day(let a):
      for i in 0..<n { out.spill(); out.byte(c.isNull(i) ? 1 : 0); out.int32(c.isNull(i) ? 0 : a[i]) }
    case .bool(let a):
      for i in 0..<n { out.spill(); out.byte(c.isNull(i) ? 1 : (a[i] ? 2 : 0)) }
    case .text(let s):
      for i in 0..<n {
        out.spill()
        out.byte(c.isNull(i) ? 1 : 0)
        if c.isNull(i) { out.int32(0) } else { s.withBytes(i) { out.bytes($0) } }
      }
    case .dictionary(let codes, let values):
      let utf8 = values.map { ContiguousArray($0.utf8) }
      for i in 0..<n {
        out.spill()
        out.byte(c.isNull(i) ? 1 : 0)
        if c.isNull(i) { out.int32(0) } else { utf8[Int(codes[i])].withUnsafeBufferPointer { out.bytes($0) } }
      }
    }
  }
}

/// Bytes gathered in 64 KiB pieces before they go to the hasher.
private struct DigestBuffer {
  private var hasher: SHA256
  private var data: [UInt8] = []
  private static let piece = 1 << 16

  init(_ hasher: SHA256) {
    self.hasher = hasher
    data.reserveCapacity(DigestBuffer.piece + 64)
  }

  @inline(__always) mutating func byte(_ b: UInt8) { data.append(b) }

  @inline(__always) mutating func int(_ v: Int64) {
    withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) }
  }

  @inline(__always) mutating func int32(_ v: Int32) {
    withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) }
  }

  /// A length-prefixed string of bytes.
  @inline(__always) mutating func bytes(_ b: UnsafeBufferPointer<UInt8>) {
    int32(Int32(truncatingIfNeeded: b.count))
    data.append(contentsOf: b)
  }

  mutating func text(_ s: String) {
    var s = s
    s.withUTF8 { bytes($0) }
  }

  /// Hands the gathered bytes to the hasher once there are 64 KiB of them.
  @inline(__always) mutating func spill() {
    if data.count >= DigestBuffer.piece { drain() }
  }

  private mutating func drain() {
    hasher.update(data: data)
    data.removeAll(keepingCapacity: true)
  }

  /// The hasher with every byte given to it.
  mutating func finish() -> SHA256 {
    if !data.isEmpty { drain() }
    return hasher
  }
}

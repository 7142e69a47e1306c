import Foundation

/// A buffered byte output: bytes go into a fixed buffer that is flushed to a
/// file (or kept in memory) when full. Used by the CSV writer so that a
/// 10-million-row file is written without a `String` per row.
final class ByteSink {
  private let handle: FileHandle?
  private let path: String
  private let capacity: Int
  private let base: UnsafeMutablePointer<UInt8>
  /// Bytes waiting in the buffer.
  private(set) var count = 0
  /// Bytes flushed so far (to the file or to `memory`).
  private(set) var flushed: Int64 = 0
  /// Everything written, when the sink writes to memory.
  private(set) var memory: [UInt8] = []
  private var failure: DatasetWriterError?

  /// A sink writing to the file at `path` (created or truncated).
  init(path: String, capacity: Int = 1 << 20) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let h = FileHandle(forWritingAtPath: path)
    else { throw DatasetWriterError.cannotCreate(path: path) }
    self.handle = h
    self.path = path
    self.capacity = capacity
    self.base = .allocate(capacity: capacity)
  }

  /// A sink collecting the bytes in memory (``memory``).
  init(capacity: Int = 1 << 16) {
    self.handle = nil
    self.path = ""
    self.capacity = capacity
    self.base = .allocate(capacity: capacity)
  }

  deinit {
    base.deallocate()
    try? handle?.close()
  }

  /// Makes room for `n` more bytes (`n` must not exceed the capacity).
  @inline(__always)
  func reserve(_ n: Int) {
    if count + n > capacity { flush() }
  }

  @inline(__always)
  func append(_ byte: UInt8) {
    if count == capacity { flush() }
    base[count] = byte
    count += 1
  }

  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    var rest = bytes[...]
    while !rest.isEmpty {
      if count == capacity { flush() }
      let n = min(rest.count, capacity - count)
      if let src = bytes.baseAddress {
        (base + count).update(from: src + (rest.startIndex - bytes.startIndex), count: n)
      }
      count += n
      rest = rest.dropFirst(n)
    }
  }

  func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append($0) }
  }

  /// The byte at buffer position `i` (`i < count`).
  @inline(__always)
  subscript(i: Int) -> UInt8 {
    get { base[i] }
    set { base[i] = newValue }
  }

  /// Sets the number of buffered bytes (to drop bytes, or to claim bytes
  /// reserved with ``reserve(_:)`` and filled through the subscript).
  func setCount(_ n: Int) {
    precondition(n <= capacity)
    count = n
  }

  /// Writes the buffered bytes out.
  func flush() {
    guard count > 0 else { return }
    let chunk = UnsafeBufferPointer(start: base, count: count)
    if let handle {
      if failure == nil {
        do { try handle.write(contentsOf: Data(buffer: chunk)) } catch {
          failure = .writeFailed(path: path, reason: "\(error)")
        }
      }
    } else {
      memory.append(contentsOf: chunk)
    }
    flushed += Int64(count)
    count = 0
  }

  /// Flushes, closes the file and reports any write failure.
  func close() throws {
    flush()
    if let handle { try? handle.close() }
    if let failure { throw failure }
  }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one input file: memory-mapped when possible, or held in
/// malloc'd memory (after transcoding, or when mapping is impossible).
///
/// The bytes never change after creation, so worker threads may read them
/// concurrently. A mapped file's pages can be dropped from memory once parsed
/// (``dropPages(_:)``): the kernel reloads them from the file if read again,
/// which keeps the resident size low while a large file is read.
///
/// `@unchecked Sendable`: every stored property is a `let` set in `init`, the
/// bytes behind `base` are never written after `init`, and `dropPages` is a
/// thread-safe system call that does not change what reading returns.
final class SourceBytes: @unchecked Sendable {
  let base: UnsafePointer<UInt8>
  let count: Int
  private let mapped: Bool
  private let allocation: UnsafeMutableRawPointer?

  private init(base: UnsafePointer<UInt8>, count: Int, mapped: Bool, allocation: UnsafeMutableRawPointer?) {
    self.base = base
    self.count = count
    self.mapped = mapped
    self.allocation = allocation
  }

  /// Bytes copied into memory owned by this object.
  convenience init(copying bytes: UnsafeBufferPointer<UInt8>) {
    let p = mallocOrDie(Swift.max(1, bytes.count))
    if let src = bytes.baseAddress, bytes.count > 0 { p.copyMemory(from: src, byteCount: bytes.count) }
    self.init(base: p.assumingMemoryBound(to: UInt8.self), count: bytes.count, mapped: false, allocation: p)
  }

  /// Takes ownership of malloc'd memory.
  convenience init(adopting p: UnsafeMutablePointer<UInt8>, count: Int) {
    self.init(base: p, count: count, mapped: false, allocation: UnsafeMutableRawPointer(p))
  }

  deinit {
    if mapped {
      munmap(UnsafeMutableRawPointer(mutating: base), count)
    } else if let allocation {
      releaseMemory(allocation)
    }
  }

  var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  /// Why a file could not be read.
  enum ReadError: Error {
    case notFound, isDirectory, unreadable(errno: Int32)
  }

  /// Maps the file at `path` (read-only) or reads it when it cannot be mapped.
  static func open(_ path: String) throws(ReadError) -> SourceBytes {
    let fd = openReadOnly(path)
    if fd < 0 { throw errno == ENOENT ? .notFound : .unreadable(errno: errno) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw .unreadable(errno: errno) }
    if (st.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory }
    let size = Int(st.st_size)
    if size == 0 { return SourceBytes(copying: UnsafeBufferPointer(start: nil, count: 0)) }
    if let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED {
      _ = madvise(p, size, MADV_SEQUENTIAL)
      return SourceBytes(
        base: UnsafePointer(p.assumingMemoryBound(to: UInt8.self)), count: size, mapped: true,
        allocation: nil)
    }
    // Not mappable (a pipe, an odd file system): read it whole.
    let buf = mallocOrDie(size)
    var done = 0
    while done < size {
      let n = read(fd, buf + done, size - done)
      if n < 0 {
        if errno == EINTR { continue }
        releaseMemory(buf)
        throw .unreadable(errno: errno)
      }
      if n == 0 { break }
      done += n
    }
    return SourceBytes(
      base: UnsafePointer(buf.assumingMemoryBound(to: UInt8.self)), count: done, mapped: false,
      allocation: buf)
  }

  /// Maps in the file's pages for bytes `range` in one call (a mapped file
  /// only; `MADV_POPULATE_READ`), so reading them does not fault page by page.
  func mapIn(_ range: Range<Int>) {
    guard mapped else { return }
    populatePages(
      UnsafeMutableRawPointer(mutating: base), from: range.lowerBound, to: Swift.min(range.upperBound, count),
      reading: true)
  }

  /// Tells the kernel that bytes `range` are no longer needed, so their pages
  /// leave this process's resident set. Only whole pages inside the range are
  /// dropped; a no-op for memory that is not a mapped file.
  func dropPages(_ range: Range<Int>) {
    guard mapped else { return }
    releasePages(UnsafeMutableRawPointer(mutating: base), from: range.lowerBound, to: Swift.min(range.upperBound, count))
  }
}

private func openReadOnly(_ path: String) -> Int32 {
  #if canImport(Glibc)
  return Glibc.open(path, O_RDONLY)
  #else
  return Darwin.open(path, O_RDONLY)
  #endif
}

/// `malloc(3)`; running out of memory is not a data error and cannot be recovered from.
func mallocOrDie(_ bytes: Int) -> UnsafeMutableRawPointer {
  guard let p = malloc(bytes) else { fatalError("out of memory (\(bytes) bytes)") }
  return p
}

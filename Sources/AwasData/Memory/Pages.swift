import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Page-level memory hints: give pages back, map them in ahead.

/// Gives back the whole pages between bytes `from` and `to` of the memory at
/// `p`, which this process keeps but no longer needs: a mapped file's pages
/// are read again from the file, anonymous memory reads as zeros.
func releasePages(_ p: UnsafeMutableRawPointer, from: Int, to: Int) {
  let page = pageSize
  let lo = (Int(bitPattern: p) + from + page - 1) / page * page
  let hi = (Int(bitPattern: p) + to) / page * page
  guard hi > lo, let q = UnsafeMutableRawPointer(bitPattern: lo) else { return }
  _ = madvise(q, hi - lo, MADV_DONTNEED)
}

/// Maps in the whole pages between bytes `from` and `to` of the memory at `p`
/// in one call: writable (`MADV_POPULATE_WRITE`, for memory about to be
/// written) or, with `reading`, readable (`MADV_POPULATE_READ`, for a mapped
/// file about to be read). Linux 5.14 and later; contents are unchanged; on a
/// system without it this does nothing. Returns whether the kernel did so.
@discardableResult
func populatePages(_ p: UnsafeMutableRawPointer, from: Int, to: Int, reading: Bool = false) -> Bool {
  #if os(Linux)
  let page = pageSize
  let lo = (Int(bitPattern: p) + from) / page * page
  let hi = (Int(bitPattern: p) + to) / page * page
  guard hi > lo, let q = UnsafeMutableRawPointer(bitPattern: lo) else { return false }
  return madvise(q, hi - lo, reading ? 22 : 23) == 0  // MADV_POPULATE_READ : MADV_POPULATE_WRITE
  #else
  return false
  #endif
}

/// Maps in the pages of a fresh buffer that is about to be filled completely,
/// when it is large (see ``populatePages(_:from:to:)``): one call, or one per
/// core for a buffer of 4 MB or more. The kernel zeroes every new page, which
/// on the benchmark machine costs about as much as filling it, and two
/// threads map in a 48 MB buffer in a little over half the time of one.
@inline(__always)
func populateFresh<T>(_ buffer: UnsafeMutableBufferPointer<T>) {
  let bytes = buffer.count * MemoryLayout<T>.stride
  guard bytes >= 256 << 10, let p = buffer.baseAddress else { return }
  populatePages(UnsafeMutableRawPointer(p), bytes: bytes)
}

/// Maps in `bytes` bytes at `p` for writing, split over the cores when large.
func populatePages(_ p: UnsafeMutableRawPointer, bytes: Int) {
  #if os(Linux)
  let parts = bytes >= 4 << 20 ? Parallel.workers : 1
  #else
  let parts = 1  // the call does nothing there
  #endif
  guard parts > 1 else {
    populatePages(p, from: 0, to: bytes)
    return
  }
  // Whole pages per part, so the parts' ranges meet exactly.
  let per = (bytes / parts + pageSize - 1) / pageSize * pageSize
  // Safe to share: each part maps in its own range, and nothing is written.
  nonisolated(unsafe) let base = p
  DispatchQueue.concurrentPerform(iterations: parts) { i in
    populatePages(base, from: Swift.min(bytes, i * per), to: Swift.min(bytes, (i + 1) * per))
  }
}

/// The system's page size in bytes.
let pageSize: Int = Int(sysconf(Int32(_SC_PAGESIZE)))

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries of a folder, found by name ignoring case (exports from Windows
/// often arrive as `Anggota.CSV`).
struct FolderListing {
  let path: String
  /// Entry names as on disk.
  let names: [String]
  let directories: Set<String>

  /// Lists `path`; nil when it is not a readable folder.
  init?(_ path: String) {
    guard let dir = opendir(path) else { return nil }
    defer { closedir(dir) }
    var names: [String] = []
    var dirs: Set<String> = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
        let bytes = raw.bindMemory(to: UInt8.self)
        let n = bytes.firstIndex(of: 0) ?? bytes.count
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<n]), as: UTF8.self)
      }
      if name == "." || name == ".." || name.hasPrefix(".") { continue }
      names.append(name)
      if FolderListing.isDirectory(FolderListing.join(path, name)) { dirs.insert(name) }
    }
    self.path = path
    self.names = names.sorted()
    self.directories = dirs
  }

  /// The entry called `name`, ignoring case (an exact match wins).
  func entry(_ name: String) -> String? {
    if names.contains(name) { return name }
    let lower = name.lowercased()
    return names.first { $0.lowercased() == lower }
  }

  /// The full path of `name` in this folder.
  func full(_ name: String) -> String { FolderListing.join(path, name) }

  static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  static func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
  }

  static func size(_ path: String) -> Int64 {
    var st = stat()
    return stat(path, &st) == 0 ? Int64(st.st_size) : 0
  }

  /// The file's text (UTF-8, BOM dropped; Windows-1252 when not valid UTF-8), or nil.
  static func readText(_ path: String) -> String? {
    guard let bytes = try? SourceBytes.open(path) else { return nil }
    let b = bytes.buffer
    var start = 0
    if case .text(let s, _) = TextEncoding.signature(of: b) { start = s }
    if TextEncoding.firstInvalidUTF8(b, start..<b.count) != nil {
      let t = TextEncoding.transcodeWindows1252(UnsafeBufferPointer(rebasing: b[start...]))
      return Bytes.string(t.base, t.count)
    }
    return Bytes.string(bytes.base + start, b.count - start)
  }
}

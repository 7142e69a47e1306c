import Foundation

/// Runs the awas binary built next to this test bundle.
enum Awas {
  /// The `awas` executable: `$AWAS_BIN`, else beside the test bundle.
  static var binary: String {
    if let p = ProcessInfo.processInfo.environment["AWAS_BIN"] { return p }
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
    // swift-testing may run from inside the .xctest bundle folder.
    while dir.path != "/" {
      let candidate = dir.appendingPathComponent("awas").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return "awas"
  }

  /// The repository root (for `contoh/` and fixtures).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  struct Result {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  /// Runs awas with `arguments`, feeding `stdin`, in `directory`.
  static func run(_ arguments: [String], stdin: String? = nil, directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: binary)
    p.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["AWAS_HISTORY"] = "/dev/null"
    for (k, v) in environment { env[k] = v }
    p.environment = env
    if let directory { p.currentDirectoryURL = directory }
    let out = Pipe(), err = Pipe(), input = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = input
    try p.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting, so a full pipe cannot block the child.
    var outData = Data(), errData = Data()
    let group = DispatchGroup()
    let q = DispatchQueue(label: "awas-e2e", attributes: .concurrent)
    nonisolated(unsafe) var o = Data(), e = Data()
    group.enter()
    q.async { o = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    group.enter()
    q.async { e = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    group.wait()
    outData = o
    errData = e
    p.waitUntilExit()
    return Result(
      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
      status: p.terminationStatus)
  }

  /// A fresh copy of the repository's `contoh/` dataset, without its audit
  /// log, in a new temporary folder, under `name`; returns its path.
  static func copyOfContoh(named name: String = "contoh") throws -> String {
    let dir = tempFolder().appendingPathComponent(name).path
    try FileManager.default.copyItem(atPath: root.appendingPathComponent("contoh").path, toPath: dir)
    try? FileManager.default.removeItem(atPath: dir + "/.awas")
    return dir
  }

  /// A fresh temporary folder.
  static func tempFolder() -> URL {
    let u = FileManager.default.temporaryDirectory.appendingPathComponent("awas-e2e-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
    return u
  }
}

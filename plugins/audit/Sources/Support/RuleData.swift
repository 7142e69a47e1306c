import AwasPluginKit

/// The data files of the audit plugin (`Sources/Rules/*.toml`), read once
/// through `Bundle.module`. Each file names its `source`.
enum RuleData {
  /// A rules file, parsed (``RuleFile``); a user error (never a crash) if it
  /// is missing or broken.
  static func load(_ name: String) throws -> ConfigValue {
    guard let url = Bundle.module.url(forResource: name, withExtension: "toml", subdirectory: "Rules")
      ?? Bundle.module.url(forResource: name, withExtension: "toml")
    else {
      throw UserError(
        Text("Berkas aturan `\(name).toml` tidak ditemukan.", en: "Rules file `\(name).toml` was not found."),
        hint: Text("Instalasi awas tidak lengkap; pasang ulang.", en: "The awas installation is incomplete; reinstall it."))
    }
    do {
      return try RuleFile.load(url.path).root
    } catch let e as RuleFileError {
      // A broken file names its line, as every rules file of the kit does.
      throw e.userError
    }
  }

  /// The `source` line of a rules file, for citations: `source`, with
  /// `source_en` in English when the file gives it (as every rules file of
  /// the plugin kit does).
  static func source(_ doc: ConfigValue) -> Text {
    let s = doc["source"]?.string ?? ""
    return Text(s, en: doc["source_en"]?.string ?? s)
  }
}

/// A value computed once and shared; errors are kept and rethrown on each use.
final class Cached<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Result<T, any Error>?
  private let make: @Sendable () throws -> T

  init(_ make: @escaping @Sendable () throws -> T) { self.make = make }

  func get() throws -> T {
    lock.lock()
    defer { lock.unlock() }
    if let value { return try value.get() }
    let r = Result { try make() }
    value = r
    return try r.get()
  }
}

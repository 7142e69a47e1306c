import AwasPluginKit

#if canImport(Glibc)
  import Glibc
#endif

/// Facts about the terminal the shell runs in.
enum Terminal {
  static func isTTY(_ fd: Int32) -> Bool { isatty(fd) == 1 }

  /// Columns and rows of the terminal on standard output, or of `COLUMNS`/`LINES`, else 100×40.
  static func size() -> (columns: Int, rows: Int) {
    var ws = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 {
      return (Int(ws.ws_col), Int(ws.ws_row))
    }
    let env = ProcessInfo.processInfo.environment
    return (Int(env["COLUMNS"] ?? "") ?? 100, Int(env["LINES"] ?? "") ?? 40)
  }

  /// Colour is used on a terminal unless `NO_COLOR` is set or `TERM` is `dumb`.
  static func colorAllowed(fd: Int32 = STDOUT_FILENO) -> Bool {
    let env = ProcessInfo.processInfo.environment
    if env["NO_COLOR"] != nil { return false }
    if env["TERM"] == "dumb" { return false }
    return isTTY(fd)
  }

  /// Whether the locale can show block characters (UTF-8).
  static func unicodeAllowed() -> Bool {
    let env = ProcessInfo.processInfo.environment
    let lang = env["LC_ALL"] ?? env["LC_CTYPE"] ?? env["LANG"] ?? ""
    if env["AWAS_ASCII"] != nil { return false }
    return lang.isEmpty || lang.uppercased().contains("UTF")
  }

  /// Writes to standard error (unbuffered).
  static func err(_ s: String) {
    var s = s
    s.withUTF8 { p in _ = write(STDERR_FILENO, p.baseAddress, p.count) }
  }

  /// Writes to standard output.
  static func out(_ s: String) {
    var s = s
    s.withUTF8 { p in
      var off = 0
      while off < p.count {
        let n = write(STDOUT_FILENO, p.baseAddress! + off, p.count - off)
        if n <= 0 { break }
        off += n
      }
    }
  }
}

/// A string in double quotes with the escapes JSON and TOML basic strings share:
/// `\"`, `\\`, `\n`, `\r`, `\t`, and `\u00XX` for other control characters and
/// DEL. One writer for the JSON output and the koperasi.toml the demo writes.
public enum QuotedString {
  public static func escaped(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if needsEscape(u.value) {
          let hex = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }

  /// Whether a byte (or scalar) other than `"` and `\` must be escaped.
  @inline(__always)
  public static func needsEscape(_ v: UInt32) -> Bool { v < 0x20 || v == 0x7F }
}

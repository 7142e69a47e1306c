import AwasPluginKit

/// One-line usage of a command, from its declaration:
/// `periksa benford KOLOM [--digit N] [--per KOLOM]`.
public enum Usage {
  /// The usage line of `spec` called as `path` (as typed), parameter names in `language`.
  public static func line(_ path: String, _ spec: CommandSpec, _ language: Language) -> String {
    var parts = [path]
    if !spec.subcommands.isEmpty, spec.action == nil {
      parts.append(spec.subcommands.map { $0.names(language) }.joined(separator: "|"))
    }
    for p in spec.parameters where p.positional {
      let name = p.names(language).uppercased()
      parts.append(p.required ? name : "[\(name)]")
    }
    for p in spec.parameters where !p.positional {
      let flag = "--" + p.names(language)
      if case .flag = p.kind {
        parts.append("[\(flag)]")
      } else {
        let item = "\(flag) \(placeholder(p.kind, language))"
        parts.append(p.required ? item : "[\(item)]")
      }
    }
    return parts.joined(separator: " ")
  }

  /// A short stand-in for a value of `kind` (`N`, `TABEL.KOLOM`, `a|b|c`).
  public static func placeholder(_ kind: ParameterKind, _ language: Language) -> String {
    let en = language == .en
    switch kind {
    case .string: return en ? "TEXT" : "TEKS"
    case .int: return "N"
    case .number: return "X"
    case .money: return "RUPIAH"
    case .percent: return en ? "PERCENT" : "PERSEN"
    case .date: return "YYYY-MM-DD"
    case .flag: return ""
    case .bool: return en ? "yes|no" : "ya|tidak"
    case .path(let dir): return dir ? (en ? "FOLDER" : "FOLDER") : (en ? "FILE" : "BERKAS")
    case .table: return en ? "TABLE" : "TABEL"
    case .column: return en ? "TABLE.COLUMN" : "TABEL.KOLOM"
    case .choice(let cs): return cs.map { $0.names(language) }.joined(separator: "|")
    case .list(let k): return placeholder(k, language) + ",…"
    }
  }
}

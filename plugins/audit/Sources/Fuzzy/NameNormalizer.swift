import AwasPluginKit

/// Indonesian personal names reduced to a comparable form.
///
/// 1. Lower case, accents folded, punctuation to spaces; a tail after a comma
///    that holds degrees (`Siti Aminah, S.Pd.`) is dropped.
/// 2. Titles anywhere (H., Hj., Ir., Drs., Dr., Prof., K.H., Bapak, Ibu…) and
///    academic degrees (S.Pd., S.E., M.M., A.Md.…) are removed.
/// 3. Muhammad and its short forms (Muhamad, Mohammad, Moh., Muh., Mhd., M.)
///    become `muhammad`.
/// 4. The phonetic key rewrites old and variant spellings per token:
///    dj→j, tj→c, sj→sy, nj→ny, then j→y (old spelling), oe→u, ch→h, kh→h,
///    dh→d, th→t, ph→f, sy→s, q→k, v→f, x→ks, z→s; doubled letters collapse;
///    a final y or ie becomes i, a final h is dropped.
enum NameNormalizer {
  static let titles: Set<String> = [
    "h", "hj", "haji", "hajjah", "hajah", "ir", "drs", "dra", "dr", "drg", "prof", "kh", "ust", "ustadz", "ustaz",
    "ustadzah", "bpk", "bapak", "ibu", "ny", "nyonya", "tn", "tuan", "sdr", "sdri", "alm", "almarhum", "almh",
  ]
  /// Degrees, written without dots (`S.Pd.` → `spd`).
  static let degrees: Set<String> = [
    "spd", "spdi", "se", "sh", "sag", "skom", "st", "ssos", "sip", "skm", "skep", "sfarm", "ssi", "sthi", "sp", "spt",
    "mm", "mpd", "msi", "mh", "mkes", "mag", "mt", "msc", "ma", "mba", "amd", "amdkeb", "amdkep", "ak", "bsc", "ba",
    "phd", "sked", "apt", "ners", "ns", "sei", "shi", "ssy", "mpdi",
  ]
  static let muhammad: Set<String> = [
    "m", "muhammad", "muhamad", "muhammat", "muhamat", "mohammad", "mohamad", "mohammed", "mohamed", "muhammed",
    "muhamed", "moh", "mohd", "muh", "mhd", "mhmd", "moch", "mochammad", "mochamad", "mokhammad", "mohamat", "md",
  ]

  /// The name's tokens after steps 1–3.
  static func tokens(_ name: String) -> [String] {
    var s = name.lowercased()
    if !s.utf8.allSatisfy({ $0 < 128 }) {
      s = s.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    }
    // Drop a comma tail made of degrees.
    if let comma = s.firstIndex(of: ",") {
      let tail = s[s.index(after: comma)...]
      let tailWords = tail.split(whereSeparator: { $0 == " " || $0 == "," }).map { String($0.filter { $0.isLetter }) }.filter { !$0.isEmpty }
      if tailWords.allSatisfy({ degrees.contains($0) || titles.contains($0) }) || tail.contains(".") {
        s = String(s[..<comma])
      }
    }
    // Words keep their dots for now, so `S.Pd.` can be recognised whole.
    let rawWords = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "-" || $0 == "/" || $0 == "(" || $0 == ")" })
    var out: [String] = []
    for raw in rawWords {
      let word = String(raw.filter { $0.isLetter || $0.isNumber })
      guard !word.isEmpty else { continue }
      if titles.contains(word) { continue }
      if degrees.contains(word) && (raw.contains(".") || !out.isEmpty) { continue }
      // Dotted initials written together (`m.rizki`): split on dots.
      let parts = raw.split(separator: ".").map { String($0.filter { $0.isLetter || $0.isNumber }) }.filter { !$0.isEmpty }
      for p in (parts.count > 1 && !degrees.contains(word) ? parts : [word]) {
        if titles.contains(p) { continue }
        out.append(muhammad.contains(p) && (p != "m" || out.isEmpty) ? "muhammad" : p)
      }
    }
    return out
  }

  /// The spelling-variant key of one token.
  static func phonetic(_ token: String) -> String {
    if token == "muhammad" { return "mhd" }
    var b = Array(token.utf8)
    func replace(_ from: String, _ to: String) {
      let f = Array(from.utf8), t = Array(to.utf8)
      guard b.count >= f.count else { return }
      var out: [UInt8] = []
      out.reserveCapacity(b.count)
      var i = 0
      while i < b.count {
        if i + f.count <= b.count && b[i..<(i + f.count)].elementsEqual(f) {
          out += t
          i += f.count
        } else {
          out.append(b[i])
          i += 1
        }
      }
      b = out
    }
    for (f, t) in [("dj", "j"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"), ("j", "y"), ("oe", "u"), ("ch", "h"), ("kh", "h"),
                   ("dh", "d"), ("th", "t"), ("ph", "f"), ("sy", "s"), ("q", "k"), ("v", "f"), ("x", "ks"), ("z", "s")] {
      replace(f, t)
    }
    // Collapse doubled letters (not digits).
    var collapsed: [UInt8] = []
    for c in b where collapsed.last != c || c < UInt8(ascii: "a") { collapsed.append(c) }
    b = collapsed
    if b.count > 2, b.last == UInt8(ascii: "e"), b[b.count - 2] == UInt8(ascii: "i") { b.removeLast() }
    if b.count > 1, b.last == UInt8(ascii: "y") { b[b.count - 1] = UInt8(ascii: "i") }
    if b.count > 2, b.last == UInt8(ascii: "h") { b.removeLast() }
    return String(decoding: b, as: UTF8.self)
  }

  /// A name ready for comparison: display tokens and phonetic tokens.
  struct Normalized: Sendable, Equatable {
    var tokens: [String]
    var keys: [String]
    /// Phonetic tokens joined by spaces.
    var key: String { keys.joined(separator: " ") }
    /// Phonetic tokens sorted, joined (word order ignored).
    var sortedKey: String { keys.sorted().joined(separator: " ") }
    /// The first token that is not Muhammad (the distinctive given name).
    var distinctive: String? { keys.first { $0 != "mhd" } ?? keys.first }
  }

  static func normalize(_ name: String) -> Normalized {
    let t = tokens(name)
    return Normalized(tokens: t, keys: t.map(phonetic))
  }
}

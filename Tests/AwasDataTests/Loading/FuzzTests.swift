import Testing

@testable import AwasData

/// No byte sequence may crash the loader.
@Suite("Fuzz")
struct FuzzTests {
  /// A small deterministic generator (SplitMix64).
  struct Rng {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  }

  /// Bytes biased towards CSV structure: delimiters, quotes, line ends, digits, UTF-8 pieces.
  static func noise(_ rng: inout Rng, _ n: Int) -> [UInt8] {
    let alphabet: [[UInt8]] = [
      [44], [59], [9], [124], [34], [34, 34], [10], [13, 10], [13], [32], [0xEF, 0xBB, 0xBF], [0xC3, 0xA9], [0xE9],
      [0xFF], [0x80], Array("Rp".utf8), Array("1.250.000,50".utf8), Array("2025-12-31".utf8), Array("45657".utf8),
      Array("(".utf8), Array("-".utf8), Array("aktif".utf8), Array("A001".utf8), Array("P001".utf8), [0],
    ]
    var out: [UInt8] = []
    while out.count < n { out += alphabet[rng.below(alphabet.count)] }
    return out
  }

  @Test(arguments: 0..<40)
  func randomFilesNeverCrash(_ seed: Int) throws {
    var rng = Rng(state: UInt64(seed) &* 7919 &+ 1)
    var bytes: [String: [UInt8]] = [:]
    for t in DatasetSchema.contract.tables {
      let header = Array(t.columns.map(\.name).joined(separator: ",").utf8) + [10]
      bytes[t.fileName] = (rng.below(3) == 0 ? [] : header) + Self.noise(&rng, 200 + rng.below(3000))
    }
    let d = try TempDataset([:], bytes: bytes)
    var descriptions: [[String]] = []
    for options in [LoadOptions(parallelBytes: Int.max, threads: 1), LoadOptions(parallelBytes: 1, threads: 3)] {
      let ds = try d.load(options: options)
      descriptions.append(ParallelParseTests.describe(ds))
      for t in ds.tables {
        for c in t.columns { #expect(c.count == t.rowCount) }
      }
      for i in ds.issues {
        #expect(!i.message.en.isEmpty)
        _ = i.rendered(.id)
      }
    }
    // Split across threads or not, the result is the same.
    #expect(descriptions[0] == descriptions[1])
  }
}

@Suite("Fuzz koperasi.toml")
struct TomlFuzzTests {
  @Test(arguments: 0..<30)
  func randomTomlNeverCrashes(_ seed: Int) throws {
    var rng = FuzzTests.Rng(state: UInt64(seed) &* 104_729 &+ 3)
    let pieces = [
      "nama = ", "jenis = ", "\"KSP\"", "tanggal_laporan = ", "2025-12-31", "\n", "[format]", "[kebijakan]",
      "pemisah = ", "\";\"", "desimal = ", "\",\"", "=", "\"", "[", "]", "# x", "1_000", "true", "tahun_buku = ",
      "\u{FEFF}", "\u{E9}", "{", "}", ",",
    ]
    var text = ""
    for _ in 0..<(5 + rng.below(40)) { text += pieces[rng.below(pieces.count)] }
    var bytes = Array(text.utf8)
    if rng.below(4) == 0 { bytes.insert(0xFF, at: rng.below(bytes.count + 1)) }
    let d = try TempDataset(["anggota.csv": Minimal.anggota, "pengurus.csv": Minimal.pengurus], bytes: ["koperasi.toml": bytes])
    do {
      let ds = try d.load()
      #expect(ds.table("anggota") != nil || !ds.issues.isEmpty)
    } catch let DatasetError.notADataset(_, reason) {
      #expect(!reason.en.isEmpty && !reason.id.isEmpty)
    }
  }
}

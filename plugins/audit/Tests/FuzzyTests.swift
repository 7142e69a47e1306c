import AwasPluginKit
import Testing

@testable import AwasAuditPlugin

@Suite struct NameNormalizerTests {
  @Test(arguments: [
    ("Hj. Siti Aminah, S.Pd.", ["siti", "aminah"]),
    ("Siti Aminah Hj.", ["siti", "aminah"]),
    ("M. Rizky", ["muhammad", "rizky"]),
    ("Moh. Djoko Santoso", ["muhammad", "djoko", "santoso"]),
    ("Ir. H. Bambang Sutrisno, M.M.", ["bambang", "sutrisno"]),
    ("Drs. Ahmad Fauzi S.E.", ["ahmad", "fauzi"]),
    ("MUHAMAD  rizki", ["muhammad", "rizki"]),
    ("Dr. drg. Ratna Sari", ["ratna", "sari"]),
    ("Abdul Rahman M", ["abdul", "rahman", "m"]),
  ])
  func tokens(_ name: String, _ expected: [String]) {
    #expect(NameNormalizer.tokens(name) == expected)
  }

  @Test(arguments: [
    ("Muhammad Rizki", "M. Rizky"), ("Mohammad Joko", "Moh. Djoko"), ("Achmad", "Ahmad"), ("Soeharto", "Suharto"),
    ("Tjahjono", "Cahyono"), ("Jusuf", "Yusuf"), ("Fathurrahman", "Faturahman"), ("Chairul", "Khairul"),
    ("Rizqi", "Rizki"), ("Aminah", "Amina"), ("Sjahrir", "Syahrir"), ("Ramadhan", "Ramadan"),
  ])
  func spellingVariantsShareAKey(_ a: String, _ b: String) {
    #expect(NameNormalizer.normalize(a).text == NameNormalizer.normalize(b).text)
  }

  @Test func differentNamesKeepDifferentKeys() {
    #expect(NameNormalizer.normalize("Budi Santoso").key != NameNormalizer.normalize("Budi Santosa").key)
    #expect(NameNormalizer.normalize("Siti Aminah").key != NameNormalizer.normalize("Siti Maemunah").key)
  }

  @Test func jaroWinklerKnownValues() {
    // Winkler's examples: MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.84, DIXON/DICKSONX 0.813.
    #expect(abs(JaroWinkler.similarity("MARTHA", "MARHTA") - 0.9611) < 1e-3)
    #expect(abs(JaroWinkler.similarity("DWAYNE", "DUANE") - 0.84) < 1e-3)
    #expect(abs(JaroWinkler.similarity("DIXON", "DICKSONX") - 0.8133) < 1e-3)
    #expect(JaroWinkler.similarity("abc", "abc") == 1)
    #expect(JaroWinkler.similarity("abc", "xyz") == 0)
  }
}

@Suite struct FuzzyCheckTests {
  /// True pairs: 001/002 (same phone), 003/004 (same NIK), 007/008 (NIK one digit apart, same birth date).
  /// False pairs: 005/006 (different NIK and birth date), 009/010 (one family card, different people),
  /// 011/012 (one digit apart in the name but different NIK and birth date).
  static func members() -> Table {
    Table(name: "anggota", columns: [
      Column.string("no_anggota", ["001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011", "012"]),
      textColumn("nama", [
        "Muhammad Rizki", "M. Rizky", "Siti Aminah", "Siti Aminah Hj.", "Ahmad", "Achmad Fauzi", "Dewi Lestari",
        "Dewi Lestari, S.E.", "Sri Wahyuni", "Agus Salim", "Budi Santoso", "Budi Santosa",
      ]),
      Column.string("nik", [
        "3507010505900001", nil, "3507014403850002", "3507014403850002", "3507010101800003", "3507011506750004",
        "3507015207920005", "3507015207920006", "3507014808880007", "3507011210860008", "3507010303700009",
        "3507012011820010",
      ]),
      Column.string("telepon", [
        "0812-1111-2222", "+62 812 1111 2222", nil, nil, "0813 0000 0001", "0813 0000 0002", nil, nil,
        "0857 1234 5678", "0857 1234 5679", nil, nil,
      ]),
      Column.string("no_kk", [nil, nil, nil, nil, nil, nil, nil, nil, "3507010000000001", "3507010000000001", nil, nil]),
      Column.string("jenis_kelamin", ["L", "L", "P", "P", "L", "L", "P", "P", "P", "L", "L", "L"]),
    ])
  }

  @Test func findsTheTruePairsOnly() throws {
    let t = Self.members()
    let out = try run(["check", "fuzzy"], ["column": col("anggota.nama")], dataset: dataset([t]))
    let pairs = try #require(out.primaryTable)
    let found = Set((0..<pairs.rowCount).map { pairs.strings("no_anggota_1")[$0] + "-" + pairs.strings("no_anggota_2")[$0] })
    #expect(found == ["001-002", "003-004", "007-008"])
    #expect(out.exceptions == 3)
    #expect(out.findings.first?.severity == .high)
    let reasons = pairs.strings("alasan")
    #expect(reasons.contains { $0.contains("NIK sama") })
    #expect(reasons.contains { $0.contains("telepon sama") })
  }

  @Test func scoresFollowTheWeights() {
    let rizki = FuzzyMatcher.Person(name: "Muhammad Rizki", nik: "3507010505900001", phone: "081211112222")
    let rizky = FuzzyMatcher.Person(name: "M. Rizky", phone: "+6281211112222")
    #expect(FuzzyMatcher.score(rizki, rizky).score == 80)  // 60 × 1.0 + 20 (phone)
    let ahmad = FuzzyMatcher.Person(name: "Ahmad", nik: "3507010101800003")
    let achmad = FuzzyMatcher.Person(name: "Achmad Fauzi", nik: "3507011506750004")
    let low = FuzzyMatcher.score(ahmad, achmad)
    #expect(low.score < 20)  // name ≈ 0.89 → 53, − 30 (NIK) − 20 (birth date)
    let aminah1 = FuzzyMatcher.Person(name: "Siti Aminah", nik: "3507014403850002")
    let aminah2 = FuzzyMatcher.Person(name: "Siti Aminah Hj.", nik: "3507014403850002")
    #expect(FuzzyMatcher.score(aminah1, aminah2).score == 100)
    let other = FuzzyMatcher.Person(name: "Budi", nik: "3507014403850002")
    #expect(FuzzyMatcher.score(aminah1, other).score == 80)  // the same NIK is never below 80
  }

  @Test func blockingComparesFewPairs() {
    // 400 different people (distinct names, birth dates, NIKs and phones):
    // no block holds two of them, so nothing is compared.
    let people = (0..<400).map { i -> FuzzyMatcher.Person in
      let dd = 1 + i % 28, mm = 1 + (i / 28) % 12, yy = 80 + i / 336
      let nik = "350701" + String(format: "%02d%02d%02d", dd, mm, yy) + "0001"
      return FuzzyMatcher.Person(name: "Orang\(i) Nama\(i)", nik: nik, phone: "0812\(String(format: "%08d", i))")
    }
    let c = FuzzyMatcher.candidates(people, maxBlock: 500)
    #expect(c.pairs.isEmpty)
  }
}

import AwasPluginKit
import Foundation
import Testing

@testable import AwasHealthPlugin

@Suite struct EditedRulesTests {
  /// The built-in KSP rules text with `edit` applied, written to a temporary file.
  func edited(_ edit: (String) -> String) throws -> (path: String, text: String) {
    guard let folder = HealthRules.folder else { throw UserError(Text(stringLiteral: "no rules folder")) }
    let text = try String(contentsOf: folder.appendingPathComponent("ksp-2016.toml"), encoding: .utf8)
    let new = edit(text)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("awas-rules-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("ksp-edit.toml").path
    try new.write(toFile: path, atomically: true, encoding: .utf8)
    return (path, new)
  }

  func line(of needle: String, in text: String) -> Int {
    (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) } ?? -1) + 1
  }

  @Test func anEditedBandChangesTheScore() throws {
    // 5a: (10, 15] now scores 75 instead of 100.
    let (path, _) = try edited { $0.replacing(#"{ rentang = "(10, 15]", nilai = 100 },"#, with: #"{ rentang = "(10, 15]", nilai = 75 },"#) }
    let ws = temporaryWorkspace()
    try saveAnswers(ws, checklist: "manajemen-2016", yes: allYes)
    let a = try assess(Fixture.sehat, settings: ["health.rules": .string(path)], workspace: ws)
    // 5a 15% → 75 → 7.5 (was 10): total 91.85 − 2.5 = 89.35.
    #expect(a.skor("5a") == d("7.5"))
    #expect(a.total == d("89.35"))
    #expect(a.scheme.file == path)
  }

  func problems(_ path: String) -> [String] {
    do {
      _ = try HealthRules.load(schemeAt: path)
      return []
    } catch let e as UserError {
      return e.message.en.split(separator: "\n").dropFirst().map(String.init)
    } catch {
      return ["\(error)"]
    }
  }

  @Test func aGapInBandsIsReportedWithItsLine() throws {
    let (path, text) = try edited { $0.replacing(#"{ rentang = "(21, 26]", nilai = 75 },"#, with: #"{ rentang = "(21, 25]", nilai = 75 },"#) }
    let l = line(of: "id = \"2d-26\"", in: text) + 3  // `pita = [` is 3 lines below the id
    #expect(problems(path) == ["\(path):\(l): gap between (21, 25] and (26, 30]"])
  }

  @Test func anOptionNameInEitherLanguageNamesOneOptionOnly() throws {
    // `mode-1b` gets the English name of `modal-sendiri`, so `set health.own-capital` would be ambiguous.
    let (path, text) = try edited {
      $0.replacing("id = \"mode-1b\"\nlabel = \"Cara menilai 1b\"", with: "id = \"mode-1b\"\nid_en = \"own-capital\"\nlabel = \"Cara menilai 1b\"")
    }
    let clash = line(of: "id = \"mode-1b\"", in: text) + 1  // its id_en line
    #expect(problems(path) == ["\(path):\(clash): the option name `own-capital` is already used by another option"])
    // An option whose id repeats another option's.
    let (alt, _) = try edited {
      $0.replacing("id = \"mode-1b\"\nlabel = \"Cara menilai 1b\"", with: "id = \"modal-sendiri\"\nlabel = \"Cara menilai 1b\"")
    }
    #expect(problems(alt).contains { $0.hasSuffix("the option name `modal-sendiri` is already used by another option") })
    // The word for an option's default cannot name an alternative in either language.
    let (reserved, reservedText) = try edited { $0.replacing("id_en = \"worksheet\"", with: "id_en = \"default\"") }
    let enLine = line(of: "id_en = \"default\"", in: reservedText)
    #expect(problems(reserved) == ["\(reserved):\(enLine): `default` cannot name an alternative"])
  }

  @Test func unknownNamesAndBadWeightsAreReportedTogether() throws {
    let (path, text) = try edited {
      $0.replacing(#"pembilang = ["kas", "?bank"]"#, with: #"pembilang = ["kass", "?bank"]"#)
        .replacing("bobot = 10\nskala = \"5a\"", with: "bobot = 9\nskala = \"5a\"")
    }
    let p = problems(path)
    let komponenLine = line(of: #"pembilang = ["kass""#, in: text)
    #expect(p.contains("\(path):\(komponenLine): `kass` is not a known input, pos or loan figure; did you mean `kas`?"))
    let aspekLine = line(of: "id = \"likuiditas\"", in: text) + 4
    #expect(p.contains("\(path):\(aspekLine): the component weights of aspect `likuiditas` add up to 14, not 15"))
  }

  @Test func syntaxErrorsAndUnknownKeysPointAtTheLine() throws {
    let (path, text) = try edited { $0.replacing("bobot = 6\nskala = \"1a\"", with: "bobott = 6\nskala = \"1a\"") }
    let l = line(of: "bobott = 6", in: text)
    let p = problems(path)
    #expect(p.contains("\(path):\(l): unknown key `bobott`; did you mean `bobot`?"))
    let (path2, _) = try edited { $0.replacing(#"id = "ksp-2016""#, with: #"id = "ksp-2016"#) }
    #expect(problems(path2).first?.hasPrefix("\(path2):") == true)
    #expect(problems(path2).first?.contains("invalid TOML") == true)
  }

  @Test func aReservedEngineIsNamedButNotRun() throws {
    let (path, _) = try edited { $0.replacing(#"mesin = "2016""#, with: #"mesin = "kkpkk2021""#) }
    #expect(throws: UserError.self) { _ = try assess(Fixture.sehat, settings: ["health.rules": .string(path)]) }
  }
}

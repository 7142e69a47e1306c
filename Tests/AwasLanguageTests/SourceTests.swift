import Foundation
import Testing

@testable import AwasLanguage
@testable import AwasPluginKit

@Suite struct SourceTests {
  /// A fresh folder with `files` written into it.
  func folder(_ files: [String: String]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("awas-lang-\(UUID().uuidString)").path
    for (name, text) in files {
      let path = dir + "/" + name
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    return dir
  }

  @Test func pathsAreRelativeToTheScript() throws {
    let dir = try folder([
      "main.awas": "source lib/sub.awas\nsapa $dari_lib",
      "lib/sub.awas": "jalankan lagi.awas\nmisal dari_lib = \"sub\"",
      "lib/lagi.awas": "sapa lagi",
    ])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let s = Session()
    let main = dir + "/main.awas"
    let outcome = s.interpreter.run(SourceText(name: main, text: try String(contentsOfFile: main, encoding: .utf8)))
    #expect(outcome == RunOutcome())
    #expect(s.host.texts == ["halo lagi", "halo sub"])
    #expect(s.host.records.map(\.text) == ["source lib/sub.awas", "sapa $dari_lib"])
  }

  /// A sourced script starts one level further in: `source` inside 99 nested
  /// blocks still runs, inside 100 it is refused with the nesting limit.
  @Test func sourceCountsAgainstTheNestingLimit() throws {
    let dir = try folder(["a.awas": "sapa A"])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let s = Session()
    s.run(nestedIfs(99, "source \(dir)/a.awas"))
    #expect(s.host.texts == ["halo A"])
    #expect(s.error(nestedIfs(100, "source \(dir)/a.awas"), language: .en).hasPrefix(nestedTooDeepError))
    #expect(s.host.texts == ["halo A"])
  }

  @Test func errorsInsideAreReportedOnceWithTheirFile() throws {
    let dir = try folder(["a.awas": "sapa A\n\nsapa\nsapa B", "main.awas": "source a.awas\nsapa C"])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let s = Session()
    let outcome = s.interpreter.run(SourceText(name: dir + "/main.awas", text: "source a.awas\nsapa C"))
    #expect(outcome.errors == 1)
    #expect(s.host.texts == ["halo A"])
    #expect(s.host.diagnostics.count == 1)
    #expect(s.host.rendered()[0].contains(" --> \(dir)/a.awas:3:1\n"))
  }

  @Test func argumentsAreBoundWhileTheScriptRuns() throws {
    let dir = try folder(["p.awas": "sapa $arg1\npastikan $args == 2", "m.awas": ""])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let s = Session()
    s.interpreter.setScriptArguments(["luar"])
    let outcome = s.interpreter.run(SourceText(name: dir + "/m.awas", text: "source p.awas Budi 2\nsapa $arg1"))
    #expect(outcome == RunOutcome())
    #expect(s.host.texts == ["halo Budi", "halo luar"])
  }

  @Test func recursionStops() throws {
    let dir = try folder(["loop.awas": "sapa x\nsource loop.awas"])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let s = Session()
    let outcome = s.interpreter.run(SourceText(name: dir + "/loop.awas", text: "source loop.awas"))
    #expect(outcome.errors == 1)
    #expect(s.host.texts.count == Interpreter.maxSourceDepth)
    #expect(s.host.rendered().first?.contains("`jalankan` bersarang lebih dari 16 tingkat") == true)
  }

  @Test func missingFileSuggestsANeighbour() throws {
    let dir = try folder(["bulanan.awas": "sapa x", "m.awas": ""])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let s = Session()
    _ = s.interpreter.run(SourceText(name: dir + "/m.awas", text: "source bulana.awas"))
    #expect(s.host.rendered().first?.hasSuffix("= saran: maksud Anda `bulanan.awas`?") == true)
  }
}

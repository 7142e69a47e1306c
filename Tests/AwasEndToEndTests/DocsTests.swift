import Foundation
import Testing

/// The command references in docs/ are generated from the declarations and
/// must not drift from them (regenerate with `scripts/docs`).
@Suite struct DocsTests {
  @Test(arguments: [("en", "commands.md"), ("id", "perintah.md")])
  func commandReferenceIsCurrent(_ lang: String, _ file: String) throws {
    let r = try Awas.run(["--lang", lang, "-c", "help --markdown"])
    #expect(r.status == 0)
    let onDisk = try String(contentsOf: Awas.root.appendingPathComponent("docs/\(file)"), encoding: .utf8)
    #expect(r.stdout == onDisk, "docs/\(file) is out of date: run scripts/docs")
  }

  @Test func everyDocumentTheReadmeLinksExists() throws {
    let readme = try String(contentsOf: Awas.root.appendingPathComponent("README.md"), encoding: .utf8)
    let links = readme.matches(of: /\]\((docs\/[a-z\-]+\.md)\)/).map { String($0.output.1) }
    #expect(!links.isEmpty)
    for link in links {
      #expect(FileManager.default.fileExists(atPath: Awas.root.appendingPathComponent(link).path), "\(link)")
    }
  }
}

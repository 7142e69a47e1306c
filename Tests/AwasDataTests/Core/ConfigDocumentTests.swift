import Testing

@testable import AwasData

@Suite struct ConfigDocumentTests {
  @Test func readsNestedValuesAndArraysInOrder() throws {
    let doc = try ConfigDocument.parse(
      """
      source = "Perdep 06/2016"
      [[aspek]]
      id = "permodalan"
      bobot = 15
      [[aspek]]
      id = "kap"
      bobot = 25.5
      tanggal = 2016-04-01
      """, file: "x.toml")
    #expect(doc["source"]?.string == "Perdep 06/2016")
    let aspects = try #require(doc["aspek"]?.array)
    #expect(aspects.map { $0["id"]?.string } == ["permodalan", "kap"])
    #expect(aspects[0]["bobot"]?.number == 15)
    #expect(aspects[1]["bobot"]?.number == 25.5)
    #expect(aspects[1]["tanggal"]?.date == Day(year: 2016, month: 4, day: 1))
  }

  @Test func syntaxErrorsNameTheLine() {
    do {
      _ = try ConfigDocument.parse("a = 1\nb = = 2\n", file: "rusak.toml")
      Issue.record("expected an error")
    } catch let e as ConfigDocument.ParseError {
      #expect(e.file == "rusak.toml")
      #expect(e.line == 2)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }
}

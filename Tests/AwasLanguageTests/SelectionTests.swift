import Testing

@testable import AwasLanguage
@testable import AwasPluginKit

/// A failed `open` or `use` (commands declared `selectsDataset`) clears the
/// selection for the rest of its run only.
@Suite struct SelectionTests {
  @Test func aTypoAtThePromptKeepsTheOpenDataset() {
    let s = Session()
    let before = s.interpreter.state.dataset?.folder
    #expect(before != nil)
    #expect(s.run("buka rusak").errors == 1)
    // The next line (a new run) still works on the dataset that was open.
    #expect(s.interpreter.state.dataset?.folder == before)
    #expect(s.run("risk").errors == 0)
  }

  @Test func theRestOfTheSameRunSeesNothingSelected() {
    let s = Session()
    s.run("atur on-error continue")
    let before = s.host.diagnostics.count
    #expect(s.run("buka rusak\nrisk").errors == 2)
    #expect(s.host.rendered().dropFirst(before).last?.contains("Belum ada dataset yang dibuka.") == true)
    #expect(s.interpreter.state.dataset != nil)
  }

  @Test func aLaterOpenInTheSameRunWins() {
    let s = Session()
    s.run("atur on-error continue")
    #expect(s.run("buka rusak\nbuka lain").errors == 1)
    #expect(s.interpreter.state.dataset?.folder == "lain")
  }

  @Test func aRegionOpenedLaterInTheRunIsNotGivenTheOldDataset() {
    let s = Session()
    s.run("atur on-error continue")
    #expect(s.run("buka rusak\nwilayah").errors == 1)
    // The region is open with none of its members selected, not the old dataset.
    #expect(s.interpreter.state.region != nil)
    #expect(s.interpreter.state.dataset == nil)
  }

  @Test func theDatasetComesBackForTheAsOfDateSetMeanwhile() {
    let s = Session()
    s.run("atur on-error continue")
    let before = s.interpreter.state.dataset?.asOf
    #expect(s.run("buka rusak\natur per-tanggal 2025-06-30").errors == 1)
    #expect(s.interpreter.state.dataset?.asOf == Day(year: 2025, month: 6, day: 30))
    #expect(before != Day(year: 2025, month: 6, day: 30))
  }
}

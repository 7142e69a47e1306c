import Testing

@testable import AwasLanguage
@testable import AwasPluginKit

@Suite struct SmokeTests {
  @Test func whereSortHead() {
    let s = Session()
    let t = s.table("pinjaman | where dpd > 90 | sort sisa desc | head 10")
    #expect(t?.strings("no_pinjaman") == ["P004", "P002"])
  }
}

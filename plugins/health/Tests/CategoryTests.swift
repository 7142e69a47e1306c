import AwasPluginKit
import Testing

@testable import AwasHealthPlugin

/// One expected line: component, ratio (percent, 2 decimals; nil = none), nilai, skor.
struct Line: Sendable, CustomStringConvertible {
  var id: String
  var ratio: String?
  var nilai: String
  var skor: String
  init(_ id: String, _ ratio: String?, _ nilai: String, _ skor: String) {
    self.id = id
    self.ratio = ratio
    self.nilai = nilai
    self.skor = skor
  }
  var description: String { id }
}

func check(_ a: Assessment, _ lines: [Line], sourceLocation: SourceLocation = #_sourceLocation) {
  for l in lines {
    let r = a.result(l.id)
    #expect(r?.complete == true, "\(l.id) complete: \(r?.notes.map(\.en) ?? [])", sourceLocation: sourceLocation)
    if let ratio = l.ratio {
      #expect(r?.ratio == pct(ratio), "\(l.id) ratio", sourceLocation: sourceLocation)
    }
    #expect(r?.nilai == d(l.nilai), "\(l.id) nilai \(r?.nilai?.description ?? "nil")", sourceLocation: sourceLocation)
    #expect(r?.skor == d(l.skor), "\(l.id) skor \(r?.skor?.description ?? "nil")", sourceLocation: sourceLocation)
  }
}

@Suite struct CategoryTests {
  /// Dataset A (see Fixture.sehat). MS (penilaian) = 20 + 130 + 50 = 200 jt; TA = 500 jt.
  static let sehatLines: [Line] = [
    // 1a 200/500 = 40.00% — exactly on the edge: (20, 40] → 50; skor 50 × 6 / 100 = 3.
    Line("1a", "40", "50", "3"),
    // 1b MS 200 / berisiko (30 + 20) = 400.00% → linear clamp 100 → 6.
    Line("1b", "400", "100", "6"),
    // 1c modal tertimbang 20+130+50 + ½(10 risk + 40 SHU + 150 + 100) = 350 jt; ATMR 20%·30 + 400 − 6 + (118,5 − 50)
    //    = 468,5 jt; 350/468,5 = 74.7065…% → 74.71 ≥ 8 → 100 → 3.
    Line("1c", "74.71", "100", "3"),
    // 2a members 400/400 = 100% → (75, inf) → 100 → 10.
    Line("2a", "100", "100", "10"),
    // 2b RPM 50%·30 + 100%·20 = 35 jt / 400 = 8.75% → (0, 10] → 80 → 4.
    Line("2b", "8.75", "80", "4"),
    // 2c (cadangan risiko 10 + PPAP 6) / PB 50 = 32.00% → linear round 32 → 32 × 5 / 100 = 1.6.
    Line("2c", "32", "32", "1.6"),
    // 2d berisiko 50/400 = 12.5% ≤ 21 → 100 → 5.
    Line("2d", "12.5", "100", "5"),
    // 3a–3e every answer yes: 12×0.25, 6×0.5, 5×0.6, 10×0.3, 5×0.6 = 3 each.
    Line("3a", "100", "100", "3"), Line("3b", "100", "100", "3"), Line("3c", "100", "100", "3"),
    Line("3d", "100", "100", "3"), Line("3e", "100", "100", "3"),
    // 4a (beban pokok 20 + beban usaha 30 + perkoperasian 2) / partisipasi bruto 100 = 52% < 90 → 100 → 4.
    Line("4a", "52", "100", "4"),
    // 4b beban usaha 30 / SHU kotor (100 − 20) = 37.5% ≤ 40 → 100 → 4.
    Line("4b", "37.5", "100", "4"),
    // 4c karyawan 12 / disbursed in 2025 (plafon Σ 400) = 3% < 5 → 100 → 2.
    Line("4c", "3", "100", "2"),
    // 5a (7,5 + 30) / (150 + 100) = 15.00% — exactly on the edge: (10, 15] → 100 → 10.
    Line("5a", "15", "100", "10"),
    // 5b loans 400 / dana (150 + 100) = 160% ≥ 80 → 100 → 5.
    Line("5b", "160", "100", "5"),
    // 6a SHU before tax (100 − 20 − 30 − 2) = 48 / 500 = 9.6% → [7.5, 10) → 75 → 2.25.
    Line("6a", "9.6", "75", "2.25"),
    // 6b 40% × SHU 40 = 16 / MS 200 = 8% ≥ 5 → 100 → 3.
    Line("6b", "8", "100", "3"),
    // 6c partisipasi neto (100 − 20) / (30 + 2) = 250% > 100 → 100 → 4.
    Line("6c", "250", "100", "4"),
    // 7a 100 / (100 + 0 non-member) = 100% ≥ 75 → 100 → 7.
    Line("7a", "100", "100", "7"),
    // 7b PEA (mepp 9 + 16) / (pokok 20 + wajib 130) = 16.666…% → 16.67 ≥ 10 → 100 → 3.
    Line("7b", "16.67", "100", "3"),
  ]

  @Test func sehat() throws {
    let ws = temporaryWorkspace()
    try saveAnswers(ws, checklist: "manajemen-2016", yes: allYes)
    let a = try assess(Fixture.sehat, workspace: ws)
    check(a, Self.sehatLines)
    // Aspects: 3+6+3 = 12; 10+4+1.6+5 = 20.6; 15; 4+4+2 = 10; 10+5 = 15; 2.25+3+4 = 9.25; 7+3 = 10.
    #expect(a.aspects.map(\.skor) == ["12", "20.6", "15", "10", "15", "9.25", "10"].map(d))
    // Permodalan 12/15 = 80% → Sehat; KAP 20.6/25 = 82.4%.
    #expect(a.aspect("permodalan")?.percent == d("80"))
    #expect(a.aspect("kualitas_aktiva")?.percent == d("82.4"))
    // Total 12 + 20.6 + 15 + 10 + 15 + 9.25 + 10 = 91.85 → Sehat.
    #expect(a.total == d("91.85"))
    #expect(a.category?.id == "sehat")
    #expect(a.complete)
  }

  /// Dataset B (see Fixture.cukupSehat). MS = 20 + 130 + 50,05 = 200,05 jt.
  static let cukupSehatLines: [Line] = [
    // 1a 200,05/500 = 40.01% — just past the edge: (40, 60] → 100 → 6.
    Line("1a", "40.01", "100", "6"),
    // 1b 200,05 / (50 + 60 + 40) = 133.3666…% → 133.37 → linear clamp 100 → 6.
    Line("1b", "133.37", "100", "6"),
    // 1c (200,05 + ½(5 + 44,95 + 150 + 100)) / (6 + 400 − 6 + 68,475) = 350,025/468,475 = 74.72% → 100 → 3.
    Line("1c", "74.72", "100", "3"),
    // 2a members (150 + 100 + 50) / 400 = 75.00% — on the edge: (50, 75] → 75 → 7.5.
    Line("2a", "75", "75", "7.5"),
    // 2b RPM 50%·50 + 75%·60 + 100%·40 = 110 / 400 = 27.5% → (20, 30] → 40 → 2.
    Line("2b", "27.5", "40", "2"),
    // 2c (5 + 6) / PB 150 = 7.333…% → 7.33 → round 7 → 7 × 5 / 100 = 0.35.
    Line("2c", "7.33", "7", "0.35"),
    // 2d 150/400 = 37.5% > 30 → 25 → 1.25.
    Line("2d", "37.5", "25", "1.25"),
    // 3a 8 of 12 yes: 8 × 3 / 12 = 2; 3b 3/6 → 1.5; 3c 2/5 → 1.2; 3d 5/10 → 1.5; 3e 2/5 → 1.2.
    Line("3a", "66.67", "66.67", "2"), Line("3b", "50", "50", "1.5"), Line("3c", "40", "40", "1.2"),
    Line("3d", "50", "50", "1.5"), Line("3e", "40", "40", "1.2"),
    // 4a (20 + 55 + 6) / 90 = 90.00% — on the edge: [90, 95) → 75 → 3.
    Line("4a", "90", "75", "3"),
    // 4b 55 / (120 − 20) = 55% → (40, 60] → 75 → 3.
    Line("4b", "55", "75", "3"),
    // 4c 30 / 400 = 7.5% → [5, 10] → 75 → 1.5.
    Line("4c", "7.5", "75", "1.5"),
    // 5a 37,525 / 250 = 15.01% — just past the edge: (15, 20] → 50 → 5.
    Line("5a", "15.01", "50", "5"),
    // 5b 400 / 250 = 160% → 100 → 5.
    Line("5b", "160", "100", "5"),
    // 6a (120 − 20 − 55 − 6) = 39 / 500 = 7.8% → [7.5, 10) → 75 → 2.25.
    Line("6a", "7.8", "75", "2.25"),
    // 6b 40% × 44,95 = 17,98 / 200,05 = 8.9877…% → 8.99 → 100 → 3.
    Line("6b", "8.99", "100", "3"),
    // 6c (90 − 20) / (55 + 6) = 114.754…% → 114.75 → 100 → 4.
    Line("6c", "114.75", "100", "4"),
    // 7a 90 / (90 + 30) = 75.00% — on the edge: [75, inf) → 100 → 7.
    Line("7a", "75", "100", "7"),
    // 7b (3 + 17,98) / 150 = 13.9866…% → 13.99 → 100 → 3.
    Line("7b", "13.99", "100", "3"),
  ]

  @Test func cukupSehat() throws {
    let ws = temporaryWorkspace()
    try saveAnswers(ws, checklist: "manajemen-2016", yes: ["umum": 8, "kelembagaan": 3, "permodalan": 2, "aktiva": 5, "likuiditas": 2])
    let a = try assess(Fixture.cukupSehat, workspace: ws)
    check(a, Self.cukupSehatLines)
    // 15; 7.5+2+0.35+1.25 = 11.1; 2+1.5+1.2+1.5+1.2 = 7.4; 3+3+1.5 = 7.5; 5+5 = 10; 2.25+3+4 = 9.25; 10.
    #expect(a.aspects.map(\.skor) == ["15", "11.1", "7.4", "7.5", "10", "9.25", "10"].map(d))
    // Total 70.25 → Cukup Sehat.
    #expect(a.total == d("70.25"))
    #expect(a.category?.id == "cukup-sehat")
    // Manajemen 7.4/15 = 49.33% → the aspect alone is Dalam Pengawasan Khusus.
    #expect(a.aspect("manajemen")?.percent == d("49.33"))
    #expect(a.aspect("manajemen")?.category?.id == "dalam-pengawasan-khusus")
  }

  /// Dataset C (see Fixture.dalamPengawasan). MS = 10 + 30 + 10 = 50 jt.
  static let dalamPengawasanLines: [Line] = [
    // 1a 50/500 = 10% → (0, 20] → 25 → 1.5.
    Line("1a", "10", "25", "1.5"),
    // 1b 50 / (100 + 100) = 25% → linear 25 → 25 × 6 / 100 = 1.5.
    Line("1b", "25", "25", "1.5"),
    // 1c (50 + ½(2 + 8 + 300 + 100 + 40)) / (3 + 400 − 4 + 84) = 275/483 = 56.94% → 100 → 3.
    Line("1c", "56.94", "100", "3"),
    // 2a 200/400 = 50.00% — on the edge: (25, 50] → 50 → 5.
    Line("2a", "50", "50", "5"),
    // 2b RPM 50%·100 + 100%·100 = 150 / 400 = 37.5% → (30, 40] → 20 → 1.
    Line("2b", "37.5", "20", "1"),
    // 2c (2 + 4) / 200 = 3% → 3 → 0.15.
    Line("2c", "3", "3", "0.15"),
    // 2d 200/400 = 50% → 25 → 1.25.
    Line("2d", "50", "25", "1.25"),
    // 4a (45 + 35 + 2) / 50 = 164% ≥ 100 → 25 → 1.
    Line("4a", "164", "25", "1"),
    // 4b 35 / (100 − 45) = 63.636…% → 63.64 → (60, 80] → 50 → 2.
    Line("4b", "63.64", "50", "2"),
    // 4c 20 / 150 (only P001 cair in 2025) = 13.33% → (10, 15] → 50 → 1.
    Line("4c", "13.33", "50", "1"),
    // 5a 20 / 400 = 5% ≤ 10 → 25 → 2.5.
    Line("5a", "5", "25", "2.5"),
    // 5b 400 / (300 + 100 + 40) = 90.909…% → 90.91 → 100 → 5.
    Line("5b", "90.91", "100", "5"),
    // 6a (100 − 45 − 35 − 2) = 18 / 500 = 3.6% < 5 → 25 → 0.75.
    Line("6a", "3.6", "25", "0.75"),
    // 6b 40% × 8 = 3,2 / 50 = 6.4% → 100 → 3.
    Line("6b", "6.4", "100", "3"),
    // 6c (50 − 45) / 37 = 13.51% ≤ 100 → 0 → 0.
    Line("6c", "13.51", "0", "0"),
    // 7a 50 / 100 = 50% → [50, 75) → 75 → 5.25.
    Line("7a", "50", "75", "5.25"),
    // 7b (2 + 3,2) / 40 = 13% → 100 → 3.
    Line("7b", "13", "100", "3"),
  ]

  @Test func dalamPengawasan() throws {
    let ws = temporaryWorkspace()
    try saveAnswers(ws, checklist: "manajemen-2016", yes: allYes)
    let a = try assess(Fixture.dalamPengawasan, workspace: ws)
    check(a, Self.dalamPengawasanLines)
    // 1.5+1.5+3 = 6; 5+1+0.15+1.25 = 7.4; 15; 1+2+1 = 4; 2.5+5 = 7.5; 0.75+3+0 = 3.75; 5.25+3 = 8.25.
    #expect(a.aspects.map(\.skor) == ["6", "7.4", "15", "4", "7.5", "3.75", "8.25"].map(d))
    // Total 51.9 → Dalam Pengawasan (51 ≤ x < 66).
    #expect(a.total == d("51.9"))
    #expect(a.category?.id == "dalam-pengawasan")
  }

  @Test func dalamPengawasanKhusus() throws {
    let ws = temporaryWorkspace()
    try saveAnswers(ws, checklist: "manajemen-2016", yes: allNo)
    let a = try assess(Fixture.dalamPengawasan, workspace: ws)
    // As C, but every answer no: Manajemen 0 → total 51.9 − 15 = 36.9 < 51.
    #expect(a.aspect("manajemen")?.skor == .zero)
    #expect(a.total == d("36.9"))
    #expect(a.category?.id == "dalam-pengawasan-khusus")
    #expect(a.complete)
  }
}

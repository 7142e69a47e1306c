import AwasPluginKit
import Testing

@testable import AwasGovernancePlugin

/// One fixture for one item: a change to the passing books and the expected result.
struct GovCase: Sendable, CustomStringConvertible {
  var item: String
  var label: String
  var change: @Sendable (inout GovBooks) -> Void
  var status: ItemOutcome.Status
  /// Text the summary must contain (English).
  var says: String
  var description: String { "\(item): \(label)" }
}

@Suite struct GovernanceItemTests {
  @Test func thePassingBooksPassOrDoNotApply() throws {
    let rs = try govResults(GovBooks())
    let byStatus = Dictionary(grouping: rs, by: \.outcome.status).mapValues { $0.map(\.item.id) }
    #expect(byStatus[.failed] == nil)
    #expect(byStatus[.noted] == nil)
    #expect(byStatus[.notApplicable] == ["audit-akuntan-publik", "rotasi-auditor", "dps"])
    #expect(byStatus[.needsAnswer] == ["laporan-ditandatangani", "manajer-mandiri", "fungsi-pengawas", "komite-pinjaman", "som-sop"])
  }

  static let cases: [GovCase] = [
    // RAT for 2024 (due 2025-06-30) is held on 2025-04-20.
    GovCase(item: "rat-tahunan", label: "held", change: { _ in }, status: .passed, says: "RAT for book year 2024 held on 2025-04-20"),
    GovCase(item: "rat-tahunan", label: "missing year", change: { $0.rat?.removeLast() }, status: .failed, says: "no RAT for book year 2024 (due 2025-06-30)"),
    GovCase(item: "rat-tahunan", label: "no rat.csv", change: { $0.rat = nil }, status: .needsAnswer, says: "there is no rat.csv"),
    // 2024 RAT on 2025-06-30 is on time; on 2025-07-01 it is late.
    GovCase(item: "rat-tenggat", label: "on the deadline", change: { $0.rat?[1].tanggal = day(2025, 6, 30) }, status: .passed, says: "2 RATs, all within 6 months"),
    GovCase(item: "rat-tenggat", label: "a day late", change: { $0.rat?[1].tanggal = day(2025, 7, 1) }, status: .failed, says: "late RAT for book year 2024"),
    // Report ready 2025-03-20 is exactly a month before the RAT of 2025-04-20; 2025-03-21 is not.
    GovCase(item: "laporan-tahunan", label: "exactly a month before", change: { $0.rat?[1].laporan = day(2025, 3, 20) }, status: .passed, says: "report ready"),
    GovCase(item: "laporan-tahunan", label: "a day short", change: { $0.rat?[1].laporan = day(2025, 3, 21) }, status: .failed, says: "book year 2024"),
    GovCase(item: "laporan-tahunan", label: "date empty", change: { $0.rat?[1].laporan = nil }, status: .needsAnswer, says: "empty for book year 2024"),
    // Ani since 2020-12-31, still serving at 2025-12-31: exactly 5 years passes; from 2020-12-30 it fails.
    GovCase(item: "masa-jabatan-pengurus", label: "exactly 5 years", change: { $0.officers[0].mulai = day(2020, 12, 31) }, status: .passed, says: "2 pengurus terms, all ≤ 5 years"),
    GovCase(item: "masa-jabatan-pengurus", label: "5 years and a day", change: { $0.officers[0].mulai = day(2020, 12, 30) }, status: .failed, says: "term longer than 5 years: Ani"),
    GovCase(item: "masa-jabatan-pengawas", label: "closed term of 6 years", change: { $0.officers[2].mulai = day(2016, 1, 1); $0.officers[2].selesai = day(2022, 1, 1) }, status: .failed, says: "Citra"),
    GovCase(item: "masa-jabatan-pengawas", label: "short term", change: { _ in }, status: .passed, says: "1 pengawas term, ≤ 5 years"),
    // Ani also pengawas: overlapping 2023–2024 fails; 2019–2021 (before her pengurus term) passes.
    GovCase(item: "rangkap-jabatan", label: "overlapping", change: { b in b.officers.append(.init(nama: "Ani", organ: "pengawas", nik: "3507010101800001", mulai: day(2023, 1, 1), selesai: day(2024, 12, 31))) }, status: .failed, says: "both pengurus and pengawas: Ani"),
    GovCase(item: "rangkap-jabatan", label: "earlier term", change: { b in b.officers.append(.init(nama: "Ani", organ: "pengawas", nik: "3507010101800001", mulai: day(2019, 1, 1), selesai: day(2021, 12, 31))) }, status: .passed, says: "no dual role"),
    GovCase(item: "rangkap-jabatan", label: "same member number", change: { b in b.officers.append(.init(nama: "Budi S.", organ: "pengawas", anggota: "M2", mulai: day(2024, 1, 1))) }, status: .failed, says: "Budi"),
    // Dedi (manager) on Ani's family card.
    GovCase(item: "hubungan-keluarga", label: "shared card", change: { $0.officers[3].kk = "K1" }, status: .failed, says: "one family card: Ani (pengurus), Dedi (manajer)"),
    GovCase(item: "hubungan-keluarga", label: "card from anggota.csv", change: { b in b.withKKColumn = false; b.members[2].1 = "K1" }, status: .failed, says: "Ani (pengurus), Citra (pengawas)"),
    GovCase(item: "hubungan-keluarga", label: "no card for the manager", change: { $0.withKKColumn = false }, status: .needsAnswer, says: "1 officer without no_kk"),
    GovCase(item: "hubungan-keluarga", label: "a past officer may share", change: { b in b.officers.append(.init(nama: "Eko", organ: "pengurus", nik: "9", kk: "K1", mulai: day(2015, 1, 1), selesai: day(2019, 12, 31))) }, status: .passed, says: "4 officers"),
    GovCase(item: "sertifikat-manajer", label: "valid", change: { _ in }, status: .passed, says: "certificate valid at 2025-12-31"),
    GovCase(item: "sertifikat-manajer", label: "expired", change: { $0.officers[3].berlaku = day(2025, 12, 30) }, status: .failed, says: "Dedi (valid until 2025-12-30)"),
    GovCase(item: "sertifikat-manajer", label: "none", change: { $0.officers[3].sertifikat = nil }, status: .failed, says: "Dedi (no certificate)"),
    GovCase(item: "sertifikat-manajer", label: "no manager", change: { $0.officers.removeLast() }, status: .notApplicable, says: "no manager serving"),
    GovCase(item: "sertifikat-pengurus-pengawas", label: "all certified", change: { _ in }, status: .passed, says: "3 pengurus/pengawas certified"),
    GovCase(item: "sertifikat-pengurus-pengawas", label: "one without: noted, not failed", change: { $0.officers[1].sertifikat = nil }, status: .noted, says: "1 of 3"),
    // MS 50 + 450 = 500 jt; 10% = 50 jt. Insider 40 jt passes; 50 jt exactly passes; 50.000.001 fails.
    GovCase(item: "pinjaman-orang-dalam", label: "under", change: { _ in }, status: .passed, says: "insider loans Rp 40,000,000 ≤ 10% × MS Rp 500,000,000 = Rp 50,000,000"),
    GovCase(item: "pinjaman-orang-dalam", label: "on the limit", change: { $0.loans[0].sisa = 50_000_000 }, status: .passed, says: "Rp 50,000,000 ≤"),
    GovCase(item: "pinjaman-orang-dalam", label: "a rupiah over", change: { $0.loans[0].sisa = 50_000_001 }, status: .failed, says: "excess Rp 1"),
    GovCase(item: "pinjaman-orang-dalam", label: "policy 5%", change: { $0.kebijakan["batas_pinjaman_orang_dalam_persen"] = .int(5) }, status: .failed, says: "> 5% (policy) × MS Rp 500,000,000 = Rp 25,000,000"),
    GovCase(item: "pinjaman-orang-dalam", label: "policy 7,5% as text", change: { $0.kebijakan["batas_pinjaman_orang_dalam_persen"] = .string("7,5%") }, status: .failed, says: "> 7.5% (policy) × MS Rp 500,000,000 = Rp 37,500,000"),
    GovCase(item: "pinjaman-orang-dalam", label: "policy over 100%", change: { $0.kebijakan["batas_pinjaman_orang_dalam_persen"] = .int(150) }, status: .needsAnswer, says: "batas_pinjaman_orang_dalam_persen = 150 is not a percent from 0 to 100"),
    GovCase(item: "pinjaman-orang-dalam-disetujui", label: "approved", change: { _ in }, status: .passed, says: "1 insider loan, approved"),
    GovCase(item: "pinjaman-orang-dalam-disetujui", label: "not approved", change: { $0.loans[0].disetujui = false }, status: .failed, says: "1 insider loan without approval"),
    GovCase(item: "pinjaman-orang-dalam-disetujui", label: "no column", change: { $0.withApprovalColumn = false }, status: .needsAnswer, says: "pinjaman.csv has no column disetujui"),
    GovCase(item: "pinjaman-orang-dalam-disetujui", label: "no insiders", change: { $0.loans[0].insider = false }, status: .notApplicable, says: "no insider loans"),
    GovCase(item: "pinjaman-non-anggota", label: "members", change: { _ in }, status: .passed, says: "all loans are to members"),
    GovCase(item: "pinjaman-non-anggota", label: "stranger", change: { $0.loans.append(.init(no: "P9", anggota: "X9", sisa: 5_000_000)) }, status: .failed, says: "1 loan to non-members"),
    GovCase(item: "pinjaman-non-anggota", label: "joined after the loan", change: { $0.loans[1].cair = day(2019, 6, 1) }, status: .failed, says: "Rp 60,000,000"),
    // 15% × 500 jt = 75 jt: P3 70 jt passes, 80 jt fails.
    GovCase(item: "batas-pinjaman-anggota", label: "under", change: { _ in }, status: .passed, says: "no borrower above 15%"),
    GovCase(item: "batas-pinjaman-anggota", label: "over", change: { $0.loans[2].sisa = 80_000_000 }, status: .failed, says: "M6 Rp 80,000,000"),
    GovCase(item: "batas-pinjaman-koperasi", label: "within", change: { _ in }, status: .passed, says: "≤ Rp 100,000,000"),
    GovCase(item: "batas-pinjaman-koperasi", label: "over", change: { $0.loans[2].plafon = 120_000_000 }, status: .failed, says: "1 loan of 2025 above the limit"),
    GovCase(item: "batas-pinjaman-koperasi", label: "no policy", change: { $0.kebijakan = [:] }, status: .notApplicable, says: "sets no batas_pinjaman_per_anggota"),
    // MS 6 M ≥ 5 M from book year 2025.
    GovCase(item: "audit-akuntan-publik", label: "small", change: { _ in }, status: .notApplicable, says: "own capital Rp 500,000,000 < Rp 5,000,000,000"),
    GovCase(item: "audit-akuntan-publik", label: "before 2025", change: { b in b.tahunBuku = 2024; b.wajib = 5_950_000_000 }, status: .notApplicable, says: "book year 2024 is before 2025"),
    GovCase(item: "audit-akuntan-publik", label: "audited", change: { b in b.wajib = 5_950_000_000; b.rat?.append(.init(tahun: 2025, tanggal: nil, laporan: nil, ap: "ya")) }, status: .passed, says: "audited by a public accountant"),
    GovCase(item: "audit-akuntan-publik", label: "not audited", change: { b in b.wajib = 5_950_000_000; b.rat?.append(.init(tahun: 2025, tanggal: nil, laporan: nil, ap: "tidak")) }, status: .failed, says: "not audited"),
    GovCase(item: "audit-akuntan-publik", label: "not yet recorded", change: { $0.wajib = 5_950_000_000 }, status: .needsAnswer, says: "does not record the 2025 audit yet"),
    GovCase(item: "rotasi-auditor", label: "audit required", change: { $0.wajib = 5_950_000_000 }, status: .needsAnswer, says: "no auditor names"),
    // Hutang 100 jt of 1.000 jt = 10%; 450 jt = 45% > 40%.
    GovCase(item: "komposisi-modal", label: "fine", change: { _ in }, status: .passed, says: "borrowed Rp 100,000,000"),
    GovCase(item: "komposisi-modal", label: "too much borrowed", change: { $0.hutang = 450_000_000 }, status: .failed, says: "borrowed capital Rp 450,000,000 > 40% of assets Rp 1,000,000,000"),
    GovCase(item: "komposisi-modal", label: "too much penyertaan", change: { $0.penyertaan = 260_000_000 }, status: .failed, says: "participation capital Rp 260,000,000 > 25%"),
    GovCase(item: "dps", label: "syariah", change: { $0.jenis = .kspps }, status: .needsAnswer, says: "cannot be read from the data"),
    GovCase(item: "dps", label: "not syariah", change: { _ in }, status: .notApplicable, says: "only for KSPPS/USPPS"),
  ]

  @Test(arguments: cases) func item(_ c: GovCase) throws {
    var b = GovBooks()
    c.change(&b)
    let o = try outcome(c.item, b)
    #expect(o.status == c.status, "\(o.summary.en)")
    #expect(o.summary.en.contains(c.says), "\(o.summary.en)")
    if o.status == .failed || o.status == .noted {
      #expect(o.evidence != nil, "a data failure carries its evidence rows")
    }
  }
}

@Suite struct GovernanceQuestionTests {
  static let questions = ["laporan-ditandatangani", "manajer-mandiri", "fungsi-pengawas", "komite-pinjaman", "som-sop"]

  @Test(arguments: questions) func aQuestionPassesOnYesAndFailsOnNo(_ id: String) throws {
    #expect(try outcome(id, GovBooks()).status == .needsAnswer)
    var sheet = AnswerSheet(checklist: "tatakelola")
    sheet[id] = Answer(.yes, note: "notulen")
    #expect(try outcome(id, GovBooks(), answers: sheet).status == .passed)
    sheet[id] = Answer(.no)
    #expect(try outcome(id, GovBooks(), answers: sheet).status == .failed)
    sheet[id] = Answer(.skipped)
    #expect(try outcome(id, GovBooks(), answers: sheet).status == .needsAnswer)
  }

  @Test func aDataItemWithoutDataIsDecidedByItsAnswer() throws {
    var b = GovBooks()
    b.rat = nil
    var sheet = AnswerSheet(checklist: "tatakelola")
    sheet["rat-tahunan"] = Answer(.no, note: "RAT ditunda")
    let r = try #require(try govResults(b, answers: sheet).first { $0.item.id == "rat-tahunan" })
    #expect(r.outcome.status == .failed)
    #expect(r.question.en == "Was the RAT for book year 2024 held?")
  }
}

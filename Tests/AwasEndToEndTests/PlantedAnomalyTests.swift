import Foundation
import Testing

/// The demo dataset's planted anomalies (planted.json) are each found by the
/// check meant for them, and nothing else is flagged; the clean contoh/ dataset
/// gives the audit checks nothing to report.
@Suite(.serialized) struct PlantedAnomalyTests {
  /// One demo (2,000 loans, seed 1) for the whole suite.
  static let demo: String = {
    let dir = Awas.tempFolder().appendingPathComponent("demo").path
    _ = try? Awas.run(["demo", dir, "--loans", "2000", "--seed", "1"])
    return dir
  }()

  /// planted.json as (kind, keys) pairs.
  static let planted: [(kind: String, keys: [String])] = {
    let data = (try? Data(contentsOf: URL(fileURLWithPath: demo + "/planted.json"))) ?? Data()
    let list = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] ?? []
    return list.map { ($0["kind"] as? String ?? "", $0["keys"] as? [String] ?? []) }
  }()

  /// The keys of every planted anomaly of `kind`.
  func keys(_ kind: String) -> Set<String> {
    Set(Self.planted.filter { $0.kind == kind }.flatMap(\.keys))
  }

  /// Runs `statement` on the demo in JSON and returns its tables.
  func tables(_ statement: String, data: String = PlantedAnomalyTests.demo, status: Int32? = nil) throws -> [[[String: Any]]] {
    let r = try Awas.run(["--lang", "en", "--data", data, "--format", "json", "-c", statement])
    if let status { #expect(r.status == status, "\(statement): \(r.stderr)") }
    return JSONStream.arrays(r.stdout)
  }

  func column(_ rows: [[String: Any]], _ name: String) -> Set<String> {
    Set(rows.compactMap { $0[name].map { "\($0)" } })
  }

  @Test func theDemoHasEveryKindPlanted() {
    let kinds = Set(Self.planted.map(\.kind))
    #expect(kinds.count == 15, "\(kinds.sorted())")
  }

  @Test func overdueAndWrittenOffLoans() throws {
    let overdue = try tables("pinjaman | where dpd > 0 and status == \"aktif\" | select no_pinjaman")
    #expect(column(overdue[0], "no_pinjaman") == keys("overdue-loan"))
    let off = try tables("pinjaman | where status == \"hapus_buku\" | select no_pinjaman")
    #expect(column(off[0], "no_pinjaman") == keys("written-off-loan"))
  }

  @Test func misbookedCollectibility() throws {
    let t = try tables("risk collectibility", status: 2)
    #expect(column(t[2], "no_pinjaman") == keys("misbooked-collectibility"))
  }

  @Test func insiderLoansOverTheLimit() throws {
    let t = try tables("risk concentration", status: 2)
    let insiders = t[2].filter { ($0["jenis"] as? String ?? "").contains("orang_dalam") }
    #expect(column(insiders, "no_pinjaman") == keys("insider-loan-over-limit"))
  }

  @Test func duplicateReceiptsAndNumbers() throws {
    let same = try tables("check duplicates angsuran --on no_pinjaman,tanggal,pokok", status: 2)
    #expect(column(same[0], "no_bukti") == keys("duplicate-receipt"))
    let numbers = try tables("check duplicates angsuran --on no_bukti", status: 2)
    #expect(column(numbers[0], "no_bukti") == keys("duplicate-receipt-number"))
  }

  @Test func receiptNumberGaps() throws {
    let t = try tables("check gaps angsuran.no_bukti", status: 2)
    let pairs = Set(t[0].map { "\($0["before"] ?? "")…\($0["after"] ?? "")" })
    let planted = Set(Self.planted.filter { $0.kind == "receipt-number-gap" }.map { "\($0.keys.first ?? "")…\($0.keys.last ?? "")" })
    #expect(pairs == planted)
  }

  @Test func sundayAndHolidayPostingsOnly() throws {
    let t = try tables("check weekend jurnal.tanggal", status: 2)
    #expect(column(t[0], "no_bukti") == keys("sunday-posting").union(keys("holiday-posting")))
    for date in ["angsuran.tanggal", "pinjaman.tanggal_cair", "anggota.tanggal_masuk"] {
      let clean = try tables("check weekend \(date)", status: 0)
      #expect(clean[0].isEmpty, "\(date)")
    }
  }

  @Test func roundSumsJustUnderTheApprovalLimit() throws {
    let t = try tables("check round pinjaman.plafon", status: 2)
    let under = t[0].filter { $0["limit"] is String }
    #expect(column(under, "no_pinjaman") == keys("just-under-approval-limit"))
  }

  @Test func oneOfficersCollectionsFailBenford() throws {
    let t = try tables("check benford angsuran.pokok --by petugas")
    let groups = try #require(t.first { $0.first?["petugas"] != nil })
    let bad = groups.filter { ($0["verdict"] as? String ?? "").contains("nonconformity") }
    #expect(column(bad, "petugas") == keys("benford-nonconforming-officer"))
  }

  @Test func nearDuplicateMembers() throws {
    let t = try tables("check fuzzy anggota.nama", status: 2)
    let ids = t[0].flatMap { [$0["no_anggota_1"], $0["no_anggota_2"]].compactMap { $0 as? String } }
    #expect(Set(ids) == keys("near-duplicate-member"))
    #expect(t[0].count == 1)
  }

  @Test func governanceFindsTheOfficerAndMeetingAnomalies() throws {
    let t = try tables("governance", status: 2)
    let failed = Set(t[0].filter { $0["result"] as? String == "failed" }.compactMap { $0["item"] as? String })
    // late-rat, officers-family-tie, expired-certificate, insider-loan-over-limit (the two
    // insider loans are also the only loans above the per-member limit).
    #expect(failed == ["rat-tenggat", "hubungan-keluarga", "sertifikat-manajer", "pinjaman-orang-dalam", "batas-pinjaman-koperasi"])
  }

  @Test func theLedgersAreOtherwiseClean() throws {
    _ = try tables("check nik anggota.nik", status: 0)
    _ = try tables("check journal", status: 0)
    _ = try tables("check reconcile", status: 0)
    _ = try tables("risk provision", status: 0)
  }

  @Test(arguments: [
    "check benford angsuran.pokok", "check gaps angsuran.no_bukti", "check gaps jurnal.no_bukti",
    "check duplicates angsuran --on no_pinjaman,tanggal,pokok", "check duplicates angsuran --on no_bukti",
    "check fuzzy anggota.nama", "check nik anggota.nik", "check weekend jurnal.tanggal", "check weekend angsuran.tanggal",
    "check round pinjaman.plafon", "check journal", "check reconcile", "risk collectibility", "risk provision",
  ])
  func contohIsClean(_ statement: String) throws {
    let contoh = Awas.root.appendingPathComponent("contoh").path
    let r = try Awas.run(["--lang", "en", "--data", contoh, "-c", statement])
    #expect(r.status == 0, "\(statement): \(r.stdout.suffix(400))")
  }
}

/// Splits standard output made of JSON arrays (one per table) into the arrays.
enum JSONStream {
  static func arrays(_ text: String) -> [[[String: Any]]] {
    var out: [[[String: Any]]] = []
    var chunk = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if chunk.isEmpty && !line.hasPrefix("[") { continue }
      chunk += line + "\n"
      if line == "]" || line == "[]" {
        if let a = try? JSONSerialization.jsonObject(with: Data(chunk.utf8)) as? [[String: Any]] { out.append(a) }
        chunk = ""
      }
    }
    return out
  }
}

/// neraca.csv, phu.csv and jurnal.csv.
extension DemoBuild {
  func writeBooks(_ files: DemoFiles, _ books: DemoBooks) throws {
    for (name, sheet) in [("neraca", true), ("phu", false)] {
      try files.write(name, ["kode_akun", "nama_akun", "pos", "saldo_lalu", "saldo_kini"]) { w in
        for (k, a) in DemoChart.accounts.enumerated() where a.balanceSheet == sheet {
          w.text(a.code)
          w.text(a.name)
          w.text(a.pos)
          w.rupiah(books.previous[k])
          w.rupiah(books.current[k])
          w.endRow()
        }
      }
    }
  }

  /// The journal number of entry `k` (0-based): `JU-2025-00001`.
  func journalNumber(_ k: Int, count: Int) -> String {
    "JU-\(bookYear)-" + zeroPadded(k + 1, max(5, String(count).count))
  }

  /// Writes jurnal.csv; returns the planted postings (Sunday, holiday).
  func writeJurnal(_ files: DemoFiles, _ books: DemoBooks) throws -> [PlantedAnomaly] {
    var planted: [PlantedAnomaly] = []
    try files.write(
      "jurnal", ["no_bukti", "tanggal", "kode_akun", "keterangan", "debet", "kredit", "dibuat_oleh"]
    ) { w in
      for (k, e) in books.journal.enumerated() {
        let number = journalNumber(k, count: books.journal.count)
        for l in e.lines {
          w.text(number)
          w.date(e.date)
          w.text(DemoChart.accounts[l.account].code)
          w.text(e.text)
          w.rupiah(l.debit)
          w.rupiah(l.credit)
          w.text(e.by)
          w.endRow()
        }
        guard let kind = e.planted else { continue }
        let date = Day(serial: e.date).description
        let description = kind == .sundayPosting
          ? Text("Jurnal {0} dibukukan pada hari Minggu {1}.", en: "Entry {0} is dated on Sunday {1}.")
          : Text("Jurnal {0} dibukukan pada hari libur nasional {1}.", en: "Entry {0} is dated on the national holiday {1}.")
        planted.append(
          PlantedAnomaly(
            kind: kind, description: description.format(number, date), table: "jurnal",
            keyColumn: "no_bukti", keys: [number], details: ["tanggal": .string(date)]))
      }
    }
    return planted
  }
}

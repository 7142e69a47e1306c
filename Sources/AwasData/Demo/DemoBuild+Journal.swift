/// jurnal.csv: the book year's general journal. Every entry balances; together
/// they move the previous balance sheet to the current one and make up the
/// year's income statement (docs/demo.md, "Books").
extension DemoBuild {
  /// The user name (first word of the name, lower case) of the staff member with `jabatan`.
  func staffUser(_ jabatan: String) -> String {
    let name = terms.first { $0.jabatan == jabatan }?.name ?? jabatan
    return String(name.split(separator: " ").first ?? "admin").lowercased()
  }

  func journal(_ b: inout DemoBooks, targets: [String: Int64], loans t: LoanTotals) -> [DemoJournalEntry] {
    var r = stream("journal")
    let y = bookYear
    let kasir = staffUser("kasir"), books = staffUser("staf akuntansi"), manajer = staffUser("manajer")
    var entries: [DemoJournalEntry] = []
    func a(_ pos: String) -> Int { DemoChart.index(pos) }
    func wd(_ m: Int, _ d: Int) -> Int32 {
      calendar.onOrBefore(day(y, m, min(d, Day.daysIn(month: m, year: y))))
    }
    func add(_ date: Int32, _ text: String, _ by: String, _ lines: [(String, Int64, Int64)],
             planted: PlantedAnomaly.Kind? = nil) {
      let ls = lines.filter { $0.1 != 0 || $0.2 != 0 }.map { (account: a($0.0), debit: $0.1, credit: $0.2) }
      guard !ls.isEmpty else { return }
      entries.append(DemoJournalEntry(date: date, text: text, by: by, lines: ls, planted: planted))
    }
    func target(_ pos: String) -> Int64 { targets[pos] ?? 0 }
    // Loan book: repayments and disbursements per day, write-offs per loan.
    for d in ledger.index(day(y, 1, 1))...ledger.index(asOf.serial) {
      let date = ledger.first + Int32(d)
      let p = ledger.pokok[d], j = ledger.jasa[d], f = ledger.denda[d]
      if p + j + f > 0 {
        add(date, "Penerimaan angsuran pinjaman " + Day(serial: date).description, kasir, [
          ("kas", p + j + f, 0), ("piutang_pinjaman_anggota", 0, p),
          ("pendapatan_jasa_pinjaman_anggota", 0, j), ("pendapatan_lain", 0, f),
        ])
      }
      if ledger.disbursed[d] > 0 {
        add(date, "Pencairan pinjaman anggota " + Day(serial: date).description, kasir, [
          ("piutang_pinjaman_anggota", ledger.disbursed[d], 0), ("kas", 0, ledger.disbursed[d]),
        ])
      }
    }
    for w in t.writtenOff {
      add(w.date, "Hapus buku pinjaman " + loanNumber(w.loan), books, [
        ("penyisihan_piutang", w.amount, 0), ("piutang_pinjaman_anggota", 0, w.amount),
      ])
    }
    // Last year's tax and SHU: paid and distributed at the RAT.
    add(wd(1, 15), "Pembayaran utang pajak tahun " + String(y - 1), books, [
      ("hutang_jangka_pendek", b[previous: "hutang_jangka_pendek"], 0), ("kas", 0, b[previous: "hutang_jangka_pendek"]),
    ])
    let shu = b[previous: "shu_tahun_berjalan"]
    let reserve = share(shu, 30, 100), risk = share(shu, 10, 100)
    let rat = ratDate(y - 1).serial
    add(rat, "Pembagian SHU tahun \(y - 1) sesuai keputusan RAT", books, [
      ("shu_tahun_berjalan", shu, 0), ("cadangan_umum", 0, reserve),
      ("cadangan_tujuan_risiko", 0, risk), ("dana_bagian_shu", 0, shu - reserve - risk),
    ])
    let payout = b[previous: "dana_bagian_shu"] + shu - reserve - risk - share(shu, 4, 100)
    for (k, part) in split(payout, weights: [5, 3, 2]).enumerated() {
      add(wd(4 + k, 20), "Pembayaran dana bagian SHU tahun \(y - 1)", kasir, [("dana_bagian_shu", part, 0), ("kas", 0, part)])
    }
    // Savings: the year's net change, month by month.
    let kinds = ["simpanan_pokok", "simpanan_wajib", "simpanan_sukarela", "simpanan_berjangka"]
    let parts = kinds.map { split(target($0) - b[previous: $0], weights: monthWeights(&r)) }
    for m in 1...12 {
      var lines: [(String, Int64, Int64)] = []
      var cash: Int64 = 0
      for (k, pos) in kinds.enumerated() {
        let v = parts[k][m - 1]
        lines.append((pos, max(0, -v), max(0, v)))
        cash += v
      }
      lines.append(("kas", max(0, cash), max(0, -cash)))
      add(wd(m, 31), "Mutasi simpanan anggota " + Self.monthName(m) + " \(y)", books, lines)
    }
    // Expenses paid in cash.
    let sunday = plantedSunday(&r), holiday = r.pick(["2025-05-01", "2025-05-29", "2025-09-05"])
    let extra1 = Int64(r.int(12...30)) * 100_000, extra2 = Int64(r.int(12...30)) * 100_000
    let monthly: [(pos: String, day: Int, text: String, total: Int64)] = [
      ("beban_karyawan", 25, "Gaji dan honor karyawan", target("beban_karyawan")),
      ("beban_operasional_lain", 15, "Biaya operasional kantor", target("beban_operasional_lain") - extra1 - extra2),
      ("beban_jasa_simpanan", 31, "Jasa simpanan anggota", target("beban_jasa_simpanan")),
      ("beban_jasa_pinjaman", 10, "Bunga pinjaman bank", target("beban_jasa_pinjaman")),
    ]
    for e in monthly {
      for (k, v) in split(e.total, weights: monthWeights(&r)).enumerated() {
        add(wd(k + 1, e.day), e.text + " " + Self.monthName(k + 1) + " \(y)", books, [(e.pos, v, 0), ("kas", 0, v)])
      }
    }
    add(sunday, "Biaya rapat pengurus", manajer, [("beban_operasional_lain", extra1, 0), ("kas", 0, extra1)], planted: .sundayPosting)
    add((Day(iso: holiday) ?? asOf).serial, "Pembelian alat tulis kantor", manajer,
        [("beban_operasional_lain", extra2, 0), ("kas", 0, extra2)], planted: .holidayPosting)
    let tax = split(target("pajak"), weights: Array(repeating: 1, count: 12))
    for m in 1...11 {
      add(wd(m + 1, 15), "Setoran PPh final " + Self.monthName(m) + " \(y)", books, [("pajak", tax[m - 1], 0), ("kas", 0, tax[m - 1])])
    }
    add(wd(12, 31), "PPh final Desember \(y) terutang", books, [("pajak", tax[11], 0), ("hutang_jangka_pendek", 0, tax[11])])
    let coop = target("beban_perkoperasian"), ratPart = share(coop, 6, 10), midPart = share(coop, 2, 10)
    add(rat, "Biaya penyelenggaraan RAT tahun buku \(y - 1)", books, [("beban_perkoperasian", ratPart, 0), ("kas", 0, ratPart)])
    add(wd(8, 15), "Pendidikan dan pelatihan anggota", books, [("beban_perkoperasian", midPart, 0), ("kas", 0, midPart)])
    add(wd(11, 14), "Rapat pengurus dan pengawas", books,
        [("beban_perkoperasian", coop - ratPart - midPart, 0), ("kas", 0, coop - ratPart - midPart)])
    // Assets: purchases, other receivables, depreciation, allowance.
    let purchase = share(b[previous: "aset_tetap"], 8, 100)
    add(wd(4, 15), "Pembelian inventaris kantor", books, [("aset_tetap", purchase, 0), ("kas", 0, purchase)])
    for pos in ["piutang_lain", "aset_lain"] {
      let delta = share(t.outstanding, pos == "piutang_lain" ? 4 : 25, pos == "piutang_lain" ? 1000 : 10_000) - b[previous: pos]
      add(wd(6, 30), pos == "piutang_lain" ? "Mutasi piutang lain-lain" : "Mutasi aset lain-lain", books,
          [(pos, max(0, delta), max(0, -delta)), ("kas", max(0, -delta), max(0, delta))])
    }
    add(wd(12, 31), "Penyusutan aset tetap \(y)", books, [
      ("beban_penyusutan", target("beban_penyusutan"), 0), ("akumulasi_penyusutan", 0, target("beban_penyusutan")),
    ])
    add(wd(12, 31), "Penyisihan penghapusan pinjaman \(y)", books, [
      ("beban_penyisihan_piutang", target("beban_penyisihan_piutang"), 0), ("penyisihan_piutang", 0, target("beban_penyisihan_piutang")),
    ])
    b.journal = entries
    liquidity(&b, &entries, by: books, date: wd(12, 30))
    return entries.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
  }

  /// Brings cash and bank to about 10 % of total assets: the excess is placed
  /// in deposits (after repaying the bank loan), a shortfall is covered by
  /// withdrawing deposits, then by borrowing; then 80 % of it moves to the bank.
  private func liquidity(_ b: inout DemoBooks, _ entries: inout [DemoJournalEntry], by: String, date: Int32) {
    b.journal = entries
    let v = balances(b)
    func at(_ pos: String) -> Int64 { v[DemoChart.index(pos)] }
    var assets: Int64 = 0
    for (k, a) in DemoChart.accounts.enumerated() where DemoChart.isAsset(a) {
      assets += a.debitNormal ? v[k] : -v[k]
    }
    let target = rounded(assets / 10, to: 1_000_000)
    let liquid = at("kas") + at("bank")
    func add(_ text: String, _ lines: [(String, Int64, Int64)]) {
      let ls = lines.filter { $0.1 != 0 || $0.2 != 0 }.map { (account: DemoChart.index($0.0), debit: $0.1, credit: $0.2) }
      if !ls.isEmpty { entries.append(DemoJournalEntry(date: date, text: text, by: by, lines: ls, planted: nil)) }
    }
    if liquid > target {
      let repay = min(liquid - target, at("hutang_jangka_panjang"))
      add("Pelunasan sebagian pinjaman bank", [("hutang_jangka_panjang", repay, 0), ("kas", 0, repay)])
      let place = liquid - target - repay
      add("Penempatan deposito berjangka", [("investasi", place, 0), ("kas", 0, place)])
    } else if liquid < target {
      let withdraw = min(target - liquid, at("investasi"))
      add("Pencairan deposito berjangka", [("kas", withdraw, 0), ("investasi", 0, withdraw)])
      let borrow = target - liquid - withdraw
      add("Penerimaan pinjaman bank", [("kas", borrow, 0), ("hutang_jangka_panjang", 0, borrow)])
    }
    let move = share(target, 8, 10) - at("bank")
    add("Setoran kas ke bank", [("bank", max(0, move), max(0, -move)), ("kas", max(0, -move), max(0, move))])
  }

  private func plantedSunday(_ r: inout Xoshiro256) -> Int32 {
    var d = day(bookYear, 2, 1) + Int32(r.below(290))
    while Day(serial: d).isoWeekday != 7 { d += 1 }
    return d
  }

  private func monthWeights(_ r: inout Xoshiro256) -> [Int64] {
    (0..<12).map { _ in Int64(r.int(80...120)) }
  }

  /// `total` split in proportion to `weights` (the last part takes the remainder).
  func split(_ total: Int64, weights: [Int64]) -> [Int64] {
    let w = weights.reduce(0, +)
    var parts = weights.map { total * $0 / max(1, w) }
    if !parts.isEmpty { parts[parts.count - 1] += total - parts.reduce(0, +) }
    return parts
  }

  static func monthName(_ m: Int) -> String {
    String(decoding: CSVRowWriter.monthNames[m - 1], as: UTF8.self)
  }
}

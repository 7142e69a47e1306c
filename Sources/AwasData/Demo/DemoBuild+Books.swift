/// neraca.csv and phu.csv: the previous year's balance sheet (balanced by
/// deposits placed or a bank loan), both years' income statements, and the
/// current balance sheet as the previous one plus the book year's journal.
/// docs/demo.md ("Books") states every rule.
extension DemoBuild {
  /// Loan-book figures the books are built from.
  struct LoanTotals {
    var outstanding: Int64 = 0
    var outstandingPrevious: Int64 = 0
    var overdueOutstanding: Int64 = 0
    var writtenOff: [(loan: Int, amount: Int64, date: Int32)] = []
    var writtenOffPrevious: Int64 = 0
  }

  func loanTotals(_ planted: PlantedLoans) -> LoanTotals {
    var t = LoanTotals()
    let prev = previousYearEnd.serial
    for i in loans.indices {
      let l = loans[i]
      if status(i) == "aktif" { t.outstanding += sisa(i) }
      if l.date <= prev { t.outstandingPrevious += l.plafon - paidPrevious[i] }
      if l.behaviour == .writtenOff {
        t.writtenOff.append((i, l.plafon - paidAsOf[i], l.writeOffDate))
        t.writtenOffPrevious += l.plafon - paidPrevious[i]
      }
    }
    for i in planted.overdue { t.overdueOutstanding += sisa(i) }
    return t
  }

  func computeBooks(_ planted: PlantedLoans) -> DemoBooks {
    var b = DemoBooks()
    let loanT = loanTotals(planted)
    let now = savingsTotals(at: asOf.serial), before = savingsTotals(at: previousYearEnd.serial)
    let sukarelaPrev = now.sukarela * 88 / 100, berjangkaPrev = now.berjangka * 93 / 100
    let income25 = ledger.total(ledger.jasa, year: bookYear), fines25 = ledger.total(ledger.denda, year: bookYear)
    let income24 = ledger.total(ledger.jasa, year: bookYear - 1), fines24 = ledger.total(ledger.denda, year: bookYear - 1)

    // Allowance: 1 % of current loans plus all of the overdue ones, rounded up.
    let writtenOff = loanT.writtenOff.reduce(0) { $0 + $1.amount }
    let allowance = ((loanT.outstanding - loanT.overdueOutstanding) / 100 + loanT.overdueOutstanding + 999) / 1000 * 1000
    let allowancePrev = min(
      share(loanT.outstandingPrevious, 1, 100) + share(loanT.writtenOffPrevious, 1, 2), allowance + writtenOff)

    // The previous year's balance sheet.
    let fixedPrev = rounded(loanT.outstandingPrevious * 3 / 100, to: 1_000_000) + 50_000_000
    b[previous: "piutang_pinjaman_anggota"] = loanT.outstandingPrevious
    b[previous: "penyisihan_piutang"] = allowancePrev
    b[previous: "piutang_lain"] = share(loanT.outstandingPrevious, 5, 1000)
    b[previous: "aset_tetap"] = fixedPrev
    b[previous: "akumulasi_penyusutan"] = share(fixedPrev, 4, 10)
    b[previous: "aset_lain"] = share(loanT.outstandingPrevious, 2, 1000)
    b[previous: "simpanan_sukarela"] = sukarelaPrev
    b[previous: "simpanan_berjangka"] = berjangkaPrev
    b[previous: "simpanan_pokok"] = before.pokok
    b[previous: "simpanan_wajib"] = before.wajib
    b[previous: "hibah"] = rounded(loanT.outstandingPrevious * 5 / 1000, to: 1_000_000)
    b[previous: "cadangan_umum"] = share(before.pokok + before.wajib, 25, 100)
    b[previous: "cadangan_tujuan_risiko"] = share(before.pokok + before.wajib, 6, 100)
    // Income statement 2024; its bank interest depends on the bank loan that
    // balances the sheet, so settle the two in a few rounds.
    var bankLoan: Int64 = 0
    for _ in 0..<4 {
      let pnl = incomeStatement(
        income: income24, fines: fines24, deposits: sukarelaPrev + berjangkaPrev,
        depreciation: share(fixedPrev, 1, 10), provision: share(loanT.outstandingPrevious, 6, 1000),
        bankLoan: bankLoan)
      for (pos, v) in pnl { b[previous: pos] = v }
      let shu = shuOf(b.previous)
      b[previous: "shu_tahun_berjalan"] = shu
      b[previous: "dana_bagian_shu"] = share(max(0, shu), 5, 100)
      b[previous: "hutang_jangka_pendek"] = share(b[previous: "pajak"], 1, 12)
      bankLoan = balancePrevious(&b)
    }
    // The book year's income statement.
    let pnl = incomeStatement(
      income: income25, fines: fines25, deposits: (now.sukarela + now.berjangka + sukarelaPrev + berjangkaPrev) / 2,
      depreciation: share(fixedPrev + share(fixedPrev, 8, 100), 1, 10),
      provision: allowance - allowancePrev + writtenOff, bankLoan: bankLoan)
    var targets: [String: Int64] = [:]
    for (pos, v) in pnl { targets[pos] = v }
    targets["penyisihan_piutang"] = allowance
    targets["simpanan_pokok"] = now.pokok
    targets["simpanan_wajib"] = now.wajib
    targets["simpanan_sukarela"] = now.sukarela
    targets["simpanan_berjangka"] = now.berjangka
    let entries = journal(&b, targets: targets, loans: loanT)
    b.journal = entries
    b.current = balances(b)
    return b
  }

  /// Income statement lines (pos → amount) for a year's income.
  private func incomeStatement(
    income: Int64, fines: Int64, deposits: Int64, depreciation: Int64, provision: Int64, bankLoan: Int64
  ) -> [(String, Int64)] {
    let total = income + fines
    return [
      ("pendapatan_jasa_pinjaman_anggota", income), ("pendapatan_jasa_pinjaman_non_anggota", 0),
      ("pendapatan_lain", fines),
      ("beban_jasa_simpanan", min(share(deposits, 6, 100), share(total, 25, 100))),
      ("beban_jasa_pinjaman", share(bankLoan, 11, 100)),
      ("beban_karyawan", share(total, 27, 100)), ("beban_operasional_lain", share(total, 9, 100)),
      ("beban_perkoperasian", share(total, 3, 100)), ("beban_penyisihan_piutang", max(0, provision)),
      ("beban_penyusutan", depreciation), ("pendapatan_beban_non_operasional", 0),
      ("pajak", share(total, 5, 1000)),
    ]
  }

  /// Income minus expenses of the income-statement accounts in `v`.
  func shuOf(_ v: [Int64]) -> Int64 {
    var s: Int64 = 0
    for (k, a) in DemoChart.accounts.enumerated() where !a.balanceSheet {
      s += a.debitNormal ? -v[k] : v[k]
    }
    return s
  }

  /// Sets cash, bank, deposits and the bank loan of the previous year so that
  /// cash and bank are about 11 % of the other assets and the sheet balances.
  /// Returns the bank loan.
  private func balancePrevious(_ b: inout DemoBooks) -> Int64 {
    var others: Int64 = 0, funding: Int64 = 0
    for (k, a) in DemoChart.accounts.enumerated() where a.balanceSheet {
      if ["kas", "bank", "investasi", "hutang_jangka_panjang"].contains(a.pos) { continue }
      if DemoChart.isAsset(a) { others += a.debitNormal ? b.previous[k] : -b.previous[k] } else {
        funding += b.previous[k]
      }
    }
    let liquid = rounded(others * 11 / 100, to: 1_000_000)
    let gap = funding - others
    b[previous: "bank"] = share(liquid, 8, 10)
    b[previous: "kas"] = liquid - b[previous: "bank"]
    b[previous: "investasi"] = max(0, gap - liquid)
    b[previous: "hutang_jangka_panjang"] = max(0, liquid - gap)
    return b[previous: "hutang_jangka_panjang"]
  }

  /// Current balances: previous balance-sheet figures plus the journal's
  /// movements (SHU tahun berjalan also takes the year's result); income
  /// statement figures are the journal's totals.
  func balances(_ b: DemoBooks) -> [Int64] {
    var v = [Int64](repeating: 0, count: DemoChart.accounts.count)
    for (k, a) in DemoChart.accounts.enumerated() where a.balanceSheet { v[k] = b.previous[k] }
    for e in b.journal {
      for l in e.lines {
        let a = DemoChart.accounts[l.account]
        v[l.account] += a.debitNormal ? l.debit - l.credit : l.credit - l.debit
      }
    }
    v[DemoChart.index("shu_tahun_berjalan")] += shuOf(v)
    return v
  }
}

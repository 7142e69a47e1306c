/// The planted.json entries that pass 2 does not produce: loans, officers,
/// the RAT, the fabricating loan officer and the near-duplicate member.
extension DemoBuild {
  func plantedLoanEntries(_ p: PlantedLoans, _ books: DemoBooks, _ receipts: ReceiptFacts) -> [PlantedAnomaly] {
    var out: [PlantedAnomaly] = []
    var sched = DemoSchedule()
    func dpd(_ i: Int) -> Int64 {
      sched.compute(loans[i])
      return Int64(asOf.serial - sched.due[Int(loans[i].stopAfter)])
    }
    func facts(_ i: Int) -> [String: PlantedDetail] {
      [
        "dpd": .int(dpd(i)), "sisa": .int(sisa(i)), "plafon": .int(loans[i].plafon),
        "kolektibilitas_tercatat": .string(loans[i].booked.name ?? ""),
      ]
    }
    for i in p.overdue {
      out.append(
        PlantedAnomaly(
          kind: .overdueLoan,
          description: Text("Pinjaman {0} menunggak {1} hari.", en: "Loan {0} is {1} days past due.")
            .format(loanNumber(i), dpd(i)),
          table: "pinjaman", keyColumn: "no_pinjaman", keys: [loanNumber(i)], details: facts(i)))
    }
    for i in p.misbooked {
      out.append(
        PlantedAnomaly(
          kind: .misbookedCollectibility,
          description: Text(
            "Pinjaman {0} ({1} hari menunggak) dicatat {2}.",
            en: "Loan {0} ({1} days past due) is booked as {2}."
          ).format(loanNumber(i), dpd(i), loans[i].booked.name ?? ""),
          table: "pinjaman", keyColumn: "no_pinjaman", keys: [loanNumber(i)], details: facts(i)))
    }
    for i in p.writtenOff {
      var d = facts(i)
      d["sisa"] = .int(loans[i].plafon - paidAsOf[i])
      d["tanggal_hapus_buku"] = .string(Day(serial: loans[i].writeOffDate).description)
      out.append(
        PlantedAnomaly(
          kind: .writtenOffLoan,
          description: Text("Pinjaman {0} dihapusbukukan pada {1}.", en: "Loan {0} was written off on {1}.")
            .format(loanNumber(i), Day(serial: loans[i].writeOffDate).description),
          table: "pinjaman", keyColumn: "no_pinjaman", keys: [loanNumber(i)], details: d))
    }
    let equity = books.equity
    for (k, i) in p.insiders.enumerated() {
      let m = Int(loans[i].member)
      let relation = k == 0 ? "pengurus (bendahara)" : "keluarga pengawas (ketua), no_kk sama"
      out.append(
        PlantedAnomaly(
          kind: .insiderLoanOverLimit,
          description: Text(
            "Pinjaman {0} kepada orang dalam ({1}) bersisa {2}, di atas 10% modal sendiri ({3}).",
            en: "Loan {0} to an insider ({1}) has {2} outstanding, above 10% of own capital ({3})."
          ).format(loanNumber(i), relation, sisa(i), equity / 10),
          table: "pinjaman", keyColumn: "no_pinjaman", keys: [loanNumber(i)],
          details: [
            "no_anggota": .string(memberNumber(m)), "hubungan": .string(relation),
            "plafon": .int(loans[i].plafon), "sisa": .int(sisa(i)), "modal_sendiri": .int(equity),
          ]))
    }
    for i in p.justUnder {
      out.append(
        PlantedAnomaly(
          kind: .justUnderApprovalLimit,
          description: Text(
            "Pinjaman {0} sebesar {1}, tepat di bawah batas persetujuan manajer {2}.",
            en: "Loan {0} of {1}, just under the manager's approval limit {2}."
          ).format(loanNumber(i), loans[i].plafon, Self.approvalLimit),
          table: "pinjaman", keyColumn: "no_pinjaman", keys: [loanNumber(i)],
          details: ["plafon": .int(loans[i].plafon), "batas": .int(Self.approvalLimit)]))
    }
    for d in receipts.duplicates {
      out.append(
        PlantedAnomaly(
          kind: .duplicateReceipt,
          description: Text(
            "Angsuran pinjaman {0} tanggal {1} tercatat dua kali: {2} dan {3}.",
            en: "The repayment of loan {0} on {1} is recorded twice: {2} and {3}."
          ).format(loanNumber(d.loan), Day(serial: d.date).description, d.original, d.copy),
          table: "angsuran", keyColumn: "no_bukti", keys: [d.original, d.copy],
          details: [
            "no_pinjaman": .string(loanNumber(d.loan)), "tanggal": .string(Day(serial: d.date).description),
            "pokok": .int(d.pokok),
          ]))
    }
    for r in receipts.reused {
      out.append(
        PlantedAnomaly(
          kind: .duplicateReceiptNumber,
          description: Text(
            "Nomor kuitansi {0} dipakai untuk dua angsuran.", en: "Receipt number {0} is used for two repayments.")
            .format(r.number),
          table: "angsuran", keyColumn: "no_bukti", keys: [r.number],
          details: ["no_pinjaman": .list(r.loans.map { .string(loanNumber($0)) })]))
    }
    return out
  }

  func plantedPeopleEntries(_ special: SpecialIndices, _ facts: ReceiptFacts) -> [PlantedAnomaly] {
    var out: [PlantedAnomaly] = []
    let a = special.officers[1], b = special.officers[4]
    out.append(
      PlantedAnomaly(
        kind: .officersFamilyTie,
        description: Text(
          "Pengurus (sekretaris) {0} dan pengawas {1} satu kartu keluarga.",
          en: "Pengurus (sekretaris) {0} and pengawas {1} share a family card."
        ).format(displayName(a), displayName(b)),
        table: "pengurus", keyColumn: "nik", keys: [nik(a), nik(b)], details: ["no_kk": .string(noKK(a))]))
    if let m = terms.first(where: { $0.organ == "manajer" }), let until = m.certificateValidUntil {
      out.append(
        PlantedAnomaly(
          kind: .expiredCertificate,
          description: Text(
            "Sertifikat kompetensi manajer {0} berlaku sampai {1}, sebelum tanggal laporan.",
            en: "Manager {0}'s competence certificate was valid until {1}, before the reporting date."
          ).format(m.name, until.description),
          table: "pengurus", keyColumn: "nik", keys: [m.nik],
          details: ["sertifikat": .string(m.certificate ?? ""), "berlaku_sampai": .string(until.description)]))
    }
    let late = ratDate(Self.lateRATBookYear)
    let yearEnd = Day(year: Self.lateRATBookYear, month: 12, day: 31) ?? late
    out.append(
      PlantedAnomaly(
        kind: .lateRAT,
        description: Text(
          "RAT tahun buku {0} diadakan {1}, lebih dari 6 bulan setelah tutup buku.",
          en: "The RAT for book year {0} was held on {1}, more than 6 months after the year end."
        ).format(Self.lateRATBookYear, late.description),
        table: "rat", keyColumn: "tahun_buku", keys: [String(Self.lateRATBookYear)],
        details: ["tanggal_rat": .string(late.description), "hari_setelah_tutup_buku": .int(Int64(yearEnd.days(to: late)))]))
    let user = petugas[fabricatingPetugas].user
    out.append(
      PlantedAnomaly(
        kind: .benfordNonconformingOfficer,
        description: Text(
          "Angka pertama angsuran.pokok yang ditagih petugas {0} tersebar rata (rekaan), tidak mengikuti Benford.",
          en: "The first digits of angsuran.pokok collected by petugas {0} are uniform (fabricated), not Benford."
        ).format(user),
        table: "angsuran", keyColumn: "petugas", keys: [user],
        details: ["baris": .int(Int64(facts.fabricatedRows))]))
    let (d1, d2) = special.duplicatePair
    out.append(
      PlantedAnomaly(
        kind: .nearDuplicateMember,
        description: Text(
          "Anggota {0} ({1}) dan {2} ({3}) orang yang sama: nama mirip, tanggal lahir NIK sama.",
          en: "Members {0} ({1}) and {2} ({3}) are one person: similar names, same birth date in the NIK."
        ).format(memberNumber(d1), displayName(d1), memberNumber(d2), displayName(d2)),
        table: "anggota", keyColumn: "no_anggota", keys: [memberNumber(d1), memberNumber(d2)],
        details: [
          "nik": .list([.string(nik(d1)), .string(nik(d2))]),
          "nama": .list([.string(displayName(d1)), .string(displayName(d2))]),
        ]))
    return out
  }
}
